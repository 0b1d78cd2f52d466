package org.dangjian.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.dangjian.imports.ImportResult;
import org.dangjian.imports.Importer;
import org.dangjian.imports.mapping.MappingReader;
import org.dangjian.imports.source.JdbcSource;
import org.dangjian.imports.source.Sources;
import org.dangjian.imports.source.TableSource;
import org.dangjian.imports.workbook.CsvWriter;
import org.dangjian.imports.workbook.DatabaseWriter;
import org.dangjian.imports.workbook.WorkbookWriter;
import org.dangjian.model.Dataset;

/**
 * One import of a generated district, timed, with the heap: what the import figures of
 * docs/performance.md come from. Generates a district of MEMBERS with the benchmarks' seed, writes
 * it in the project's workbook layout as FORM ({@code xlsx}: a workbook; {@code csv}: a folder of
 * UTF-8 CSV files, one per sheet; {@code jdbc}: the tables of the database at
 * {@code $IMPORT_PROBE_URL}, user {@code $IMPORT_PROBE_USER}, password {@code $IMPORT_PROBE_PASSWORD}),
 * lets the dataset go, then imports it with the built-in {@code workbook} mapping and prints the
 * time, the heap's peak during the import and the heap the imported records hold afterwards
 * (after a GC): the difference is what the import needs beyond the records themselves.
 *
 * <pre>
 * java -Xmx400m -cp party-bench/target/benchmarks.jar org.dangjian.bench.ImportProbe 100000 csv
 * </pre>
 */
public final class ImportProbe {

    private ImportProbe() {
    }

    public static void main(String[] args) throws Exception {
        long members = args.length > 0 ? Long.parseLong(args[0]) : 10_000;
        String form = args.length > 1 ? args[1] : "xlsx";
        Path dir = Files.createTempDirectory("import-probe-");
        try {
            long t0 = System.nanoTime();
            Dataset generated = Districts.read(members);
            int records = generated.size();
            long t1 = System.nanoTime();
            String written = write(generated, form, dir);
            long t2 = System.nanoTime();
            generated = null; // only the written form remains
            System.gc();
            long before = AuditProbe.usedHeap();
            AuditProbe.resetPeaks();
            long t3 = System.nanoTime();
            ImportResult result;
            try (TableSource source = open(form, dir)) {
                result = Importer.run(source, MappingReader.builtIn("workbook"), Importer.Options.DEFAULT);
            }
            long t4 = System.nanoTime();
            long peak = AuditProbe.peakHeap();
            System.gc();
            long held = AuditProbe.usedHeap();
            Dataset imported = result.dataset().orElseThrow(() -> new IllegalStateException("rows were rejected"));
            System.out.printf(Locale.ROOT, "district of %,d members: %,d records generated in %.1f s, written as %s in %.1f s%n",
                    members, records, (t1 - t0) / 1e9, written, (t2 - t1) / 1e9);
            System.out.printf(Locale.ROOT, "import: %,d rows read, %,d records in %.1f s (%,.0f rows/s)%n",
                    result.report().rowsRead(), imported.size(), (t4 - t3) / 1e9, result.report().rowsRead() / ((t4 - t3) / 1e9));
            System.out.printf(Locale.ROOT, "heap: %,d MB before, %,d MB peak during the import, %,d MB held by the imported "
                    + "records after it (max %,d MB)%n", before >> 20, peak >> 20, held >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static String write(Dataset dataset, String form, Path dir) throws Exception {
        switch (form) {
            case "xlsx" -> {
                Path xlsx = dir.resolve("district.xlsx");
                WorkbookWriter.write(dataset, xlsx);
                return String.format(Locale.ROOT, "a workbook of %,d MB", Files.size(xlsx) >> 20);
            }
            case "csv" -> {
                Path csv = dir.resolve("district");
                CsvWriter.write(dataset, csv, StandardCharsets.UTF_8);
                return String.format(Locale.ROOT, "a CSV folder of %,d MB", size(csv) >> 20);
            }
            case "jdbc" -> {
                try (Connection c = DriverManager.getConnection(env("IMPORT_PROBE_URL"), env("IMPORT_PROBE_USER"),
                        env("IMPORT_PROBE_PASSWORD"))) {
                    DatabaseWriter.write(dataset, c);
                }
                return "database tables";
            }
            default -> throw new IllegalArgumentException("FORM is xlsx, csv or jdbc, not " + form);
        }
    }

    private static TableSource open(String form, Path dir) throws Exception {
        return switch (form) {
            case "xlsx" -> Sources.open(dir.resolve("district.xlsx"), Optional.empty());
            case "csv" -> Sources.open(dir.resolve("district"), Optional.empty());
            default -> new JdbcSource(env("IMPORT_PROBE_URL"), env("IMPORT_PROBE_USER"),
                    env("IMPORT_PROBE_PASSWORD").toCharArray());
        };
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static String env(String name) {
        String v = System.getenv(name);
        if (v == null) {
            throw new IllegalArgumentException("set " + name + " for the jdbc form");
        }
        return v;
    }
}
