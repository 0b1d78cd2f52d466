package org.dangjian.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The named thresholds (参数) of a rule pack, e.g. {@code trn.secretaryMinHours = 56}. Rules read
 * them from the {@code Params} fact, never from literals, so policy staff change a number without
 * touching a rule. Values are numbers or words; a bracket list ({@code 3000:0.005, *:0.02}) is a
 * word that {@link #brackets(String)} reads.
 *
 * <p>Immutable. {@link #override(Parameters)} checks that every overriding name is known and of
 * the same kind (number or word) as its default. A number is read one way everywhere (a file's
 * check and a rule's {@code num} alike): ASCII digits within what a double holds; a value that
 * looks like a number but is not one of these (３２ in full-width digits, 1e400) is refused at its
 * line, never taken for a word that a rule then fails to read.
 */
public final class Parameters {

    /** A number as the rules read it: ASCII digits, an optional sign, point and exponent. */
    private static final Pattern ASCII_NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final Map<String, String> values;
    private final Map<String, String> sources;
    /** The unit each numeric parameter declared ({@code 56 学时}, {@code 90%}); absent: none said. */
    private final Map<String, Unit> units;

    /**
     * Values with an effective date ({@code trn.memberMinHours@2021-01-01 = 40}), by name and date:
     * each is in force from its date to the day before the next; the undated value before the first.
     */
    private final Map<String, java.util.NavigableMap<java.time.LocalDate, String>> dated;
    /** Where each dated value was set, by {@code name@date}. */
    private final Map<String, String> datedSources;

    private Parameters(Map<String, String> values, Map<String, String> sources) {
        this(values, sources, Map.of());
    }

    private Parameters(Map<String, String> values, Map<String, String> sources, Map<String, Unit> inherited) {
        this(values, sources, inherited, Map.of(), Map.of());
    }

    private Parameters(Map<String, String> values, Map<String, String> sources, Map<String, Unit> inherited,
                       Map<String, ? extends java.util.NavigableMap<java.time.LocalDate, String>> dated,
                       Map<String, String> datedSources) {
        Map<String, String> v = new LinkedHashMap<>();
        Map<String, Unit> u = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            Optional<Quantity> q = quantity(value);
            if (q.isPresent()) {
                v.put(name, q.get().number());
                Unit unit = q.get().unit().isPresent() ? q.get().unit().get() : inherited.get(name);
                if (unit != null) {
                    u.put(name, unit);
                }
            } else {
                v.put(name, value);
            }
        });
        this.values = Collections.unmodifiableMap(v);
        this.sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        this.units = Collections.unmodifiableMap(u);
        Map<String, java.util.NavigableMap<java.time.LocalDate, String>> d = new java.util.TreeMap<>();
        dated.forEach((name, byDay) -> {
            java.util.TreeMap<java.time.LocalDate, String> copy = new java.util.TreeMap<>();
            byDay.forEach((day, value) -> copy.put(day, quantity(value).map(Quantity::number).orElse(value)));
            d.put(name, Collections.unmodifiableNavigableMap(copy));
        });
        this.dated = Collections.unmodifiableMap(d);
        this.datedSources = Map.copyOf(datedSources);
    }

    /** A value written as a number with an optional unit: {@code 56}, {@code 56 学时}, {@code 90%}. */
    private record Quantity(String number, Optional<Unit> unit) {
    }

    private static final java.util.regex.Pattern QUANTITY =
            java.util.regex.Pattern.compile("([+-]?[0-9]+(?:\\.[0-9]+)?)\\s*(%|\\p{IsHan}+)?");

    /** The number and unit of {@code value}, empty if it is a word or names an unknown unit. */
    private static Optional<Quantity> quantity(String value) {
        java.util.regex.Matcher m = QUANTITY.matcher(value.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        if (m.group(2) == null) {
            return Optional.of(new Quantity(m.group(1), Optional.empty()));
        }
        if (m.group(2).equals("%")) {
            return Optional.of(new Quantity(new BigDecimal(m.group(1)).movePointLeft(2).stripTrailingZeros().toPlainString(),
                    Optional.of(Unit.SHARE)));
        }
        return Unit.of(m.group(2)).map(u -> new Quantity(m.group(1), Optional.of(u)));
    }

    /** No parameters. */
    public static Parameters empty() {
        return new Parameters(Map.of(), Map.of());
    }

    /** Parameters from a map of names to values (numbers or words). */
    public static Parameters of(Map<String, ?> map) {
        Map<String, String> v = new LinkedHashMap<>();
        map.forEach((k, x) -> v.put(k, String.valueOf(x)));
        return new Parameters(v, Map.of());
    }

    /** Parameters read from a table, each with the place it was set ({@code params.csv:4}). */
    public static Parameters located(Map<String, String> raw, Map<String, String> rawSources) {
        List<String> errors = new ArrayList<>();
        Dated split = Dated.split(raw, rawSources, errors);
        Map<String, String> values = split.values();
        Map<String, String> sources = split.sources();
        raw.forEach((name, value) -> unreadable(name, value)
                .ifPresent(m -> errors.add(rawSources.getOrDefault(name, "parameter") + ": " + m)));
        raw.forEach((name, value) -> {
            if (unknownUnit(value)) {
                errors.add(rawSources.getOrDefault(name, "parameter") + ": parameter '" + name + "': unknown unit in '" + value
                        + "' (units: " + Unit.knownWords() + ")");
            }
        });
        split.check(errors);
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
        return new Parameters(values, sources, Map.of(), split.dated(), split.datedSources());
    }

    /**
     * Reads {@code name = value} lines ({@code #} starts a comment). {@code source} names the file in
     * errors, which say {@code file:line: ...}.
     */
    public static Parameters parse(Reader reader, String source) throws IOException {
        Map<String, String> v = new LinkedHashMap<>();
        Map<String, String> where = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        BufferedReader in = new BufferedReader(reader);
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            String s = line.strip();
            if (n == 1 && s.startsWith("\uFEFF")) {
                s = s.substring(1).strip();
            }
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            int eq = s.indexOf('=');
            if (eq <= 0) {
                errors.add(source + ":" + n + ": expected 'name = value', found '" + s + "'");
                continue;
            }
            String name = s.substring(0, eq).strip();
            String value = s.substring(eq + 1).strip();
            Optional<String> unreadable = unreadable(name, value);
            if (value.isEmpty()) {
                errors.add(source + ":" + n + ": parameter '" + name + "' has no value");
            } else if (unknownUnit(value)) {
                errors.add(source + ":" + n + ": parameter '" + name + "': unknown unit in '" + value
                        + "' (units: " + Unit.knownWords() + ")");
            } else if (unreadable.isPresent()) {
                errors.add(source + ":" + n + ": " + unreadable.get());
            } else if (v.containsKey(name)) {
                errors.add(source + ":" + n + ": parameter '" + name + "' is given twice (first at " + where.get(name) + ")");
            } else {
                v.put(name, value);
                where.put(name, source + ":" + n);
            }
        }
        Dated split = Dated.split(v, where, errors);
        split.check(errors);
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
        return new Parameters(split.values(), split.sources(), Map.of(), split.dated(), split.datedSources());
    }

    /**
     * These defaults with {@code overrides} applied. Every overriding name must be known here and
     * its value of the same kind as the default; every problem is reported at once.
     */
    public Parameters override(Parameters overrides) {
        List<String> errors = new ArrayList<>();
        Map<String, String> merged = new LinkedHashMap<>(values);
        Map<String, String> where = new LinkedHashMap<>(sources);
        // A file that sets a parameter sets its whole history: the dated values it gives, or none.
        Map<String, java.util.NavigableMap<java.time.LocalDate, String>> datedMerged = new LinkedHashMap<>(dated);
        Map<String, String> datedWhere = new LinkedHashMap<>(datedSources);
        overrides.values.keySet().forEach(datedMerged::remove);
        overrides.dated.forEach((name, byDay) -> {
            if (values.containsKey(name)) {
                datedMerged.put(name, byDay);
                byDay.forEach((day, value) -> {
                    String key = name + "@" + day;
                    String place = overrides.datedSources.getOrDefault(key, "parameter");
                    checkOverride(name, value, Optional.empty(), place, errors);
                    datedWhere.put(key, place);
                });
            } else if (!overrides.values.containsKey(name)) {
                errors.add(overrides.datedSources.getOrDefault(name + "@" + byDay.firstKey(), "parameter")
                        + ": unknown parameter '" + name + "'" + suggestion(name));
            }
        });
        overrides.values.forEach((name, value) -> {
            String place = overrides.sources.getOrDefault(name, "parameter");
            Optional<Unit> given = overrides.units.containsKey(name) ? Optional.of(overrides.units.get(name)) : Optional.empty();
            if (!values.containsKey(name)) {
                errors.add(place + ": unknown parameter '" + name + "'" + suggestion(name));
                return;
            }
            int before = errors.size();
            checkOverride(name, value, given, place, errors);
            if (errors.size() == before) {
                merged.put(name, value);
                where.put(name, place);
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
        return new Parameters(merged, where, units, datedMerged, datedWhere);
    }

    /** The checks of {@link #override} on one overriding value, added to {@code errors}. */
    private void checkOverride(String name, String value, Optional<Unit> given, String place, List<String> errors) {
        if (given.isPresent() && !given.get().equals(unit(name))) {
            errors.add(place + ": parameter '" + name + "' is in " + describe(unit(name)) + ", not " + describe(given.get()));
        } else if (unit(name).share() && given.isEmpty() && isNumber(value) && new BigDecimal(value).compareTo(BigDecimal.ONE) > 0) {
            errors.add(place + ": parameter '" + name + "' is a share: write '" + value + "%' or a fraction such as '0.9', not '"
                    + value + "'");
        } else if (isNumber(values.get(name)) && !isNumber(value)) {
            errors.add(place + ": parameter '" + name + "' must be a number, not '" + value + "'");
        } else if (isNumber(value) && new BigDecimal(value).signum() < 0) {
            errors.add(place + ": parameter '" + name + "' must not be negative, not '" + value + "'");
        } else if (!isNumber(values.get(name)) && values.get(name).contains(":") && !validBrackets(value)) {
            errors.add(place + ": parameter '" + name + "' must be brackets like '3000:0.005, *:0.02', not '" + value + "'");
        }
    }

    private static String describe(Unit u) {
        return u.share() ? "a share (%)" : u.none() ? "no unit" : u.zh();
    }

    /** Whether {@code value} is a number followed by a Chinese word that is no known unit. */
    static boolean unknownUnit(String value) {
        java.util.regex.Matcher m = QUANTITY.matcher(value.strip());
        return m.matches() && m.group(2) != null && Unit.of(m.group(2)).isEmpty();
    }

    /** These parameters plus {@code more}, which may add new names (a pack extending another). */
    public Parameters plus(Parameters more) {
        Map<String, String> merged = new LinkedHashMap<>(values);
        merged.putAll(more.values);
        Map<String, String> where = new LinkedHashMap<>(sources);
        where.putAll(more.sources);
        Map<String, Unit> u = new LinkedHashMap<>(units);
        u.putAll(more.units);
        Map<String, java.util.NavigableMap<java.time.LocalDate, String>> d = new LinkedHashMap<>(dated);
        more.values.keySet().forEach(d::remove);
        d.putAll(more.dated);
        Map<String, String> dw = new LinkedHashMap<>(datedSources);
        dw.putAll(more.datedSources);
        return new Parameters(merged, where, u, d, dw);
    }

    /**
     * The values in force on {@code day}: each parameter's latest dated value whose date is not
     * after {@code day}, or its undated value when none is. The result has no dated values.
     */
    public Parameters inForceOn(java.time.LocalDate day) {
        if (dated.isEmpty()) {
            return this;
        }
        Map<String, String> v = new LinkedHashMap<>(values);
        Map<String, String> where = new LinkedHashMap<>(sources);
        dated.forEach((name, byDay) -> {
            Map.Entry<java.time.LocalDate, String> e = byDay.floorEntry(day);
            if (e != null) {
                v.put(name, e.getValue());
                where.put(name, datedSources.getOrDefault(name + "@" + e.getKey(), "parameter"));
            }
        });
        return new Parameters(v, where, units);
    }

    /** A value of a parameter with dated values, the days it is in force, and where it was set. */
    public record Version(String name, String value, Validity validity, String source) {
    }

    /** For each parameter with dated values, the version in force on {@code day}, by name. */
    public List<Version> versionsOn(java.time.LocalDate day) {
        List<Version> out = new ArrayList<>();
        dated.forEach((name, byDay) -> {
            Map.Entry<java.time.LocalDate, String> e = byDay.floorEntry(day);
            java.time.LocalDate next = e == null ? byDay.firstKey() : byDay.higherKey(e.getKey());
            Validity v = new Validity(e == null ? Optional.empty() : Optional.of(e.getKey()),
                    Optional.ofNullable(next).map(n -> n.minusDays(1)));
            out.add(new Version(name, e == null ? values.get(name) : e.getValue(), v,
                    e == null ? sources.getOrDefault(name, "parameter") : datedSources.getOrDefault(name + "@" + e.getKey(), "parameter")));
        });
        return List.copyOf(out);
    }

    /** Whether some parameter has a value with an effective date. */
    public boolean hasDatedValues() {
        return !dated.isEmpty();
    }

    private String suggestion(String name) {
        String tail = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : name;
        return values.keySet().stream()
                .filter(k -> k.endsWith("." + tail) || k.equalsIgnoreCase(name))
                .findFirst().map(k -> " (did you mean '" + k + "'?)").orElse("");
    }

    private static boolean isNumber(String s) {
        return number(s).isPresent();
    }

    /**
     * The one way a value is read as a number, by the checks of a file and by the rules alike:
     * ASCII digits with an optional sign, point and exponent, within what a double holds. Empty
     * for anything else, which is then a word.
     */
    static OptionalDouble number(String s) {
        if (!ASCII_NUMBER.matcher(s).matches()) {
            return OptionalDouble.empty();
        }
        double d = Double.parseDouble(s);
        return Double.isFinite(d) && (d != 0 || new BigDecimal(s).signum() == 0)
                ? OptionalDouble.of(d) : OptionalDouble.empty();
    }

    /**
     * Why {@code value} cannot be read the way it looks, if it cannot: a number in full-width
     * digits (３２, as a Chinese input method types them) or beyond what a double holds (1e400).
     * Such a value would otherwise be taken for a word, and a rule reading it would fail.
     */
    static Optional<String> unreadable(String name, String value) {
        String v = value.strip();
        if (number(v).isPresent()) {
            return Optional.empty();
        }
        String halfWidth = halfWidth(v);
        if (!halfWidth.equals(v) && (number(halfWidth).isPresent() || validBrackets(halfWidth))) {
            return Optional.of("parameter '" + name + "' is written with full-width characters (全角) '" + v
                    + "'; write it with half-width ones (半角): " + halfWidth);
        }
        if (looksNumeric(v)) {
            return Optional.of("parameter '" + name + "' = '" + v + "' is not a number a rule can use: "
                    + (ASCII_NUMBER.matcher(v).matches() ? "it is too large or too close to 0 (at most about 1.7e308)"
                    : "write it with the digits 0-9"));
        }
        return Optional.empty();
    }

    /** Whether {@code v} is a number in some script (BigDecimal reads every script's digits). */
    private static boolean looksNumeric(String v) {
        try {
            new BigDecimal(v);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** {@code v} with full-width forms (U+FF01 to U+FF5E) and the ideographic space made half-width. */
    private static String halfWidth(String v) {
        StringBuilder out = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            out.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c);
        }
        return out.toString();
    }

    private static boolean validBrackets(String s) {
        try {
            parseBrackets("x", s);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The names, in file order. */
    public Set<String> names() {
        return values.keySet();
    }

    /** Whether {@code name} is defined. */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The value of a numeric parameter; throws naming it if it is unknown or not a number. */
    public double num(String name) {
        String v = raw(name);
        OptionalDouble d = number(v);
        if (d.isEmpty()) {
            throw new IllegalArgumentException("parameter '" + name + "' is not a number: '" + v + "'");
        }
        return d.getAsDouble();
    }

    /** The value of a whole-number parameter. */
    public int integer(String name) {
        double d = num(name);
        if (d != Math.rint(d)) {
            throw new IllegalArgumentException("parameter '" + name + "' is not a whole number: " + d);
        }
        return (int) d;
    }

    /** The value of a word parameter. */
    public String text(String name) {
        return raw(name);
    }

    /** The value as written, for documentation. */
    public String raw(String name) {
        String v = values.get(Objects.requireNonNull(name, "name"));
        if (v == null) {
            throw new IllegalArgumentException("unknown parameter '" + name + "'");
        }
        return v;
    }

    /**
     * The unit {@code name} was declared in ({@code 学时}, a share), {@link Unit#NONE} if none was
     * said; an overriding file need not repeat it.
     */
    public Unit unit(String name) {
        return units.getOrDefault(name, Unit.NONE);
    }

    /** {@code name}'s value as a report writes it: 56学时, 90%; 56 hours, 90%. Words as they are. */
    public String display(String name, Language lang) {
        String v = raw(name);
        return isNumber(v) ? unit(name).format(Double.parseDouble(v), lang) : v;
    }

    /** Where each value was set ({@code params.properties:12}), for lint and documentation. */
    public Map<String, String> sources() {
        return sources;
    }

    /** A rate bracket: incomes up to {@code upTo} (inclusive; infinite for {@code *}) pay {@code rate}. */
    public record Bracket(double upTo, double rate) {
    }

    /** Reads a bracket list such as {@code 3000:0.005, 5000:0.01, *:0.02}, in increasing order. */
    public List<Bracket> brackets(String name) {
        return parseBrackets(name, raw(name));
    }

    private static List<Bracket> parseBrackets(String name, String value) {
        List<Bracket> out = new ArrayList<>();
        for (String part : value.split(",")) {
            String[] kv = part.strip().split(":");
            if (kv.length != 2) {
                throw new IllegalArgumentException("parameter '" + name + "': bracket '" + part.strip() + "' is not 'upTo:rate'");
            }
            double upTo = kv[0].strip().equals("*") ? Double.POSITIVE_INFINITY : bracketNumber(name, kv[0]);
            out.add(new Bracket(upTo, bracketNumber(name, kv[1])));
        }
        for (int i = 1; i < out.size(); i++) {
            if (out.get(i).upTo() <= out.get(i - 1).upTo()) {
                throw new IllegalArgumentException("parameter '" + name + "': brackets must increase");
            }
        }
        if (out.isEmpty() || out.get(out.size() - 1).upTo() != Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("parameter '" + name + "': the last bracket must be '*:rate'");
        }
        return List.copyOf(out);
    }

    /** Only the parameters named in {@code names}, with their units and places (a pack setting some of another's). */
    public Parameters only(Set<String> names) {
        Map<String, String> v = new LinkedHashMap<>();
        Map<String, String> where = new LinkedHashMap<>();
        values.forEach((n, x) -> {
            if (names.contains(n)) {
                v.put(n, x);
                where.put(n, sources.getOrDefault(n, "parameter"));
            }
        });
        Map<String, java.util.NavigableMap<java.time.LocalDate, String>> d = new LinkedHashMap<>();
        dated.forEach((n, byDay) -> {
            if (names.contains(n)) {
                d.put(n, byDay);
            }
        });
        return new Parameters(v, where, units, d, datedSources);
    }

    private static double bracketNumber(String name, String text) {
        OptionalDouble d = number(text.strip());
        if (d.isEmpty()) {
            throw new IllegalArgumentException("parameter '" + name + "': '" + text.strip() + "' is not a number");
        }
        return d.getAsDouble();
    }

    /** Every name with its value, in file order. */
    public Map<String, String> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters p && values.equals(p.values) && units.equals(p.units) && dated.equals(p.dated);
    }

    @Override
    public int hashCode() {
        return (values.hashCode() * 31 + units.hashCode()) * 31 + dated.hashCode();
    }

    @Override
    public String toString() {
        return dated.isEmpty() ? values.toString() : values + " dated " + dated;
    }

    /**
     * Names and values as read, split into undated values and dated ones ({@code name@YYYY-MM-DD});
     * a bad date or a dated value with no undated one before it is an error at its place.
     */
    private record Dated(Map<String, String> values, Map<String, String> sources,
                         Map<String, java.util.TreeMap<java.time.LocalDate, String>> dated, Map<String, String> datedSources) {

        static Dated split(Map<String, String> raw, Map<String, String> where, List<String> errors) {
            Map<String, String> v = new LinkedHashMap<>();
            Map<String, String> w = new LinkedHashMap<>();
            Map<String, java.util.TreeMap<java.time.LocalDate, String>> d = new LinkedHashMap<>();
            Map<String, String> dw = new LinkedHashMap<>();
            raw.forEach((key, value) -> {
                String place = where.getOrDefault(key, "parameter");
                int at = key.indexOf('@');
                if (at < 0) {
                    v.put(key, value);
                    w.put(key, place);
                    return;
                }
                String name = key.substring(0, at).strip();
                String date = key.substring(at + 1).strip();
                try {
                    java.time.LocalDate day = java.time.LocalDate.parse(date);
                    if (d.computeIfAbsent(name, k -> new java.util.TreeMap<>()).putIfAbsent(day, value) != null) {
                        errors.add(place + ": parameter '" + name + "' has two values from " + day + " (first at "
                                + dw.get(name + "@" + day) + ")");
                    } else {
                        dw.put(name + "@" + day, place);
                    }
                } catch (java.time.format.DateTimeParseException e) {
                    errors.add(place + ": '" + key + "': write a value's effective date as name@YYYY-MM-DD, e.g. "
                            + name + "@2021-01-01 = …");
                }
            });
            return new Dated(v, w, d, dw);
        }

        /** Every dated parameter needs its undated value: what is in force before its first date. */
        void check(List<String> errors) {
            dated.forEach((name, byDay) -> {
                if (!values.containsKey(name)) {
                    errors.add(datedSources.get(name + "@" + byDay.firstKey()) + ": parameter '" + name + "' has a value from "
                            + byDay.firstKey() + " but none before it: give '" + name + " = …' too, the value in force until then");
                }
            });
        }
    }
}
