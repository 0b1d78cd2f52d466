package org.dangjian.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The unit of a threshold and of what a rule measures (单位): {@code 学时}, {@code 个月},
 * {@code 人} … or a share (比例, written as a percentage). A parameter declares its unit in the
 * pack's parameters file ({@code trn.secretaryMinHours = 56 学时}, {@code
 * trn.memberMinParticipation = 90%}); a rule that compares with it says its measure in the same
 * unit, so a report writes 实际41学时，要求不少于56学时.
 *
 * @param zh the Chinese word written right after the number ({@code 56学时})
 * @param en the English word for one and for many ({@code hour}/{@code hours}), empty for none
 * @param enPlural the English word for many
 * @param share whether the value is a share (0.9 is written 90%)
 */
public record Unit(String zh, String en, String enPlural, boolean share) {

    /** No unit (a count whose unit the rule has not said, a text). */
    public static final Unit NONE = new Unit("", "", "", false);
    /** A share: 0.875 is written 87.5%. */
    public static final Unit SHARE = new Unit("%", "%", "%", true);

    private static final Map<String, Unit> KNOWN = new LinkedHashMap<>();

    static {
        known("学时", "hour", "hours");
        known("个月", "month", "months");
        known("天", "day", "days");
        known("人", "person", "people");
        known("元", "yuan", "yuan");
        known("年", "year", "years");
        known("岁", "year of age", "years of age");
        known("平方米", "m²", "m²");
        known("次", "time", "times");
        known("个", "", "");
        known("件", "case", "cases");
        known("户", "household", "households");
        known("项", "item", "items");
        known("星", "star", "stars");
        known("月", "month", "months");
    }

    private static void known(String zh, String en, String enPlural) {
        KNOWN.put(zh, new Unit(zh, en, enPlural, false));
    }

    /** The unit a parameters file or a rule's {@code @unit} names: a known word, or {@code %}. */
    public static Optional<Unit> of(String word) {
        String w = word.strip();
        if (w.isEmpty()) {
            return Optional.of(NONE);
        }
        if (w.equals("%")) {
            return Optional.of(SHARE);
        }
        return Optional.ofNullable(KNOWN.get(w));
    }

    /** The words a unit may be, for error messages. */
    public static String knownWords() {
        return String.join(" ", KNOWN.keySet()) + " %";
    }

    /** Whether a number in this unit is written with two decimals (money). */
    public boolean money() {
        return zh.equals("元");
    }

    /** Whether this is no unit at all. */
    public boolean none() {
        return zh.isEmpty();
    }

    /** {@code value} with this unit in {@code lang}: 56学时, 87.5%, 10.00元; 56 hours, 87.5%, 10.00 yuan. */
    public String format(double value, Language lang) {
        String n = share ? Expect.number(Math.round(value * 10000) / 100.0)
                : money() ? new java.math.BigDecimal(Double.toString(value))
                        .setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()
                : Expect.number(value);
        if (share) {
            return n + "%";
        }
        if (lang == Language.ZH) {
            return n + zh;
        }
        if (zh.equals("月")) {
            return "month " + n; // a month of the year (党性集中教育月 7月), not a length
        }
        String word = value == 1 ? en : enPlural;
        return word.isEmpty() ? n : n + " " + word;
    }
}
