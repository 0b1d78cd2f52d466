package org.dangjian.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * What a requirement expects of a measure, kept as a relation and numbers so that a report can
 * say it in words (不少于56学时, 少于6个月, 3至7人, 应为0天; at least 56 hours …) while the JSON keeps
 * its code ({@code ">= 56"}, {@code "< 6"}, {@code "3..7"}, {@code "0"}). Made by the functions of
 * {@link Expect}; {@link #toString()} is the code.
 *
 * @param relation how the measure must compare
 * @param value the threshold (the lower end of a range); ignored for {@link Relation#TEXT}
 * @param upper the upper end of a range ({@link Relation#BETWEEN}), else equal to {@code value}
 * @param unit the threshold's unit, from its parameter; {@link Unit#NONE} when the rule's
 *        {@code @unit} applies
 * @param word for {@link Relation#TEXT} and {@link Relation#AT_LEAST_WORD}: the expected value as
 *        a code ({@code 2020-09-01}, {@code JUNIOR_COLLEGE})
 */
public record Expected(Relation relation, double value, double upper, Unit unit, String word) {

    /** How a measure must compare with the threshold. */
    public enum Relation { AT_LEAST, AT_MOST, LESS_THAN, MORE_THAN, EXACTLY, BETWEEN, TEXT, AT_LEAST_WORD }

    public Expected {
        Objects.requireNonNull(relation, "relation");
        unit = unit == null ? Unit.NONE : unit;
        word = word == null ? "" : word;
    }

    /** A numeric expectation. */
    public static Expected of(Relation relation, double value, Unit unit) {
        return new Expected(relation, value, value, unit, "");
    }

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile(
            "(>=|<=|<|>)?\\s*([0-9]+(?:\\.[0-9]+)?)(%?)(?:\\s*\\.\\.\\s*([0-9]+(?:\\.[0-9]+)?)%?)?");

    /**
     * An expectation from its code ({@code ">= 56"}, {@code "< 6"}, {@code "3..7"}, {@code "90%"}),
     * for packs that write the code as text; anything else is a {@link Relation#TEXT}.
     */
    public static Expected parse(String code) {
        java.util.regex.Matcher m = CODE.matcher(code.strip());
        if (!m.matches() || (m.group(4) != null && m.group(1) != null)) {
            return new Expected(Relation.TEXT, 0, 0, Unit.NONE, code.strip());
        }
        boolean share = !m.group(3).isEmpty();
        double v = Double.parseDouble(m.group(2)) / (share ? 100 : 1);
        Unit u = share ? Unit.SHARE : Unit.NONE;
        if (m.group(4) != null) {
            return new Expected(Relation.BETWEEN, v, Double.parseDouble(m.group(4)) / (share ? 100 : 1), u, "");
        }
        Relation r = m.group(1) == null ? Relation.EXACTLY : switch (m.group(1)) {
            case ">=" -> Relation.AT_LEAST;
            case "<=" -> Relation.AT_MOST;
            case "<" -> Relation.LESS_THAN;
            default -> Relation.MORE_THAN;
        };
        return of(r, v, u);
    }

    /** The same expectation in {@code u} if it has no unit of its own. */
    public Expected orUnit(Unit u) {
        return unit.none() ? new Expected(relation, value, upper, u, word) : this;
    }

    /** The code of the report contract: {@code ">= 56"}, {@code ">= 90%"}, {@code "3..7"}, {@code "0"}. */
    public String code() {
        String v = unit.share() ? Expect.percent(value) : Expect.number(value);
        return switch (relation) {
            case AT_LEAST -> ">= " + v;
            case AT_MOST -> "<= " + v;
            case LESS_THAN -> "< " + v;
            case MORE_THAN -> "> " + v;
            case EXACTLY -> v;
            case BETWEEN -> v + ".." + (unit.share() ? Expect.percent(upper) : Expect.number(upper));
            case TEXT -> word;
            case AT_LEAST_WORD -> ">= " + word;
        };
    }

    /**
     * The expectation in words, as the clause after the measure: {@code 要求不少于56学时},
     * {@code 应为0个月}, {@code 要求3至7人}; {@code expected at least 56 hours}.
     */
    public String words(Language lang) {
        boolean zh = lang == Language.ZH;
        String v = unit.format(value, lang);
        String bare = unit.share() ? v : Expect.number(value);
        return switch (relation) {
            case AT_LEAST -> zh ? "要求" + (unit.share() ? "不低于" : "不少于") + v : "expected at least " + v;
            case AT_MOST -> zh ? "要求" + (unit.share() ? "不高于" : "不超过") + v : "expected at most " + v;
            case LESS_THAN -> zh ? "要求少于" + v : "expected less than " + v;
            case MORE_THAN -> zh ? "要求大于" + v : "expected more than " + v;
            case EXACTLY -> zh ? "应为" + v : "expected " + v;
            case BETWEEN -> zh ? "要求" + bare + "至" + unit.format(upper, lang)
                    : "expected " + bare + " to " + unit.format(upper, lang);
            case TEXT -> zh ? "要求" + Wording.value(word, lang) : "expected " + Wording.value(word, lang);
            case AT_LEAST_WORD -> zh ? "要求" + Wording.value(word, lang) + "及以上"
                    : "expected " + Wording.value(word, lang) + " or above";
        };
    }

    /** The threshold as a number, if there is one. */
    public Optional<Double> threshold() {
        return relation == Relation.TEXT || relation == Relation.AT_LEAST_WORD ? Optional.empty() : Optional.of(value);
    }

    @Override
    public String toString() {
        return code();
    }
}
