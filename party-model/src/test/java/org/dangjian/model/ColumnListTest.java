package org.dangjian.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ColumnListTest {

    private static final LocalDate D = LocalDate.of(2020, 3, 1);

    private static <T> void roundTrips(ColumnList<T> columns, List<T> records) {
        columns.addAll(records);
        assertEquals(records, new ArrayList<>(columns));
        ColumnList<T> frozen = columns.frozen();
        for (int i = 0; i < records.size(); i++) {
            assertEquals(records.get(i), frozen.get(i), "record " + i);
        }
        assertEquals(records.hashCode(), frozen.hashCode());

        // A reader adds the same records as their components, without making them: the same list.
        ColumnList<T> byComponents = columns.empty();
        for (T r : records) {
            byComponents.addComponents(components(r));
        }
        assertEquals(records, new ArrayList<>(byComponents.frozen()));
    }

    /** A record's components as a reader hands them over: an Optional's content, or Optional.empty() when empty. */
    private static Object[] components(Object record) {
        java.lang.reflect.RecordComponent[] rc = record.getClass().getRecordComponents();
        Object[] out = new Object[rc.length];
        for (int i = 0; i < rc.length; i++) {
            try {
                Object v = rc[i].getAccessor().invoke(record);
                out[i] = v instanceof Optional<?> o && o.isPresent() ? o.get() : v;
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        return out;
    }

    @Test
    void duesPaymentsRoundTripExactly() {
        roundTrips(new DuesColumns(), List.of(
                new DuesPayment("p1", YearMonth.of(2020, 1), 218, Optional.empty()),
                new DuesPayment("p1", YearMonth.of(2020, 12), 0.1 + 0.2, Optional.of(D)),
                new DuesPayment("p2", YearMonth.of(-5, 1), -0.0, Optional.of(LocalDate.of(-40, 2, 29))),
                new DuesPayment("p3", YearMonth.of(999_999_999, 12), Double.NaN, Optional.of(LocalDate.MAX)),
                new DuesPayment("p4", YearMonth.of(2020, 6), Double.MAX_VALUE, Optional.of(LocalDate.MIN))));
    }

    @Test
    void trainingsRoundTripEveryLevelAndTitle() {
        List<Training> ts = new ArrayList<>();
        for (OrganizerLevel level : OrganizerLevel.values()) {
            ts.add(new Training("p1", D, 2.5, true, level, Optional.of("学习")));
            ts.add(new Training("p2", D.plusDays(1), 0, false, level, Optional.empty()));
        }
        ts.add(new Training("p3", LocalDate.MAX, 1, false, OrganizerLevel.CENTRAL, Optional.empty()));
        roundTrips(new TrainingColumns(), ts);
    }

    @Test
    void activitiesKeepAbsentAttendanceApartFromNobody() {
        Activity absent = new Activity("D1-A001", "D1", ActivityType.OTHER, D, Optional.empty(), Optional.empty());
        Activity nobody = new Activity("D1-A002", "D1", ActivityType.OTHER, D, Optional.of(List.of()), Optional.of("t"));
        Activity some = new Activity("D1-A003", "D2", ActivityType.PARTY_LESSON, D, Optional.of(List.of("p1", "p2")),
                Optional.empty());
        ActivityColumns c = new ActivityColumns();
        roundTrips(c, List.of(absent, nobody, some));
        assertEquals(Optional.empty(), c.get(0).attendees());
        assertEquals(Optional.of(List.of()), c.get(1).attendees());
        assertEquals("D2", c.keyAt(2));
    }

    @Test
    void activityIdsOfAnyShapeRoundTrip() {
        List<Activity> as = new ArrayList<>();
        for (String id : List.of("D1-A007", "D1-A7", "D1-A0", "007", "0", "x", "", "a-0000000001", "a-12345678901",
                "A\u0661", "A-2147483647", "9-9")) {
            as.add(new Activity(id, "o", ActivityType.OTHER, D, Optional.empty(), Optional.empty()));
        }
        as.add(new Activity("far", "o", ActivityType.OTHER, LocalDate.MIN, Optional.empty(), Optional.empty()));
        roundTrips(new ActivityColumns(), as);
    }

    @Test
    void removeAndSetShiftTheColumns() {
        DuesColumns c = new DuesColumns();
        List<DuesPayment> ds = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ds.add(new DuesPayment("p" + (i % 3), YearMonth.of(2020, 1 + i % 12), i, i % 2 == 0 ? Optional.of(D) : Optional.empty()));
        }
        ds.add(new DuesPayment("p9", YearMonth.of(999_999_999, 1), 1, Optional.empty())); // kept whole
        c.addAll(ds);
        DuesPayment gone = ds.get(7);
        assertTrue(c.remove(gone));
        ds.remove(7);
        DuesPayment whole = ds.get(ds.size() - 1);
        assertTrue(c.remove(whole));
        ds.remove(whole);
        assertFalse(c.remove(gone));
        DuesPayment replacement = new DuesPayment("p7", YearMonth.of(2021, 1), 3, Optional.empty());
        c.set(c.indexOf(ds.get(3)), replacement);
        ds.set(3, replacement);
        assertEquals(ds, c);
        assertEquals(-1, c.indexOf("not a payment"));
    }

    @Test
    void frozenListsAreImmutableAndBuildersCopyBeforeWriting() {
        Training t1 = new Training("p1", D, 1, false, OrganizerLevel.BRANCH, Optional.empty());
        Training t2 = new Training("p2", D, 2, false, OrganizerLevel.BRANCH, Optional.empty());
        Training t3 = new Training("p1", D, 3, false, OrganizerLevel.CITY, Optional.empty());
        Dataset.Builder b = Dataset.builder(D).add(t1).add(t2).add(t3);
        Dataset first = b.build();
        assertThrows(UnsupportedOperationException.class, () -> first.trainings().add(t1));
        assertThrows(UnsupportedOperationException.class, () -> first.trainings().remove(0));
        assertEquals(List.of(t1, t3), first.trainingsOf("p1"));

        b.remove(t1); // the builder goes on after build(): the dataset must not change
        Dataset.Builder derived = first.toBuilder();
        assertTrue(derived.replace(t2, t3));
        assertFalse(derived.remove(new Training("p9", D, 1, false, OrganizerLevel.BRANCH, Optional.empty())));
        Dataset second = derived.build();

        assertEquals(List.of(t1, t2, t3), first.trainings());
        assertEquals(List.of(t2, t3), b.build().trainings());
        assertEquals(List.of(t1, t3, t3), second.trainings());
        assertEquals(List.of(t1, t3, t3), second.trainingsOf("p1"));
        assertEquals(List.of(), second.trainingsOf("p2"));
        assertEquals(first, first.toBuilder().build());
    }
}
