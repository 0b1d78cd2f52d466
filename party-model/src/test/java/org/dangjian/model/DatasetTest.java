package org.dangjian.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The dataset's indexes: by id, children and subtree, memberships by organization. */
class DatasetTest {

    private static Organization org(String id, OrgType type, String parent) {
        return new Organization(id, id, type, Sector.COMMUNITY, Optional.ofNullable(parent), LocalDate.of(2010, 1, 1),
                Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty(),
                OptionalInt.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalInt.empty(), Optional.empty(),
                Optional.empty());
    }

    private static Membership member(String person, String org) {
        return new Membership(person, org, MembershipStatus.FULL, LocalDate.of(2010, 1, 1), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), OptionalDouble.empty(), null, Optional.empty(),
                false, Optional.empty(), Optional.empty(), OptionalDouble.empty(), Optional.empty(), Optional.empty());
    }

    private final Dataset d = Dataset.builder(LocalDate.of(2020, 12, 31))
            .add(org("d", OrgType.DISTRICT_COMMITTEE, null))
            .add(org("s", OrgType.STREET_WORKING_COMMITTEE, "d"))
            .add(org("c", OrgType.PARTY_COMMITTEE, "s"))
            .add(org("b1", OrgType.BRANCH, "c"))
            .add(org("b2", OrgType.BRANCH, "c"))
            .add(member("p1", "b1")).add(member("p2", "b1")).add(member("p3", "b2"))
            .build();

    @Test
    void aSubtreeKeptIsSharedByACopyThatWritesNoOrganizationAndWalkedAgainByOneThatDoes() {
        Dataset.Builder b = Dataset.builder(LocalDate.of(2020, 12, 31)).add(org("top", OrgType.PARTY_COMMITTEE, null));
        for (int i = 0; i < 40; i++) { // past the size from which subtrees are kept
            b.add(org("b" + i, OrgType.BRANCH, "top"));
        }
        Dataset big = b.build();
        assertEquals(41, big.subtree("top").size());
        Dataset member = big.toBuilder().add(member("p", "b0")).build();
        assertEquals(big.subtree("top"), member.subtree("top"));
        Dataset.Builder without = big.toBuilder();
        assertTrue(without.removeFirst(org("b7", OrgType.BRANCH, "top")).isPresent());
        Dataset fewer = without.build();
        assertEquals(40, fewer.subtree("top").size());
        assertFalse(fewer.subtree("top").stream().anyMatch(o -> o.id().equals("b7")));
        Dataset more = member.toBuilder().add(org("x", OrgType.BRANCH, "b3")).build();
        assertEquals(42, more.subtree("top").size());
        assertEquals(41, member.subtree("top").size());
    }

    @Test
    void subtreeIncludesTheOrganizationItselfParentsFirst() {
        assertEquals(List.of("c", "b1", "b2"), d.subtree("c").stream().map(Organization::id).toList());
        assertEquals(5, d.subtree("d").size());
        assertEquals(List.of(), d.subtree("nope"));
    }

    @Test
    void aVisitOfASubtreeGoesInItsOrderAndStopsWhereTheVisitorSays() {
        List<String> seen = new java.util.ArrayList<>();
        d.visitSubtree("s", o -> seen.add(o.id()));
        assertEquals(d.subtree("s").stream().map(Organization::id).toList(), seen);
        seen.clear();
        d.visitSubtree("s", o -> seen.add(o.id()) && seen.size() < 3);
        assertEquals(List.of("s", "c", "b1"), seen);
        seen.clear();
        d.visitSubtree("nope", o -> seen.add(o.id()));
        assertEquals(List.of(), seen);
    }

    @Test
    void ancestorsNearestFirst() {
        assertEquals(List.of("c", "s", "d"), d.ancestors("b1").stream().map(Organization::id).toList());
    }

    @Test
    void membershipsByOrganizationAndSubtree() {
        assertEquals(2, d.membershipsOf("b1").size());
        assertEquals(3, d.membershipsInSubtree("s").size());
        assertEquals("b2", d.membershipOf("p3").orElseThrow().organizationId());
        assertEquals(MemberCategory.DIRECT, d.membershipOf("p3").orElseThrow().category());
    }

    @Test
    void presentKindsAreKnownEvenWhenEmpty() {
        assertTrue(d.has(RecordKind.MEMBERSHIPS));
        assertFalse(d.has(RecordKind.TRAININGS));
        Dataset withEmpty = d.toBuilder().present(RecordKind.TRAININGS).build();
        assertTrue(withEmpty.has(RecordKind.TRAININGS));
        assertEquals(0, withEmpty.trainings().size());
    }

    @Test
    void toBuilderRoundTripsAndChangesMakeACopy() {
        assertEquals(d, d.toBuilder().build());
        Dataset.Builder b = d.toBuilder();
        assertTrue(b.remove(member("p3", "b2")));
        Dataset smaller = b.build();
        assertEquals(2, smaller.memberships().size());
        assertEquals(3, d.memberships().size());
    }

    @Test
    void aChangedCopyIndexesWhatChangedAndKeepsTheRest() {
        // A copy reuses the indexes of the kinds it did not touch; each index must still be right.
        Training t = new Training("p1", LocalDate.of(2020, 3, 1), 8, true, OrganizerLevel.DISTRICT, Optional.empty());
        Dataset trained = d.toBuilder().add(t).build();
        assertEquals(List.of(t), trained.trainingsOf("p1"));
        assertEquals(2, trained.membershipsOf("b1").size());
        assertEquals(List.of("b1", "b2"), trained.children("c").stream().map(Organization::id).toList());

        Dataset.Builder b = trained.toBuilder();
        assertTrue(b.replace(member("p2", "b1"), member("p2", "b2")));
        b.add(org("b3", OrgType.BRANCH, "c")).asOf(LocalDate.of(2020, 6, 30));
        Dataset moved = b.build();
        assertEquals(1, moved.membershipsOf("b1").size());
        assertEquals(2, moved.membershipsOf("b2").size());
        assertEquals("b2", moved.membershipOf("p2").orElseThrow().organizationId());
        assertEquals(List.of("b1", "b2", "b3"), moved.children("c").stream().map(Organization::id).toList());
        assertEquals(List.of(t), moved.trainingsOf("p1"), "untouched: the index reused");
        assertEquals(2, trained.membershipsOf("b1").size(), "the original is unchanged");

        Dataset.Builder none = moved.toBuilder();
        assertFalse(none.remove(member("p9", "b1")), "nothing removed, nothing touched");
        assertEquals(moved, none.build());
        assertTrue(moved.toBuilder().remove(t));
    }
}
