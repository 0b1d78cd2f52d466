package org.dangjian.rules;

import static org.dangjian.rules.Fixtures.branch;
import static org.dangjian.rules.Fixtures.member;
import static org.dangjian.rules.Fixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.model.Dataset;
import org.dangjian.rules.vocabulary.OrgProfile;
import org.dangjian.rules.vocabulary.Params;
import org.dangjian.rules.vocabulary.Raised;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.dangjian.rules.internal.CompiledPack;
import org.dangjian.rules.internal.Derivations;
import org.dangjian.rules.internal.PackCompiler;

/**
 * A policy officer copies ORG-002 into a street pack and changes only its action. Two rules with
 * the same {@code when} part make Drools 10.2.0 throw a NullPointerException on update + fire in a
 * stateful session (upstream issues 6422, 6846); the engine builds every KieBase without shared
 * beta nodes, so the copy works, in a batch audit and in a live-like session alike.
 */
class CopiedRuleTest {

    static final String COPY = """
            package street;

            import org.dangjian.model.OrgType;
            import org.dangjian.rules.vocabulary.OrgProfile;
            import org.dangjian.rules.vocabulary.Params;

            global org.dangjian.rules.Findings findings;

            rule "ST-002 hollow branch, street wording"
                @id("ST-002") @severity("LOW") @title("支部正式党员不足，街道督办") @clause("街道文件")
                @requires("memberships")
            when
                $p : Params()
                $o : OrgProfile( type == OrgType.BRANCH, active, fullMembers < $p.num("org.branchMinFullMembers") )
            then
                findings.raise(drools, $o, $o.fullMembers(), "街道督办合并或撤销");
            end
            """;

    private final Dataset dataset = Dataset.builder(Fixtures.YEAR_END)
            .add(branch("b-1", null)).add(branch("b-2", null))
            .add(person("p-1")).add(person("p-2")).add(person("p-3")).add(person("p-4"))
            .add(member("p-1", "b-1"))
            .add(member("p-2", "b-2")).add(member("p-3", "b-2")).add(member("p-4", "b-2"))
            .build();

    @Test
    void aCopiedRuleWorksInABatchAudit() throws Exception {
        ComplianceEngine engine = ComplianceEngine.compile(pack());
        AuditReport report = engine.audit(dataset);
        assertEquals(List.of("b-1"), report.findings("ORG-002").stream().map(Finding::subjectId).toList());
        assertEquals(List.of("b-1"), report.findings("ST-002").stream().map(Finding::subjectId).toList());
    }

    @Test
    void aCopiedRuleWorksInALiveSessionWithUpdates() throws Exception {
        CompiledPack compiled = PackCompiler.compile(pack());
        assertEquals(List.of("b-1"), updateAndFire(compiled.kieBase(), compiled.defaults()));
    }

    /** Inserts the derived facts, fires, then moves members between the branches and back, firing each time. */
    private List<String> updateAndFire(KieBase kbase, Parameters params) {
        KieSession session = kbase.newKieSession();
        try {
            session.setGlobal("findings", new Findings(dataset));
            Map<String, FactHandle> profiles = new HashMap<>();
            Map<String, OrgProfile> current = new HashMap<>();
            for (Object fact : Derivations.derive(dataset, new Params(params))) {
                FactHandle h = session.insert(fact);
                if (fact instanceof OrgProfile p) {
                    profiles.put(p.orgId(), h);
                    current.put(p.orgId(), p);
                }
            }
            session.fireAllRules();
            for (int round = 0; round < 4; round++) {
                for (String org : List.of("b-1", "b-2")) {
                    OrgProfile p = current.get(org);
                    int full = p.fullMembers() < 3 ? 3 : 1;
                    OrgProfile changed = withFullMembers(p, full);
                    session.update(profiles.get(org), changed);
                    current.put(org, changed);
                }
                session.fireAllRules();
            }
            List<String> orgs = session.getObjects(o -> o instanceof Raised r && r.ruleId().equals("ST-002")).stream()
                    .map(o -> ((Raised) o).subjectId()).sorted().toList();
            assertTrue(session.getObjects(o -> o instanceof Raised r && r.ruleId().equals("ORG-002")).size() == 1);
            return orgs;
        } finally {
            session.dispose();
        }
    }

    private static OrgProfile withFullMembers(OrgProfile p, int full) {
        return new OrgProfile(p.orgId(), p.name(), p.type(), p.sector(), p.parentId(), p.established(), p.dissolved(),
                p.active(), p.hasCommittee(), p.grassroots(), p.communityOrg(), p.villageOrg(), p.twoNew(),
                p.committeeLevel(), full, p.probationaryMembers(), p.suspendedMembers(), full, full, full);
    }

    private static RulePack pack() throws PackException {
        return RulePack.builtIn().extendedBy(RulePack.of(Map.of(
                "pack.properties", "name = street\nversion = 1\nmode = extends\n", "rules/copy.drl", COPY)));
    }
}
