package org.dangjian.model;

/**
 * The {@link Tables} of a {@link PatchedList} whose base is in columns: a position written is
 * read from its record, any other from the base's columns, so that a whole pass over a changed
 * dataset still reads columns and makes no record.
 */
final class PatchedTables {

    private PatchedTables() {}

    static Tables.Dues dues(PatchedList<DuesPayment> list, Tables.Dues base) {
        Tables.Dues written = Tables.dues(list);
        return new Tables.Dues() {
            public int size() { return list.size(); }
            private Tables.Dues at(int i) { return list.patchedAt(i) != null ? written : base; }
            public String personId(int i) { return at(i).personId(i); }
            public long monthIndex(int i) { return at(i).monthIndex(i); }
            public double amountYuan(int i) { return at(i).amountYuan(i); }
            public boolean hasPaidOn(int i) { return at(i).hasPaidOn(i); }
            public long paidOnEpochDay(int i) { return at(i).paidOnEpochDay(i); }
        };
    }

    static Tables.Trainings trainings(PatchedList<Training> list, Tables.Trainings base) {
        Tables.Trainings written = Tables.trainings(list);
        return new Tables.Trainings() {
            public int size() { return list.size(); }
            private Tables.Trainings at(int i) { return list.patchedAt(i) != null ? written : base; }
            public String personId(int i) { return at(i).personId(i); }
            public long epochDay(int i) { return at(i).epochDay(i); }
            public double hours(int i) { return at(i).hours(i); }
            public boolean centralized(int i) { return at(i).centralized(i); }
            public OrganizerLevel organizerLevel(int i) { return at(i).organizerLevel(i); }
        };
    }

    static Tables.Activities activities(PatchedList<Activity> list, Tables.Activities base) {
        Tables.Activities written = Tables.activities(list);
        return new Tables.Activities() {
            public int size() { return list.size(); }
            private Tables.Activities at(int i) { return list.patchedAt(i) != null ? written : base; }
            public String id(int i) { return at(i).id(i); }
            public String organizationId(int i) { return at(i).organizationId(i); }
            public ActivityType type(int i) { return at(i).type(i); }
            public long epochDay(int i) { return at(i).epochDay(i); }
            public int attendeeCount(int i) { return at(i).attendeeCount(i); }
            public String attendee(int i, int k) { return at(i).attendee(i, k); }
        };
    }
}
