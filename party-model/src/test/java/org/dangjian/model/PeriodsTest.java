package org.dangjian.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The catalog's time: completed periods, lifetimes, labels and ages, on their edges. */
class PeriodsTest {

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private static List<String> labels(List<AuditPeriod> periods) {
        return periods.stream().map(AuditPeriod::label).toList();
    }

    @Test
    void labelsAreThoseOfTheReportContract() {
        assertEquals("2020", AuditPeriod.year(2020).label());
        assertEquals("2020-H1", new AuditPeriod(PeriodKind.HALF_YEAR, 2020, 1).label());
        assertEquals("2020-Q3", new AuditPeriod(PeriodKind.QUARTER, 2020, 3).label());
        assertEquals("2020-B1", new AuditPeriod(PeriodKind.BIMONTH, 2020, 1).label());
        assertEquals("2020-B6", new AuditPeriod(PeriodKind.BIMONTH, 2020, 6).label());
        assertEquals("2020-07", new AuditPeriod(PeriodKind.MONTH, 2020, 7).label());
        for (String label : List.of("2020", "2020-H2", "2020-Q4", "2020-B3", "2020-11")) {
            assertEquals(label, AuditPeriod.parse(label).label());
        }
        assertThrows(IllegalArgumentException.class, () -> AuditPeriod.parse("2020-Q5"));
        assertThrows(IllegalArgumentException.class, () -> AuditPeriod.parse("20-07"));
    }

    @Test
    void allPeriodsOfAYearComeInOrder() {
        assertEquals(List.of("2020-Q1", "2020-Q2", "2020-Q3", "2020-Q4"), labels(AuditPeriod.allOf(PeriodKind.QUARTER, 2020)));
        assertEquals(List.of("2021"), labels(AuditPeriod.allOf(PeriodKind.YEAR, 2021)));
        List<AuditPeriod> months = AuditPeriod.allOf(PeriodKind.MONTH, 2020);
        assertEquals(12, months.size());
        assertEquals(new AuditPeriod(PeriodKind.MONTH, 2020, 7), months.get(6));
    }

    @Test
    void bimonthsRunJanuaryFebruaryToNovemberDecember() {
        AuditPeriod b1 = AuditPeriod.containing(PeriodKind.BIMONTH, d(2020, 2, 29));
        assertEquals("2020-B1", b1.label());
        assertEquals(d(2020, 1, 1), b1.start());
        assertEquals(d(2020, 2, 29), b1.end());
        assertEquals("2020-B6", AuditPeriod.containing(PeriodKind.BIMONTH, d(2020, 11, 1)).label());
    }

    @Test
    void aPeriodEndingOnAsOfCountsTheDayBeforeItDoesNot() {
        assertEquals(List.of("2020-Q1", "2020-Q2"), labels(Periods.completed(PeriodKind.QUARTER, d(2020, 6, 30))));
        assertEquals(List.of("2020-Q1"), labels(Periods.completed(PeriodKind.QUARTER, d(2020, 6, 29))));
        assertEquals(List.of("2020"), labels(Periods.completed(PeriodKind.YEAR, d(2020, 12, 31))));
        assertEquals(List.of(), labels(Periods.completed(PeriodKind.YEAR, d(2020, 12, 30))));
        assertEquals(12, Periods.completed(PeriodKind.MONTH, d(2020, 12, 31)).size());
    }

    @Test
    void anOrganizationEstablishedOnTheFirstDayOfAPeriodIsJudgedTheDayAfterIsNot() {
        LocalDate asOf = d(2020, 12, 31);
        assertEquals(List.of("2020-Q3", "2020-Q4"),
                labels(Periods.completedWithin(PeriodKind.QUARTER, asOf, d(2020, 7, 1), Optional.empty())));
        assertEquals(List.of("2020-Q4"),
                labels(Periods.completedWithin(PeriodKind.QUARTER, asOf, d(2020, 7, 2), Optional.empty())));
    }

    @Test
    void anOrganizationDissolvedOnTheLastDayDidNotExistThroughout() {
        LocalDate asOf = d(2020, 12, 31);
        LocalDate est = d(2010, 1, 1);
        assertEquals(List.of("2020-Q1"),
                labels(Periods.completedWithin(PeriodKind.QUARTER, asOf, est, Optional.of(d(2020, 6, 30)))));
        assertEquals(List.of("2020-Q1", "2020-Q2"),
                labels(Periods.completedWithin(PeriodKind.QUARTER, asOf, est, Optional.of(d(2020, 7, 1)))));
    }

    @Test
    void yearIsCompleteOnlyOnTheLastDay() {
        assertTrue(Periods.yearComplete(d(2020, 12, 31)));
        assertFalse(Periods.yearComplete(d(2020, 12, 30)));
    }

    @Test
    void agesCountFromTheBirthdayItself() {
        assertEquals(17, Periods.ageOn(d(2002, 5, 10), d(2020, 5, 9)));
        assertEquals(18, Periods.ageOn(d(2002, 5, 10), d(2020, 5, 10)));
    }

    @Test
    void aTwentyNinthOfFebruaryBirthdayFallsOnTheFirstOfMarchInCommonYears() {
        LocalDate leapling = d(2000, 2, 29);
        assertEquals(17, Periods.ageOn(leapling, d(2018, 2, 28)));
        assertEquals(18, Periods.ageOn(leapling, d(2018, 3, 1)));
        // In a leap year the birthday is the day itself.
        assertEquals(19, Periods.ageOn(leapling, d(2019, 3, 1)));
        assertEquals(19, Periods.ageOn(leapling, d(2020, 2, 28)));
        assertEquals(20, Periods.ageOn(leapling, d(2020, 2, 29)));
    }

    @Test
    void inForceIncludesBothEnds() {
        assertTrue(Periods.inForce(d(2020, 1, 1), Optional.of(d(2020, 3, 31)), d(2020, 3, 31)));
        assertFalse(Periods.inForce(d(2020, 1, 1), Optional.of(d(2020, 3, 31)), d(2020, 4, 1)));
        assertTrue(Periods.inForce(d(2020, 1, 1), Optional.empty(), d(2030, 1, 1)));
        assertFalse(Periods.inForce(d(2020, 1, 2), Optional.empty(), d(2020, 1, 1)));
    }

    // ---- Durations: the catalog's preamble ----

    @Test
    void aDurationInMonthsIsReachedOnTheDayNMonthsLater() {
        // The catalog's example: lost contact since 1 July is 5 months on 31 December, 6 on 1 January.
        assertEquals(5, Periods.monthsBetween(d(2020, 7, 1), d(2020, 12, 31)));
        assertEquals(6, Periods.monthsBetween(d(2020, 7, 1), d(2021, 1, 1)));
        assertEquals(d(2021, 1, 1), Periods.monthsLater(d(2020, 7, 1), 6));
        assertEquals(0, Periods.monthsBetween(d(2020, 7, 1), d(2020, 6, 30)));
        // A month too short for the day: 31 January plus one month is reached on 1 March.
        assertEquals(0, Periods.monthsBetween(d(2021, 1, 31), d(2021, 2, 28)));
        assertEquals(1, Periods.monthsBetween(d(2021, 1, 31), d(2021, 3, 1)));
        assertEquals(d(2021, 3, 1), Periods.monthsLater(d(2021, 1, 31), 1));
        assertEquals(d(2020, 3, 1), Periods.monthsLater(d(2020, 1, 30), 1));
        assertEquals(d(2020, 2, 29), Periods.monthsLater(d(2020, 1, 29), 1));
    }

    @Test
    void aDurationInYearsCountsLikeAnAge() {
        assertEquals(1, Periods.yearsBetween(d(2019, 1, 1), d(2020, 12, 31)));
        assertEquals(2, Periods.yearsBetween(d(2019, 1, 1), d(2021, 1, 1)));
        assertEquals(1, Periods.yearsBetween(d(2020, 2, 29), d(2022, 2, 28)));
        assertEquals(2, Periods.yearsBetween(d(2020, 2, 29), d(2022, 3, 1)));
        assertEquals(d(2022, 3, 1), Periods.yearsLater(d(2020, 2, 29), 2));
        assertEquals(d(2024, 2, 29), Periods.yearsLater(d(2020, 2, 29), 4));
        assertEquals(0, Periods.yearsBetween(d(2020, 1, 1), d(2019, 1, 1)));
    }

    @Test
    void longerThanNMonthsIsThePastTheDayNMonthsWereReached() {
        // Vacant since 1 October: 3 months reached on 1 January, longer than 3 from 2 January.
        assertEquals(3, Periods.monthsBegun(d(2020, 10, 1), d(2020, 12, 31)));
        assertEquals(3, Periods.monthsBegun(d(2020, 10, 1), d(2021, 1, 1)));
        assertEquals(4, Periods.monthsBegun(d(2020, 10, 1), d(2021, 1, 2)));
        assertEquals(4, Periods.monthsBegun(d(2020, 9, 30), d(2020, 12, 31)));
        assertEquals(1, Periods.monthsBegun(d(2020, 10, 1), d(2020, 10, 1)));
        assertEquals(0, Periods.monthsBegun(d(2020, 10, 2), d(2020, 10, 1)));
    }

    /** The one definition holds together: the day N months later is the first with N months, and begun follows it. */
    @net.jqwik.api.Property(tries = 300)
    void durationsAgreeWithTheDayTheyAreReached(@net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 3000) int from,
                                                @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 1500) int days,
                                                @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 30) int n) {
        LocalDate since = d(2016, 1, 1).plusDays(from);
        LocalDate day = since.plusDays(days);
        LocalDate reached = Periods.monthsLater(since, n);
        assertEquals(!day.isBefore(reached), Periods.monthsBetween(since, day) >= n);
        assertEquals(day.isAfter(reached), Periods.monthsBegun(since, day) > n);
        LocalDate years = Periods.yearsLater(since, n);
        assertEquals(!day.isBefore(years), Periods.yearsBetween(since, day) >= n);
    }
}
