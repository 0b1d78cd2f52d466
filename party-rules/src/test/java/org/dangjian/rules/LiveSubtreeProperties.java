package org.dangjian.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.dangjian.model.Activity;
import org.dangjian.model.Dataset;
import org.dangjian.model.OrgType;
import org.dangjian.model.Organization;
import org.dangjian.model.RecordKind;
import org.dangjian.model.Sector;

/**
 * Live audits agree with batch audits where a subtree holds hundreds of members: the facts a live
 * audit derives from the ones it held, member by member (subtree training, volunteer participation,
 * absences), equal those a batch audit derives whole, after trainings, activities and memberships
 * come, go and change (and, now and then, any other change of {@link LiveWorld}). The districts of
 * {@link LiveAuditProperties} hold a dozen people, too few for a fact's members to fill more than one
 * chunk of {@link org.dangjian.rules.vocabulary.ChunkedSortedMap}.
 */
class LiveSubtreeProperties {

    private static final ComplianceEngine ENGINE = ComplianceEngine.builtIn();

    // Each try opens a live audit of some 400 people and checks each step against a batch audit.
    @Property(tries = 5)
    void liveEqualsBatchInALargeSubtree(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int steps) {
        agree(seed, steps, false);
    }

    @Property(tries = 2)
    void soInGroupsOfSubtrees(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int steps) {
        agree(seed, steps, true);
    }

    private static void agree(long seed, int steps, boolean grouped) {
        Random rnd = new Random(seed);
        LiveWorld world = new LiveWorld(rnd);
        Dataset model = large(world, rnd);
        try (LiveAudit live = LiveWorld.open(ENGINE, model, AuditOptions.DEFAULTS, grouped)) {
            for (int step = 1; step <= steps; step++) {
                List<Change> changes = new ArrayList<>();
                int n = rnd.nextInt(4) == 0 ? 2 + rnd.nextInt(3) : 1;
                Dataset next = model;
                for (int i = 0; i < n; i++) {
                    Change c = change(world, rnd, next);
                    changes.add(c);
                    next = LiveWorld.applied(next, List.of(c));
                }
                model = next;
                live.apply(changes);
                String where = "after step " + step + " " + changes;
                LiveAuditProperties.sameFacts(live.batchDerivedFacts(model), live.derivedFacts(), where);
                LiveAuditProperties.sameFindings(ENGINE.audit(model).findings(), live.findings(), where);
            }
            org.junit.jupiter.api.Assertions.assertEquals(ENGINE.audit(model), live.report(), "the whole report");
        }
    }

    /** A district whose community holds some 400 people, most of them members, with their trainings and activities. */
    private static Dataset large(LiveWorld world, Random rnd) {
        Dataset.Builder b = Dataset.builder(world.asOf());
        List<Organization> orgs = new ArrayList<>();
        orgs.add(world.org("d1", OrgType.DISTRICT_COMMITTEE, Sector.ORGAN, null));
        orgs.add(world.org("s1", OrgType.STREET_WORKING_COMMITTEE, Sector.ORGAN, "d1"));
        orgs.add(world.org("c1", OrgType.PARTY_COMMITTEE, Sector.COMMUNITY, "s1"));
        orgs.add(world.org("g1", OrgType.GENERAL_BRANCH, Sector.COMMUNITY, "c1"));
        for (int i = 1; i <= 6; i++) {
            orgs.add(world.org("b" + i, OrgType.BRANCH, Sector.COMMUNITY, i % 2 == 0 ? "g1" : "c1"));
        }
        orgs.forEach(b::add);
        Dataset shell = b.build();
        for (int i = 1; i <= 400; i++) {
            String id = "p" + i;
            b.add(world.person(id));
            if (rnd.nextInt(10) < 9) {
                b.add(world.membership(shell, id));
            }
        }
        shell = b.build();
        int[] counts = {RecordKind.TRAININGS.ordinal(), 600, RecordKind.ACTIVITIES.ordinal(), 40,
                RecordKind.POSITIONS.ordinal(), 8};
        for (int k = 0; k < counts.length; k += 2) {
            RecordKind kind = RecordKind.values()[counts[k]];
            b.present(kind);
            for (int i = 0; i < counts[k + 1]; i++) {
                b.add(world.record(shell, kind, null));
            }
        }
        return b.build();
    }

    /** Mostly a training, an activity or a membership added, removed or changed; now and then anything. */
    private static Change change(LiveWorld world, Random rnd, Dataset d) {
        int roll = rnd.nextInt(10);
        if (roll == 0) {
            return world.change(d);
        }
        RecordKind k = roll < 5 ? RecordKind.TRAININGS : roll < 8 ? RecordKind.ACTIVITIES : RecordKind.MEMBERSHIPS;
        List<Object> existing = d.records(k);
        int how = rnd.nextInt(3);
        if (how == 0 || existing.isEmpty()) {
            return Change.add(world.record(d, k, null));
        }
        Object old = existing.get(rnd.nextInt(existing.size()));
        if (how == 1) {
            return Change.remove(old);
        }
        return Change.update(old, world.record(d, k, old instanceof Activity a ? a.id() : null));
    }
}
