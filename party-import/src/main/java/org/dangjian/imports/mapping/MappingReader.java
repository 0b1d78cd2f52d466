package org.dangjian.imports.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.dangjian.imports.mapping.Mapping.ColumnRef;
import org.dangjian.imports.mapping.Mapping.EachColumn;
import org.dangjian.imports.mapping.Mapping.FieldRule;
import org.dangjian.imports.mapping.Mapping.RecordRule;
import org.dangjian.imports.mapping.Mapping.Ref;
import org.dangjian.imports.mapping.Mapping.SkipRule;
import org.dangjian.imports.mapping.Mapping.TableRule;
import org.dangjian.imports.mapping.YamlTree.ListNode;
import org.dangjian.imports.mapping.YamlTree.MapNode;
import org.dangjian.imports.mapping.YamlTree.Node;
import org.dangjian.imports.mapping.YamlTree.Scalar;
import org.dangjian.imports.source.ImportFailure;
import org.dangjian.model.RecordKind;
import org.dangjian.model.io.RecordCodec;

/**
 * Reads a mapping file and checks it against the dataset contract before any row is read: every
 * record kind, field, code and reference it names must exist, and every required field of a kind
 * must get a value. A mistake is reported at its line and column with what would be right.
 * Built-in mappings are found by name ({@link #BUILT_IN}).
 */
public final class MappingReader {

    /** The pseudo-kind of a table that gives the dataset's own fields ({@code asOf}). */
    public static final String DATASET = "dataset";

    /** The mappings that ship with the import, by name. */
    public static final List<String> BUILT_IN = List.of("workbook", "roster", "owip");

    private static final String RESOURCES = "/org/dangjian/imports/mappings/";
    private static final Set<String> TOP = Set.of("asOf", "tables", "description");
    private static final Set<String> TABLE = Set.of("table", "query", "headerRow", "optional", "optionalColumns", "skip",
            "records", "include");
    private static final Set<String> RECORD = Set.of("kind", "fields", "identity", "eachColumn");
    private static final Set<String> FIELD = Set.of("column", "constant", "codes", "ref", "default", "sequence", "each");

    private MappingReader() {}

    /** A built-in mapping's name or a mapping file's path. */
    public static Mapping load(String nameOrPath) throws ImportFailure, IOException {
        if (BUILT_IN.contains(nameOrPath)) {
            return builtIn(nameOrPath);
        }
        Path file = Path.of(nameOrPath);
        if (!Files.isRegularFile(file)) {
            throw new ImportFailure(nameOrPath + ": no such mapping file, and not a built-in mapping ("
                    + String.join(", ", BUILT_IN) + ").");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        }
    }

    /** A built-in mapping by name. */
    public static Mapping builtIn(String name) throws ImportFailure, IOException {
        try (InputStream in = MappingReader.class.getResourceAsStream(RESOURCES + name + ".yaml")) {
            if (in == null) {
                throw new ImportFailure("no built-in mapping \"" + name + "\"; there are " + String.join(", ", BUILT_IN) + ".");
            }
            return read(in, name + ".yaml");
        }
    }

    /** Reads a mapping; {@code file} names it in messages. */
    public static Mapping read(InputStream in, String file) throws ImportFailure, IOException {
        MapNode top = map(YamlTree.read(in, file), "the mapping");
        keys(top, TOP);
        Optional<Scalar> asOfNode = optionalScalar(top, "asOf");
        Optional<LocalDate> asOf = asOfNode.isPresent() ? Optional.of(date(asOfNode.get())) : Optional.empty();
        ListNode tables = list(required(top, "tables"), "tables");
        List<TableRule> rules = new ArrayList<>();
        for (Node t : tables.items()) {
            rules.add(table(map(t, "a table")));
        }
        return new Mapping(file, asOf, List.copyOf(rules));
    }

    private static LocalDate date(Scalar s) throws ImportFailure {
        try {
            return LocalDate.parse(s.text());
        } catch (DateTimeParseException e) {
            throw new ImportFailure(s.at() + ": \"" + s.text() + "\" is not a date; write YYYY-MM-DD.");
        }
    }

    private static TableRule table(MapNode t) throws ImportFailure, IOException {
        if (t.entries().containsKey("include")) {
            return include(t);
        }
        keys(t, TABLE);
        Optional<String> query = optionalScalar(t, "query").map(Scalar::text);
        List<String> names = new ArrayList<>();
        Node nameNode = t.entries().get("table");
        if (nameNode instanceof Scalar s) {
            names.add(s.text().strip());
        } else if (nameNode instanceof ListNode l) {
            for (Node n : l.items()) {
                names.add(scalar(n, "a table name").text().strip());
            }
        } else if (nameNode != null || query.isEmpty()) {
            throw new ImportFailure(t.at() + ": a table needs \"table:\" (a sheet, file or table name) or \"query:\".");
        }
        if (names.isEmpty()) {
            names.add(query.orElseThrow());
        }
        OptionalInt header = OptionalInt.empty();
        Optional<Scalar> h = optionalScalar(t, "headerRow");
        if (h.isPresent()) {
            header = OptionalInt.of(positive(h.get()));
        }
        boolean optional = optionalScalar(t, "optional").map(s -> s.text().equals("true")).orElse(false);
        boolean optionalColumns = optionalScalar(t, "optionalColumns").map(s -> s.text().equals("true")).orElse(false);
        List<SkipRule> skips = new ArrayList<>();
        if (t.entries().containsKey("skip")) {
            for (Node n : list(t.entries().get("skip"), "skip").items()) {
                skips.add(skip(map(n, "a skip rule")));
            }
        }
        List<RecordRule> records = new ArrayList<>();
        for (Node n : list(required(t, "records"), "records").items()) {
            records.add(record(map(n, "a record")));
        }
        identityOnlyMatches(records);
        return new TableRule(List.copyOf(names), query, header, optional, optionalColumns, List.copyOf(skips),
                List.copyOf(records), t.at());
    }

    /** {@code - include: workbook, table: 党组织}: a table of a built-in mapping, as it is there. */
    private static TableRule include(MapNode t) throws ImportFailure, IOException {
        keys(t, Set.of("include", "table"));
        Scalar from = scalar(t.entries().get("include"), "include");
        Scalar name = scalar(required(t, "table"), "table");
        if (!BUILT_IN.contains(from.text())) {
            throw new ImportFailure(from.at() + ": \"" + from.text() + "\" is not a built-in mapping; there are "
                    + String.join(", ", BUILT_IN) + ".");
        }
        Mapping other = builtIn(from.text());
        return other.tables().stream().filter(r -> r.names().contains(name.text())).findFirst()
                .orElseThrow(() -> new ImportFailure(name.at() + ": the mapping " + from.text() + " has no table \""
                        + name.text() + "\"; it has " + other.tables().stream().map(TableRule::display)
                        .collect(Collectors.joining(", ")) + "."));
    }

    /** The identity column of a table only matches persons: no field of the table may take its value. */
    private static void identityOnlyMatches(List<RecordRule> records) throws ImportFailure {
        Set<String> identity = new java.util.HashSet<>();
        records.forEach(r -> r.identity().ifPresent(c -> identity.add(c.name())));
        for (RecordRule r : records) {
            for (FieldRule f : r.fields().values()) {
                boolean matches = f.ref().map(ref -> ref.by().equals(Ref.IDENTITY)).orElse(false);
                if (f.column().isPresent() && identity.contains(f.column().get().name()) && !matches) {
                    throw new ImportFailure(f.column().get().at() + ": \"" + f.column().get().name() + "\" holds identity "
                            + "numbers (公民身份号码), which are never written into the dataset; name the person by it with "
                            + "ref: people.identity, and give the field another column.");
                }
            }
        }
    }

    private static SkipRule skip(MapNode s) throws ImportFailure {
        keys(s, Set.of("column", "matches", "reason"));
        Optional<ColumnRef> column = optionalScalar(s, "column").map(c -> new ColumnRef(c.text().strip(), c.at()));
        Scalar matches = scalar(required(s, "matches"), "matches");
        Scalar reason = scalar(required(s, "reason"), "reason");
        return new SkipRule(column, pattern(matches), reason.text(), s.at());
    }

    private static Pattern pattern(Scalar s) throws ImportFailure {
        try {
            return Pattern.compile(s.text());
        } catch (PatternSyntaxException e) {
            throw new ImportFailure(s.at() + ": \"" + s.text() + "\" is not a regular expression (" + e.getDescription() + ").");
        }
    }

    private static RecordRule record(MapNode r) throws ImportFailure {
        keys(r, RECORD);
        Scalar kindNode = scalar(required(r, "kind"), "kind");
        String kindName = kindNode.text();
        Optional<RecordKind> kind = RecordKind.byJsonName(kindName);
        if (kind.isEmpty() && !kindName.equals(DATASET)) {
            throw new ImportFailure(kindNode.at() + ": \"" + kindName + "\" is not a record kind of the dataset; the kinds are "
                    + DATASET + ", " + Arrays.stream(RecordKind.values()).map(RecordKind::jsonName).collect(Collectors.joining(", ")) + ".");
        }
        Optional<EachColumn> each = Optional.empty();
        if (r.entries().containsKey("eachColumn")) {
            Scalar e = scalar(r.entries().get("eachColumn"), "eachColumn");
            each = Optional.of(new EachColumn(pattern(e), e.at()));
        }
        Optional<ColumnRef> identity = optionalScalar(r, "identity").map(c -> new ColumnRef(c.text().strip(), c.at()));
        if (identity.isPresent() && kind.orElse(null) != RecordKind.PEOPLE) {
            throw new ImportFailure(identity.get().at() + ": \"identity:\" belongs to a people record; other records "
                    + "name a person by it with ref: people.identity.");
        }
        List<RecordCodec.Field> fields = kind.map(RecordCodec::fields)
                .orElse(List.of(new RecordCodec.Field("asOf", RecordCodec.Type.DATE, true, Optional.empty(), List.of())));
        MapNode fieldsNode = map(required(r, "fields"), "fields");
        Map<String, FieldRule> rules = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : fieldsNode.entries().entrySet()) {
            Location at = fieldsNode.keyAt().get(e.getKey());
            RecordCodec.Field f = field(fields, e.getKey(), kindName, at);
            boolean required = f.required() && !e.getKey().contains(".");
            rules.put(e.getKey(), fieldRule(e.getKey(), required, f, e.getValue(), at, each.isPresent()));
        }
        for (RecordCodec.Field f : fields) {
            if (f.required() && !rules.containsKey(f.name()) && f.type() != RecordCodec.Type.OBJECT) {
                throw new ImportFailure(fieldsNode.at() + ": " + kindName + " need the field \"" + f.name()
                        + "\"; give it a column, a constant or a default.");
            }
        }
        return new RecordRule(kind, rules, identity, each, r.at());
    }

    /** The contract field named by a path ({@code mobile.since} for a nested one). */
    private static RecordCodec.Field field(List<RecordCodec.Field> fields, String path, String kind, Location at)
            throws ImportFailure {
        if (path.equals("idNumber")) {
            throw new ImportFailure(at + ": identity numbers (公民身份号码) are never written into the dataset; "
                    + "give the column as \"identity:\" of the people record to match persons by it.");
        }
        String[] parts = path.split("\\.", 2);
        for (RecordCodec.Field f : fields) {
            if (f.name().equals(parts[0])) {
                if (parts.length == 1 && f.type() != RecordCodec.Type.OBJECT) {
                    return f;
                } else if (parts.length == 2 && f.type() == RecordCodec.Type.OBJECT) {
                    return field(f.nested(), parts[1], kind + "." + f.name(), at);
                }
                throw new ImportFailure(at + ": \"" + path + "\" of " + kind + " "
                        + (parts.length == 1 ? "has fields: give one, e.g. " + f.name() + "." + f.nested().get(0).name()
                        : "has no fields") + ".");
            }
        }
        throw new ImportFailure(at + ": " + kind + " have no field \"" + parts[0] + "\"; the fields are "
                + fields.stream().map(RecordCodec.Field::name).filter(n -> !n.equals("idNumber"))
                .collect(Collectors.joining(", ")) + ".");
    }

    private static FieldRule fieldRule(String path, boolean required, RecordCodec.Field f, Node value, Location at, boolean each)
            throws ImportFailure {
        if (value instanceof Scalar s) {
            return new FieldRule(path, required, f.type(), f.enumClass(), Optional.of(new ColumnRef(s.text().strip(), s.at())),
                    Optional.empty(), false, false, Optional.empty(), Map.of(), at, Optional.empty(), Optional.empty(), at);
        }
        MapNode m = map(value, "the field " + path);
        keys(m, FIELD);
        Optional<ColumnRef> column = optionalScalar(m, "column").map(c -> new ColumnRef(c.text().strip(), c.at()));
        Optional<String> constant = optionalScalar(m, "constant").map(Scalar::text);
        Optional<String> sequence = optionalScalar(m, "sequence").map(Scalar::text);
        Optional<String> eachPart = optionalScalar(m, "each").map(Scalar::text);
        if (eachPart.isPresent() && !each) {
            throw new ImportFailure(at + ": \"each:\" needs \"eachColumn:\" on the record.");
        }
        if (eachPart.isPresent() && !Set.of("value", "year").contains(eachPart.get())) {
            throw new ImportFailure(m.entries().get("each").at() + ": \"each:\" is \"value\" (the cell) or \"year\" "
                    + "(the year in the column's header).");
        }
        int sources = (column.isPresent() ? 1 : 0) + (constant.isPresent() ? 1 : 0) + (sequence.isPresent() ? 1 : 0)
                + (eachPart.isPresent() ? 1 : 0);
        if (sources != 1 && !(sources == 0 && m.entries().containsKey("default"))) {
            throw new ImportFailure(at + ": " + path + " needs exactly one of column, constant, sequence or each.");
        }
        Map<String, String> codes = new LinkedHashMap<>();
        Location codesAt = at;
        if (m.entries().containsKey("codes")) {
            MapNode c = map(m.entries().get("codes"), "codes");
            codesAt = c.at();
            for (Map.Entry<String, Node> e : c.entries().entrySet()) {
                Scalar word = scalar(e.getValue(), "a code's translation");
                checkWord(f, word);
                codes.put(e.getKey().strip(), word.text());
            }
        }
        Optional<Ref> ref = Optional.empty();
        if (m.entries().containsKey("ref")) {
            ref = Optional.of(ref(scalar(m.entries().get("ref"), "ref")));
        }
        Optional<String> dflt = optionalScalar(m, "default").map(Scalar::text);
        if (constant.isPresent()) {
            checkValue(f, m.entries().get("constant"));
        }
        return new FieldRule(path, required, f.type(), f.enumClass(), column, constant, eachPart.filter("value"::equals).isPresent(),
                eachPart.filter("year"::equals).isPresent(), sequence, java.util.Collections.unmodifiableMap(codes), codesAt, ref, dflt, at);
    }

    private static void checkValue(RecordCodec.Field f, Node constant) throws ImportFailure {
        if (f.type() == RecordCodec.Type.ENUM) {
            checkWord(f, scalar(constant, "constant"));
        }
    }

    private static void checkWord(RecordCodec.Field f, Scalar word) throws ImportFailure {
        if (f.type() == RecordCodec.Type.ENUM) {
            List<String> words = Arrays.stream(f.enumClass().orElseThrow().getEnumConstants())
                    .map(c -> ((Enum<?>) c).name()).toList();
            if (!words.contains(word.text())) {
                throw new ImportFailure(word.at() + ": \"" + word.text() + "\" is not a value of " + f.name()
                        + "; the values are " + String.join(", ", words) + ".");
            }
        } else if (f.type() == RecordCodec.Type.BOOLEAN && !Set.of("true", "false").contains(word.text())) {
            throw new ImportFailure(word.at() + ": " + f.name() + " is true or false, not \"" + word.text() + "\".");
        }
    }

    private static Ref ref(Scalar s) throws ImportFailure {
        String[] parts = s.text().split("\\.", 2);
        Optional<RecordKind> kind = RecordKind.byJsonName(parts[0]);
        if (parts.length != 2 || kind.isEmpty()) {
            throw new ImportFailure(s.at() + ": a reference is written kind.field, e.g. organizations.name or "
                    + "people.identity; \"" + s.text() + "\" is not.");
        }
        String by = parts[1];
        boolean known = by.equals(Ref.IDENTITY) ? kind.get() == RecordKind.PEOPLE
                : RecordCodec.fields(kind.get()).stream().anyMatch(f -> f.name().equals(by)
                        && f.type() == RecordCodec.Type.STRING && !by.equals("idNumber"));
        if (!known) {
            throw new ImportFailure(s.at() + ": " + kind.get().jsonName() + " cannot be found by \"" + by
                    + "\"; use a text field such as name" + (kind.get() == RecordKind.PEOPLE ? ", or identity" : "") + ".");
        }
        return new Ref(kind.get(), by, s.at());
    }

    private static int positive(Scalar s) throws ImportFailure {
        try {
            int n = Integer.parseInt(s.text());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ImportFailure(s.at() + ": a row number from 1 is needed, not \"" + s.text() + "\".");
    }

    private static void keys(MapNode m, Set<String> allowed) throws ImportFailure {
        for (Map.Entry<String, Location> k : m.keyAt().entrySet()) {
            if (!allowed.contains(k.getKey())) {
                throw new ImportFailure(k.getValue() + ": \"" + k.getKey() + "\" is not understood here; use "
                        + allowed.stream().sorted().collect(Collectors.joining(", ")) + ".");
            }
        }
    }

    private static Node required(MapNode m, String key) throws ImportFailure {
        Node n = m.entries().get(key);
        if (n == null) {
            throw new ImportFailure(m.at() + ": \"" + key + ":\" is missing.");
        }
        return n;
    }

    private static Optional<Scalar> optionalScalar(MapNode m, String key) throws ImportFailure {
        Node n = m.entries().get(key);
        return n == null ? Optional.empty() : Optional.of(scalar(n, key));
    }

    private static MapNode map(Node n, String what) throws ImportFailure {
        if (n instanceof MapNode m) {
            return m;
        }
        throw new ImportFailure(n.at() + ": " + what + " is written as key: value lines here.");
    }

    private static ListNode list(Node n, String what) throws ImportFailure {
        if (n instanceof ListNode l) {
            return l;
        }
        throw new ImportFailure(n.at() + ": " + what + " is a list here (lines starting with \"- \").");
    }

    private static Scalar scalar(Node n, String what) throws ImportFailure {
        if (n instanceof Scalar s) {
            return s;
        }
        throw new ImportFailure(n.at() + ": " + what + " is a single value here.");
    }
}
