package org.dangjian.imports.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dangjian.imports.convert.Values;
import org.dangjian.imports.mapping.Mapping;
import org.dangjian.imports.mapping.Mapping.FieldRule;
import org.dangjian.imports.mapping.Mapping.RecordRule;
import org.dangjian.imports.mapping.Mapping.TableRule;
import org.dangjian.model.RecordKind;
import org.dangjian.model.io.RecordCodec;

/**
 * The project's workbook as its mapping lays it out: one sheet per record kind, one column per
 * field the mapping maps, in the mapping's order. Writing a workbook from this layout and
 * reading it with the same mapping is one piece of knowledge used both ways.
 */
record Layout(List<Sheet> sheets) {

    /** A sheet: its name, the kind it holds (empty for the dataset's own fields) and its columns. */
    record Sheet(String name, Optional<RecordKind> kind, List<Column> columns) {}

    /** A column: its header and the field it holds. */
    record Column(String header, FieldRule rule) {

        /** The canonical codes of a coded column (the first code of each contract value), in order. */
        List<String> choices() {
            if (rule.type() == RecordCodec.Type.BOOLEAN) {
                return List.of("是", "否");
            }
            return new ArrayList<>(new LinkedHashSet<>(rule.enumClass().map(e -> java.util.Arrays.stream(e.getEnumConstants())
                    .map(c -> Values.firstCodeOf(rule.codes(), ((Enum<?>) c).name())).toList()).orElse(List.of())));
        }

        boolean coded() {
            return rule.type() == RecordCodec.Type.BOOLEAN || rule.type() == RecordCodec.Type.ENUM;
        }

        /** The record's value for this column, as it is written: a day, a number or text; empty when absent. */
        Optional<Object> value(JsonNode record) {
            JsonNode v = record;
            for (String part : rule.field().split("\\.")) {
                v = v.path(part);
            }
            if (v.isMissingNode() || v.isNull()) {
                return Optional.empty();
            }
            return Optional.of(switch (rule.type()) {
                case DATE -> LocalDate.parse(v.asText());
                case INT, NUMBER -> new BigDecimal(v.asText());
                case BOOLEAN -> v.asBoolean() ? "是" : "否";
                case ENUM -> Values.firstCodeOf(rule.codes(), v.asText());
                case STRING_LIST -> v.isEmpty() ? "无" : java.util.stream.StreamSupport.stream(v.spliterator(), false)
                        .map(JsonNode::asText).collect(Collectors.joining("、"));
                default -> v.asText();
            });
        }
    }

    static Layout of(Mapping mapping) {
        List<Sheet> sheets = new ArrayList<>();
        for (TableRule t : mapping.tables()) {
            RecordRule r = t.records().get(0);
            List<Column> columns = new ArrayList<>();
            for (FieldRule f : r.fields().values()) {
                f.column().ifPresent(c -> columns.add(new Column(c.name(), f)));
            }
            sheets.add(new Sheet(t.names().get(0), r.kind(), List.copyOf(columns)));
        }
        return new Layout(List.copyOf(sheets));
    }
}
