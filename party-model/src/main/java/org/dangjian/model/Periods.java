package org.dangjian.model;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Time as the requirement catalog counts it: the audit year, completed periods, lifetimes and ages.
 *
 * <p>A cadence counts only periods of the audit year that ended on or before {@code asOf} and in
 * which the organization existed for the whole period: established on or before the period's
 * first day, and not dissolved before its last day has passed (an organization dissolved on a day
 * no longer exists on that day).
 */
public final class Periods {

    private Periods() {
    }

    /** The periods of {@code kind} in the year of {@code asOf} that ended on or before {@code asOf}. */
    public static List<AuditPeriod> completed(PeriodKind kind, LocalDate asOf) {
        List<AuditPeriod> out = new ArrayList<>();
        for (AuditPeriod p : AuditPeriod.allOf(kind, asOf.getYear())) {
            if (!p.end().isAfter(asOf)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * The completed periods of {@code kind} in the audit year in which an organization established
     * on {@code established} and perhaps dissolved on {@code dissolved} existed for the whole period.
     */
    public static List<AuditPeriod> completedWithin(PeriodKind kind, LocalDate asOf,
                                                    LocalDate established, Optional<LocalDate> dissolved) {
        List<AuditPeriod> out = new ArrayList<>();
        for (AuditPeriod p : completed(kind, asOf)) {
            if (existedThroughout(p, established, dissolved)) {
                out.add(p);
            }
        }
        return out;
    }

    /** The completed periods in which {@code org} existed for the whole period. */
    public static List<AuditPeriod> completedWithin(PeriodKind kind, LocalDate asOf, Organization org) {
        return completedWithin(kind, asOf, org.established(), org.dissolved());
    }

    /** Whether something established and perhaps dissolved on these dates existed for all of {@code p}. */
    public static boolean existedThroughout(AuditPeriod p, LocalDate established, Optional<LocalDate> dissolved) {
        return !established.isAfter(p.start()) && dissolved.map(d -> d.isAfter(p.end())).orElse(true);
    }

    /** Whether the audit year is complete, i.e. {@code asOf} is 31 December: annual requirements are judged. */
    public static boolean yearComplete(LocalDate asOf) {
        return MonthDay.from(asOf).equals(MonthDay.of(12, 31));
    }

    /**
     * Age in whole years on {@code date} of someone born on {@code birth}. A birthday counts from
     * its day; a 29 February birthday falls on 1 March in other years.
     */
    public static int ageOn(LocalDate birth, LocalDate date) {
        // Period.between counts a 29 February birthday's anniversary in a common year from 1 March
        // (28 February is still one day short), which is the catalog's rule; PeriodsTest pins it.
        return Math.max(0, Period.between(birth, date).getYears());
    }

    // ---- Durations (the catalog's preamble, "Durations"): one definition for every rule ----
    //
    // "N months or more since D" is reached on the day that is N calendar months after D:
    // ChronoUnit.MONTHS.between(D, day) >= N. Lost contact since 1 July is 5 months on 31 December
    // and 6 months on 1 January; since 31 January, 1 month on 1 March (28 February is short of it).
    // Years likewise, and ages too (ageOn): a 29 February date reaches its anniversary on 1 March.

    /**
     * The whole calendar months since {@code since} on {@code day}: the catalog's duration
     * ({@code ChronoUnit.MONTHS.between}); 0 if {@code day} is before {@code since}. "N months or
     * more since D" is {@code monthsBetween(D, day) >= N}.
     */
    public static long monthsBetween(LocalDate since, LocalDate day) {
        return Math.max(0, ChronoUnit.MONTHS.between(since, day));
    }

    /** The whole years since {@code since} on {@code day}, as {@link #monthsBetween} counts months; 0 if before. */
    public static long yearsBetween(LocalDate since, LocalDate day) {
        return Math.max(0, ChronoUnit.YEARS.between(since, day));
    }

    /**
     * The day on which {@code n} months since {@code since} are reached: the first day with
     * {@code monthsBetween(since, day) >= n}. It is {@code since.plusMonths(n)}, except where that
     * month is too short for the day: 31 January plus one month is reached on 1 March, not on
     * 28 February ({@link LocalDate#plusMonths} clamps, the duration does not).
     */
    public static LocalDate monthsLater(LocalDate since, long n) {
        LocalDate d = since.plusMonths(n);
        return d.getDayOfMonth() == since.getDayOfMonth() ? d : d.plusDays(1);
    }

    /** The day on which {@code n} years since {@code since} are reached (29 February: on 1 March). */
    public static LocalDate yearsLater(LocalDate since, long n) {
        LocalDate d = since.plusYears(n);
        return d.getDayOfMonth() == since.getDayOfMonth() ? d : d.plusDays(1);
    }

    /**
     * The months begun (不满一月按一月计) of something that holds from {@code since} through
     * {@code day}, both included: 1 on {@code since}, and N + 1 from the day after the one N months
     * after {@code since}. "Longer than N months" is {@code monthsBegun > N}: it lasted past the
     * day on which N months were reached (vacant since 1 October: 3 begun on 1 January, 4 on
     * 2 January). 0 if {@code day} is before {@code since}.
     */
    public static long monthsBegun(LocalDate since, LocalDate day) {
        return day.isBefore(since) ? 0 : monthsBetween(since, day.minusDays(1)) + 1;
    }

    /** Whether something that holds from {@code start} to an optional {@code end} (inclusive) holds on {@code date}. */
    public static boolean inForce(LocalDate start, Optional<LocalDate> end, LocalDate date) {
        return !start.isAfter(date) && end.map(e -> !e.isBefore(date)).orElse(true);
    }
}
