package org.dangjian.rules;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One thing out of line (问题): which rule, about whom, in which period, by how much, and which
 * clause requires it. The fields are those of the report contract; {@link #progress()} marks an
 * annual requirement judged before the year is over (then {@link Severity#INFO}).
 *
 * <p>A finding is identified by {@link #key()}: (ruleId, subjectId, period).
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
        boolean progress) {

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
            evidence.forEach((k, v) -> ev.put(k, List.copyOf(v)));
        }
        evidence = java.util.Collections.unmodifiableSortedMap(ev);
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
                measured, expected, newMessage, clause, evidence, progress);
    }

    /** The same finding with another subject name (e.g. masked). */
    public Finding withSubjectName(String newName) {
        return new Finding(ruleId, severity, subjectType, subjectId, newName, organizationId, period,
                measured, expected, message, clause, evidence, progress);
    }

    /** Evidence as a plain map, for writers. */
    public Map<String, List<String>> evidenceMap() {
        return evidence;
    }
}
