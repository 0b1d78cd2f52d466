package org.dangjian.rules.vocabulary.weak;

import java.time.LocalDate;
import java.util.Optional;
import org.dangjian.model.AuditPeriod;
import org.dangjian.model.Rectification;
import org.dangjian.rules.vocabulary.OrganizationFact;
import org.dangjian.rules.vocabulary.Raised;

/**
 * Where a grassroots organization stands with rectification (整顿) on {@code asOf}: whether a
 * rectification of either kind (软弱涣散 or 后进社区) is in force that day (started on or before it,
 * not ended before it), and the last rectification that ended, accepted (验收), before
 * {@code asOf}. One per grassroots organization that exists on {@code asOf}.
 *
 * <p>An accepted rectification settles what happened before it ended: weak-organization criteria
 * count only facts after its end, so an organization is a candidate again, or a look-back case
 * (回头看), only if it meets a criterion anew.
 */
public record RectificationStatus(String orgId, boolean underRectification, Optional<Rectification> lastAccepted) implements OrganizationFact {

    /** The day the last accepted rectification ended, if any. */
    public Optional<LocalDate> acceptedEnd() {
        return lastAccepted.flatMap(Rectification::end);
    }

    /** The last accepted rectification as evidence, e.g. {@code WEAK 2019-03-01..2019-12-31}; empty if none. */
    public String acceptedLabel() {
        return lastAccepted.map(r -> r.kind() + " " + r.start() + ".." + r.end().map(Object::toString).orElse(""))
                .orElse("");
    }

    /**
     * Whether a finding ({@link Raised}) in {@code findingPeriod} counts after the last acceptance: a finding with a period (a missed quarter
     * of WEAK-007) counts only if the period began after the rectification ended; other findings
     * are built from facts after it already.
     */
    public boolean counts(Optional<AuditPeriod> findingPeriod) {
        Optional<LocalDate> end = acceptedEnd();
        if (end.isEmpty() || findingPeriod.isEmpty()) {
            return true;
        }
        return findingPeriod.get().start().isAfter(end.get());
    }
}
