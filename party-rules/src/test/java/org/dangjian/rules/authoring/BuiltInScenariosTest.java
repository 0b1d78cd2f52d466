package org.dangjian.rules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.dangjian.rules.AuditOptions;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.RuleInfo;
import org.dangjian.rules.RulePack;
import org.junit.jupiter.api.Test;

/**
 * The built-in pack's own scenarios (each catalog area's {@code *.json}, the pack's {@code tests/}) pass: the same run as
 * {@code party-audit test}. A rule area adds its scenarios there; a failure prints the diff.
 */
class BuiltInScenariosTest {

    @Test
    void everyBuiltInScenarioPasses() throws Exception {
        ComplianceEngine engine = ComplianceEngine.builtIn();
        List<Scenario> scenarios = ScenarioReader.read(engine, RulePack.builtIn().files(), "");
        assertFalse(scenarios.isEmpty());
        TestRun run = ScenarioRunner.run(engine, scenarios, AuditOptions.DEFAULTS,
                engine.rules().stream().map(RuleInfo::id).toList());
        assertEquals(0, run.failed() + run.errors(), String.join("\n", run.lines()));
        // Every rule of the built-in pack is shown both firing and passing by some scenario.
        assertEquals(List.of(), run.coverage().neverFiring(), "rules no scenario shows firing");
        assertEquals(List.of(), run.coverage().neverPassing(), "rules no scenario shows passing");
    }
}
