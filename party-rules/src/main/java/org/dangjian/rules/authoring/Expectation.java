package org.dangjian.rules.authoring;

import java.util.Objects;
import java.util.Optional;
import org.dangjian.rules.Finding;
import org.dangjian.rules.Severity;

/**
 * A finding a scenario expects, or forbids: a rule, a subject and, optionally, a period and (for an
 * expected one) a severity. Without a period it stands for the rule's findings on the subject in
 * any period. {@code place} is where it is written ({@code tests/org.json:12:9}).
 */
public record Expectation(String ruleId, String subjectId, Optional<String> period, Optional<Severity> severity,
                          String place) {

    public Expectation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(subjectId, "subjectId");
        period = period == null ? Optional.empty() : period;
        severity = severity == null ? Optional.empty() : severity;
        place = place == null ? "" : place;
    }

    /** Whether {@code f} is a finding of this rule on this subject (in this period, if one is given). */
    public boolean matches(Finding f) {
        return f.ruleId().equals(ruleId) && f.subjectId().equals(subjectId)
                && (period.isEmpty() || period.equals(f.period()));
    }

    /** {@code ORG-002 b-1 2020}, as the diff prints it. */
    @Override
    public String toString() {
        return ruleId + " " + subjectId + period.map(p -> " " + p).orElse("");
    }
}
