package org.dangjian.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Example;
import net.jqwik.api.Property;
import org.dangjian.model.Dataset;
import org.dangjian.model.Membership;
import org.dangjian.model.OrgType;
import org.dangjian.model.Organization;
import org.dangjian.model.Person;
import org.dangjian.model.Position;
import org.dangjian.model.ReserveCadre;
import org.dangjian.model.Role;
import org.dangjian.model.Sector;

/**
 * Live audits agree with batch audits in a deeper tree than {@link LiveWorld}'s (a district, two
 * streets, their party committees, general branches and branches), with the changes the keyed
 * derivers keep running totals for above a record (subtree member counts, admission cohorts,
 * community orgs, “一肩挑” shares, reserve pools): members moving between branches of different
 * streets, organizations moved under another parent, retyped, given another sector, dissolved,
 * removed and created, new members' people changed, posts and reserves coming and going.
 */
class LiveDeepTreeProperties {

    private static final ComplianceEngine ENGINE = ComplianceEngine.builtIn();
    private static final int YEAR = LiveWorld.YEAR;

    /**
     * The draw that found CAD-008's share gone stale (session 9): a street moved below a branch,
     * then a second organization of an id already held (a community party committee elsewhere)
     * added below a village committee. Batch counts the id as a community org in every subtree
     * holding either; live named only the first one's chain of ancestors as touched.
     */
    @Example
    void aSecondOrganizationOfAnIdTouchesTheCommitteesAboveItToo() {
        agree(30L, false);
        agree(30L, true);
    }

    /**
     * A draw that failed (found by session 10's groups work, on main since session 8): an
     * organization n0 added twice (a branch, then a community party committee), then another
     * organization removed. The removal left its place to the last organization, the second n0,
     * which so came before the first: batch read the committee as n0, live still the branch.
     * Seed -4125700 is the same in groups of subtrees (found by the asof work).
     */
    @Example
    void aRemovalThatPutsTheSecondOrganizationOfAnIdFirst() {
        agree(-70L, false);
        agree(-70L, true);
        agree(-4125700L, true);
    }

    @Property(tries = 8)
    void liveEqualsBatchWhileMembersAndOrganizationsMove(@ForAll long seed) {
        agree(seed, false);
    }

    // Each community its own group, none, one or two left open: members, posts and subtrees move between groups.
    @Property(tries = 8)
    void soInGroupsOfSubtrees(@ForAll long seed) {
        agree(seed, true);
    }

    private static void agree(long seed, boolean grouped) {
        Random rnd = new Random(seed);
        LiveWorld world = new LiveWorld(rnd);
        Dataset model = deepDistrict(world, rnd);
        try (LiveAudit live = LiveWorld.open(ENGINE, model, AuditOptions.DEFAULTS, grouped)) {
            LiveAuditProperties.sameFindings(ENGINE.audit(model, AuditOptions.DEFAULTS).findings(), live.findings(),
                    "when opened");
            for (int step = 1; step <= 8; step++) {
                Change c = change(world, rnd, model);
                model = LiveWorld.applied(model, List.of(c));
                live.apply(List.of(c));
                String where = "after step " + step + " " + c;
                LiveAuditProperties.sameFindings(ENGINE.audit(model, AuditOptions.DEFAULTS).findings(), live.findings(),
                        where);
                LiveAuditProperties.sameFacts(live.batchDerivedFacts(model), live.derivedFacts(), where);
            }
        }
    }

    /** d1 → s1, s2 → two party committees each (some of the community) → a general branch and branches. */
    static Dataset deepDistrict(LiveWorld world, Random rnd) {
        Dataset.Builder b = Dataset.builder(LocalDate.of(YEAR, 12, 31));
        List<Organization> orgs = new ArrayList<>();
        orgs.add(world.org("d1", OrgType.DISTRICT_COMMITTEE, Sector.ORGAN, null));
        for (int s = 1; s <= 2; s++) {
            orgs.add(world.org("s" + s, OrgType.STREET_WORKING_COMMITTEE, Sector.ORGAN, "d1"));
            for (int c = 1; c <= 2; c++) {
                String pc = "c" + s + c;
                orgs.add(world.org(pc, OrgType.PARTY_COMMITTEE, rnd.nextInt(3) > 0 ? Sector.COMMUNITY : Sector.VILLAGE,
                        "s" + s));
                orgs.add(world.org("g" + s + c, OrgType.GENERAL_BRANCH, Sector.COMMUNITY, pc));
                orgs.add(world.org("b" + s + c + "1", OrgType.BRANCH, Sector.COMMUNITY, pc));
                orgs.add(world.org("b" + s + c + "2", OrgType.BRANCH, Sector.NON_PUBLIC_ENTERPRISE, "g" + s + c));
                orgs.add(world.org("b" + s + c + "3", OrgType.BRANCH, Sector.COMMUNITY, "g" + s + c));
            }
        }
        orgs.forEach(b::add);
        Dataset shell = b.build();
        for (int i = 1; i <= 24; i++) {
            String id = "p" + i;
            b.add(world.person(id));
            Membership m = world.membership(shell, id);
            if (rnd.nextBoolean()) {
                m = (Membership) LiveWorld.with(m, "admitted", LocalDate.of(YEAR, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)));
            }
            b.add(m);
        }
        for (Organization o : orgs) {
            if (o.type() == OrgType.PARTY_COMMITTEE) {
                String secretary = "p" + (1 + rnd.nextInt(24));
                b.add(post(secretary, o.id(), Role.SECRETARY));
                b.add(post(rnd.nextBoolean() ? secretary : "p" + (1 + rnd.nextInt(24)), o.id(), Role.RESIDENTS_DIRECTOR));
            }
            if (rnd.nextInt(3) == 0) {
                b.add(new ReserveCadre("p" + (1 + rnd.nextInt(24)), o.id(), LocalDate.of(YEAR - 1, 6, 1), Optional.empty()));
            }
        }
        return b.build();
    }

    private static Position post(String personId, String orgId, Role role) {
        return new Position(personId, orgId, role, LocalDate.of(YEAR - 1, 3, 1), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** One change of the kinds above, of records of {@code d}. */
    private static Change change(LiveWorld world, Random rnd, Dataset d) {
        List<Organization> orgs = d.organizations();
        Organization o = orgs.get(rnd.nextInt(orgs.size()));
        switch (rnd.nextInt(10)) {
            case 0, 1 -> {
                if (!d.memberships().isEmpty()) {
                    Membership m = d.memberships().get(rnd.nextInt(d.memberships().size()));
                    return Change.update(m, LiveWorld.with(m, "organizationId", orgs.get(rnd.nextInt(orgs.size())).id()));
                }
            }
            case 2 -> {
                // Under another organization not below it (a cycle is a validation error).
                List<Organization> parents = orgs.stream()
                        .filter(p -> d.subtree(o.id()).stream().noneMatch(x -> x.id().equals(p.id()))).toList();
                if (!parents.isEmpty() && o.parentId().isPresent()) {
                    Organization p = parents.get(rnd.nextInt(parents.size()));
                    return Change.update(o, LiveWorld.with(o, "parentId", Optional.of(p.id())));
                }
            }
            case 3 -> {
                OrgType type = o.type() == OrgType.PARTY_COMMITTEE ? OrgType.GENERAL_BRANCH : OrgType.PARTY_COMMITTEE;
                Object retyped = LiveWorld.with(o, "type", o.parentId().isPresent() ? type : o.type());
                return Change.update(o, rnd.nextBoolean() ? retyped
                        : LiveWorld.with(o, "sector", o.sector() == Sector.COMMUNITY ? Sector.VILLAGE : Sector.COMMUNITY));
            }
            case 4 -> {
                return rnd.nextBoolean() ? Change.update(o, LiveWorld.with(o, "dissolved", Optional.of(LocalDate.of(YEAR, 6, 1))))
                        : Change.remove(o);
            }
            case 5 -> {
                return Change.add(world.org("n" + rnd.nextInt(5), rnd.nextBoolean() ? OrgType.PARTY_COMMITTEE : OrgType.BRANCH,
                        Sector.COMMUNITY, o.id()));
            }
            case 6 -> {
                Person p = d.people().get(rnd.nextInt(d.people().size()));
                return Change.update(p, world.person(p.id()));
            }
            case 7 -> {
                return rnd.nextBoolean() ? Change.add(post("p" + (1 + rnd.nextInt(24)), o.id(),
                        rnd.nextBoolean() ? Role.SECRETARY : Role.RESIDENTS_DIRECTOR))
                        : d.positions().isEmpty() ? Change.asOf(LocalDate.of(YEAR, 11, 30))
                        : Change.remove(d.positions().get(rnd.nextInt(d.positions().size())));
            }
            case 8 -> {
                return rnd.nextBoolean() || d.reserveCadres().isEmpty()
                        ? Change.add(new ReserveCadre("p" + (1 + rnd.nextInt(24)), o.id(), LocalDate.of(YEAR, 2, 1), Optional.empty()))
                        : Change.remove(d.reserveCadres().get(rnd.nextInt(d.reserveCadres().size())));
            }
            default -> {
                return Change.asOf(LocalDate.of(YEAR, 1 + rnd.nextInt(12), 1).plusDays(rnd.nextInt(28)));
            }
        }
        return Change.add(world.person("p" + (30 + rnd.nextInt(10))));
    }
}
