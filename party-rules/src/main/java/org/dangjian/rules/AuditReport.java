package org.dangjian.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an audit returns (审计报告), as the report contract defines it: the date, the pack and the
 * dataset (with their SHA-256), a summary, and the findings in their deterministic order
 * (severity, rule, organization, subject, period).
 */
public record AuditReport(
        LocalDate asOf,
        PackInfo pack,
        DatasetInfo dataset,
        Summary summary,
        List<Finding> findings,
        Language language) {

    public AuditReport {
        Objects.requireNonNull(asOf, "asOf");
        findings = List.copyOf(findings);
    }

    /** The pack that judged: name, version, SHA-256 of its files. */
    public record PackInfo(String name, String version, String sha256) {
    }

    /** The dataset judged: SHA-256 of the input. */
    public record DatasetInfo(String sha256) {
    }

    /** A rule that was not evaluated, and why (its inputs are absent from the dataset). */
    public record NotEvaluated(String ruleId, String reason) {
    }

    /**
     * Counts by severity and by rule, the rules evaluated, and those not evaluated with reasons.
     * Every severity appears in {@code bySeverity}, with 0 where there is none.
     */
    public record Summary(
            Map<Severity, Integer> bySeverity,
            Map<String, Integer> byRule,
            List<String> rulesEvaluated,
            List<NotEvaluated> rulesNotEvaluated) {

        public Summary {
            bySeverity = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(bySeverity));
            byRule = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(byRule));
            rulesEvaluated = List.copyOf(rulesEvaluated);
            rulesNotEvaluated = List.copyOf(rulesNotEvaluated);
        }
    }

    /** Whether any finding is at or above {@code threshold}: the command then exits with 1. */
    public boolean hasFindingsAtOrAbove(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }

    /** The findings of one rule. */
    public List<Finding> findings(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** The order of the report contract: severity, rule, organization, subject, period. */
    public static final java.util.Comparator<Finding> ORDER = java.util.Comparator
            .comparing(Finding::severity)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::organizationId)
            .thenComparing(Finding::subjectId)
            .thenComparing(f -> f.period().orElse(""));
}
