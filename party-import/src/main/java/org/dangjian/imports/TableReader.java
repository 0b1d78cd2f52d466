package org.dangjian.imports;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.dangjian.imports.ImportReport.RowProblem;
import org.dangjian.imports.ImportRun.Pending;
import org.dangjian.imports.ImportRun.PendingRef;
import org.dangjian.imports.ImportRun.Place;
import org.dangjian.imports.convert.IdentityNumbers;
import org.dangjian.imports.convert.Values;
import org.dangjian.imports.mapping.Mapping.ColumnRef;
import org.dangjian.imports.mapping.Mapping.FieldRule;
import org.dangjian.imports.mapping.Mapping.RecordRule;
import org.dangjian.imports.mapping.Mapping.Ref;
import org.dangjian.imports.mapping.Mapping.SkipRule;
import org.dangjian.imports.mapping.Mapping.TableRule;
import org.dangjian.imports.source.Cell;
import org.dangjian.imports.source.ImportFailure;
import org.dangjian.model.RecordKind;

/**
 * Reads one table: finds its header row (the given one, or the first that holds every column the
 * mapping names, within the first {@value #HEADER_SEARCH} rows), then turns each row after it into
 * records, or skips it as not data, or rejects it with every problem found in it.
 */
final class TableReader {

    static final int HEADER_SEARCH = 30;
    /** A row with a single filled cell this long, or with a line break, in a table of 3 or more mapped columns is a note. */
    private static final int NOTE_LENGTH = 15;

    private final ImportRun run;
    private final int table;
    private final TableRule rule;
    private final Set<String> wanted = new LinkedHashSet<>();
    private final List<Cell[]> above = new ArrayList<>();
    private final List<Integer> aboveNumbers = new ArrayList<>();
    private Map<String, Integer> header;
    /** The column index of each column a rule names, found once at the header. */
    private final Map<ColumnRef, Integer> indexes = new java.util.IdentityHashMap<>();
    private final List<EachMatch> eachMatches = new ArrayList<>();

    /** A column that matched a record's eachColumn, with the year its header gives. */
    private record EachMatch(RecordRule rule, int column, String year) {}

    TableReader(ImportRun run, int table, TableRule rule) {
        this.run = run;
        this.table = table;
        this.rule = rule;
        for (RecordRule r : rule.records()) {
            r.fields().values().stream().filter(f -> f.required() || !rule.optionalColumns())
                    .forEach(f -> f.column().ifPresent(c -> wanted.add(c.name())));
            r.identity().ifPresent(c -> wanted.add(c.name()));
        }
        rule.skips().forEach(s -> s.column().ifPresent(c -> wanted.add(c.name())));
    }

    void read(String name) throws ImportFailure, IOException {
        run.source.read(name, rule.query().isPresent(), this::row);
        if (header == null) {
            headerNotFound();
        }
    }

    private void row(int number, List<Cell> cells) throws ImportFailure {
        if (header != null) {
            data(number, cells);
            return;
        }
        Cell[] copy = cells.toArray(new Cell[0]);
        boolean isHeader = run.source.headerIsFirstRow() || rule.headerRow().isPresent()
                ? number == rule.headerRow().orElse(run.source.headerIsFirstRow() ? number : -1)
                : names(copy).containsAll(wanted);
        if (isHeader) {
            setHeader(copy);
            for (int i = 0; i < above.size(); i++) {
                run.read[table]++;
                run.skip(table, aboveNumbers.get(i), "above the header row (a title or note)");
            }
            above.clear();
            return;
        }
        above.add(copy);
        aboveNumbers.add(number);
        if (rule.headerRow().isEmpty() && above.size() >= HEADER_SEARCH) {
            headerNotFound();
        }
    }

    private static final java.util.regex.Pattern INSTRUCTION =
            java.util.regex.Pattern.compile("[（(]?(必填|选填|非必填|必填项|选填项)[)）]?");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern STARS = java.util.regex.Pattern.compile("^[*＊]+|[*＊]+$");

    /** A header as compared: without white space (trailing spaces, line breaks) and required-field stars. */
    private static String normalize(String header) {
        return STARS.matcher(SPACES.matcher(header).replaceAll("")).replaceAll("");
    }

    private static Set<String> names(Cell[] cells) {
        Set<String> names = new LinkedHashSet<>();
        for (Cell c : cells) {
            if (!c.isEmpty()) {
                names.add(normalize(c.text()));
            }
        }
        return names;
    }

    private void setHeader(Cell[] cells) throws ImportFailure {
        header = new HashMap<>();
        for (int i = 0; i < cells.length; i++) {
            if (!cells[i].isEmpty()) {
                header.putIfAbsent(normalize(cells[i].text()), i);
            }
        }
        for (RecordRule r : rule.records()) {
            for (FieldRule f : r.fields().values()) {
                if (f.column().isPresent() && (f.required() || !rule.optionalColumns()
                        || header.containsKey(normalize(f.column().get().name())))) {
                    column(f.column().get());
                }
            }
            if (r.identity().isPresent()) {
                column(r.identity().get());
            }
            if (r.eachColumn().isPresent()) {
                for (int i = 0; i < cells.length; i++) {
                    Matcher m = r.eachColumn().get().pattern().matcher(normalize(cells[i].text()));
                    if (!cells[i].isEmpty() && m.matches()) {
                        eachMatches.add(new EachMatch(r, i, m.groupCount() >= 1 ? m.group(1) : ""));
                    }
                }
            }
        }
        for (SkipRule s : rule.skips()) {
            if (s.column().isPresent()) {
                column(s.column().get());
            }
        }
    }

    private int column(ColumnRef ref) throws ImportFailure {
        Integer i = header.get(normalize(ref.name()));
        if (i != null) {
            indexes.put(ref, i);
        }
        if (i == null) {
            throw new ImportFailure(ref.at() + ": the " + run.source.tableNoun() + " " + run.tableNames[table] + " of "
                    + run.source.name() + " has no column \"" + ref.name() + "\"; its columns are "
                    + String.join(", ", header.keySet().stream().sorted(java.util.Comparator.comparingInt(header::get)).toList()) + ".");
        }
        return i;
    }

    private void headerNotFound() throws ImportFailure {
        Cell[] best = above.stream().max(java.util.Comparator.comparingLong(r -> names(r).stream().filter(wanted::contains).count()))
                .orElse(new Cell[0]);
        Set<String> missing = new LinkedHashSet<>(wanted);
        missing.removeAll(names(best));
        String where = run.source.tableNoun() + " " + run.tableNames[table] + " of " + run.source.name();
        if (above.isEmpty()) {
            throw new ImportFailure(rule.at() + ": the " + where + " is empty; it needs a header row with the columns "
                    + String.join(", ", wanted) + ".");
        }
        ColumnRef first = firstRef(missing.iterator().next());
        throw new ImportFailure(first.at() + ": the " + where + " has no header row with the column"
                + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing) + " in its first " + HEADER_SEARCH
                + " rows; the row closest to one has the columns " + String.join(", ", names(best)) + ".");
    }

    private ColumnRef firstRef(String name) {
        for (RecordRule r : rule.records()) {
            for (FieldRule f : r.fields().values()) {
                if (f.column().isPresent() && f.column().get().name().equals(name)) {
                    return f.column().get();
                }
            }
            if (r.identity().isPresent() && r.identity().get().name().equals(name)) {
                return r.identity().get();
            }
        }
        return new ColumnRef(name, rule.at());
    }

    // ---- data rows -----------------------------------------------------------------------------

    private void data(int number, List<Cell> cells) {
        run.read[table]++;
        Optional<String> notData = notData(cells);
        if (notData.isPresent()) {
            run.skip(table, number, notData.get());
            return;
        }
        run.dataRow(table);
        Place place = new Place(table, number);
        List<RowProblem> problems = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        for (RecordRule r : rule.records()) {
            if (r.eachColumn().isPresent()) {
                for (EachMatch m : eachMatches) {
                    if (m.rule() == r && !cell(cells, m.column()).isEmpty()) {
                        convert(r, cells, number, Optional.of(m), place, problems, pending).ifPresent(pending::add);
                    }
                }
            } else {
                convert(r, cells, number, Optional.empty(), place, problems, pending).ifPresent(pending::add);
            }
        }
        if (!problems.isEmpty()) {
            run.reject(place, problems);
        } else {
            run.row(place, pending);
        }
    }

    private Optional<String> notData(List<Cell> cells) {
        List<Cell> filled = cells.stream().filter(c -> !c.isEmpty()).toList();
        if (filled.isEmpty()) {
            return Optional.of("blank row");
        }
        for (SkipRule s : rule.skips()) {
            if (s.column().isPresent()) {
                Cell c = cell(cells, indexes.get(s.column().get()));
                if (s.pattern().matcher(c.text().strip()).matches()) { // matches: "" skips rows where the column is empty
                    return Optional.of(s.reason());
                }
            } else if (filled.stream().allMatch(c -> s.pattern().matcher(c.text().strip()).matches())) {
                return Optional.of(s.reason());
            }
        }
        if (filled.stream().allMatch(c -> INSTRUCTION.matcher(c.text().strip()).matches())) {
            return Optional.of("instruction row (必填/选填)");
        }
        if (filled.size() == 1 && wanted.size() >= 3 && filled.get(0).kind() == Cell.Kind.TEXT) {
            String text = filled.get(0).text();
            if (text.contains("\n") || text.strip().length() >= NOTE_LENGTH) {
                // a long run of digits may be an identity number: never quoted
                String start = text.strip().replaceAll("\\s+", " ").replaceAll("\\d{15,}[\\dXx]?", "(number not shown)");
                return Optional.of("a note, not a record (one cell filled: \"" + (start.length() > 30 ? start.substring(0, 30) + "…" : start) + "\")");
            }
        }
        return Optional.empty();
    }

    private static Cell cell(List<Cell> cells, Integer i) {
        return i == null || i >= cells.size() ? Cell.EMPTY : cells.get(i);
    }

    /** One record of a row, as JSON with the references still to resolve; empty after a problem. */
    private Optional<Pending> convert(RecordRule r, List<Cell> cells, int number, Optional<EachMatch> each,
                                      Place place, List<RowProblem> problems, List<Pending> sameRow) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        List<PendingRef> refs = new ArrayList<>();
        int before = problems.size();
        for (FieldRule f : r.fields().values()) {
            String column = f.column().map(ColumnRef::name).orElse(each.map(m -> headerName(m.column())).orElse(f.field()));
            Cell cell = valueCell(f, cells, number, each);
            if (cell.isEmpty()) {
                if (f.defaultValue().isPresent()) {
                    put(node, f, Values.constant(f.defaultValue().get(), f), column, "", problems);
                }
                continue;
            }
            if (f.ref().isPresent()) {
                ref(node, f, f.ref().get(), cell, column, refs, problems, sameRow);
            } else {
                put(node, f, f.constant().isPresent() ? Values.constant(f.constant().get(), f) : Values.convert(cell, f),
                        column, cell.text(), problems);
            }
        }
        Optional<String> identity = Optional.empty();
        if (r.identity().isPresent()) {
            identity = identity(cell(cells, indexes.get(r.identity().get())), r, place, problems);
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        if (r.kind().isEmpty()) {
            node.path("asOf").asText();
            run.datasetAsOf(LocalDate.parse(node.path("asOf").asText()));
            return Optional.empty();
        }
        return Optional.of(new Pending(r, r.kind().get(), node, identity, refs));
    }

    private String headerName(int column) {
        return header.entrySet().stream().filter(e -> e.getValue() == column).map(Map.Entry::getKey).findFirst().orElse("");
    }

    private Cell valueCell(FieldRule f, List<Cell> cells, int number, Optional<EachMatch> each) {
        if (f.column().isPresent()) {
            return cell(cells, indexes.get(f.column().get()));
        } else if (f.constant().isPresent()) {
            return Cell.text(f.constant().get());
        } else if (f.sequence().isPresent()) {
            return Cell.text(f.sequence().get() + number);
        } else if (f.fromEachColumn() && each.isPresent()) {
            return cell(cells, each.get().column());
        } else if (f.yearOfEachColumn() && each.isPresent()) {
            return Cell.text(each.get().year());
        }
        return Cell.EMPTY;
    }

    private static void put(ObjectNode node, FieldRule f, Values.Result result, String column, String value,
                            List<RowProblem> problems) {
        if (result instanceof Values.Ok ok) {
            ImportRun.put(node, f.field(), ok.value());
        } else {
            problems.add(new RowProblem(column, value, ((Values.Error) result).reason()));
        }
    }

    private void ref(ObjectNode node, FieldRule f, Ref ref, Cell cell, String column, List<PendingRef> refs,
                     List<RowProblem> problems, List<Pending> sameRow) {
        String key = cell.text().strip();
        if (ref.by().equals(Ref.IDENTITY)) {
            Optional<IdentityNumbers.Checked> checked = IdentityNumbers.check(key);
            if (checked.isEmpty()) {
                problems.add(new RowProblem(column, ImportRun.IDENTITY_MASK, "is not an identity number (18 or 15 digits)"));
                return;
            }
            key = checked.get().normalized();
            for (Pending p : sameRow) { // the person this row itself gives (a roster row: person and membership)
                if (p.identity().isPresent() && p.identity().get().equals(key)) {
                    ImportRun.put(node, f.field(), p.fields().path("id"));
                    return;
                }
            }
        } else if (!f.codes().isEmpty()) {
            key = f.codes().getOrDefault(key, key);
        }
        PendingRef pending = new PendingRef(f.field(), ref, key, column);
        if (!run.complete(ref.kind())) {
            refs.add(pending);
            return;
        }
        ImportRun.Resolved resolved = run.resolve(ref, key);
        if (resolved.id().isPresent()) {
            ImportRun.put(node, f.field(), JsonNodeFactory.instance.textNode(resolved.id().get()));
        } else {
            problems.add(new RowProblem(column, ImportRun.shown(ref, key), resolved.reason()));
        }
    }

    private Optional<String> identity(Cell cell, RecordRule r, Place place, List<RowProblem> problems) {
        if (cell.isEmpty()) {
            return Optional.empty();
        }
        String column = r.identity().get().name();
        Optional<IdentityNumbers.Checked> checked = IdentityNumbers.check(cell.text());
        if (checked.isEmpty()) {
            problems.add(new RowProblem(column, ImportRun.IDENTITY_MASK, "is not an identity number (18 or 15 digits)"));
            return Optional.empty();
        }
        if (!checked.get().checkDigitOk()) {
            run.warn(place, column, "the identity number's check digit is wrong (GB 11643); it is used to match "
                    + "the person all the same: check the number");
        }
        return Optional.of(checked.get().normalized());
    }
}
