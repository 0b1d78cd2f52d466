package org.dangjian.model;

/**
 * The lengths of period a cadence (频次) is counted over: month (月), two months (两月),
 * quarter (季度), half-year (半年) and year (年).
 */
public enum PeriodKind {
    MONTH(1),
    BIMONTH(2),
    QUARTER(3),
    HALF_YEAR(6),
    YEAR(12);

    private final int months;

    PeriodKind(int months) {
        this.months = months;
    }

    /** How many months one period of this kind lasts. */
    public int months() {
        return months;
    }

    /** How many periods of this kind a year holds. */
    public int perYear() {
        return 12 / months;
    }
}
