package org.dangjian.rules;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dangjian.rules.vocabulary.SortedIds;

/**
 * One thing out of line (问题): which rule, about whom, in which period, by how much, and which
 * clause requires it. The fields are those of the report contract; {@link #progress()} marks an
 * annual requirement judged before the year is over (then {@link Severity#INFO}).
 *
 * <p>A finding is identified by {@link #key()}: (ruleId, subjectId, period).
 *
 * <p>{@code measured}, {@code expected}, {@code period} and {@code severity} are codes (87.5% is
 * {@code 0.875}, {@code ">= 90%"}, {@code 2020-H1}); {@code measuredText} and {@code expectedText}
 * say them in the report's language with their units (实际87.5%, 要求不低于90%), as the message does.
 */
public record Finding(
        String ruleId,
        Severity severity,
        SubjectType subjectType,
        String subjectId,
        String subjectName,
        String organizationId,
        Optional<String> period,
        Optional<Object> measured,
        Optional<String> expected,
        String message,
        String clause,
        SortedMap<String, List<String>> evidence,
        boolean progress,
        String measuredText,
        String expectedText) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        subjectName = subjectName == null ? "" : subjectName;
        organizationId = organizationId == null ? "" : organizationId;
        period = period == null ? Optional.empty() : period;
        measured = measured == null ? Optional.empty() : measured;
        expected = expected == null ? Optional.empty() : expected;
        message = message == null ? "" : message;
        clause = clause == null ? "" : clause;
        TreeMap<String, List<String>> ev = new TreeMap<>();
        if (evidence != null) {
            // A SortedIds is immutable already: a cohort's every member is not copied again.
            evidence.forEach((k, v) -> ev.put(k, v instanceof SortedIds s ? s : List.copyOf(v)));
        }
        evidence = java.util.Collections.unmodifiableSortedMap(ev);
        measuredText = measuredText == null ? "" : measuredText;
        expectedText = expectedText == null ? "" : expectedText;
    }

    /** A finding whose measure and expectation are not said in words (read from a file, built by hand). */
    public Finding(String ruleId, Severity severity, SubjectType subjectType, String subjectId, String subjectName,
            String organizationId, Optional<String> period, Optional<Object> measured, Optional<String> expected,
            String message, String clause, SortedMap<String, List<String>> evidence, boolean progress) {
        this(ruleId, severity, subjectType, subjectId, subjectName, organizationId, period, measured, expected,
                message, clause, evidence, progress, "", "");
    }

    /** The identity of a finding in the report contract. */
    public record Key(String ruleId, String subjectId, Optional<String> period) {
    }

    /** (ruleId, subjectId, period): an audit never reports the same key twice. */
    public Key key() {
        return new Key(ruleId, subjectId, period);
    }

    /** The same finding with another message (e.g. in another language). */
    public Finding withMessage(String newMessage) {
        return new Finding(ruleId, severity, subjectType, subjectId, subjectName, organizationId, period,
                measured, expected, newMessage, clause, evidence, progress, measuredText, expectedText);
    }

    /** The same finding with another subject name (e.g. masked). */
    public Finding withSubjectName(String newName) {
        return new Finding(ruleId, severity, subjectType, subjectId, newName, organizationId, period,
                measured, expected, message, clause, evidence, progress, measuredText, expectedText);
    }

    /** Evidence as a plain map, for writers. */
    public Map<String, List<String>> evidenceMap() {
        return evidence;
    }
}
