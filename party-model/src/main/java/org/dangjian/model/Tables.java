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
    }

    /** Activities (组织生活、活动) by position. */
    public interface Activities {
        int size();

        String organizationId(int i);

        ActivityType type(int i);

        long epochDay(int i);
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
        };
    }

    static Activities activities(List<Activity> list) {
        return new Activities() {
            public int size() { return list.size(); }
            public String organizationId(int i) { return list.get(i).organizationId(); }
            public ActivityType type(int i) { return list.get(i).type(); }
            public long epochDay(int i) { return list.get(i).date().toEpochDay(); }
        };
    }

    static long monthIndex(DuesPayment d) {
        return d.month().getYear() * 12L + d.month().getMonthValue() - 1;
    }
}
