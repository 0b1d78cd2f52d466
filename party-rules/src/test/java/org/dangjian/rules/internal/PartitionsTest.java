package org.dangjian.rules.internal;

import static org.dangjian.rules.Fixtures.LONG_AGO;
import static org.dangjian.rules.Fixtures.YEAR_END;
import static org.dangjian.rules.Fixtures.branch;
import static org.dangjian.rules.Fixtures.member;
import static org.dangjian.rules.Fixtures.org;
import static org.dangjian.rules.Fixtures.person;
import static org.dangjian.rules.Fixtures.post;
import static org.dangjian.rules.Fixtures.training;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dangjian.model.Dataset;
import org.dangjian.model.OrgType;
import org.dangjian.model.RecordKind;
import org.dangjian.model.Role;
import org.dangjian.model.Sector;
import org.dangjian.rules.vocabulary.Params;
import org.dangjian.rules.vocabulary.training.YearlyTraining;
import org.junit.jupiter.api.Test;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.RulePack;

/**
 * Independent subtrees and the routing of facts to them: the district and streets at the top,
 * each organization below them with its subtree, a person's facts wherever the person belongs.
 */
class PartitionsTest {

    private static Dataset district() {
        return Dataset.builder(YEAR_END)
                .add(org("d", OrgType.DISTRICT_COMMITTEE, Sector.ORGAN, null))
                .add(org("s1", OrgType.STREET_WORKING_COMMITTEE, Sector.ORGAN, "d"))
                .add(org("c1", OrgType.PARTY_COMMITTEE, Sector.COMMUNITY, "s1"))
                .add(branch("b1", "c1"))
                .add(branch("b2", "c1"))
                .add(org("c2", OrgType.PARTY_COMMITTEE, Sector.COMMUNITY, "s1"))
                .add(branch("b3", "c2"))
                .add(branch("e1", "s1"))
                .add(branch("lone", null))
                .add(person("p1")).add(member("p1", "b1"))
                .add(person("p2")).add(member("p2", "b3"))
                .add(post("p1", "c2", Role.SECRETARY, LONG_AGO))
                .add(post("p1", "s1", Role.COMMITTEE_MEMBER, LONG_AGO))
                .add(person("p9"))
                .add(training("p1", LocalDate.of(2020, 3, 1), 8))
                .build();
    }

    @Test
    void theDistrictAndStreetsAreTheTopAndEachOrganizationBelowRootsASubtree() {
        Partitions p = Partitions.of(district());
        assertEquals(Partitions.TOP, p.ofOrg("d"));
        assertEquals(Partitions.TOP, p.ofOrg("s1"));
        assertEquals(p.ofOrg("c1"), p.ofOrg("b1"));
        assertEquals(p.ofOrg("c1"), p.ofOrg("b2"));
        assertEquals(p.ofOrg("c2"), p.ofOrg("b3"));
        assertNotEquals(p.ofOrg("c1"), p.ofOrg("c2"));
        assertNotEquals(Partitions.TOP, p.ofOrg("e1"));
        assertNotEquals(Partitions.TOP, p.ofOrg("lone"));
        assertEquals(5, p.count(), "top, c1, c2, e1, lone");
        assertEquals(Partitions.TOP, p.ofOrg("no-such-org"));
    }

    @Test
    void aPersonsFactsGoWhereverThePersonBelongs() {
        Partitions p = Partitions.of(district());
        assertEquals(Set.of(p.ofOrg("b1"), p.ofOrg("c2"), Partitions.TOP), partitions(p, YearlyTraining.none("p1")));
        assertEquals(Set.of(p.ofOrg("b3")), partitions(p, YearlyTraining.none("p2")));
        assertEquals(Set.of(Partitions.TOP), partitions(p, YearlyTraining.none("p9")), "belongs nowhere: the top");
        assertEquals(Set.of(p.ofOrg("c2")), partitions(p, post("p1", "c2", Role.SECRETARY, LONG_AGO)));
    }

    @Test
    void aPersonListedWithTwoMembershipsHasFactsInBothSubtrees() {
        // A dataset the validator rejects, audited anyway: a rule joining the second membership
        // with the person's training total must find the total in the second one's subtree.
        Partitions p = Partitions.of(district().toBuilder().add(member("p2", "b1")).build());
        assertEquals(Set.of(p.ofOrg("b3"), p.ofOrg("b1")), partitions(p, YearlyTraining.none("p2")));
    }

    @Test
    void everyRecordKindAndEveryDerivedFactHasARoute() {
        List<String> unrouted = new ArrayList<>();
        for (RecordKind k : RecordKind.values()) {
            if (!Partitions.routed(k.type())) {
                unrouted.add(k.type().getSimpleName());
            }
        }
        for (FactDeriver d : Derivations.DERIVERS) {
            for (Class<?> c : d.produces()) {
                if (!Partitions.routed(c)) {
                    unrouted.add(c.getSimpleName());
                }
            }
        }
        assertEquals(List.of(), unrouted, "give these a partition: implement OrganizationFact, MembershipFact or PersonFact (or DatasetFact, TopFact)");
        assertTrue(Partitions.routed(Params.class));
    }

    @Test
    void derivationsEmitOnlyTheClassesTheyDeclare() {
        Dataset d = district();
        Params params = new Params(ComplianceEngine.builtIn().parameters());
        for (FactDeriver deriver : Derivations.DERIVERS) {
            Set<String> undeclared = new TreeSet<>();
            deriver.derive(d, params, FactSink.all(f -> {
                if (!deriver.produces().contains(f.getClass())) {
                    undeclared.add(f.getClass().getSimpleName());
                }
            }));
            assertEquals(Set.of(), undeclared, deriver.getClass().getSimpleName() + " emits classes it does not declare");
        }
    }

    @Test
    void aPackMayDeclareItsRulesSubtreeSafeAndAnExtensionKeepsItOnlyIfItDoesToo() throws Exception {
        assertTrue(RulePack.builtIn().subtreeSafe());
        RulePack silent = RulePack.of(java.util.Map.of("pack.properties", "name = local\nversion = 1\n"));
        RulePack safe = RulePack.of(java.util.Map.of("pack.properties", "name = local\nversion = 1\npartitioning = subtrees\n"));
        assertFalse(RulePack.builtIn().extendedBy(silent).subtreeSafe());
        assertTrue(RulePack.builtIn().extendedBy(safe).subtreeSafe());
    }

    private static Set<Integer> partitions(Partitions p, Object fact) {
        Set<Integer> out = new TreeSet<>();
        p.route(fact, out::add);
        return out;
    }
}
