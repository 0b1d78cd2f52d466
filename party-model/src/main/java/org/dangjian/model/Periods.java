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
        for (int i = 1; i <= kind.perYear(); i++) {
            AuditPeriod p = new AuditPeriod(kind, asOf.getYear(), i);
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

    /** Whole months from {@code from} to {@code to} (0 if {@code to} is before {@code from}). */
    public static long monthsBetween(LocalDate from, LocalDate to) {
        return Math.max(0, ChronoUnit.MONTHS.between(from, to));
    }

    /** Whether something that holds from {@code start} to an optional {@code end} (inclusive) holds on {@code date}. */
    public static boolean inForce(LocalDate start, Optional<LocalDate> end, LocalDate date) {
        return !start.isAfter(date) && end.map(e -> !e.isBefore(date)).orElse(true);
    }
}
