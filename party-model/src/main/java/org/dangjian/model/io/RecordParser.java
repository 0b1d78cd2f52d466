package org.dangjian.model.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dangjian.model.io.RecordSchema.Field;

/**
 * Reads one record from a streaming parser, token by token, reporting every problem of the
 * record (not just the first) with its path.
 */
final class RecordParser {

    /** What came of one record: the record, if it could be built, and its id, if it had one. */
    record Parsed(Optional<Object> record, Optional<String> id) {}

    /**
     * Where a record is ({@code memberships.jsonl:42}, {@code people[3]}), put into words only when
     * a problem is reported: most records have none, and a path made for every value of millions
     * of records was a good part of reading them.
     */
    @FunctionalInterface
    interface Place {
        String path();
    }

    /** Marks a value that could not be read; its problem has been reported. */
    private static final Object INVALID = new Object();

    private RecordParser() {}

    /** Parses the object the parser is at (its START_OBJECT), leaving it at the END_OBJECT. */
    static Parsed parse(JsonParser p, RecordSchema schema, String path, Problems problems) throws IOException {
        return parse(p, schema, () -> path, problems, new SharedValues());
    }

    /** The same, sharing repeated values (ids, dates, months) through {@code shared}. */
    static Parsed parse(JsonParser p, RecordSchema schema, String path, Problems problems, SharedValues shared)
            throws IOException {
        return parse(p, schema, () -> path, problems, shared);
    }

    /** The same, the record's path put into words only if a problem needs it. */
    static Parsed parse(JsonParser p, RecordSchema schema, Place place, Problems problems, SharedValues shared)
            throws IOException {
        int n = schema.fields().size();
        Object[] values = new Object[n];
        boolean ok = read(p, schema, place, problems, shared, values, new boolean[n]);
        Optional<String> id = id(schema, values);
        return new Parsed(ok ? Optional.of(schema.construct(values, shared)) : Optional.empty(), id);
    }

    /**
     * Reads the object the parser is at into {@code values}, one per field of {@code schema} in
     * its order (null when absent; not yet wrapped as the record holds them), reporting every
     * problem; true when the record can be built. {@code values} and {@code seen} (as long as the
     * fields) are cleared first, so a reader may pass the same arrays for every record.
     */
    static boolean read(JsonParser p, RecordSchema schema, Place place, Problems problems, SharedValues shared,
                        Object[] values, boolean[] seen) throws IOException {
        List<Field> fields = schema.fields();
        Arrays.fill(values, null);
        Arrays.fill(seen, false);
        boolean ok = true;
        int next = 0;
        FieldPlace at = new FieldPlace(place); // one per record, not one per value: its words are made only on a problem
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            int i = schema.indexOf(name, next);
            if (i < 0) {
                String path = place.path();
                problems.warning(path + "." + shortened(name), "Unknown field \"" + shortened(name) + "\" is ignored."
                        + suggestion(name, fields));
                p.skipChildren();
            } else if (seen[i]) {
                problems.error(place.path() + "." + name, "The field \"" + name + "\" appears twice in the same record.");
                p.skipChildren();
                ok = false;
            } else if (p.currentToken() != JsonToken.VALUE_NULL) { // null is read as absent
                seen[i] = true;
                at.field = name;
                Object v = value(p, schema, i, at, problems, shared);
                if (v == INVALID) {
                    ok = false;
                } else {
                    values[i] = v;
                }
            }
            if (i >= 0) {
                next = i + 1;
            }
        }
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (f.required() && values[i] == null && !seen[i]) {
                problems.error(place.path() + "." + f.name(), "The required field \"" + f.name() + "\" is missing.");
                ok = false;
            }
        }
        return ok;
    }

    /** The record's id among {@code values} as {@link #read} left them, if it has one. */
    static Optional<String> id(RecordSchema schema, Object[] values) {
        int idIndex = schema.indexOf("id", 0);
        return idIndex >= 0 && values[idIndex] instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /**
     * The path of the value being read: the record's place and the field's name. The same
     * instance serves every field of a record; a path is put into words at once when a problem
     * is reported, never kept.
     */
    private static final class FieldPlace implements Place {
        private final Place record;
        private String field;

        FieldPlace(Place record) {
            this.record = record;
        }

        @Override
        public String path() {
            return record.path() + "." + field;
        }
    }

    private static Object value(JsonParser p, RecordSchema schema, int field, Place path, Problems problems,
                                SharedValues shared) throws IOException {
        JsonToken t = p.currentToken();
        Field f = schema.fields().get(field);
        switch (f.type()) {
            case STRING:
                if (t != JsonToken.VALUE_STRING) {
                    return wrongType(p, path, "text in quotes", problems);
                }
                return schema.sharedText(field)
                        ? sharedText(p, schema.textKind(field), schema.referenceBit(field), path, problems, shared)
                        : withinBounds(FieldBounds.textProblem(schema.textKind(field), p.getText()), path, problems)
                        ? p.getText() : INVALID;
            case DATE:
                if (t != JsonToken.VALUE_STRING) {
                    return wrongType(p, path, "a date in quotes such as \"2020-12-31\"", problems);
                }
                LocalDate d = shared.date(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
                return d != null ? d : date(p.getText(), path, problems, shared);
            case MONTH:
                if (t != JsonToken.VALUE_STRING) {
                    return wrongType(p, path, "a month in quotes such as \"2020-12\"", problems);
                }
                YearMonth m = shared.month(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
                return m != null ? m : month(p.getText(), path, problems, shared);
            case INT:
                if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
                    int n = p.getIntValue();
                    boolean ok = !schema.isYear(field) || withinBounds(FieldBounds.yearProblem(n), path, problems);
                    return ok ? n : INVALID;
                } else if (t == JsonToken.VALUE_NUMBER_INT) {
                    problems.error(path.path(), "The number " + p.getText() + " is too large.");
                    return INVALID;
                }
                return wrongType(p, path, "a whole number", problems);
            case NUMBER:
                return t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT
                        ? p.getDoubleValue() : wrongType(p, path, "a number (without quotes)", problems);
            case BOOLEAN:
                return t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE
                        ? p.getBooleanValue() : wrongType(p, path, "true or false (without quotes)", problems);
            case ENUM:
                if (t != JsonToken.VALUE_STRING) {
                    return wrongType(p, path, "one of the words " + allowed(f.valueClass()), problems);
                }
                String word = shared.at(shared.slot(p.getTextCharacters(), p.getTextOffset(), p.getTextLength()));
                Object constant = schema.enumConstant(field, word);
                return constant != null ? constant : enumValue(word, f.valueClass(), path, problems);
            case STRING_LIST:
                return t == JsonToken.START_ARRAY ? stringList(p, schema.referenceBit(field), path, problems, shared)
                        : wrongType(p, path, "a list of ids such as [\"p-1\", \"p-2\"]", problems);
            case OBJECT:
                if (t != JsonToken.START_OBJECT) {
                    return wrongType(p, path, "an object { ... }", problems);
                }
                Parsed nested = parse(p, RecordSchema.of(f.valueClass()), path, problems, shared);
                return nested.record().orElse(INVALID);
            default:
                throw new IllegalStateException(f.type().toString());
        }
    }

    /**
     * A shared string value, its bounds checked the first time it is met as a text of {@code kind};
     * noted as a reference to a record of {@code reference}'s kind unless that is 0.
     */
    private static Object sharedText(JsonParser p, FieldBounds.TextKind kind, int reference, Place path,
                                     Problems problems, SharedValues shared) throws IOException {
        int slot = shared.slot(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        String text = shared.at(slot);
        if (!shared.within(slot, kind)) {
            if (!withinBounds(FieldBounds.textProblem(kind, text), path, problems)) {
                return INVALID;
            }
            shared.markWithin(slot, kind);
        }
        if (reference != 0) {
            shared.referenced(slot, reference);
        }
        return text;
    }

    /** Reports {@code problem} at {@code path} if there is one; true when there is none. */
    private static boolean withinBounds(Optional<String> problem, Place path, Problems problems) {
        problem.ifPresent(m -> problems.error(path.path(), m));
        return problem.isEmpty();
    }

    private static Object date(String text, Place path, Problems problems, SharedValues shared) {
        try {
            LocalDate d = shared.date(text);
            return withinBounds(FieldBounds.dateProblem(d), path, problems) ? d : INVALID;
        } catch (DateTimeParseException e) {
            problems.error(path.path(), text.matches("\\d{4}-\\d{2}-\\d{2}")
                    ? "\"" + text + "\" is not a date that exists."
                    : "\"" + shortened(text) + "\" is not a date; write dates as YYYY-MM-DD, for example 2020-12-31.");
            return INVALID;
        }
    }

    private static Object month(String text, Place path, Problems problems, SharedValues shared) {
        try {
            YearMonth m = shared.month(text);
            return withinBounds(FieldBounds.monthProblem(m), path, problems) ? m : INVALID;
        } catch (DateTimeParseException e) {
            problems.error(path.path(), "\"" + shortened(text) + "\" is not a month; write months as YYYY-MM, for example 2020-12.");
            return INVALID;
        }
    }

    private static Object enumValue(String text, Class<?> type, Place path, Problems problems) {
        for (Object c : type.getEnumConstants()) {
            if (((Enum<?>) c).name().equals(text)) {
                return c;
            }
        }
        String hint = Arrays.stream(type.getEnumConstants())
                .map(c -> ((Enum<?>) c).name())
                .filter(n -> n.equals(text.trim().toUpperCase(Locale.ROOT)))
                .findFirst().map(n -> " Write it in capitals: " + n + ".").orElse("");
        problems.error(path.path(), "\"" + shortened(text) + "\" is not one of the allowed words: " + allowed(type) + "." + hint);
        return INVALID;
    }

    private static String allowed(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
    }

    private static Object stringList(JsonParser p, int reference, Place path, Problems problems, SharedValues shared)
            throws IOException {
        List<String> out = new ArrayList<>();
        boolean ok = true;
        int[] at = new int[1]; // the item's index, read only when a problem is reported
        Place item = () -> path.path() + "[" + at[0] + "]";
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                wrongType(p, item, "an id in quotes", problems);
                ok = false;
            } else {
                Object id = sharedText(p, FieldBounds.TextKind.ID, reference, item, problems, shared);
                if (id == INVALID) {
                    ok = false;
                } else {
                    out.add((String) id);
                }
            }
            at[0]++;
        }
        return ok ? out : INVALID;
    }

    private static Object wrongType(JsonParser p, Place path, String expected, Problems problems) throws IOException {
        problems.error(path.path(), "Expected " + expected + ", found " + describe(p) + ".");
        p.skipChildren();
        return INVALID;
    }

    /** The value the parser is at, in words, quoting scalars. */
    static String describe(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case START_OBJECT -> "an object { ... }";
            case START_ARRAY -> "a list [ ... ]";
            case VALUE_STRING -> "the text \"" + shortened(p.getText()) + "\"";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + p.getText();
            case VALUE_TRUE, VALUE_FALSE -> p.getText();
            case VALUE_NULL -> "null";
            default -> String.valueOf(p.getText());
        };
    }

    /** A quoted value as a message shows it: its first 60 characters at most (a name may be megabytes). */
    static String shortened(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    /** " Did you mean X?" when the unknown name is a near miss of a field's name. */
    private static String suggestion(String name, List<Field> fields) {
        return fields.stream().map(Field::name)
                .filter(n -> n.equalsIgnoreCase(name) || Spelling.distance(n, name) <= (name.length() >= 6 ? 2 : 1))
                .findFirst().map(n -> " Did you mean \"" + n + "\"?").orElse("");
    }
}
