package org.dangjian.rules.internal;

import org.dangjian.rules.Sources;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjian.rules.vocabulary.cadence.Cadence;
import org.kie.api.KieBase;
import org.dangjian.rules.PackProblem;
import org.dangjian.rules.Parameters;
import org.dangjian.rules.RuleInfo;
import org.dangjian.rules.RulePack;

/**
 * A pack compiled once: the KieBase (thread-safe, shared by every audit), the rules' metadata by
 * ID and by DRL rule name, the default parameters, the cadence rows, and which record classes any
 * rule matches (others need not be inserted), the pack's compiled code (to name the rule a
 * failure happened in), and the documents its clauses cite.
 */
public record CompiledPack(
        RulePack pack,
        KieBase kieBase,
        Map<String, RuleInfo> rulesById,
        Map<String, RuleInfo> rulesByName,
        Set<String> cadenceRuleNames,
        Parameters defaults,
        List<Cadence> cadences,
        Set<Class<?>> matchedTypes,
        Set<String> activityPairs,
        List<PackProblem> warnings,
        PackBuild.Code code,
        Sources sources) {

    /**
     * What derivations must produce for this pack: the fact classes some rule matches, and which
     * activity counts ({@code activityPairs}: the cadence table's (type, period) pairs and those
     * rules name in {@code @activityCounts}, in judged periods; null when some rule reads activity
     * counts without naming which: all of them).
     */
    FactDemand demand() {
        return new FactDemand(this::matches, activityPairs);
    }

    /** The rules in force on {@code day} by ID, versions merged (cadence rows are always in force). */
    public Map<String, RuleInfo> rulesInForce(java.time.LocalDate day) {
        return RuleVersions.inForce(this, day);
    }

    /** Whether some rule matches facts of {@code type} (facts of other classes need not be inserted or derived). */
    boolean matches(Class<?> type) {
        for (Class<?> t : matchedTypes) {
            if (t.isAssignableFrom(type)) {
                return true;
            }
        }
        return false;
    }
}
