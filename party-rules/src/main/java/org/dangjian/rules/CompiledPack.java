package org.dangjian.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjian.rules.facts.Cadence;
import org.kie.api.KieBase;

/**
 * A pack compiled once: the KieBase (thread-safe, shared by every audit), the rules' metadata by
 * ID and by DRL rule name, the default parameters, the cadence rows, and which record classes any
 * rule matches (others need not be inserted).
 */
record CompiledPack(
        RulePack pack,
        KieBase kieBase,
        Map<String, RuleInfo> rulesById,
        Map<String, RuleInfo> rulesByName,
        Set<String> cadenceRuleNames,
        Parameters defaults,
        List<Cadence> cadences,
        Set<Class<?>> matchedTypes,
        List<PackProblem> warnings) {
}
