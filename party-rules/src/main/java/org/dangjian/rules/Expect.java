package org.dangjian.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.dangjian.rules.Expected.Relation;
import org.dangjian.rules.vocabulary.Params;

/**
 * How a rule writes what it expected and what it measured; import as DRL functions:
 * {@code import function org.dangjian.rules.Expect.atLeast;}.
 *
 * <p>Prefer the forms that name a parameter, {@code atLeast($p, "trn.secretaryMinHours")}: the
 * expectation then carries the parameter's unit (学时) and the report says 不少于56学时. The forms
 * with a bare number take the unit the rule declares in {@code @unit}.
 */
public final class Expect {

    private Expect() {
    }

    /** At least the value of parameter {@code name}, in its unit. */
    public static Expected atLeast(Params p, String name) {
        return Expected.of(Relation.AT_LEAST, p.num(name), p.parameters().unit(name));
    }

    /** At most the value of parameter {@code name}, in its unit. */
    public static Expected atMost(Params p, String name) {
        return Expected.of(Relation.AT_MOST, p.num(name), p.parameters().unit(name));
    }

    /** Less than the value of parameter {@code name}: a limit that is reached is out of line. */
    public static Expected lessThan(Params p, String name) {
        return Expected.of(Relation.LESS_THAN, p.num(name), p.parameters().unit(name));
    }

    /** Between two parameters, both ends included, in the unit of {@code low}. */
    public static Expected between(Params p, String low, String high) {
        return new Expected(Relation.BETWEEN, p.num(low), p.num(high), p.parameters().unit(low), "");
    }

    /** {@code >= 56}. */
    public static Expected atLeast(double threshold) {
        return Expected.of(Relation.AT_LEAST, threshold, Unit.NONE);
    }

    /** {@code <= 50}. */
    public static Expected atMost(double threshold) {
        return Expected.of(Relation.AT_MOST, threshold, Unit.NONE);
    }

    /** {@code < 6}. */
    public static Expected lessThan(double threshold) {
        return Expected.of(Relation.LESS_THAN, threshold, Unit.NONE);
    }

    /** {@code > 0}. */
    public static Expected moreThan(double threshold) {
        return Expected.of(Relation.MORE_THAN, threshold, Unit.NONE);
    }

    /** Exactly {@code value} (应为0). */
    public static Expected exactly(double value) {
        return Expected.of(Relation.EXACTLY, value, Unit.NONE);
    }

    /** {@code "3..7"}: between, both ends included. */
    public static Expected between(double low, double high) {
        return new Expected(Relation.BETWEEN, low, high, Unit.NONE, "");
    }

    /** {@code >= 90%} for a share of 0.9. */
    public static Expected atLeastShare(double share) {
        return Expected.of(Relation.AT_LEAST, share, Unit.SHARE);
    }

    /** {@code <= 1%} for a share of 0.01. */
    public static Expected atMostShare(double share) {
        return Expected.of(Relation.AT_MOST, share, Unit.SHARE);
    }

    /** At least a level such as an education ({@code >= JUNIOR_COLLEGE}, 大专及以上). */
    public static Expected atLeast(Enum<?> level) {
        return new Expected(Relation.AT_LEAST_WORD, 0, 0, Unit.NONE, level.name());
    }

    /** A value such as a date that the measure should have been ({@code 2020-09-01}). */
    public static Expected text(Object value) {
        return new Expected(Relation.TEXT, 0, 0, Unit.NONE, String.valueOf(value));
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
