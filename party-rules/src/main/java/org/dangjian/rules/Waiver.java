package org.dangjian.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An approved exception (豁免): findings of {@code ruleId} on {@code subjectId} (in {@code period},
 * or in every period when it is empty) are reported as waived and do not fail the run, until
 * {@code expires}, the last day the waiver applies. {@code source} says where it was written
 * ({@code waivers.csv:4}, {@code waivers.json $[3]}).
 *
 * <pre>{@code
 * TRN-003,p-17,2020,病休六个月，经区委组织部同意,李主任,2021-06-30
 * }</pre>
 */
public record Waiver(
        String ruleId,
        String subjectId,
        Optional<String> period,
        String justification,
        String approvedBy,
        LocalDate expires,
        String source) {

    public Waiver {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(subjectId, "subjectId");
        period = period == null ? Optional.empty() : period;
        Objects.requireNonNull(justification, "justification");
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(expires, "expires");
        source = source == null ? "" : source;
    }

    /** Whether this waiver names {@code finding}: same rule and subject, and its period if it has one. */
    public boolean covers(Finding finding) {
        return ruleId.equals(finding.ruleId()) && subjectId.equals(finding.subjectId())
                && (period.isEmpty() || period.equals(finding.period()));
    }

    /**
     * Whether the waiver no longer applies to an audit as of {@code asOf}. The report's date, not
     * today's, decides, so that the same audit gives the same report whenever it is run.
     */
    public boolean expiredOn(LocalDate asOf) {
        return asOf.isAfter(expires);
    }

    /** The same waiver approved by {@code name} (e.g. masked). */
    public Waiver withApprovedBy(String name) {
        return new Waiver(ruleId, subjectId, period, justification, name, expires, source);
    }

    /** The same waiver with another justification (e.g. with names masked). */
    public Waiver withJustification(String text) {
        return new Waiver(ruleId, subjectId, period, text, approvedBy, expires, source);
    }
}
