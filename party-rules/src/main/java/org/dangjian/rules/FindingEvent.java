package org.dangjian.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A finding raised or cleared (问题产生、问题消除) by a change to a {@link LiveAudit}.
 *
 * <p>A finding whose content changed but whose identity (rule, subject, period) did not, e.g.
 * the number of activities measured went from 1 to 2 and the minimum is still 3, comes as the
 * old finding {@link Kind#CLEARED} and the new one {@link Kind#RAISED} in the same change.
 *
 * @param kind    raised or cleared
 * @param finding the finding, as {@link LiveAudit#findings()} shows it (before the change for a cleared one)
 * @param asOf    the date the dataset was as of after the change
 */
public record FindingEvent(Kind kind, Finding finding, LocalDate asOf) {

    /** Whether the finding appeared or went away. */
    public enum Kind {
        /** A record now breaks a requirement (or breaks it otherwise). */
        RAISED,
        /** The finding no longer holds: fixed, removed, or replaced by a changed one. */
        CLEARED
    }

    public FindingEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(asOf, "asOf");
    }

    /** Whether this is a finding raised. */
    public boolean raised() {
        return kind == Kind.RAISED;
    }

    @Override
    public String toString() {
        return asOf + " " + kind + " " + finding.ruleId() + " " + finding.subjectId()
                + finding.period().map(p -> " " + p).orElse("");
    }
}
