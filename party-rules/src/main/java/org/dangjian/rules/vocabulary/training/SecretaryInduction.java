package org.dangjian.rules.vocabulary.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.model.Periods;
import org.dangjian.model.Position;
import org.kie.api.definition.type.ClassReactive;
import org.dangjian.rules.vocabulary.AuditYear;
import org.dangjian.rules.vocabulary.OrganizationFact;

/**
 * A newly appointed secretary's induction training (新任书记任职培训): a SECRETARY post of a
 * grassroots organization that was a new appointment (the person was not already such a secretary
 * the day before it started), with the dates of the person's trainings (of any kind: the catalog
 * says "trained") from the day the post started up to {@code asOf}. TRN-007 asks for one within a number of months of taking office and
 * judges the post once that deadline has passed, in the audit year that holds the deadline.
 *
 * @param position the post
 * @param trainingDates dates of trainings on or after the start, sorted
 */
// Rules call its methods with thresholds as arguments, which property reactivity cannot follow;
// the fact is immutable, so class reactivity costs nothing and keeps Drools from warning.
@ClassReactive
public record SecretaryInduction(Position position, List<LocalDate> trainingDates) implements OrganizationFact {

    public SecretaryInduction {
        Objects.requireNonNull(position, "position");
        trainingDates = trainingDates.stream().sorted().toList();
    }

    public String personId() {
        return position.personId();
    }

    public String orgId() {
        return position.organizationId();
    }

    /** The day the post started (任职之日). */
    public LocalDate start() {
        return position.start();
    }

    /** The last day for the training: {@code months} after taking office. */
    public LocalDate deadline(int months) {
        return Periods.monthsLater(position.start(), months);
    }

    /**
     * Whether the audit year judges the post: its deadline falls between 1 January and
     * {@code asOf} (both included), and the post had not ended before the deadline.
     */
    public boolean dueIn(int months, AuditYear year) {
        LocalDate deadline = deadline(months);
        Optional<LocalDate> end = position.end();
        return !deadline.isBefore(year.start()) && !deadline.isAfter(year.asOf())
                && end.map(e -> !e.isBefore(deadline)).orElse(true);
    }

    /** Trainings from the start to the deadline, both days included. */
    public int trainingsWithin(int months) {
        LocalDate deadline = deadline(months);
        return (int) trainingDates.stream().filter(d -> !d.isAfter(deadline)).count();
    }
}
