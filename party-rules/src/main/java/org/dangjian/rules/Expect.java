package org.dangjian.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a rule writes what it expected and what it measured; import as DRL functions:
 * {@code import function org.dangjian.rules.Expect.atLeast;}.
 */
public final class Expect {

    private Expect() {
    }

    /** {@code ">= 56"}. */
    public static String atLeast(double threshold) {
        return ">= " + number(threshold);
    }

    /** {@code "<= 50"}. */
    public static String atMost(double threshold) {
        return "<= " + number(threshold);
    }

    /** {@code "3..7"}: between, both ends included. */
    public static String between(double low, double high) {
        return number(low) + ".." + number(high);
    }

    /** {@code ">= 90%"} for a share of 0.9. */
    public static String atLeastShare(double share) {
        return ">= " + percent(share);
    }

    /** {@code "<= 1%"} for a share of 0.01. */
    public static String atMostShare(double share) {
        return "<= " + percent(share);
    }

    /** The share {@code part / whole} rounded to four places (0 when {@code whole} is 0). */
    public static double share(long part, long whole) {
        if (whole == 0) {
            return 0;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP).doubleValue();
    }

    /** {@code 56} for 56.0, {@code 55.5} for 55.5: a number as a person writes it. */
    public static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.valueOf((long) d);
        }
        return BigDecimal.valueOf(d).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** {@code 87.5%} for 0.875. */
    public static String percent(double share) {
        return number(Math.round(share * 10000) / 100.0) + "%";
    }
}
