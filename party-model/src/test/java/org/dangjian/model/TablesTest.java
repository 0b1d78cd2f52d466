package org.dangjian.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The tables give each field as the records do, records kept whole (out of the columns' range) included. */
class TablesTest {

    /** A day far outside an int of epoch days: such a record is kept whole. */
    private static final LocalDate FAR = LocalDate.of(900_000_000, 1, 1);

    @Test
    void theTablesReadWhatTheRecordsHold() {
        Dataset d = Dataset.builder(LocalDate.of(2020, 12, 31))
                .add(new DuesPayment("p1", YearMonth.of(2020, 3), 12.5, Optional.of(LocalDate.of(2020, 3, 9))))
                .add(new DuesPayment("p2", YearMonth.of(2020, 4), 0, Optional.empty()))
                .add(new DuesPayment("p3", YearMonth.of(2020, 5), 3, Optional.of(FAR)))
                .add(new Training("p1", LocalDate.of(2020, 6, 1), 7.5, true, OrganizerLevel.CITY, Optional.empty()))
                .add(new Training("p2", FAR, 2, false, OrganizerLevel.DISTRICT, Optional.of("t")))
                .add(new Activity("a1", "o1", ActivityType.THEME_PARTY_DAY, LocalDate.of(2020, 2, 3), Optional.empty(),
                        Optional.empty()))
                .add(new Activity("a2", "o2", ActivityType.PARTY_LESSON, FAR, Optional.of(List.of("p1")), Optional.empty()))
                .add(new Activity("a007", "o1", ActivityType.PARTY_LESSON, LocalDate.of(2020, 3, 3),
                        Optional.of(List.of("p2", "p1")), Optional.empty()))
                .add(new Activity("a4", "o1", ActivityType.PARTY_LESSON, LocalDate.of(2020, 4, 3),
                        Optional.of(List.of()), Optional.empty()))
                .add(new Training("p1", LocalDate.of(2020, 7, 1), 1, false, OrganizerLevel.BRANCH, Optional.empty()))
                .build();
        Tables.Dues dues = d.duesTable();
        assertEquals(3, dues.size());
        for (int i = 0; i < dues.size(); i++) {
            DuesPayment r = d.duesPayments().get(i);
            assertEquals(r.personId(), dues.personId(i));
            assertEquals(r.month().getYear() * 12L + r.month().getMonthValue() - 1, dues.monthIndex(i));
            assertEquals(r.amountYuan(), dues.amountYuan(i));
            assertEquals(r.paidOn().isPresent(), dues.hasPaidOn(i));
            if (r.paidOn().isPresent()) {
                assertEquals(r.paidOn().get().toEpochDay(), dues.paidOnEpochDay(i));
            }
        }
        assertFalse(dues.hasPaidOn(1));
        assertThrows(java.util.NoSuchElementException.class, () -> dues.paidOnEpochDay(1));
        assertTrue(dues.hasPaidOn(2));

        Tables.Trainings trainings = d.trainingTable();
        assertEquals(3, trainings.size());
        for (int i = 0; i < trainings.size(); i++) {
            Training r = d.trainings().get(i);
            assertEquals(r.personId(), trainings.personId(i));
            assertEquals(r.date().toEpochDay(), trainings.epochDay(i));
            assertEquals(r.hours(), trainings.hours(i));
            assertEquals(r.centralized(), trainings.centralized(i));
            assertEquals(r.organizerLevel(), trainings.organizerLevel(i));
        }

        Tables.Activities activities = d.activityTable();
        assertEquals(4, activities.size());
        for (int i = 0; i < activities.size(); i++) {
            Activity r = d.activities().get(i);
            assertEquals(r.organizationId(), activities.organizationId(i));
            assertEquals(r.type(), activities.type(i));
            assertEquals(r.date().toEpochDay(), activities.epochDay(i));
            assertEquals(r.id(), activities.id(i));
            assertEquals(r.attendees().map(List::size).orElse(-1), activities.attendeeCount(i));
            for (int k = 0; k < activities.attendeeCount(i); k++) {
                assertEquals(r.attendees().get().get(k), activities.attendee(i, k));
            }
        }

        // The rows of a key are the positions of the records trainingsOf and activitiesOf give; a
        // person's dues rows those of their payments, in input order.
        for (String key : List.of("p1", "p2", "o1", "o2", "nobody")) {
            assertEquals(d.trainingsOf(key), rows(d.trainingRowsOf(key), d.trainings()));
            assertEquals(d.activitiesOf(key), rows(d.activityRowsOf(key), d.activities()));
            assertEquals(d.duesPayments().stream().filter(p -> p.personId().equals(key)).toList(),
                    rows(d.duesRowsOf(key), d.duesPayments()));
        }
    }

    private static <T> List<T> rows(Tables.Rows rows, List<T> list) {
        List<T> out = new java.util.ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
            out.add(list.get(rows.at(k)));
        }
        return out;
    }
}
