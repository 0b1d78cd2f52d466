package org.dangjian.imports.source;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A folder of files as one source: each CSV file is a table named after it ({@code 党员.csv} is
 * {@code 党员}); each workbook is a table named after it (its first sheet) and, sheet by sheet,
 * {@code 文件名/工作表名}. What a district collects from several systems' exports, side by side.
 */
public final class FolderSource implements TableSource {

    private final Path dir;
    private final CsvSource csv;
    private final Map<String, Path> workbooks = new LinkedHashMap<>();
    private final Map<Path, TableSource> open = new LinkedHashMap<>();

    public FolderSource(Path dir, Optional<Charset> encoding) throws IOException {
        this.dir = dir;
        this.csv = new CsvSource(dir, encoding);
        try (Stream<Path> files = Files.list(dir)) {
            files.sorted().forEach(f -> {
                String n = f.getFileName().toString();
                String lower = n.toLowerCase(Locale.ROOT);
                if ((lower.endsWith(".xlsx") || lower.endsWith(".xls")) && !n.startsWith("~$")) {
                    workbooks.put(n.substring(0, n.lastIndexOf('.')), f);
                }
            });
        }
    }

    /** Whether a folder holds workbooks, so that it needs this source rather than a CSV folder. */
    static boolean hasWorkbooks(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString().toLowerCase(Locale.ROOT))
                    .anyMatch(n -> n.endsWith(".xlsx") || n.endsWith(".xls"));
        }
    }

    @Override
    public String name() {
        return dir.getFileName().toString();
    }

    @Override
    public String tableNoun() {
        return "table";
    }

    @Override
    public List<String> tables() throws IOException {
        List<String> names = new ArrayList<>(csv.tables());
        for (Map.Entry<String, Path> w : workbooks.entrySet()) {
            names.add(w.getKey());
            try {
                for (String sheet : workbook(w.getValue()).tables()) {
                    names.add(w.getKey() + "/" + sheet);
                }
            } catch (ImportFailure e) {
                throw new IOException(e.getMessage(), e);
            }
        }
        return names;
    }

    @Override
    public void read(String table, boolean isQuery, RowHandler handler) throws IOException, ImportFailure {
        String book = table.contains("/") ? table.substring(0, table.indexOf('/')) : table;
        Path file = workbooks.get(book);
        if (file == null) {
            csv.read(table, false, handler);
            return;
        }
        TableSource w = workbook(file);
        String sheet = table.contains("/") ? table.substring(table.indexOf('/') + 1) : w.tables().get(0);
        w.read(sheet, false, handler);
    }

    private TableSource workbook(Path file) throws ImportFailure {
        TableSource s = open.get(file);
        if (s == null) {
            s = Sources.open(file, Optional.empty());
            open.put(file, s);
        }
        return s;
    }

    @Override
    public void close() throws IOException {
        for (TableSource s : open.values()) {
            s.close();
        }
    }
}
