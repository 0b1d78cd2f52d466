package org.dangjian.rules;

import static org.dangjian.rules.Fixtures.branch;
import static org.dangjian.rules.Fixtures.member;
import static org.dangjian.rules.Fixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dangjian.model.Dataset;
import org.dangjian.rules.authoring.Expectation;
import org.dangjian.rules.authoring.Scenario;
import org.dangjian.rules.authoring.ScenarioResult;
import org.dangjian.rules.authoring.ScenarioRunner;
import org.junit.jupiter.api.Test;

/**
 * A rule whose condition or action fails (规则运行错误) is named, with its file and line, in an audit
 * and in a scenario of {@code test}: an exception, a mistyped parameter name, a function that
 * recurses until the stack overflows (an {@code Error}, which Drools does not wrap).
 */
class RuleErrorsTest {

    private static final String HEAD = """
            package street.errors;
            import org.dangjian.rules.vocabulary.OrgProfile;
            import org.dangjian.rules.vocabulary.Params;
            global org.dangjian.rules.Findings findings;
            function int down(int n) { return n == 0 ? 0 : 1 + down(n + 1); }
            """;

    private final Dataset dataset = Dataset.builder(Fixtures.YEAR_END)
            .add(branch("b-1", null)).add(person("p-1")).add(member("p-1", "b-1")).build();

    @Test
    void aRecursiveFunctionInAnActionIsNamedWithItsRule() throws Exception {
        RuleFailedException e = assertThrows(RuleFailedException.class, () -> audit("""
                rule "Deep action"
                    @id("E-1") @severity("LOW") @title("t") @clause("c")
                when
                    $o : OrgProfile()
                then
                    findings.raise(drools, $o, down(1), "x");
                end
                """));
        assertTrue(e.getMessage().startsWith("rule \"Deep action\" (rules/errors.drl:6) failed in its action in function down"),
                e.getMessage());
        assertTrue(e.getMessage().contains("StackOverflowError"), e.getMessage());
    }

    /**
     * A live audit in groups opens its groups at once, one a thread: the rule that failed is
     * named by the thread that fired it, whichever other group's rules were firing then.
     */
    @Test
    void aRuleFailingInAGroupOpenedOnAnotherThreadIsNamed() {
        Dataset.Builder b = Dataset.builder(Fixtures.YEAR_END);
        for (int i = 1; i <= 6; i++) {
            b.add(branch("b-" + i, null)).add(person("p-" + i)).add(member("p-" + i, "b-" + i));
        }
        RuleFailedException e = assertThrows(RuleFailedException.class, () -> new LiveAudit(
                ComplianceEngine.compile(pack("partitioning = subtrees\n", """
                        rule "Deep action"
                            @id("E-1") @severity("LOW") @title("t") @clause("c")
                        when
                            $o : OrgProfile( orgId == "b-4" )
                        then
                            findings.raise(drools, $o, down(1), "x");
                        end

                        rule "Busy"
                            @id("E-2") @severity("LOW") @title("t") @clause("c")
                        when
                            $o : OrgProfile()
                        then
                            findings.raise(drools, $o, 1, "x");
                        end
                        """)), b.build(), AuditOptions.DEFAULTS,
                new org.dangjian.rules.internal.AuditSession.Groups(1, 1)));
        assertTrue(e.getMessage().startsWith("rule \"Deep action\" (rules/errors.drl:6) failed in its action"),
                e.getMessage());
    }

    @Test
    void aRecursiveFunctionInAConditionNamesTheFunction() throws Exception {
        RuleFailedException e = assertThrows(RuleFailedException.class, () -> audit("""
                rule "Deep condition"
                    @id("E-1") @severity("LOW") @title("t") @clause("c")
                when
                    $o : OrgProfile( down(fullMembers + 1) > 0 )
                then
                end
                """));
        assertTrue(e.getMessage().contains("function down (rules/errors.drl:5)"), e.getMessage());
        assertTrue(e.getMessage().contains("StackOverflowError"), e.getMessage());
    }

    @Test
    void aMessagePlaceholderThatNamesNothingIsRefusedWithItsFileAndLine() {
        PackException e = assertThrows(PackException.class, () -> ComplianceEngine.compile(pack("""
                rule "Misplaced"
                    @id("E-1") @severity("LOW") @title("t") @clause("c")
                    @message("组织人数为{measure}") @messageEn("{measured} members, {evidence.missing}")
                when
                    $o : OrgProfile()
                then
                end
                """)));
        assertEquals(List.of("rules/errors.drl:6:1: rule \"Misplaced\": @message names '{measure}', which is none of "
                + "{measured}, {criteria}, {evidence.KEY} or a parameter of the pack"),
                e.problems().stream().map(Object::toString).toList());
    }

    @Test
    void aMistypedParameterNameIsNamedWithItsRule() throws Exception {
        RuleFailedException e = assertThrows(RuleFailedException.class, () -> audit("""
                rule "Typo"
                    @id("E-1") @severity("LOW") @title("t") @clause("c")
                when
                    $p : Params()
                    $o : OrgProfile( fullMembers < $p.num('org.noSuchThreshold') )
                then
                end
                """));
        assertTrue(e.getMessage().startsWith("rule \"Typo\" (rules/errors.drl:6) failed in its condition"), e.getMessage());
        assertTrue(e.getMessage().contains("org.noSuchThreshold"), e.getMessage());
    }

    @Test
    void anExceptionInAnActionIsNamedInAScenarioOfTest() throws Exception {
        ComplianceEngine engine = ComplianceEngine.compile(pack("""
                rule "Divides by zero"
                    @id("E-1") @severity("LOW") @title("t") @clause("c")
                when
                    $o : OrgProfile()
                then
                    findings.raise(drools, $o, 1 / ($o.fullMembers() - 1), "x");
                end
                """));
        ScenarioResult r = ScenarioRunner.run(engine, new Scenario("s", "", "tests/s.json:1:1", dataset,
                Parameters.empty(), List.<Expectation>of(), List.<Expectation>of(), List.of(), false), AuditOptions.DEFAULTS);
        String shown = r.error().orElse("no error");
        assertTrue(shown.contains("rule \"Divides by zero\" (rules/errors.drl:6) failed in its action: ArithmeticException"),
                shown);
    }

    @Test
    void aRuleThatExhaustsTheMemoryIsNamedNotTheRecords() throws Exception {
        // An array larger than any test heap: the JVM refuses it at once, without filling the heap.
        RuleFailedException e = assertThrows(RuleFailedException.class, () -> audit("""
                rule "Hoards"
                    @id("E-1") @severity("LOW") @title("t") @clause("c")
                when
                    $o : OrgProfile()
                then
                    long[] all = new long[2147483000];
                    findings.raise(drools, $o, all.length, "x");
                end
                """));
        assertTrue(e.getMessage().startsWith("rule \"Hoards\" (rules/errors.drl:6) failed in its action: OutOfMemoryError"),
                e.getMessage());
    }

    @Test
    void theLargestFiringLimitWorks() throws Exception {
        ComplianceEngine engine = ComplianceEngine.compile(RulePack.builtIn());
        assertEquals(engine.audit(dataset).findings(),
                engine.audit(dataset, AuditOptions.DEFAULTS.withMaxFirings(Long.MAX_VALUE)).findings());
        assertTrue(!engine.audit(dataset, AuditOptions.DEFAULTS.withMaxFirings(Long.MAX_VALUE)).findings().isEmpty());
    }

    private void audit(String rule) throws Exception {
        ComplianceEngine.compile(pack(rule)).audit(dataset);
    }

    private static RulePack pack(String rule) throws PackException {
        return pack("", rule);
    }

    /** A pack of {@code rule} whose pack.properties also say {@code properties}. */
    private static RulePack pack(String properties, String rule) throws PackException {
        return RulePack.of(Map.of("pack.properties", "name = errors\nversion = 1\nmode = replaces\n" + properties,
                "params.properties", "org.branchMinFullMembers = 3\n", "rules/errors.drl", HEAD + rule));
    }
}
