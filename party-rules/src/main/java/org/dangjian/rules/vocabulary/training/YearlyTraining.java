package org.dangjian.rules.vocabulary.training;

import java.util.Objects;
import org.dangjian.rules.vocabulary.PersonFact;

/**
 * A person's training (年度培训) in the audit year: the trainings dated from 1 January up to
 * {@code asOf}, summed. Derived for everyone with such a training and, with zeros, for everyone a
 * training rule judges (members and people in post), so "no training at all" is a fact too.
 *
 * @param personId the person
 * @param hours all training hours (学时), centralized or not
 * @param centralizedCount centralized trainings (集中培训)
 * @param districtLevelCentralizedCount centralized trainings organized at district level or above
 *        (区级以上: DISTRICT, CITY, PROVINCE, CENTRAL)
 * @param centralizedHours the hours of the centralized trainings
 * @param trainings trainings of any kind
 */
public record YearlyTraining(
        String personId,
        double hours,
        int centralizedCount,
        int districtLevelCentralizedCount,
        double centralizedHours,
        int trainings) implements PersonFact {

    public YearlyTraining {
        Objects.requireNonNull(personId, "personId");
    }

    /** No training in the year. */
    public static YearlyTraining none(String personId) {
        return new YearlyTraining(personId, 0, 0, 0, 0, 0);
    }

    /** Whether the person took part in any training in the year. */
    public boolean trained() {
        return trainings > 0;
    }
}
