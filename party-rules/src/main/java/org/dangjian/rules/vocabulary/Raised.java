package org.dangjian.rules.vocabulary;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.dangjian.model.AuditPeriod;
import org.dangjian.rules.Expected;
import org.dangjian.rules.Severity;
import org.dangjian.rules.Subject;
import org.dangjian.rules.Unit;

/**
 * A finding as a fact, logically inserted by a rule's action (so truth maintenance retracts it
 * when its cause goes away). Rules may match it: WEAK-100 lists the WEAK criteria raised for an
 * organization. The engine turns these into {@link org.dangjian.rules.Finding}s with messages.
 * {@code unit} is the unit of the measure (and of the expectation when that names none); the
 * titles are templates that may name parameters ({@code 不足{trn.secretaryMinHours}}).
 */
public record Raised(
        String ruleId,
        Severity severity,
        String subjectId,
        Subject subject,
        Optional<AuditPeriod> period,
        Optional<Object> measured,
        Optional<Expected> expected,
        SortedMap<String, List<String>> evidence,
        String title,
        String titleEn,
        String clause,
        boolean progress,
        Unit unit) {

    /** The organization the finding belongs to. */
    public String organizationId() {
        return subject.organizationId();
    }
}
