package org.dangjian.rules;

import java.util.List;
import java.util.Set;

/**
 * A rule of a pack as its metadata describes it: the catalog ID, severity, titles (Chinese and
 * English), the clause it implements, the parameters it reads, the inputs it needs (record kinds by their array name, or {@code attendance}), and
 * where it is written ({@code rules/training.drl:12}, or {@code cadences.csv:4} for a cadence row),
 * and the days it is in force ({@code @validFrom}, {@code @validTo}; always when it says none).
 * Rules of one ID with different validities are versions of one requirement, one in force at a time.
 */
public record RuleInfo(
        String id,
        Severity severity,
        String title,
        String titleEn,
        String clause,
        List<String> parameters,
        Set<String> requires,
        String source,
        Validity validity) {

    public RuleInfo {
        parameters = List.copyOf(parameters);
        requires = Set.copyOf(requires);
        java.util.Objects.requireNonNull(validity, "validity");
    }

    /** A rule in force every day. */
    public RuleInfo(String id, Severity severity, String title, String titleEn, String clause, List<String> parameters,
                    Set<String> requires, String source) {
        this(id, severity, title, titleEn, clause, parameters, requires, source, Validity.ALWAYS);
    }
}
