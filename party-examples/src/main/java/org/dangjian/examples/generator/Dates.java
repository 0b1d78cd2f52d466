package org.dangjian.examples.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** Dates the generator needs: the fixed life day, working days, the months of the audit year up to {@code asOf}. */
final class Dates {

    private Dates() {
    }

    /** The first Tuesday of the month: the fixed organizational life day (固定组织生活日). */
    static LocalDate firstTuesday(YearMonth month) {
        return month.atDay(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
    }

    /** A working day (Monday to Friday) of {@code month} from day {@code from} to day {@code to}. */
    static LocalDate workday(Rng rng, YearMonth month, int from, int to) {
        int last = Math.min(to, month.lengthOfMonth());
        for (int tries = 0; tries < 20; tries++) {
            LocalDate d = month.atDay(rng.between(Math.min(from, last), last));
            if (d.getDayOfWeek().getValue() <= 5) {
                return d;
            }
        }
        return month.atDay(Math.min(from, last));
    }

    /** A working day anywhere in {@code month}. */
    static LocalDate workday(Rng rng, YearMonth month) {
        return workday(rng, month, 1, 28);
    }

    /** The months of {@code year} whose first day is on or before {@code asOf}. */
    static List<YearMonth> months(int year, LocalDate asOf) {
        List<YearMonth> out = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth ym = YearMonth.of(year, m);
            if (!ym.atDay(1).isAfter(asOf)) {
                out.add(ym);
            }
        }
        return out;
    }

    /** The later of two dates or months. */
    static <T extends Comparable<? super T>> T max(T a, T b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The earlier of two dates or months. */
    static <T extends Comparable<? super T>> T min(T a, T b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
