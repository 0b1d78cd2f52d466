package org.dangjian.rules.vocabulary.development;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.model.Education;
import org.dangjian.model.Gender;
import org.dangjian.model.Membership;
import org.dangjian.model.Person;
import org.dangjian.model.Periods;
import org.kie.api.definition.type.ClassReactive;
import org.dangjian.rules.vocabulary.MembershipFact;

/**
 * A member admitted in the audit year (新发展党员): a membership whose {@code admitted} date falls
 * between 1 January and {@code asOf}, with the person it belongs to. DEV-003, DEV-005 and DEV-006
 * judge each one; {@link AdmissionCohort} gathers them per committee-level organization.
 *
 * @param membership the membership
 * @param person the person (a membership whose person is not in the dataset is left out)
 * @param ageAtAdmission age in whole years on the day of admission ({@link Periods#ageOn}: a
 *        birthday on that day counts; 29 February birthdays fall on 1 March in other years)
 * @param fromTwoNewUnit works in a two-new unit (两新组织): the membership's {@code workUnitId} is a
 *        host unit of kind NON_PUBLIC_ENTERPRISE or SOCIAL_ORGANIZATION, or, with no work unit
 *        given, the membership's organization is of such a sector
 */
// Rules call its methods with thresholds as arguments, which property reactivity cannot follow;
// the fact is immutable, so class reactivity costs nothing and keeps Drools from warning.
@ClassReactive
public record NewMember(Membership membership, Person person, int ageAtAdmission, boolean fromTwoNewUnit) implements MembershipFact {

    public NewMember {
        Objects.requireNonNull(membership, "membership");
        Objects.requireNonNull(person, "person");
    }

    /** A member admitted as {@code membership} says, aged on the day of admission. */
    public static NewMember of(Membership membership, Person person, boolean fromTwoNewUnit) {
        return new NewMember(membership, person, Periods.ageOn(person.birthDate(), membership.admitted()),
                fromTwoNewUnit);
    }

    public String personId() {
        return membership.personId();
    }

    public String orgId() {
        return membership.organizationId();
    }

    public LocalDate admitted() {
        return membership.admitted();
    }

    public Education education() {
        return person.education();
    }

    public boolean female() {
        return person.gender() == Gender.FEMALE;
    }

    /** Whether the person was younger than {@code age} on the day of admission. */
    public boolean youngerThan(int age) {
        return ageAtAdmission < age;
    }

    /** Whether the person's education is {@code level} or above. */
    public boolean educatedAtLeast(Education level) {
        return person.education().compareTo(level) >= 0;
    }

    /**
     * Whether the person was named a development candidate (发展对象) less than {@code minMonths}
     * after becoming an activist (入党积极分子); false when either date is not recorded.
     */
    public boolean candidateTooSoon(int minMonths) {
        Optional<LocalDate> activist = membership.activistSince();
        Optional<LocalDate> candidate = membership.candidateSince();
        return activist.isPresent() && candidate.isPresent()
                && Periods.monthsBetween(activist.get(), candidate.get()) < minMonths;
    }

    /** Whole months from activist to candidate (0 when either date is not recorded). */
    public long activistToCandidateMonths() {
        if (membership.activistSince().isEmpty() || membership.candidateSince().isEmpty()) {
            return 0;
        }
        return Periods.monthsBetween(membership.activistSince().get(), membership.candidateSince().get());
    }

    /** Whether the membership records the pre-admission training hours (入党前短期集中培训). */
    public boolean preTrainingRecorded() {
        return membership.preAdmissionTrainingHours().isPresent();
    }

    /** The pre-admission training hours; 0 when not recorded (no record of the training). */
    public double preTrainingHours() {
        return membership.preAdmissionTrainingHours().orElse(0);
    }
}
