package org.dangjian.imports.convert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dangjian.imports.mapping.Mapping.FieldRule;
import org.dangjian.imports.source.Cell;
import org.dangjian.model.io.RecordCodec;

/**
 * Turns a source cell into the contract's value for a field: code lists first (正式党员 → FULL),
 * then by the field's type. A value that cannot be turned gives the reason, which never quotes
 * the value (the caller shows it, masked where it is personal).
 */
public final class Values {

    /** What came of a cell: a value, or why not. */
    public sealed interface Result permits Ok, Error {}

    /** The contract's value as JSON. */
    public record Ok(JsonNode value) implements Result {}

    /** Why the cell gives no value. */
    public record Error(String reason) implements Result {}

    /** A unit written after a number: 12学时, 300元. */
    private static final java.util.regex.Pattern UNIT = java.util.regex.Pattern.compile("(元|小时|学时|天|人|户|㎡|平方米)$");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Set<String> TRUE = Set.of("是", "有", "已", "y", "yes", "true", "1", "√", "✓", "对");
    private static final Set<String> FALSE = Set.of("否", "无", "未", "n", "no", "false", "0", "×", "✗", "不是");

    private Values() {}

    /** The value of a filled cell for {@code rule}'s field. */
    public static Result convert(Cell cell, FieldRule rule) {
        String text = cell.text().strip();
        if (!rule.codes().isEmpty()) {
            String word = rule.codes().get(text);
            if (word != null) {
                return typed(Cell.text(word), rule, true);
            }
            if (rule.type() == RecordCodec.Type.ENUM && !isWord(text, rule)) {
                return new Error("has no translation in the mapping (" + rule.codesAt() + "); the codes there are "
                        + String.join(", ", rule.codes().keySet()));
            }
        }
        return typed(cell, rule, false);
    }

    /** A value written in the mapping itself (a constant or a default). */
    public static Result constant(String text, FieldRule rule) {
        return typed(Cell.text(text), rule, true);
    }

    private static boolean isWord(String text, FieldRule rule) {
        return Arrays.stream(rule.enumClass().orElseThrow().getEnumConstants())
                .anyMatch(c -> ((Enum<?>) c).name().equalsIgnoreCase(text));
    }

    private static Result typed(Cell cell, FieldRule rule, boolean fromMapping) {
        String text = cell.text().strip();
        return switch (rule.type()) {
            case STRING -> new Ok(JSON.textNode(text));
            case DATE -> date(DateValues.parse(cell), rule);
            case MONTH -> month(DateValues.parse(cell));
            case INT -> integer(cell, text);
            case NUMBER -> number(cell, text);
            case BOOLEAN -> bool(cell, text);
            case ENUM -> enumWord(text, rule);
            case STRING_LIST -> {
                ArrayNode list = JSON.arrayNode();
                if (!text.equals("无") && !text.equals("(无)") && !text.equals("（无）")) {
                    Arrays.stream(text.split("[,，、;；\\s]+")).filter(s -> !s.isEmpty()).forEach(list::add);
                }
                yield new Ok(list);
            }
            case OBJECT -> throw new IllegalStateException("nested fields are mapped one by one");
        };
    }

    private static Result date(DateValues.Parsed parsed, FieldRule rule) {
        if (parsed instanceof DateValues.Day d) {
            return new Ok(JSON.textNode(d.date().toString()));
        } else if (parsed instanceof DateValues.Month m) {
            return new Error("is only a month (" + m.month() + "); " + rule.field() + " needs the day");
        }
        return new Error(((DateValues.Invalid) parsed).reason());
    }

    private static Result month(DateValues.Parsed parsed) {
        if (parsed instanceof DateValues.Day d) {
            return new Ok(JSON.textNode(java.time.YearMonth.from(d.date()).toString()));
        } else if (parsed instanceof DateValues.Month m) {
            return new Ok(JSON.textNode(m.month().toString()));
        }
        return new Error(((DateValues.Invalid) parsed).reason());
    }

    private static Result integer(Cell cell, String text) {
        Result r = number(cell, text);
        if (r instanceof Ok ok) {
            BigDecimal d = ok.value().decimalValue();
            try {
                return new Ok(JSON.numberNode(d.intValueExact()));
            } catch (ArithmeticException e) {
                return new Error("is not a whole number");
            }
        }
        return r;
    }

    private static Result number(Cell cell, String text) {
        if (cell.kind() == Cell.Kind.NUMBER) {
            return new Ok(JSON.numberNode(BigDecimal.valueOf(cell.number()).stripTrailingZeros()));
        }
        String s = UNIT.matcher(text.replace(",", "").replace("，", "")).replaceAll("").strip();
        try {
            return new Ok(JSON.numberNode(new BigDecimal(s).stripTrailingZeros()));
        } catch (NumberFormatException e) {
            return new Error("is not a number");
        }
    }

    private static Result bool(Cell cell, String text) {
        if (cell.kind() == Cell.Kind.BOOLEAN) {
            return new Ok(JSON.booleanNode(cell.number() != 0));
        }
        String s = text.toLowerCase(Locale.ROOT);
        if (TRUE.contains(s)) {
            return new Ok(JSON.booleanNode(true));
        } else if (FALSE.contains(s)) {
            return new Ok(JSON.booleanNode(false));
        }
        return new Error("is not yes or no (write 是 or 否)");
    }

    private static Result enumWord(String text, FieldRule rule) {
        for (Object c : rule.enumClass().orElseThrow().getEnumConstants()) {
            if (((Enum<?>) c).name().equalsIgnoreCase(text)) {
                return new Ok(JSON.textNode(((Enum<?>) c).name()));
            }
        }
        return new Error("is not one of " + Arrays.stream(rule.enumClass().orElseThrow().getEnumConstants())
                .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "))
                + "; translate the source's codes with codes: in the mapping (" + rule.at() + ")");
    }

    /** The codes of a rule that give {@code word}, for messages and for writing a workbook. */
    public static String firstCodeOf(Map<String, String> codes, String word) {
        return codes.entrySet().stream().filter(e -> e.getValue().equals(word)).map(Map.Entry::getKey)
                .findFirst().orElse(word);
    }
}
