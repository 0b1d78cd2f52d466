package org.dangjian.rules.vocabulary.life;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;

/**
 * The fixed organizational life day (固定组织生活日) of every month, read from a word such as
 * {@code FIRST_TUESDAY}: an ordinal ({@code FIRST}, {@code SECOND}, {@code THIRD}, {@code FOURTH}
 * or {@code LAST}) and a day of the week ({@code MONDAY} … {@code SUNDAY}), so policy staff set
 * {@code life.fixedDay = SECOND_WEDNESDAY} without touching a rule.
 *
 * <pre>{@code
 * FixedDay.parse("FIRST_TUESDAY").in(YearMonth.of(2020, 3))   // 2020-03-03
 * }</pre>
 *
 * @param ordinal 1 to 4 for FIRST to FOURTH, -1 for LAST
 */
public record FixedDay(int ordinal, DayOfWeek dayOfWeek) {

    private static final String[] ORDINALS = {"FIRST", "SECOND", "THIRD", "FOURTH"};

    public FixedDay {
        Objects.requireNonNull(dayOfWeek, "dayOfWeek");
        if (ordinal != -1 && (ordinal < 1 || ordinal > ORDINALS.length)) {
            throw new IllegalArgumentException("ordinal must be 1 to 4, or -1 for the last: " + ordinal);
        }
    }

    /**
     * Reads {@code FIRST_TUESDAY}, {@code second_wednesday}, {@code LAST_FRIDAY} …
     *
     * @throws IllegalArgumentException naming the allowed words, for anything else
     */
    public static FixedDay parse(String word) {
        String w = word.strip().toUpperCase(Locale.ROOT);
        int cut = w.indexOf('_');
        if (cut > 0) {
            String ord = w.substring(0, cut);
            int n = ord.equals("LAST") ? -1 : java.util.Arrays.asList(ORDINALS).indexOf(ord) + 1;
            try {
                DayOfWeek day = DayOfWeek.valueOf(w.substring(cut + 1));
                if (n != 0) {
                    return new FixedDay(n, day);
                }
            } catch (IllegalArgumentException e) {
                // fall through to the message below
            }
        }
        throw new IllegalArgumentException("'" + word + "' is not a fixed day: write ORDINAL_WEEKDAY with ORDINAL one of "
                + "FIRST, SECOND, THIRD, FOURTH, LAST and WEEKDAY one of MONDAY … SUNDAY, e.g. FIRST_TUESDAY");
    }

    /** The fixed day in {@code month}. */
    public LocalDate in(YearMonth month) {
        LocalDate first = month.atDay(1);
        return ordinal == -1
                ? first.with(TemporalAdjusters.lastInMonth(dayOfWeek))
                : first.with(TemporalAdjusters.dayOfWeekInMonth(ordinal, dayOfWeek));
    }

    /** Whether one of the theme party days of {@code month} was held on its fixed day. */
    public boolean heldIn(ThemeDays month) {
        return month.dates().contains(in(month.yearMonth()));
    }

    /** The word this day is written as, e.g. {@code FIRST_TUESDAY}. */
    public String word() {
        return (ordinal == -1 ? "LAST" : ORDINALS[ordinal - 1]) + "_" + dayOfWeek;
    }
}
