package org.dangjian.cli;

import static org.dangjian.cli.ValidateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dangjian.cli.ValidateCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code party-audit lint}: every problem as file:line:column, warnings apart, exit 0 or 2. */
class LintCommandTest {

    static final String EXAMPLE = Path.of("..", "party-examples", "packs", "street-heping").toString();
    static final String HEADER = """
            package street;

            import org.dangjian.model.OrgType;
            import org.dangjian.rules.vocabulary.OrgProfile;
            import org.dangjian.rules.vocabulary.Params;

            global org.dangjian.rules.Findings findings;

            """;

    @TempDir
    Path tmp;

    Path pack(String drl, String params) throws Exception {
        Path p = tmp.resolve("street");
        Files.createDirectories(p.resolve("rules"));
        Files.writeString(p.resolve("pack.properties"), "name = street\nversion = 2\nmode = extends\n");
        Files.writeString(p.resolve("rules/local.drl"), HEADER + drl);
        if (params != null) {
            Files.writeString(p.resolve("params.properties"), params);
        }
        return p;
    }

    @Test
    void theWorkedExampleIsClean() {
        Run r = run("lint", EXAMPLE);
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().endsWith("street-heping 1.0.0: 0 error(s), 0 warning(s)\n"), r.out());
    }

    @Test
    void syntaxErrorsAreReportedAtFileLineColumn() throws Exception {
        Path p = pack("""
                rule "ST-001 broken"
                    @id("ST-001") @severity("LOW") @title("t") @clause("c")
                when
                    $o : OrgProfile( type == OrgType.BRANCH,, )
                then
                end
                """, null);
        Run r = run("lint", p.toString());
        assertEquals(2, r.exit());
        assertTrue(r.out().contains(p.resolve("rules/local.drl") + ":12:"), r.out());
        assertFalse(r.out().contains("Exception"), r.out());
    }

    @Test
    void metadataUnknownSeverityAndDuplicateIds() throws Exception {
        Path p = pack("""
                rule "ST-001 no clause"
                    @id("ST-001") @severity("LOW") @title("t")
                when
                    $o : OrgProfile( type == OrgType.BRANCH )
                then
                end

                rule "ST-002 odd severity"
                    @id("ST-002") @severity("SEVERE") @title("t") @clause("c")
                when
                    $o : OrgProfile( type == OrgType.PARTY_GROUP )
                then
                end
                """, null);
        Run r = run("lint", p.toString());
        assertEquals(2, r.exit());
        String file = p.resolve("rules/local.drl").toString();
        assertTrue(r.out().contains(file + ":9:1: rule \"ST-001 no clause\" has no @clause"), r.out());
        assertTrue(r.out().contains(file + ":16:1: rule \"ST-002 odd severity\": "), r.out());
        assertTrue(r.out().contains("SEVERE"), r.out());

        Path dup = pack("""
                rule "ST-003 reuses a built-in ID"
                    @id("ORG-002") @severity("HIGH") @title("t") @clause("c")
                when
                    $o : OrgProfile( type == OrgType.PARTY_GROUP )
                then
                end
                """, null);
        Run d = run("lint", dup.toString());
        assertEquals(2, d.exit());
        assertTrue(d.out().contains(dup.resolve("rules/local.drl") + ":9:1: rule \"ST-003 reuses a built-in ID\": "
                + "the ID ORG-002 belongs to another pack"), d.out());
    }

    @Test
    void unknownAndUnusedParameters() throws Exception {
        String rule = """
                rule "ST-001 reads a parameter"
                    @id("ST-001") @severity("LOW") @title("t") @clause("c")
                when
                    $p : Params()
                    $o : OrgProfile( type == OrgType.BRANCH, fullMembers < $p.num("street.minMembers") )
                then
                end
                """;
        Run unknown = run("lint", pack(rule, "street.minMember = 4\n").toString());
        assertEquals(2, unknown.exit());
        assertTrue(unknown.out().contains("reads unknown parameter 'street.minMembers'"), unknown.out());

        Run unused = run("lint", pack(rule, "street.minMembers = 4\nstreet.minMember = 4\n").toString(), "--no-redundancy");
        assertEquals(0, unused.exit(), unused.out());
        assertTrue(unused.out().contains("params.properties:2:1: warning: parameter 'street.minMember' is not read by "
                + "any rule (did you mean 'street.minMembers', which a rule reads?)"), unused.out());
        assertFalse(unused.out().contains("trn.memberMinHours"), "the built-in pack's warnings are not the officer's");
    }

    // One pack for both warnings of the redundancy check: each lint of a pack that extends the
    // built-in one compiles all of it, the slowest step of this class.
    @Test
    void aCopiedRuleIsAWarningNotAnErrorAndANarrowerRuleIsSubsumed() throws Exception {
        Path p = pack("""
                rule "ST-002 hollow branch, copied"
                    @id("ST-002") @severity("LOW") @title("支部正式党员不足") @clause("街道文件")
                    @requires("memberships")
                when
                    $p : Params()
                    $o : OrgProfile( type == OrgType.BRANCH, active, fullMembers < $p.num("org.branchMinFullMembers") )
                then
                    findings.raise(drools, $o, $o.fullMembers(), "街道督办");
                end

                rule "ST-004 small branch"
                    @id("ST-004") @severity("LOW") @title("t") @clause("c")
                when
                    $o : OrgProfile( type == OrgType.BRANCH, fullMembers < 5 )
                then
                end

                rule "ST-005 small organization"
                    @id("ST-005") @severity("LOW") @title("t") @clause("c")
                when
                    $o : OrgProfile( fullMembers < 5 )
                then
                end
                """, null);
        Run r = run("lint", p.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("local.drl:9:1: warning: rule \"ST-002 hollow branch, copied\" has the same "
                + "condition as \"ORG-002 hollow branch\" (rules/organization.drl:"), r.out());
        assertTrue(r.out().contains("local.drl:19:1: warning: rule \"ST-004 small branch\" is subsumed by "
                + "\"ST-005 small organization\" (" + p.resolve("rules/local.drl") + ":26)"), r.out());
    }

    @Test
    void aHostilePackIsRefusedNamingTheRuleAndLine() throws Exception {
        Path p = pack("""
                rule "ST-666 leaves"
                    @id("ST-666") @severity("LOW") @title("t") @clause("c")
                when
                    $o : OrgProfile()
                then
                    System.exit(0);
                end
                """, null);
        Run r = run("lint", p.toString());
        assertEquals(2, r.exit());
        assertTrue(r.out().contains(p.resolve("rules/local.drl") + ":14:12: rule \"ST-666 leaves\": java.lang.System.exit() is not allowed"),
                r.out());
        Run audit = run("audit", ValidateCommandTest.MINIMAL, "--rules", p.toString());
        assertEquals(2, audit.exit());
        assertTrue(audit.err().contains("rule \"ST-666 leaves\": java.lang.System.exit() is not allowed"), audit.err());
    }

    @Test
    void theBuiltInPackHasNoErrors() {
        Run r = run("lint", "--no-redundancy");
        assertEquals(0, r.exit(), r.out());
    }
}
