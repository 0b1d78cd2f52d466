package org.dangjian.cli;

import static org.dangjian.cli.ValidateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dangjian.cli.ValidateCommandTest.Run;
import org.junit.jupiter.api.Test;

/**
 * {@code party-audit rules}, and docs/rules.md, which is its Markdown for the built-in pack with the
 * rule areas' notes: the test fails when the file is out of date and says how to regenerate it.
 */
class RulesCommandTest {

    static final Path DOC = Path.of("..", "docs", "rules.md");
    static final Path NOTES = Path.of("..", "party-rules", "src", "main", "resources", "org", "dangjian", "rules", "vocabulary");
    static final String REGENERATE = "./party-audit rules --format markdown --notes party-rules/src/main/resources/org/dangjian/rules/vocabulary > docs/rules.md";

    @Test
    void textListsIdSeverityTitlesParametersAndClause() {
        Run r = run("rules");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("ORG-002    HIGH     “空壳”党支部"), r.out());
        assertTrue(r.out().contains("parameters: org.branchMinFullMembers = 3"), r.out());
        assertTrue(r.out().contains("cadence: ≥1 MEMBER_ASSEMBLY / QUARTER (BRANCH)"), r.out());
    }

    @Test
    void anExtendingPackShowsItsOwnRulesUnlessAll() throws Exception {
        Run own = run("rules", LintCommandTest.EXAMPLE, "--format", "json");
        JsonNode rules = new ObjectMapper().readTree(own.out());
        assertEquals(2, rules.size());
        assertEquals("HP-001", rules.get(0).get("id").asText());
        assertEquals("1", rules.get(0).at("/parameters/heping.patrolMinPerMonth").asText());
        assertEquals(Path.of(LintCommandTest.EXAMPLE, "rules", "local.drl") + ":21", rules.get(0).get("source").asText());
        Run all = run("rules", LintCommandTest.EXAMPLE, "--all");
        assertTrue(all.out().contains("ORG-002") && all.out().contains("HP-002"), all.out());
        assertEquals(2, run("rules", "--format", "pdf").exit());
    }

    @Test
    void docsRulesMdIsUpToDate() throws Exception {
        Run r = run("rules", "--format", "markdown", "--notes", NOTES.toString());
        assertEquals(0, r.exit(), r.err());
        String expected = r.out();
        String actual = Files.exists(DOC) ? Files.readString(DOC) : "";
        assertEquals(expected, actual, "docs/rules.md is out of date with the built-in pack or the areas' notes; "
                + "regenerate it from the repository root with: " + REGENERATE);
        assertFalse(expected.contains("packs/"), expected);
    }
}
