package org.dangjian.model;

import java.util.List;

/**
 * The big kinds of a dataset (dues payments, trainings, activities) field by field, by position,
 * without making a record of each: a dataset keeps them as columns ({@link ColumnList}), and code
 * that goes over all of them once (a derivation, the benchmarks' hand-coded pass) reads the
 * columns directly. Positions are those of {@link Dataset#duesPayments()} and its siblings. Dates
 * are epoch days ({@link java.time.LocalDate#toEpochDay()}), months {@code year * 12 + month - 1}.
 *
 * <pre>{@code
 * Tables.Dues dues = dataset.duesTable();
 * for (int i = 0; i < dues.size(); i++) {
 *     if (dues.monthIndex(i) == wanted) { ... dues.personId(i) ... }
 * }
 * }</pre>
 */
public final class Tables {

    private Tables() {}

    /**
     * Some positions of a table, in input order: those of one key, e.g. a person's trainings
     * ({@link Dataset#trainingRowsOf}) or an organization's activities ({@link Dataset#activityRowsOf}).
     */
    public static final class Rows {
        static final Rows NONE = new Rows(new int[0], 0, 0);
        private final int[] order;
        private final int from;
        private final int size;

        Rows(int[] order, int from, int size) {
            this.order = order;
            this.from = from;
            this.size = size;
        }

        public int size() {
            return size;
        }

        /** The position in the table of the {@code k}-th row. */
        public int at(int k) {
            java.util.Objects.checkIndex(k, size);
            return order[from + k];
        }
    }

    /** Dues payments (党费) by position. */
    public interface Dues {
        int size();

        String personId(int i);

        /** The month paid for, {@code year * 12 + month - 1}. */
        long monthIndex(int i);

        double amountYuan(int i);

        /** Whether the day of payment was recorded. */
        boolean hasPaidOn(int i);

        /** The day of payment as an epoch day; only when {@link #hasPaidOn}. */
        long paidOnEpochDay(int i);
    }

    /** Trainings (培训) by position. */
    public interface Trainings {
        int size();

        String personId(int i);

        long epochDay(int i);

        double hours(int i);

        boolean centralized(int i);

        OrganizerLevel organizerLevel(int i);
    }

    /** Activities (组织生活、活动) by position. */
    public interface Activities {
        int size();

        String id(int i);

        String organizationId(int i);

        ActivityType type(int i);

        long epochDay(int i);

        /** How many attended, or -1 when attendance was not recorded (0: recorded, nobody). */
        int attendeeCount(int i);

        /** The {@code k}-th attendee's person id, in the order recorded. */
        String attendee(int i, int k);
    }

    /** The records of a list that is not in columns, read through the records. */
    static Dues dues(List<DuesPayment> list) {
        return new Dues() {
            public int size() { return list.size(); }
            public String personId(int i) { return list.get(i).personId(); }
            public long monthIndex(int i) { return Tables.monthIndex(list.get(i)); }
            public double amountYuan(int i) { return list.get(i).amountYuan(); }
            public boolean hasPaidOn(int i) { return list.get(i).paidOn().isPresent(); }
            public long paidOnEpochDay(int i) { return list.get(i).paidOn().orElseThrow().toEpochDay(); }
        };
    }

    static Trainings trainings(List<Training> list) {
        return new Trainings() {
            public int size() { return list.size(); }
            public String personId(int i) { return list.get(i).personId(); }
            public long epochDay(int i) { return list.get(i).date().toEpochDay(); }
            public double hours(int i) { return list.get(i).hours(); }
            public boolean centralized(int i) { return list.get(i).centralized(); }
            public OrganizerLevel organizerLevel(int i) { return list.get(i).organizerLevel(); }
        };
    }

    static Activities activities(List<Activity> list) {
        return new Activities() {
            public int size() { return list.size(); }
            public String id(int i) { return list.get(i).id(); }
            public String organizationId(int i) { return list.get(i).organizationId(); }
            public ActivityType type(int i) { return list.get(i).type(); }
            public long epochDay(int i) { return list.get(i).date().toEpochDay(); }
            public int attendeeCount(int i) { return list.get(i).attendees().map(List::size).orElse(-1); }
            public String attendee(int i, int k) { return list.get(i).attendees().orElseThrow().get(k); }
        };
    }

    static long monthIndex(DuesPayment d) {
        return d.month().getYear() * 12L + d.month().getMonthValue() - 1;
    }
}
