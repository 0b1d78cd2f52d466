package org.dangjian.rules.internal;

import static org.dangjian.rules.Fixtures.YEAR_END;
import static org.dangjian.rules.Fixtures.branch;
import static org.dangjian.rules.Fixtures.member;
import static org.dangjian.rules.Fixtures.org;
import static org.dangjian.rules.Fixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.dangjian.model.Dataset;
import org.dangjian.model.OrgType;
import org.dangjian.model.Sector;
import org.junit.jupiter.api.Test;

/**
 * How subtrees are gathered into sessions: what a session holds is bounded by the largest
 * independent subtree (or the group size), never by how many organizations the district has —
 * the partitioned audit's memory claim.
 */
class PartitionGroupsTest {

    /** A district of one street and {@code communities} communities of 1 to 3,000 members each. */
    private static Dataset district(int communities, long seed) {
        Random random = new Random(seed);
        Dataset.Builder b = Dataset.builder(YEAR_END)
                .add(org("d", OrgType.DISTRICT_COMMITTEE, Sector.ORGAN, null))
                .add(org("s", OrgType.STREET_WORKING_COMMITTEE, Sector.ORGAN, "d"));
        int person = 0;
        for (int c = 0; c < communities; c++) {
            b.add(org("c" + c, OrgType.PARTY_COMMITTEE, Sector.COMMUNITY, "s")).add(branch("b" + c, "c" + c));
            int members = 1 + random.nextInt(3_000);
            for (int m = 0; m < members; m++, person++) {
                b.add(person("p" + person)).add(member("p" + person, "b" + c));
            }
        }
        return b.build();
    }

    /** The heaviest session below the top, in members (plus one per subtree for its organizations). */
    private static long heaviestGroup(Dataset d) {
        Partitions parts = Partitions.of(d);
        int[] groupOf = PartitionedAudit.groups(parts, 2);
        assertEquals(0, groupOf[Partitions.TOP], "the top is a session of its own");
        long[] weight = new long[parts.count()];
        long largest = 0;
        for (int i = 1; i < parts.count(); i++) {
            assertTrue(groupOf[i] > 0, "every subtree is in a session below the top");
            weight[groupOf[i]] += parts.members(i) + 1L;
            largest = Math.max(largest, parts.members(i) + 1L);
        }
        long heaviest = 0;
        for (long w : weight) {
            heaviest = Math.max(heaviest, w);
        }
        assertTrue(heaviest <= Math.max(largest, PartitionedAudit.GROUP_MEMBERS),
                "a session holds at most the largest subtree or one group: " + heaviest);
        return heaviest;
    }

    @Test
    void aSessionHoldsNoMoreThanTheLargestSubtreeOrOneGroupWhateverTheDistrictsSize() {
        long small = heaviestGroup(district(40, 1));
        long large = heaviestGroup(district(400, 1));
        assertTrue(large <= Math.max(small, PartitionedAudit.GROUP_MEMBERS),
                "ten times the organizations, sessions no heavier: " + small + " vs " + large);
    }

    @Test
    void aSubtreeLargerThanAGroupIsNeverSplit() {
        Dataset.Builder b = Dataset.builder(YEAR_END)
                .add(org("d", OrgType.DISTRICT_COMMITTEE, Sector.ORGAN, null))
                .add(org("big", OrgType.PARTY_COMMITTEE, Sector.COMMUNITY, "d"))
                .add(branch("big-1", "big")).add(branch("big-2", "big"))
                .add(org("small", OrgType.PARTY_COMMITTEE, Sector.COMMUNITY, "d")).add(branch("small-1", "small"));
        for (int m = 0; m < PartitionedAudit.GROUP_MEMBERS * 2; m++) {
            b.add(person("p" + m)).add(member("p" + m, m % 2 == 0 ? "big-1" : "big-2"));
        }
        b.add(person("q")).add(member("q", "small-1"));
        Dataset d = b.build();
        Partitions parts = Partitions.of(d);
        int[] groupOf = PartitionedAudit.groups(parts, 2);
        assertEquals(groupOf[parts.ofOrg("big-1")], groupOf[parts.ofOrg("big-2")]);
        assertEquals(parts.ofOrg("big"), parts.ofOrg("big-2"), "one subtree");
        assertEquals(PartitionedAudit.GROUP_MEMBERS * 2 + 1L, heaviestGroup(d));
    }
}
