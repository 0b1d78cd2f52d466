package org.dangjian.rules.facts;

import java.time.LocalDate;

/**
 * Month counts (月数) over a span of days, both ends included, as the catalog's "longer than 3
 * months" and "6 months or more" need them. Months are counted with {@link LocalDate#plusMonths},
 * which clamps to the end of a shorter month: from 31 January, three whole months end on 29 April
 * and the fourth month begins on 30 April.
 */
public final class Months {

    private Months() {
    }

    /**
     * The months begun (不满一月按一月计) in the span {@code first..last}: 1 on the first day,
     * 4 on the day three months after {@code first}. "Longer than N months" is {@code begun > N}.
     * 0 when {@code last} is before {@code first}.
     */
    public static int begun(LocalDate first, LocalDate last) {
        if (last.isBefore(first)) {
            return 0;
        }
        int m = complete(first, last);
        return first.plusMonths(m).isAfter(last) ? m : m + 1;
    }

    /**
     * The whole months in the span {@code first..last}: 6 when {@code last} is the day before the
     * day six months after {@code first} (1 July to 31 December). "N months or more" is
     * {@code complete >= N}. 0 when {@code last} is before {@code first}.
     */
    public static int complete(LocalDate first, LocalDate last) {
        if (last.isBefore(first)) {
            return 0;
        }
        LocalDate dayAfter = last.plusDays(1);
        int m = (int) Math.max(0, java.time.temporal.ChronoUnit.MONTHS.between(first, dayAfter));
        // ChronoUnit counts by day of month; plusMonths clamps to the month's end. Settle on plusMonths.
        while (m > 0 && first.plusMonths(m).isAfter(dayAfter)) {
            m--;
        }
        while (!first.plusMonths(m + 1).isAfter(dayAfter)) {
            m++;
        }
        return m;
    }
}
