package org.dangjian.cli;

import static org.dangjian.cli.ValidateCommandTest.MINIMAL;
import static org.dangjian.cli.ValidateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.dangjian.cli.ValidateCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hostile or broken pack in each of the three commands that take one ({@code lint}, {@code test},
 * {@code audit --rules}): refused with its place, exit 2, nothing written, no stack trace.
 */
class HostilePackCommandsTest {

    private static final String DELETE_FINDINGS = """
            package street.hostile;

            import org.dangjian.rules.vocabulary.Raised;

            global org.dangjian.rules.Findings findings;

            rule "ST-666 hides every finding"
                @id("ST-666") @severity("LOW") @title("t") @clause("c")
            when
                $r : Raised()
            then
                delete($r);
            end
            """;

    private static final String RECURSION = """
            package street.deep;

            import org.dangjian.rules.vocabulary.OrgProfile;

            global org.dangjian.rules.Findings findings;

            function int down(int n) { return n == 0 ? 0 : 1 + down(n + 1); }

            rule "ST-007 recurses"
                @id("ST-007") @severity("LOW") @title("t") @clause("c")
            when
                $o : OrgProfile()
            then
                findings.raise(drools, $o, down(1), "x");
            end
            """;

    @TempDir
    Path tmp;

    /** A copy of the worked example with {@code drl} added as rules/extra.drl. */
    private Path packWith(String drl) throws Exception {
        Path from = Path.of(LintCommandTest.EXAMPLE);
        Path to = tmp.resolve("street-heping");
        try (java.util.stream.Stream<Path> walk = Files.walk(from)) {
            for (Path f : (Iterable<Path>) walk.sorted()::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        Files.writeString(to.resolve("rules/extra.drl"), drl);
        return to;
    }

    @Test
    void lintRefusesAHostileRuleWithItsPlace() throws Exception {
        Run r = run("lint", packWith(DELETE_FINDINGS).toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue((r.out() + r.err()).contains("rules/extra.drl:12:"), r.out() + r.err());
        assertTrue((r.out() + r.err()).contains("rule \"ST-666 hides every finding\": delete may only take"), r.out() + r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void testRefusesAHostileRuleWithItsPlace() throws Exception {
        Run r = run("test", packWith(DELETE_FINDINGS).toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("rules/extra.drl:12:"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void auditRefusesAHostileRuleWithItsPlaceAndWritesNothing() throws Exception {
        Path out = tmp.resolve("report.json");
        Run r = run("audit", MINIMAL, "--rules", packWith(DELETE_FINDINGS).toString(), "--format", "json",
                "--output", out.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("rules/extra.drl:12:"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aRuleThatOverflowsTheStackIsNamedInAuditAndTest() throws Exception {
        Path pack = packWith(RECURSION);
        Run audit = run("audit", MINIMAL, "--rules", pack.toString());
        assertEquals(2, audit.exit(), audit.out() + audit.err());
        assertTrue(audit.err().contains("rule \"ST-007 recurses\""), audit.err());
        assertTrue(audit.err().contains("StackOverflowError"), audit.err());
        assertFalse(audit.err().contains("\tat "), audit.err());
        Run test = run("test", pack.toString());
        assertEquals(2, test.exit(), test.out() + test.err());
        assertTrue(test.out().contains("rule \"ST-007 recurses\""), test.out());
    }

    @Test
    void aFileThatIsNotAPackIsSaidToBeOneInEveryCommand() throws Exception {
        Path tgz = tmp.resolve("pack.tar.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(tgz))) {
            o.write("pack.properties".getBytes());
        }
        for (String[] args : new String[][] {{"lint", tgz.toString()}, {"test", tgz.toString()},
                {"audit", MINIMAL, "--rules", tgz.toString()}, {"lint", "/dev/null"}, {"audit", MINIMAL, "--rules", "/dev/null"}}) {
            Run r = run(args);
            assertEquals(2, r.exit(), String.join(" ", args) + ": " + r.out() + r.err());
            assertTrue(r.err().contains("not a zip or jar file") || r.err().contains("neither a directory nor a regular file"),
                    String.join(" ", args) + ": " + r.err());
            assertFalse(r.err().contains("\tat ") || r.err().contains("ProviderNotFoundException"), r.err());
        }
    }

    @Test
    void theLargestFiringLimitFiresTheRules() {
        Run normal = run("audit", MINIMAL, "--format", "json");
        Run largest = run("audit", MINIMAL, "--format", "json", "--max-firings", String.valueOf(Long.MAX_VALUE));
        assertEquals(normal.exit(), largest.exit(), largest.err());
        long findings = normal.out().split("\"ruleId\"", -1).length - 1;
        assertTrue(findings > 0, normal.out());
        assertEquals(findings, largest.out().split("\"ruleId\"", -1).length - 1, largest.out());
    }
}
