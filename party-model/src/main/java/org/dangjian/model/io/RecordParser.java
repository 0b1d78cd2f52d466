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

    /** Marks a value that could not be read; its problem has been reported. */
    private static final Object INVALID = new Object();

    private RecordParser() {}

    /** Parses the object the parser is at (its START_OBJECT), leaving it at the END_OBJECT. */
    static Parsed parse(JsonParser p, RecordSchema schema, String path, Problems problems) throws IOException {
        return parse(p, schema, path, problems, new SharedValues());
    }

    /** The same, sharing repeated values (ids, dates, months) through {@code shared}. */
    static Parsed parse(JsonParser p, RecordSchema schema, String path, Problems problems, SharedValues shared)
            throws IOException {
        List<Field> fields = schema.fields();
        Object[] values = new Object[fields.size()];
        boolean[] seen = new boolean[fields.size()];
        boolean ok = true;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            String fieldPath = path + "." + name;
            p.nextToken();
            int i = schema.indexOf(name);
            if (i < 0) {
                problems.warning(path + "." + shortened(name), "Unknown field \"" + shortened(name) + "\" is ignored."
                        + suggestion(name, fields));
                p.skipChildren();
            } else if (seen[i]) {
                problems.error(fieldPath, "The field \"" + name + "\" appears twice in the same record.");
                p.skipChildren();
                ok = false;
            } else if (p.currentToken() != JsonToken.VALUE_NULL) { // null is read as absent
                seen[i] = true;
                Object v = value(p, schema, fields.get(i), fieldPath, problems, shared);
                if (v == INVALID) {
                    ok = false;
                } else {
                    values[i] = v;
                }
            }
        }
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (f.required() && values[i] == null && !seen[i]) {
                problems.error(path + "." + f.name(), "The required field \"" + f.name() + "\" is missing.");
                ok = false;
            }
        }
        int idIndex = schema.indexOf("id");
        Optional<String> id = idIndex >= 0 && values[idIndex] instanceof String s ? Optional.of(s) : Optional.empty();
        return new Parsed(ok ? Optional.of(schema.construct(values, shared)) : Optional.empty(), id);
    }

    private static Object value(JsonParser p, RecordSchema schema, Field f, String path, Problems problems,
                                SharedValues shared) throws IOException {
        JsonToken t = p.currentToken();
        switch (f.type()) {
            case STRING:
                if (t != JsonToken.VALUE_STRING) {
                    return wrongType(p, path, "text in quotes", problems);
                }
                String text = p.getText();
                if (!withinBounds(FieldBounds.textProblem(FieldBounds.textKind(f.name()), text), path, problems)) {
                    return INVALID;
                }
                return SharedValues.shared(schema.type(), f.name()) ? shared.string(text) : text;
            case DATE:
                return t == JsonToken.VALUE_STRING ? date(p.getText(), path, problems, shared)
                        : wrongType(p, path, "a date in quotes such as \"2020-12-31\"", problems);
            case MONTH:
                return t == JsonToken.VALUE_STRING ? month(p.getText(), path, problems, shared)
                        : wrongType(p, path, "a month in quotes such as \"2020-12\"", problems);
            case INT:
                if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
                    int n = p.getIntValue();
                    boolean ok = !FieldBounds.isYear(f.name()) || withinBounds(FieldBounds.yearProblem(n), path, problems);
                    return ok ? n : INVALID;
                } else if (t == JsonToken.VALUE_NUMBER_INT) {
                    problems.error(path, "The number " + p.getText() + " is too large.");
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
                return t == JsonToken.VALUE_STRING ? enumValue(p.getText(), f.valueClass(), path, problems)
                        : wrongType(p, path, "one of the words " + allowed(f.valueClass()), problems);
            case STRING_LIST:
                return t == JsonToken.START_ARRAY ? stringList(p, path, problems, shared)
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

    /** Reports {@code problem} at {@code path} if there is one; true when there is none. */
    private static boolean withinBounds(Optional<String> problem, String path, Problems problems) {
        problem.ifPresent(m -> problems.error(path, m));
        return problem.isEmpty();
    }

    private static Object date(String text, String path, Problems problems, SharedValues shared) {
        try {
            LocalDate d = shared.date(text);
            return withinBounds(FieldBounds.dateProblem(d), path, problems) ? d : INVALID;
        } catch (DateTimeParseException e) {
            problems.error(path, text.matches("\\d{4}-\\d{2}-\\d{2}")
                    ? "\"" + text + "\" is not a date that exists."
                    : "\"" + shortened(text) + "\" is not a date; write dates as YYYY-MM-DD, for example 2020-12-31.");
            return INVALID;
        }
    }

    private static Object month(String text, String path, Problems problems, SharedValues shared) {
        try {
            YearMonth m = shared.month(text);
            return withinBounds(FieldBounds.monthProblem(m), path, problems) ? m : INVALID;
        } catch (DateTimeParseException e) {
            problems.error(path, "\"" + shortened(text) + "\" is not a month; write months as YYYY-MM, for example 2020-12.");
            return INVALID;
        }
    }

    private static Object enumValue(String text, Class<?> type, String path, Problems problems) {
        for (Object c : type.getEnumConstants()) {
            if (((Enum<?>) c).name().equals(text)) {
                return c;
            }
        }
        String hint = Arrays.stream(type.getEnumConstants())
                .map(c -> ((Enum<?>) c).name())
                .filter(n -> n.equals(text.trim().toUpperCase(Locale.ROOT)))
                .findFirst().map(n -> " Write it in capitals: " + n + ".").orElse("");
        problems.error(path, "\"" + shortened(text) + "\" is not one of the allowed words: " + allowed(type) + "." + hint);
        return INVALID;
    }

    private static String allowed(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
    }

    private static Object stringList(JsonParser p, String path, Problems problems, SharedValues shared) throws IOException {
        List<String> out = new ArrayList<>();
        boolean ok = true;
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                wrongType(p, path + "[" + i + "]", "an id in quotes", problems);
                ok = false;
            } else if (withinBounds(FieldBounds.textProblem(FieldBounds.TextKind.ID, p.getText()), path + "[" + i + "]",
                    problems)) {
                out.add(shared.string(p.getText()));
            } else {
                ok = false;
            }
            i++;
        }
        return ok ? out : INVALID;
    }

    private static Object wrongType(JsonParser p, String path, String expected, Problems problems) throws IOException {
        problems.error(path, "Expected " + expected + ", found " + describe(p) + ".");
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
