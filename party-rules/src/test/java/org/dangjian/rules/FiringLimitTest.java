package org.dangjian.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.dangjian.model.Dataset;
import org.junit.jupiter.api.Test;

/**
 * A rule that keeps firing (它自己不断触发) stops the audit at the firing limit, with an error that
 * names it, instead of running for ever. {@code fireAllRules(filter, max)} fires at most {@code max}
 * rules and returns how many fired; the engine fires one past the limit, so only a pack that needs
 * more than the limit is stopped.
 */
class FiringLimitTest {

    static final String LOOP = """
            package street;

            import org.dangjian.model.OrgType;
            import org.dangjian.rules.vocabulary.OrgProfile;

            global org.dangjian.rules.Findings findings;

            // A pack changes only facts of its own types: the loop is on one of them.
            declare Visit
                orgId : String
            end

            rule "ST-008 visits each branch"
                @id("ST-008") @severity("LOW") @title("走访") @clause("测试")
            when
                $o : OrgProfile( type == OrgType.BRANCH )
                not Visit( orgId == $o.orgId() )
            then
                insert(new Visit($o.orgId()));
            end

            rule "ST-009 touches its own fact"
                @id("ST-009") @severity("LOW") @title("自我触发的规则") @clause("测试")
            when
                $v : Visit()
            then
                update($v);
            end
            """;

    @Test
    void aRuleThatKeepsFiringIsStoppedAndNamed() throws Exception {
        ComplianceEngine engine = ComplianceEngine.compile(RulePack.builtIn().extendedBy(RulePack.of(Map.of(
                "pack.properties", "name = street\nversion = 1\nmode = extends\n", "rules/loop.drl", LOOP))));
        Dataset d = Dataset.builder(Fixtures.YEAR_END).add(Fixtures.branch("b-1", null)).build();
        RuleFiringLimitException e = assertThrows(RuleFiringLimitException.class,
                () -> engine.audit(d, AuditOptions.DEFAULTS.withMaxFirings(500)));
        assertEquals("ST-009 touches its own fact", e.ruleName());
        assertEquals(500, e.limit());
        assertTrue(e.getMessage().contains("kept firing"), e.getMessage());
    }

    @Test
    void anOrdinaryAuditStaysFarBelowTheDefaultLimit() {
        Dataset d = Dataset.builder(Fixtures.YEAR_END).add(Fixtures.branch("b-1", null)).build();
        ComplianceEngine.builtIn().audit(d, AuditOptions.DEFAULTS.withMaxFirings(10_000));
    }

    static final String ONCE_PER_ORG = """
            package street;

            import org.dangjian.rules.vocabulary.OrgProfile;

            global org.dangjian.rules.Findings findings;

            rule "ST-001 every organization"
                @id("ST-001") @severity("LOW") @title("每个组织一次") @clause("测试")
            when
                $o : OrgProfile()
            then
                findings.raise(drools, $o, 1, 1);
            end
            """;

    @Test
    void aPackThatNeedsExactlyTheLimitIsNotStopped() throws Exception {
        ComplianceEngine engine = ComplianceEngine.compile(RulePack.of(Map.of(
                "pack.properties", "name = street\nversion = 1\nmode = replaces\n", "rules/once.drl", ONCE_PER_ORG)));
        Dataset d = Dataset.builder(Fixtures.YEAR_END).add(Fixtures.branch("b-1", null))
                .add(Fixtures.branch("b-2", null)).add(Fixtures.branch("b-3", null)).build();
        assertEquals(3, engine.audit(d, AuditOptions.DEFAULTS.withMaxFirings(3)).findings().size());
        RuleFiringLimitException e = assertThrows(RuleFiringLimitException.class,
                () -> engine.audit(d, AuditOptions.DEFAULTS.withMaxFirings(2)));
        assertTrue(e.getMessage().contains("\"ST-001 every organization\" 3×"), e.getMessage());
    }
}
