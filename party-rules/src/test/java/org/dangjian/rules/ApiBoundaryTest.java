package org.dangjian.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.dangjian.model.Dataset;
import org.junit.jupiter.api.Test;

/** What crosses the API package: our exceptions, not Drools'; options built without a constructor. */
class ApiBoundaryTest {

    static final String THROWS = """
            package street;

            import org.dangjian.rules.vocabulary.OrgProfile;

            global org.dangjian.rules.Findings findings;

            rule "ST-002 divides by zero"
                @id("ST-002") @severity("LOW") @title("除以零") @clause("测试")
            when
                $o : OrgProfile()
            then
                findings.raise(drools, $o, 1 / ($o.fullMembers() - $o.fullMembers()), 1);
            end
            """;

    @Test
    void aRuleThatThrowsBecomesOurExceptionNamingTheRule() throws Exception {
        ComplianceEngine engine = ComplianceEngine.compile(RulePack.of(Map.of(
                "pack.properties", "name = street\nversion = 1\nmode = replaces\n", "rules/throws.drl", THROWS)));
        Dataset d = Dataset.builder(Fixtures.YEAR_END).add(Fixtures.branch("b-1", null)).build();
        RuleFailedException e = assertThrows(RuleFailedException.class, () -> engine.audit(d));
        assertEquals("ST-002 divides by zero", e.ruleName());
        assertInstanceOf(ArithmeticException.class, e.getCause());
        assertTrue(e.getMessage().startsWith("rule \"ST-002 divides by zero\" (")
                && e.getMessage().contains(") failed in its action: ArithmeticException"),
                e.getMessage());
        try (LiveAudit live = engine.openLive(Dataset.builder(Fixtures.YEAR_END).build())) {
            assertThrows(RuleFailedException.class, () -> live.apply(Change.add(Fixtures.branch("b-1", null))));
        }
    }

    @Test
    void theBuilderGivesWhatTheWithMethodsGive() {
        Parameters p = Parameters.of(Map.of("org.branchMinFullMembers", "5"));
        AuditOptions built = AuditOptions.builder().language(Language.EN).parameters(p).maxFirings(500)
                .partitioning(AuditOptions.Partitioning.SINGLE_SESSION).build();
        assertEquals(AuditOptions.DEFAULTS.withLanguage(Language.EN).withParameters(p).withMaxFirings(500)
                .withPartitioning(AuditOptions.Partitioning.SINGLE_SESSION), built);
        assertEquals(AuditOptions.DEFAULTS, AuditOptions.builder().build());
        assertEquals(built.withDatasetSha256("abc"), built.toBuilder().datasetSha256("abc").build());
    }
}
