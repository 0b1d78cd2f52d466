package org.dangjian.rules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dangjian.rules.AuditOptions;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.PackException;
import org.dangjian.rules.PackProblem;
import org.junit.jupiter.api.Test;

/** Scenario files as a policy officer writes them: read with places, run, diffed, covered. */
class ScenarioTest {

    static final ComplianceEngine ENGINE = ComplianceEngine.builtIn();

    static final String DATASET = """
            {"asOf": "2020-12-31",
             "organizations": [
               {"id": "b-1", "name": "第一支部", "type": "BRANCH", "sector": "COMMUNITY", "established": "2010-01-01"},
               {"id": "b-2", "name": "第二支部", "type": "BRANCH", "sector": "COMMUNITY", "established": "2010-01-01"}],
             "people": [{"id": "p-1", "name": "甲", "gender": "MALE", "birthDate": "1980-01-01", "education": "BACHELOR"}],
             "memberships": [{"personId": "p-1", "organizationId": "b-1", "status": "FULL", "admitted": "2000-01-01", "fullSince": "2001-01-01"}]}
            """;

    @Test
    void aPassingAndAFailingScenarioWithTheirDiff() throws Exception {
        String tests = """
                [
                  {"name": "both branches are hollow", "dataset": %s,
                   "expect": [{"ruleId": "ORG-002", "subjectId": "b-1"}, {"ruleId": "ORG-002", "subjectId": "b-2"}]},
                  {"name": "a wrong belief", "dataset": %s,
                   "expect": [{"ruleId": "ORG-002", "subjectId": "b-1", "severity": "LOW"}],
                   "expectNot": [{"ruleId": "ORG-002", "subjectId": "b-2"}]}
                ]
                """.formatted(DATASET, DATASET);
        List<Scenario> scenarios = ScenarioReader.read(ENGINE, files("tests/org.json", tests), "");
        TestRun run = ScenarioRunner.run(ENGINE, scenarios, AuditOptions.DEFAULTS, List.of("ORG-002", "LIFE-001"));
        assertEquals(1, run.passed());
        assertEquals(1, run.failed());
        String text = String.join("\n", run.lines());
        assertTrue(text.contains("PASS  both branches are hollow"), text);
        assertTrue(text.contains("FAIL  a wrong belief  (tests/org.json:10:3)"), text);
        assertTrue(text.contains("missing    ORG-002 b-1"), text);
        assertTrue(text.contains("raised as HIGH, expected LOW"), text);
        assertTrue(text.contains("forbidden  ORG-002 b-2"), text);
        assertTrue(text.contains("raised: "), text);
        assertTrue(text.endsWith("1 passed, 1 failed"), text);
        assertEquals(List.of("LIFE-001"), run.coverage().neverFiring());
        assertEquals(List.of("LIFE-001", "ORG-002"), run.coverage().neverPassing());
    }

    @Test
    void unlistedFindingsFailOnlyAnExactScenario() throws Exception {
        String tests = """
                {"name": "exact", "exact": true, "dataset": %s, "expect": [{"ruleId": "ORG-002", "subjectId": "b-1"}]}
                """.formatted(DATASET);
        TestRun run = ScenarioRunner.run(ENGINE, ScenarioReader.read(ENGINE, files("tests/x.json", tests), ""),
                AuditOptions.DEFAULTS, List.of());
        assertEquals(1, run.failed());
        assertTrue(String.join("\n", run.lines()).contains("unlisted   ORG-002 b-2"));
    }

    @Test
    void mistakesAreNamedWithFileLineAndColumn() {
        String tests = """
                {"name": "mistakes",
                 "datset": {},
                 "dataset": {"asOf": "2020-12-31", "organizations": [
                   {"id": "b-1", "name": "x", "type": "BRANCHH", "sector": "COMMUNITY", "established": "2010-01-01"}]},
                 "params": {"org.branchMinFullMember": 3},
                 "expect": [{"ruleId": "ORG-02", "subjectId": "b-1"}]}
                """;
        PackException e = assertThrows(PackException.class, () -> ScenarioReader.read(ENGINE, files("tests/m.json", tests), ""));
        List<String> got = e.problems().stream().map(PackProblem::toString).toList();
        String all = String.join("\n", got);
        assertTrue(all.contains("tests/m.json:2:12: unknown field 'datset'"), all);
        assertTrue(all.contains("tests/m.json:4:39: dataset: organizations[0].type:"), all);
        assertTrue(all.contains("tests/m.json:5:12: unknown parameter 'org.branchMinFullMember'"), all);
        assertTrue(all.contains("tests/m.json:6:24: no rule 'ORG-02' in the pack"), all);
    }

    @Test
    void badJsonIsNamed() {
        PackException e = assertThrows(PackException.class,
                () -> ScenarioReader.read(ENGINE, files("tests/bad.json", "{\"name\": \"x\",\n \"expect\": [}\n"), ""));
        PackProblem p = e.problems().get(0);
        assertEquals("tests/bad.json", p.file());
        assertEquals(2, p.line());
        assertTrue(p.message().startsWith("not valid JSON"), p.message());
    }

    @Test
    void aDatasetFileInsideThePack() throws Exception {
        SortedMap<String, String> files = files("packs/st/tests/a.json", """
                {"name": "from a file", "datasetFile": "../data/two.json", "asOf": "2020-12-31",
                 "expect": [{"ruleId": "ORG-002", "subjectId": "b-2"}]}
                """);
        files.put("packs/st/data/two.json", DATASET);
        List<Scenario> s = ScenarioReader.read(ENGINE, files, "packs/st/");
        assertTrue(ScenarioRunner.run(ENGINE, s.get(0), AuditOptions.DEFAULTS).passed());
        files.put("packs/st/tests/a.json", files.get("packs/st/tests/a.json").replace("../data", "../../../secret"));
        PackException e = assertThrows(PackException.class, () -> ScenarioReader.read(ENGINE, files, "packs/st/"));
        assertTrue(e.getMessage().contains("no dataset file '../../../secret/two.json' in the pack"), e.getMessage());
    }

    @Test
    void aRuleThatWasNotEvaluatedShowsNothing() throws Exception {
        String tests = """
                {"name": "no members", "dataset": {"asOf": "2020-12-31", "organizations": [
                   {"id": "b-1", "name": "x", "type": "BRANCH", "sector": "COMMUNITY", "established": "2010-01-01"}]},
                 "expectNot": [{"ruleId": "ORG-002", "subjectId": "b-1"}]}
                """;
        ScenarioResult r = ScenarioRunner.run(ENGINE, ScenarioReader.read(ENGINE, files("tests/n.json", tests), "").get(0),
                AuditOptions.DEFAULTS);
        assertFalse(r.passed());
        assertTrue(String.join("\n", r.lines()).contains("the rule was not evaluated at all"));
    }

    static SortedMap<String, String> files(String path, String text) {
        return new TreeMap<>(Map.of(path, text));
    }
}
