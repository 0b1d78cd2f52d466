package org.dangjian.rules;

import java.util.List;
import org.dangjian.model.Dataset;
import org.dangjian.rules.vocabulary.Raised;

/**
 * For tests: the findings the rules raise before the engine merges them, in one session or in
 * partitions, and the findings a report makes of them. Equal sets of raised facts show that no
 * subtree raised a finding the whole would not have (the merge keeps one finding per identity,
 * which could hide one).
 */
public final class RaisedFacts {

    private RaisedFacts() {
    }

    /** Every finding raised, as facts, unmerged. */
    public static List<Raised> of(ComplianceEngine engine, Dataset dataset, boolean partitioned) {
        AuditOptions options = AuditOptions.DEFAULTS;
        return engine.raised(dataset, options, engine.plan(dataset, options), partitioned);
    }

    /** The report's findings of those facts: merged and ordered. */
    public static List<Finding> findings(ComplianceEngine engine, Dataset dataset, List<Raised> raised) {
        AuditOptions options = AuditOptions.DEFAULTS;
        return ComplianceEngine.toFindings(raised,
                engine.messages(Language.ZH, engine.plan(dataset, options).parameters()));
    }
}
