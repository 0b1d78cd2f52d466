package org.dangjian.model.io;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dangjian.model.Activity;

/**
 * The repeated values of one read, shared instead of copied: ids (a person is named by a dozen
 * dues payments, trainings and attendance lists), dates, months and the {@code Optional}s around
 * them. A million-member dataset holds tens of millions of these; sharing them makes its heap a
 * fraction of what separate copies take, and parses each date once. Values that are seldom
 * repeated (names, id numbers, notes, activity ids) are not kept. One instance per read, dropped
 * with the reader.
 */
final class SharedValues {

    /** String fields whose values are (nearly) all different: keeping them would only cost. */
    private static final Set<String> UNIQUE_TEXT = Set.of("name", "idNumber", "note");

    private final Map<String, String> strings = new HashMap<>();
    private final Map<String, LocalDate> dates = new HashMap<>();
    private final Map<String, YearMonth> months = new HashMap<>();
    private final Map<Object, Optional<Object>> optionals = new HashMap<>();

    /** Whether the values of a string field of {@code type} are worth sharing. */
    static boolean shared(Class<?> type, String field) {
        return !UNIQUE_TEXT.contains(field) && !(type == Activity.class && field.equals("id"));
    }

    String string(String s) {
        String known = strings.putIfAbsent(s, s);
        return known == null ? s : known;
    }

    /** The date of {@code text}; throws as {@link LocalDate#parse} does. */
    LocalDate date(String text) {
        LocalDate d = dates.get(text);
        if (d == null) {
            d = LocalDate.parse(text);
            dates.put(text, d);
        }
        return d;
    }

    /** The month of {@code text}; throws as {@link YearMonth#parse} does. */
    YearMonth month(String text) {
        YearMonth m = months.get(text);
        if (m == null) {
            m = YearMonth.parse(text);
            months.put(text, m);
        }
        return m;
    }

    /** {@code Optional.of(value)}, one instance per shared value. */
    Optional<Object> optional(Object value) {
        return optionals.computeIfAbsent(value, Optional::of);
    }

    /** Whether {@code value} is one this read shares (so its Optional may be shared too). */
    boolean isShared(Object value) {
        return value instanceof LocalDate || value instanceof YearMonth || value instanceof Boolean
                || value instanceof Enum<?> || (value instanceof String s && strings.get(s) == s);
    }
}
