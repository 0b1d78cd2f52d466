package org.dangjian.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dangjian.imports.ImportReport.Note;
import org.dangjian.imports.ImportReport.RejectedRow;
import org.dangjian.imports.ImportReport.RowProblem;
import org.dangjian.imports.ImportReport.SkippedRow;
import org.dangjian.imports.ImportReport.TableCount;
import org.dangjian.imports.mapping.Mapping;
import org.dangjian.imports.mapping.Mapping.FieldRule;
import org.dangjian.imports.mapping.Mapping.RecordRule;
import org.dangjian.imports.mapping.Mapping.Ref;
import org.dangjian.imports.mapping.Mapping.TableRule;
import org.dangjian.imports.source.ImportFailure;
import org.dangjian.imports.source.TableSource;
import org.dangjian.model.Dataset;
import org.dangjian.model.RecordKind;
import org.dangjian.model.io.DatasetValidator;
import org.dangjian.model.io.Problem;
import org.dangjian.model.io.RecordCodec;

/**
 * One import: the records made so far with the place of each, what is still waiting for a
 * reference to be resolved, and the account of every row. Rows are turned into records as they
 * are read; only a row that names a record of a kind not wholly read yet (a branch named by its
 * parent's name, a person by an identity number given in a later table) waits, as JSON.
 */
final class ImportRun {

    /** Where a record came from: the table's position in the mapping and the row's number. */
    record Place(int table, int row) {}

    /** A record of a row not yet committed, with the references it still needs. */
    record Pending(RecordRule rule, RecordKind kind, ObjectNode fields, Optional<String> identity, List<PendingRef> refs) {}

    /** A reference to resolve: the field to fill, how to find the record, the key, the column it came from. */
    record PendingRef(String field, Ref ref, String key, String column) {}

    /** A row whose records wait for references. */
    record Deferred(Place place, List<Pending> records) {}

    final TableSource source;
    final Mapping mapping;
    final Importer.Options options;
    final String[] tableNames;
    private final int[] lastTableOf = new int[RecordKind.values().length];
    private final Map<RecordKind, List<Object>> records = new EnumMap<>(RecordKind.class);
    private final Map<RecordKind, PlaceList> places = new EnumMap<>(RecordKind.class);
    private final Map<String, String> personByIdentity = new HashMap<>();
    private final Map<String, Map<String, List<String>>> indexes = new HashMap<>();
    private final List<Deferred> deferred = new ArrayList<>();
    private final RecordCodec.Decoder decoder = new RecordCodec.Decoder();
    final int[] read;
    final int[] skipped;
    private final boolean[] found;
    private final List<SkippedRow> skippedRows = new ArrayList<>();
    private static final java.util.Comparator<Place> IN_ORDER =
            java.util.Comparator.comparingInt(Place::table).thenComparingInt(Place::row);
    private final Map<Place, List<RowProblem>> rejected = new TreeMap<>(IN_ORDER);
    private final List<Note> warnings = new ArrayList<>();
    private final List<Note> datasetErrors = new ArrayList<>();
    private final java.util.Set<RecordKind> seen = java.util.EnumSet.noneOf(RecordKind.class);
    private Optional<LocalDate> asOf = Optional.empty();
    int currentTable = -1;

    ImportRun(TableSource source, Mapping mapping, Importer.Options options) {
        this.source = source;
        this.mapping = mapping;
        this.options = options;
        int n = mapping.tables().size();
        this.tableNames = new String[n];
        this.read = new int[n];
        this.skipped = new int[n];
        this.found = new boolean[n];
        java.util.Arrays.fill(lastTableOf, -1);
        for (int t = 0; t < n; t++) {
            final int table = t;
            mapping.tables().get(t).records().forEach(r -> r.kind().ifPresent(k -> {
                lastTableOf[k.ordinal()] = table;
                records.computeIfAbsent(k, x -> new ArrayList<>());
                places.computeIfAbsent(k, x -> new PlaceList());
            }));
        }
    }

    ImportResult execute() throws ImportFailure, IOException {
        List<String> present = source.tables();
        for (int t = 0; t < mapping.tables().size(); t++) {
            currentTable = t;
            TableRule rule = mapping.tables().get(t);
            Optional<String> name = tableName(rule, present);
            if (name.isEmpty()) {
                tableNames[t] = rule.names().get(0);
                continue;
            }
            found[t] = true;
            tableNames[t] = name.get();
            new TableReader(this, t, rule).read(name.get());
        }
        currentTable = mapping.tables().size();
        for (Deferred d : deferred) {
            resolveAndCommit(d);
        }
        deferred.clear();
        LocalDate date = options.asOf().or(() -> asOf).or(mapping::asOf).orElseThrow(() -> new ImportFailure(
                mapping.name() + ": the dataset needs an as-of date (截至日期); give --as-of YYYY-MM-DD, or asOf: in the mapping"
                        + " or a table with kind: dataset."));
        return finish(date);
    }

    private Optional<String> tableName(TableRule rule, List<String> present) throws ImportFailure {
        if (rule.query().isPresent()) {
            if (!source.acceptsQueries()) {
                throw new ImportFailure(rule.at() + ": a query needs a database source; " + source.name() + " is not one.");
            }
            return rule.query();
        }
        for (String n : rule.names()) {
            if (present.contains(n)) {
                return Optional.of(n);
            }
        }
        if (rule.optional()) {
            return Optional.empty();
        }
        throw new ImportFailure(rule.at() + ": " + source.name() + " has no " + source.tableNoun() + " "
                + String.join(" or ", rule.names()) + "; its " + source.tableNoun() + "s are "
                + (present.isEmpty() ? "none" : String.join(", ", present)) + ".");
    }

    // ---- rows, as the table reader hands them over -------------------------------------------

    void skip(int table, int row, String reason) {
        skipped[table]++;
        skippedRows.add(new SkippedRow(tableNames[table], row, reason));
    }

    void reject(Place place, List<RowProblem> problems) {
        rejected.computeIfAbsent(place, p -> new ArrayList<>()).addAll(problems);
    }

    void warn(Place place, String column, String message) {
        warnings.add(new Note(tableNames[place.table()], place.row(), column, message));
    }

    /**
     * A data row was read in {@code table}: its kinds are present in the dataset. A kind whose
     * tables hold no data row is absent (not recorded), which is what a blank sheet of the
     * template means; rules that need it are then reported as not evaluated.
     */
    void dataRow(int table) {
        mapping.tables().get(table).records().forEach(r -> r.kind().ifPresent(seen::add));
    }

    void datasetAsOf(LocalDate date) {
        asOf = Optional.of(date);
    }

    /** Whether every table that gives records of {@code kind} has been read. */
    boolean complete(RecordKind kind) {
        return lastTableOf[kind.ordinal()] < currentTable;
    }

    /** The records of a converted row: committed now, or deferred while a reference cannot be resolved yet. */
    void row(Place place, List<Pending> pending) {
        if (pending.stream().anyMatch(p -> !p.refs().isEmpty())) {
            deferred.add(new Deferred(place, pending));
        } else {
            commit(place, pending);
        }
    }

    /** The id a key names, or the reason it names none. */
    Resolved resolve(Ref ref, String key) {
        List<String> ids = index(ref).getOrDefault(key, List.of());
        if (ids.size() == 1) {
            return new Resolved(Optional.of(ids.get(0)), "");
        }
        String what = ref.by().equals(Ref.IDENTITY) ? "no person with this identity number was read"
                : "no " + ref.kind().jsonName() + " record has this " + ref.by();
        return new Resolved(Optional.empty(), ids.isEmpty() ? what
                : ids.size() + " " + ref.kind().jsonName() + " records have this " + ref.by() + " (ids "
                        + String.join(", ", ids) + "): the reference is ambiguous; name it by id");
    }

    /** A resolved id, or the reason there is none. */
    record Resolved(Optional<String> id, String reason) {}

    private Map<String, List<String>> index(Ref ref) {
        String key = ref.display();
        Map<String, List<String>> cached = indexes.get(key);
        if (cached != null) {
            return cached;
        }
        Map<String, List<String>> index = new HashMap<>();
        if (ref.by().equals(Ref.IDENTITY)) {
            for (Map.Entry<String, String> e : personByIdentity.entrySet()) {
                index.computeIfAbsent(e.getKey(), k -> new ArrayList<>(1)).add(e.getValue());
            }
        } else {
            for (Object r : records.getOrDefault(ref.kind(), List.of())) {
                JsonNode fields = RecordCodec.encode(r);
                addToIndex(index, fields.path(ref.by()), fields.path("id"));
            }
        }
        for (Deferred d : deferred) {
            for (Pending p : d.records()) {
                if (p.kind() == ref.kind()) {
                    if (ref.by().equals(Ref.IDENTITY)) {
                        p.identity().ifPresent(i -> addToIndexText(index, i, p.fields().path("id")));
                    } else {
                        addToIndex(index, p.fields().path(ref.by()), p.fields().path("id"));
                    }
                }
            }
        }
        indexes.put(key, index);
        return index;
    }

    private static void addToIndex(Map<String, List<String>> index, JsonNode key, JsonNode id) {
        if (key.isTextual()) {
            addToIndexText(index, key.asText(), id);
        }
    }

    private static void addToIndexText(Map<String, List<String>> index, String key, JsonNode id) {
        if (id.isTextual()) {
            List<String> ids = index.computeIfAbsent(key, k -> new ArrayList<>(1));
            if (!ids.contains(id.asText())) {
                ids.add(id.asText());
            }
        }
    }

    private void resolveAndCommit(Deferred d) {
        List<RowProblem> problems = new ArrayList<>();
        for (Pending p : d.records()) {
            for (PendingRef r : p.refs()) {
                Resolved resolved = resolve(r.ref(), r.key());
                if (resolved.id().isPresent()) {
                    put(p.fields(), r.field(), JsonNodeFactory.instance.textNode(resolved.id().get()));
                } else {
                    problems.add(new RowProblem(r.column(), shown(r.ref(), r.key()), resolved.reason()));
                }
            }
        }
        if (problems.isEmpty()) {
            commit(d.place(), d.records());
        } else {
            reject(d.place(), problems);
        }
    }

    /** A key as the report may show it: never an identity number. */
    static String shown(Ref ref, String key) {
        return ref.by().equals(Ref.IDENTITY) ? IDENTITY_MASK : key;
    }

    static final String IDENTITY_MASK = "(公民身份号码, not shown)";

    /** Sets a field by its path ({@code mobile.since} inside {@code mobile}). */
    static void put(ObjectNode node, String path, JsonNode value) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            node.set(path, value);
        } else {
            put(node.withObject(path.substring(0, dot)), path.substring(dot + 1), value);
        }
    }

    private void commit(Place place, List<Pending> pending) {
        List<Object> made = new ArrayList<>(pending.size());
        List<RowProblem> problems = new ArrayList<>();
        for (Pending p : pending) {
            RecordCodec.Decoded d = decoder.decode(p.kind(), p.fields(), p.kind().jsonName());
            for (Problem problem : d.problems()) {
                String field = problem.path().contains(".") ? problem.path().substring(problem.path().indexOf('.') + 1) : "";
                RowProblem rp = new RowProblem(column(p.rule(), field), value(p.fields(), field), problem.message());
                if (problem.isError()) {
                    problems.add(rp);
                } else {
                    warn(place, rp.column(), problem.message());
                }
            }
            d.record().ifPresent(made::add);
            if (p.identity().isPresent() && d.record().isPresent()) {
                String earlier = personByIdentity.get(p.identity().get());
                if (earlier != null) {
                    problems.add(new RowProblem(p.rule().identity().orElseThrow().name(), IDENTITY_MASK,
                            "the same identity number is already given to the person " + earlier
                                    + "; a person is listed once"));
                }
            }
        }
        if (!problems.isEmpty()) {
            reject(place, problems);
            return;
        }
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            records.get(p.kind()).add(made.get(i));
            places.get(p.kind()).add(place);
            p.identity().ifPresent(id -> personByIdentity.put(id, p.fields().path("id").asText()));
        }
    }

    /** The column a field of a rule comes from, for messages. */
    static String column(RecordRule rule, String field) {
        FieldRule f = rule.fields().get(field);
        if (f == null) {
            return field;
        }
        return f.column().map(Mapping.ColumnRef::name).orElse(f.constant().isPresent() ? "(constant " + field + ")" : field);
    }

    private static String value(ObjectNode fields, String field) {
        JsonNode v = fields;
        for (String part : field.split("\\.")) {
            v = v.path(part);
        }
        return v.isMissingNode() ? "" : v.isTextual() ? v.asText() : v.toString();
    }

    // ---- the dataset ---------------------------------------------------------------------------

    private ImportResult finish(LocalDate date) {
        inSourceOrder();
        Dataset dataset = build(date);
        boolean first = true;
        while (true) {
            List<Problem> problems = DatasetValidator.validate(dataset);
            Map<Place, List<RowProblem>> found = new TreeMap<>(IN_ORDER);
            for (Problem p : problems) {
                locate(p, dataset, found, first);
            }
            first = false;
            found.forEach(this::reject);
            if (found.isEmpty() || !options.keepGoing()) {
                break;
            }
            dropRejected();
            dataset = build(date);
        }
        boolean written = datasetErrors.isEmpty() && (rejected.isEmpty() || options.keepGoing());
        return new ImportResult(written ? Optional.of(dataset) : Optional.empty(), report(written));
    }

    /**
     * Puts each kind's records in the order of their rows: a row that waited for a reference was
     * committed after the rows below it. Stable, so the records of one row keep their order.
     */
    private void inSourceOrder() {
        for (Map.Entry<RecordKind, List<Object>> e : records.entrySet()) {
            PlaceList pl = places.get(e.getKey());
            int n = e.getValue().size();
            boolean sorted = true;
            for (int i = 1; i < n && sorted; i++) {
                sorted = IN_ORDER.compare(pl.get(i - 1), pl.get(i)) <= 0;
            }
            if (sorted) {
                continue;
            }
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (a, b) -> IN_ORDER.compare(pl.get(a), pl.get(b)));
            List<Object> list = new ArrayList<>(n);
            PlaceList sortedPlaces = new PlaceList();
            for (Integer i : order) {
                list.add(e.getValue().get(i));
                sortedPlaces.add(pl.get(i));
            }
            e.setValue(list);
            places.put(e.getKey(), sortedPlaces);
        }
    }

    private Dataset build(LocalDate date) {
        Dataset.Builder b = Dataset.builder(date);
        for (Map.Entry<RecordKind, List<Object>> e : records.entrySet()) {
            if (seen.contains(e.getKey())) {
                b.present(e.getKey());
            }
            b.addAll(e.getValue());
            e.setValue(List.of()); // the dataset holds them now, in columns for the big kinds: let these go
        }
        Dataset dataset = b.build();
        for (RecordKind kind : records.keySet()) {
            records.put(kind, dataset.records(kind));
        }
        return dataset;
    }

    private static final java.util.regex.Pattern PATH = java.util.regex.Pattern.compile("(\\w+)\\[(\\d+)\\]\\.?(.*)");

    /** Puts a validator's problem at the row its record came from. */
    private void locate(Problem p, Dataset dataset, Map<Place, List<RowProblem>> found, boolean warnWarnings) {
        java.util.regex.Matcher m = PATH.matcher(p.path());
        Optional<RecordKind> kind = m.matches() ? RecordKind.byJsonName(m.group(1)) : Optional.empty();
        if (kind.isEmpty()) {
            if (p.isError()) {
                datasetErrors.add(new Note("", 0, "", (p.path().isEmpty() ? "" : p.path() + ": ") + p.message()));
            } else if (warnWarnings) {
                warnings.add(new Note("", 0, "", p.path() + ": " + p.message()));
            }
            return;
        }
        int index = Integer.parseInt(m.group(2));
        String field = m.group(3);
        PlaceList list = places.get(kind.get());
        if (list == null || index >= list.size()) {
            datasetErrors.add(new Note("", 0, "", p.path() + ": " + p.message()));
            return;
        }
        Place place = list.get(index);
        RecordRule rule = ruleOf(place.table(), kind.get());
        Object record = dataset.records(kind.get()).get(index);
        RowProblem rp = new RowProblem(column(rule, field), value(RecordCodec.encode(record), field), placesIn(p.message()));
        if (p.isError()) {
            found.computeIfAbsent(place, x -> new ArrayList<>()).add(rp);
        } else if (warnWarnings) {
            warn(place, rp.column(), p.message());
        }
    }

    private static final java.util.regex.Pattern RECORD_PATH = java.util.regex.Pattern.compile("\\b(\\w+)\\[(\\d+)\\]");

    /** A validator's message with the records it names ({@code people[0]}) named by their rows instead. */
    private String placesIn(String message) {
        java.util.regex.Matcher m = RECORD_PATH.matcher(message);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Optional<RecordKind> kind = RecordKind.byJsonName(m.group(1));
            String replacement = m.group();
            if (kind.isPresent() && places.containsKey(kind.get()) && Integer.parseInt(m.group(2)) < places.get(kind.get()).size()) {
                Place at = places.get(kind.get()).get(Integer.parseInt(m.group(2)));
                replacement = source.tableNoun() + " " + tableNames[at.table()] + ", row " + at.row();
            }
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(replacement));
        }
        return m.appendTail(sb).toString();
    }

    private RecordRule ruleOf(int table, RecordKind kind) {
        return mapping.tables().get(table).records().stream().filter(r -> r.kind().orElse(null) == kind)
                .findFirst().orElseThrow();
    }

    private void dropRejected() {
        for (Map.Entry<RecordKind, List<Object>> e : records.entrySet()) {
            PlaceList pl = places.get(e.getKey());
            List<Object> kept = new ArrayList<>(e.getValue().size());
            PlaceList keptPlaces = new PlaceList();
            for (int i = 0; i < e.getValue().size(); i++) {
                Place p = pl.get(i);
                if (!rejected.containsKey(p)) {
                    kept.add(e.getValue().get(i));
                    keptPlaces.add(p);
                }
            }
            e.setValue(kept);
            places.put(e.getKey(), keptPlaces);
        }
    }

    private ImportReport report(boolean written) {
        List<TableCount> counts = new ArrayList<>();
        int[] rejectedPerTable = new int[tableNames.length];
        rejected.keySet().forEach(p -> rejectedPerTable[p.table()]++);
        for (int t = 0; t < tableNames.length; t++) {
            if (!found[t]) {
                continue; // an optional table the source does not have
            }
            counts.add(new TableCount(tableNames[t], mapping.tables().get(t).query().isPresent() ? "query" : source.tableNoun(),
                    read[t], read[t] - skipped[t] - rejectedPerTable[t], skipped[t], rejectedPerTable[t]));
        }
        Map<String, Integer> perKind = new java.util.LinkedHashMap<>();
        records.forEach((k, list) -> perKind.put(k.jsonName(), list.size()));
        List<RejectedRow> rows = new ArrayList<>();
        rejected.forEach((p, problems) -> rows.add(new RejectedRow(tableNames[p.table()], p.row(), List.copyOf(problems))));
        return new ImportReport(source.name(), mapping.name(), counts, perKind, List.copyOf(skippedRows), rows,
                List.copyOf(warnings), List.copyOf(datasetErrors), written);
    }

    /** Places of records in two growable int arrays: a 100,000-member district has millions. */
    static final class PlaceList {
        private int[] tables = new int[16];
        private int[] rows = new int[16];
        private int size;

        void add(Place p) {
            if (size == rows.length) {
                tables = java.util.Arrays.copyOf(tables, size * 2);
                rows = java.util.Arrays.copyOf(rows, size * 2);
            }
            tables[size] = p.table();
            rows[size++] = p.row();
        }

        Place get(int i) {
            return new Place(tables[i], rows[i]);
        }

        int size() {
            return size;
        }
    }
}
