package org.dangjian.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dangjian.model.testing.DatasetArbitraries;
import org.junit.jupiter.api.Test;

/**
 * A changed copy ({@link Dataset#toBuilder()}), which shares all but what changed with the dataset
 * it was made from, reads in every way as a dataset built whole from the same records in the same
 * order, across many changes (the patches and the kinds built whole again when worn); and the
 * dataset it was made from never changes.
 */
class ChangedCopyProperties {

    @Provide
    Arbitrary<Dataset> datasets() {
        return DatasetArbitraries.validDatasets();
    }

    @Property(tries = 15)
    void aChangedCopyReadsAsTheSameRecordsBuiltWhole(@ForAll("datasets") Dataset start, @ForAll long seed) {
        Random rnd = new Random(seed);
        Map<RecordKind, List<Object>> pool = new EnumMap<>(RecordKind.class);
        Map<RecordKind, List<Object>> model = new EnumMap<>(RecordKind.class);
        for (RecordKind k : RecordKind.values()) {
            model.put(k, new ArrayList<>(start.records(k)));
            if (!start.records(k).isEmpty()) {
                pool.put(k, new ArrayList<>(start.records(k)));
            }
        }
        if (pool.isEmpty()) {
            return;
        }
        // A few kinds at a time, so that each is written past its share and built whole again.
        List<RecordKind> kinds = new ArrayList<>(pool.keySet());
        java.util.Collections.shuffle(kinds, rnd);
        kinds = kinds.subList(0, Math.min(3, kinds.size()));
        Dataset wholeStart = whole(start.asOf(), model, start.present());
        Dataset d = start;
        Dataset first = null;
        for (int step = 0; step < 120; step++) {
            Dataset.Builder b = d.toBuilder();
            // Built half-way now and then, the builder then written on: what it built stays as built.
            Dataset mid = null;
            Dataset midWhole = null;
            for (int n = 1 + rnd.nextInt(3); n > 0; n--) {
                if (mid == null && rnd.nextInt(12) == 0) {
                    mid = b.build();
                    midWhole = whole(mid.asOf(), model, mid.present());
                }
                RecordKind k = kinds.get(rnd.nextInt(kinds.size()));
                List<Object> list = model.get(k);
                Object some = pool.get(k).get(rnd.nextInt(pool.get(k).size()));
                int op = list.isEmpty() ? 0 : rnd.nextInt(3);
                if (op == 0) {
                    b.add(some);
                    list.add(some);
                } else if (op == 1) {
                    Object gone = list.get(rnd.nextInt(list.size()));
                    assertEquals(gone, b.removeFirst(gone).orElseThrow());
                    int i = list.indexOf(gone);
                    list.set(i, list.get(list.size() - 1));
                    list.remove(list.size() - 1);
                } else {
                    Object old = list.get(rnd.nextInt(list.size()));
                    assertEquals(old, b.replaceFirst(old, some).orElseThrow());
                    list.set(list.indexOf(old), some);
                }
            }
            d = b.build();
            first = first == null ? d : first;
            sameReads(whole(d.asOf(), model, d.present()), d);
            if (mid != null) {
                sameReads(midWhole, mid);
            }
        }
        sameReads(wholeStart, start); // the dataset the copies came from is as it was
        assertEquals(wholeStart, start);
    }

    private static Dataset whole(LocalDate asOf, Map<RecordKind, List<Object>> records, Set<RecordKind> present) {
        Dataset.Builder b = Dataset.builder(asOf);
        records.values().forEach(b::addAll);
        present.forEach(b::present);
        return b.build();
    }

    /** Every record, index and table of {@code copy} as in {@code whole}. */
    static void sameReads(Dataset whole, Dataset copy) {
        assertEquals(whole, copy);
        Set<String> orgs = new TreeSet<>();
        Set<String> people = new TreeSet<>();
        whole.organizations().forEach(o -> {
            orgs.add(o.id());
            o.parentId().ifPresent(orgs::add);
        });
        whole.people().forEach(p -> people.add(p.id()));
        whole.memberships().forEach(m -> {
            people.add(m.personId());
            orgs.add(m.organizationId());
        });
        whole.positions().forEach(p -> {
            people.add(p.personId());
            orgs.add(p.organizationId());
        });
        whole.trainings().forEach(t -> people.add(t.personId()));
        whole.activities().forEach(a -> orgs.add(a.organizationId()));
        orgs.add("nobody");
        people.add("nobody");
        for (String o : orgs) {
            assertEquals(whole.organization(o), copy.organization(o), o);
            assertEquals(whole.children(o), copy.children(o), o);
            assertEquals(whole.membershipsOf(o), copy.membershipsOf(o), o);
            assertEquals(whole.positionsOf(o), copy.positionsOf(o), o);
            assertEquals(whole.activitiesOf(o), copy.activitiesOf(o), o);
            assertEquals(positions(whole.activityRowsOf(o)), positions(copy.activityRowsOf(o)), o);
            assertEquals(whole.hostUnit(o), copy.hostUnit(o), o);
        }
        for (String p : people) {
            assertEquals(whole.person(p), copy.person(p), p);
            assertEquals(whole.membershipOf(p), copy.membershipOf(p), p);
            assertEquals(whole.membershipsOfPerson(p), copy.membershipsOfPerson(p), p);
            assertEquals(whole.positionsHeldBy(p), copy.positionsHeldBy(p), p);
            assertEquals(whole.trainingsOf(p), copy.trainingsOf(p), p);
            assertEquals(positions(whole.trainingRowsOf(p)), positions(copy.trainingRowsOf(p)), p);
            assertEquals(positions(whole.duesRowsOf(p)), positions(copy.duesRowsOf(p)), p);
        }
        Tables.Dues wd = whole.duesTable();
        Tables.Dues cd = copy.duesTable();
        assertEquals(wd.size(), cd.size());
        for (int i = 0; i < wd.size(); i++) {
            assertEquals(wd.personId(i), cd.personId(i));
            assertEquals(wd.monthIndex(i), cd.monthIndex(i));
            assertEquals(wd.amountYuan(i), cd.amountYuan(i));
            assertEquals(wd.hasPaidOn(i), cd.hasPaidOn(i));
            if (wd.hasPaidOn(i)) {
                assertEquals(wd.paidOnEpochDay(i), cd.paidOnEpochDay(i));
            }
        }
        Tables.Trainings wt = whole.trainingTable();
        Tables.Trainings ct = copy.trainingTable();
        assertEquals(wt.size(), ct.size());
        for (int i = 0; i < wt.size(); i++) {
            assertEquals(wt.personId(i), ct.personId(i));
            assertEquals(wt.epochDay(i), ct.epochDay(i));
            assertEquals(wt.hours(i), ct.hours(i));
            assertEquals(wt.centralized(i), ct.centralized(i));
            assertEquals(wt.organizerLevel(i), ct.organizerLevel(i));
        }
        Tables.Activities wa = whole.activityTable();
        Tables.Activities ca = copy.activityTable();
        assertEquals(wa.size(), ca.size());
        for (int i = 0; i < wa.size(); i++) {
            assertEquals(wa.id(i), ca.id(i));
            assertEquals(wa.organizationId(i), ca.organizationId(i));
            assertEquals(wa.type(i), ca.type(i));
            assertEquals(wa.epochDay(i), ca.epochDay(i));
            assertEquals(wa.attendeeCount(i), ca.attendeeCount(i));
            for (int k = 0; k < wa.attendeeCount(i); k++) {
                assertEquals(wa.attendee(i, k), ca.attendee(i, k));
            }
        }
    }

    private static List<Integer> positions(Tables.Rows rows) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
            out.add(rows.at(k));
        }
        return out;
    }

    private static final LocalDate D = LocalDate.of(2020, 12, 31);

    private static Training training(int i) {
        return new Training("p" + (i % 3), D.minusDays(i), i, false, OrganizerLevel.BRANCH, Optional.empty());
    }

    @Test
    void aKindIsPatchedUpToItsShareOfWritesAndBuiltWholeAfter() {
        Dataset.Builder b = Dataset.builder(D);
        for (int i = 0; i < 10; i++) {
            b.add(training(i));
        }
        Dataset d = b.build();
        // 64 writes (the least share of a small kind): still patched
        for (int i = 0; i < 64; i++) {
            d = d.toBuilder().add(training(100 + i)).build();
        }
        assertInstanceOf(PatchedList.class, d.trainings());
        Dataset patched = d;
        d = d.toBuilder().add(training(200)).build(); // the 65th
        assertFalse(d.trainings() instanceof PatchedList, "built whole again");
        assertEquals(75, d.trainings().size());
        assertTrue(d.trainingTable() instanceof TrainingColumns);
        assertEquals(d.trainings().subList(0, 74), patched.trainings());
        List<Object> model = new ArrayList<>(d.trainings());
        Map<RecordKind, List<Object>> all = new EnumMap<>(RecordKind.class);
        all.put(RecordKind.TRAININGS, model);
        sameReads(whole(D, all, d.present()), d);
    }

    @Test
    void aRemovalLeavesItsPlaceToTheLastRecordAndNamesTheInstanceRemoved() {
        List<Person> people = List.of(person("p1"), person("p2"), person("p3"), person("p1"));
        Dataset d = Dataset.builder(D).addAll(people).build();
        Dataset.Builder b = d.toBuilder();
        Object removed = b.removeFirst(person("p1")).orElseThrow();
        assertTrue(removed == people.get(0), "the dataset's own instance, the first equal");
        Dataset after = b.build();
        assertEquals(List.of(people.get(3), people.get(1), people.get(2)), after.people());
        assertTrue(after.person("p1").orElseThrow() == people.get(3));
        assertEquals(Optional.empty(), after.toBuilder().removeFirst(person("p9")));
        assertEquals(people, d.people(), "the dataset it was made from is unchanged");
    }

    private static Person person(String id) {
        return new Person(id, "某" + id, Gender.FEMALE, LocalDate.of(1970, 1, 1), Education.HIGH_SCHOOL, Optional.empty());
    }
}
