package org.dangjian.cli;

import static org.dangjian.cli.ValidateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.dangjian.cli.ValidateCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code party-audit test}: scenarios pass (0), fail with a diff (1), or cannot run (2). */
class PackTestCommandTest {

    @TempDir
    Path tmp;

    /** A copy of the worked example, to change. */
    Path example() throws Exception {
        Path from = Path.of(LintCommandTest.EXAMPLE);
        Path to = tmp.resolve("street-heping");
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path f : (Iterable<Path>) walk.sorted(Comparator.naturalOrder())::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return to;
    }

    @Test
    void theWorkedExamplePassesWithFullCoverage() {
        Run r = run("test", LintCommandTest.EXAMPLE);
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("PASS  HP-001: a branch that missed its February patrol"), r.out());
        assertTrue(r.out().contains("never shown firing:  none"), r.out());
        assertTrue(r.out().endsWith("3 passed, 0 failed\n"), r.out());
    }

    @Test
    void theBuiltInScenariosPass() {
        Run r = run("test");
        assertEquals(0, r.exit(), r.out() + r.err());
    }

    @Test
    void aFailingScenarioPrintsADiffAndExitsWith1() throws Exception {
        Path p = example();
        Path tests = p.resolve("tests/local.json");
        Files.writeString(tests, Files.readString(tests).replace(
                "\"subjectId\": \"b-2\", \"period\": \"2020-02\", \"severity\": \"LOW\"",
                "\"subjectId\": \"b-2\", \"period\": \"2020-03\", \"severity\": \"LOW\""));
        Run r = run("test", p.toString(), "--lang", "en");
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("FAIL  HP-001: a branch that missed its February patrol  (" + tests + ":2:3)"), r.out());
        assertTrue(r.out().contains("missing    HP-001 b-2 2020-03           expected, not raised (raised for 2020-02)"), r.out());
        assertTrue(r.out().contains("unlisted   HP-001 b-2 2020-02           also raised: "), r.out());
        assertTrue(r.out().contains("safety-patrol volunteer service fewer than 1 time in a month"), r.out());
        assertTrue(r.out().endsWith("2 passed, 1 failed\n"), r.out());
    }

    @Test
    void coverageNamesRulesNeverShownPassing() throws Exception {
        Path p = example();
        Path tests = p.resolve("tests/local.json");
        Files.writeString(tests, Files.readString(tests).replace("\"expectNot\": [\n      {\"ruleId\": \"HP-002\", \"subjectId\": \"c-1\"}\n    ]",
                "\"expectNot\": []"));
        Run r = run("test", p.toString());
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("never shown passing: HP-002"), r.out());
    }

    @Test
    void aBadScenarioFileIsAnErrorAtItsPlace() throws Exception {
        Path p = example();
        Files.writeString(p.resolve("tests/typo.json"), """
                {"name": "typo", "dataset": {"asOf": "2020-03-31"},
                 "expect": [{"ruleId": "HP-01", "subjectId": "b-1"}]}
                """);
        Run r = run("test", p.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(p.resolve("tests/typo.json") + ":2:24: no rule 'HP-01' in the pack"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void aRuleThatKeepsFiringStopsAtTheLimitAndIsNamed() throws Exception {
        Path p = example();
        Files.writeString(p.resolve("rules/loop.drl"), """
                package street.heping;

                declare Tick
                    n : int
                end

                rule "HP-008 starts a clock"
                    @id("HP-008") @severity("LOW") @title("开始计数") @clause("测试")
                when
                    not Tick()
                then
                    insert(new Tick(0));
                end

                rule "HP-009 keeps ticking"
                    @id("HP-009") @severity("LOW") @title("不断自我触发") @clause("测试")
                when
                    $t : Tick( n >= 0 )
                then
                    modify($t) { setN($t.getN() + 1) };
                end
                """);
        Run r = run("test", p.toString(), "--max-firings", "2000");
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("rule \"HP-009 keeps ticking\" kept firing: the audit stopped after 2000 firings"),
                r.out());
        Run audit = run("audit", ValidateCommandTest.MINIMAL, "--rules", p.toString(), "--max-firings", "2000");
        assertEquals(2, audit.exit());
        assertTrue(audit.err().contains("rule \"HP-009 keeps ticking\" kept firing"), audit.err());
        assertEquals(2, run("test", p.toString(), "--max-firings", "0").exit());
    }

    @Test
    void aRuleThatThrowsIsNamedWithoutAStackTrace() throws Exception {
        Path p = example();
        Files.writeString(p.resolve("rules/broken.drl"), """
                package street.heping;

                import org.dangjian.rules.vocabulary.OrgProfile;

                rule "HP-007 divides by zero"
                    @id("HP-007") @severity("LOW") @title("出错的规则") @clause("测试")
                when
                    $o : OrgProfile()
                then
                    int zero = 0;
                    int x = 1 / zero;
                end
                """);
        Run r = run("test", p.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        // The rule, its file and line (since issue 18), what it threw.
        assertTrue(r.out().contains("rule \"HP-007 divides by zero\" (packs/street-heping/rules/broken.drl:5) failed in its "
                + "action: ArithmeticException"), r.out());
        Run audit = run("audit", ValidateCommandTest.MINIMAL, "--rules", p.toString());
        assertEquals(2, audit.exit());
        assertTrue(audit.err().contains("rule \"HP-007 divides by zero\" (packs/street-heping/rules/broken.drl:5) failed in its action"),
                audit.err());
        assertFalse(audit.err().contains("\tat "), audit.err());
    }
}
