package org.dangjian.model.io;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.dangjian.model.RecordKind;
import org.dangjian.model.io.RecordSchema.Field;

/**
 * The reader's {@link FieldBounds} for a dataset built in Java, which no reader has seen: every
 * text, date, month and year of every record, found through the records' schemas. The reader
 * checks these as it parses and does not run this again.
 */
final class BoundsChecks {

    private BoundsChecks() {}

    static void check(ValidationContext c) {
        for (RecordKind kind : RecordKind.values()) {
            RecordSchema schema = RecordSchema.of(kind.type());
            List<Object> records = c.dataset.records(kind);
            for (int i = 0; i < records.size(); i++) {
                check(c, kind, i, "", schema, records.get(i));
            }
        }
    }

    private static void check(ValidationContext c, RecordKind kind, int i, String prefix, RecordSchema schema,
                              Object record) {
        for (Field f : schema.fields()) {
            Object value = unwrap(f.get(record));
            String field = prefix + f.name();
            Optional<String> problem = switch (f.type()) {
                case STRING -> value instanceof String s
                        ? FieldBounds.textProblem(FieldBounds.textKind(f.name()), s) : Optional.empty();
                case DATE -> value instanceof LocalDate d ? FieldBounds.dateProblem(d) : Optional.empty();
                case MONTH -> value instanceof YearMonth m ? FieldBounds.monthProblem(m) : Optional.empty();
                case INT -> value instanceof Integer n && FieldBounds.isYear(f.name())
                        ? FieldBounds.yearProblem(n) : Optional.empty();
                default -> Optional.empty();
            };
            problem.ifPresent(m -> c.error(kind, i, field, m));
            if (f.type() == RecordSchema.ValueType.STRING_LIST && value instanceof List<?> ids) {
                for (int j = 0; j < ids.size(); j++) {
                    int at = j;
                    FieldBounds.textProblem(FieldBounds.TextKind.ID, String.valueOf(ids.get(j)))
                            .ifPresent(m -> c.error(kind, i, field + "[" + at + "]", m));
                }
            } else if (f.type() == RecordSchema.ValueType.OBJECT && value != null) {
                check(c, kind, i, field + ".", f.nested().orElseThrow(), value);
            }
        }
    }

    /** The value inside an Optional, or null when absent. */
    private static Object unwrap(Object v) {
        if (v instanceof Optional<?> o) {
            return o.orElse(null);
        } else if (v instanceof OptionalInt o) {
            return o.isPresent() ? o.getAsInt() : null;
        }
        return v;
    }
}
