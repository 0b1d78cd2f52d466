package org.dangjian.imports.mapping;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.dangjian.model.RecordKind;
import org.dangjian.model.io.RecordCodec;

/**
 * A mapping file (映射文件), read: for each table of a source, the records its rows give and which
 * column fills which field of the dataset contract. {@link MappingReader} reads and checks it.
 *
 * @param name   the file's name, or the built-in mapping's name
 * @param asOf   the dataset's as-of date when the mapping fixes it
 * @param tables the tables, in the order they are read
 */
public record Mapping(String name, Optional<LocalDate> asOf, List<TableRule> tables) {

    /**
     * One table of the source (a sheet, a CSV file, a database table or a query).
     *
     * @param names     the table's name, or alternative names of which the first present is read
     * @param query     SQL to run instead of reading a table (databases only)
     * @param headerRow the row of the column names; empty = found by looking for the mapped names
     * @param optional  whether a source may lack this table (then nothing is read from it)
     * @param optionalColumns whether the columns of fields the contract makes optional may be missing
     *                  (then those fields are absent); otherwise every column named must be there
     * @param skips     rows that are not data, with the reason
     * @param records   the records each data row gives, in order
     */
    public record TableRule(List<String> names, Optional<String> query, OptionalInt headerRow, boolean optional,
                            boolean optionalColumns, List<SkipRule> skips, List<RecordRule> records, Location at) {

        /** How the table is named in messages. */
        public String display() {
            return query.map(q -> "query " + q).orElse(names.get(0));
        }
    }

    /** Rows whose every filled cell matches {@code pattern} (or whose {@code column} does) are not data. */
    public record SkipRule(Optional<ColumnRef> column, Pattern pattern, String reason, Location at) {}

    /**
     * One record kind a row gives.
     *
     * @param kind       the contract's kind; empty for the dataset itself (its {@code asOf})
     * @param fields     contract field (a dotted path for a nested one: {@code mobile.since}) to its rule
     * @param identity   the column of identity numbers (公民身份号码) that matches this person elsewhere;
     *                   never written anywhere
     * @param eachColumn one record per column whose header matches, e.g. one per year
     */
    public record RecordRule(Optional<RecordKind> kind, Map<String, FieldRule> fields, Optional<ColumnRef> identity,
                             Optional<EachColumn> eachColumn, Location at) {

        public String kindName() {
            return kind.map(RecordKind::jsonName).orElse(MappingReader.DATASET);
        }
    }

    /** A column named in a mapping, with where the mapping names it. */
    public record ColumnRef(String name, Location at) {}

    /**
     * How one field gets its value.
     *
     * @param field     the contract field it fills (dotted for nested ones)
     * @param required  whether the contract requires the field of every record
     * @param type      the field's type in the contract
     * @param enumClass the enum of an ENUM field
     * @param column    the column it comes from, if any
     * @param constant  a value given in the mapping, if no column
     * @param fromEachColumn  the value of the matching column of {@link EachColumn}
     * @param yearOfEachColumn the year captured from the matching column's header
     * @param sequence  a prefix: the id is the prefix and the row's number
     * @param codes     translations of the source's values to contract values (code lists)
     * @param codesAt   where the codes are written
     * @param ref       the column names another record by something else than its id
     * @param defaultValue the value of an empty cell, if not absent
     */
    public record FieldRule(String field, boolean required, RecordCodec.Type type, Optional<Class<?>> enumClass,
                            Optional<ColumnRef> column, Optional<String> constant, boolean fromEachColumn,
                            boolean yearOfEachColumn, Optional<String> sequence, Map<String, String> codes,
                            Location codesAt, Optional<Ref> ref, Optional<String> defaultValue, Location at) {}

    /** A reference by another field than the id: {@code organizations.name}, {@code people.identity}. */
    public record Ref(RecordKind kind, String by, Location at) {
        public static final String IDENTITY = "identity";

        public String display() {
            return kind.jsonName() + "." + by;
        }
    }

    /** One record per column whose header matches {@code pattern} (its first group: a year) and is filled. */
    public record EachColumn(Pattern pattern, Location at) {}
}
