package org.dangjian.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.dangjian.imports.ImportResult;
import org.dangjian.imports.Importer;
import org.dangjian.imports.mapping.MappingReader;
import org.dangjian.imports.source.Sources;
import org.dangjian.imports.source.TableSource;
import org.dangjian.imports.workbook.WorkbookWriter;
import org.dangjian.model.Dataset;

/**
 * One import of a generated district written as the project's workbook, timed, with the heap:
 * what the import figures of docs/performance.md come from. Generates a district of MEMBERS with
 * the benchmarks' seed, writes it as an .xlsx, lets the dataset go, then imports the workbook with
 * the built-in mapping and prints the time, the heap's peak during the import and the heap the
 * imported records hold afterwards (after a GC): the difference is what the import needs beyond
 * the records themselves.
 *
 * <pre>
 * java -Xmx3g -cp party-bench/target/benchmarks.jar org.dangjian.bench.ImportProbe 100000
 * </pre>
 */
public final class ImportProbe {

    private ImportProbe() {
    }

    public static void main(String[] args) throws Exception {
        long members = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("import-probe-");
        Path xlsx = dir.resolve("district.xlsx");
        try {
            long t0 = System.nanoTime();
            Dataset generated = Districts.read(members);
            int records = generated.size();
            long t1 = System.nanoTime();
            WorkbookWriter.write(generated, xlsx);
            long t2 = System.nanoTime();
            generated = null; // only the workbook remains
            System.gc();
            long before = AuditProbe.usedHeap();
            AuditProbe.resetPeaks();
            long t3 = System.nanoTime();
            ImportResult result;
            try (TableSource source = Sources.open(xlsx, Optional.empty())) {
                result = Importer.run(source, MappingReader.builtIn("workbook"), Importer.Options.DEFAULT);
            }
            long t4 = System.nanoTime();
            long peak = AuditProbe.peakHeap();
            System.gc();
            long held = AuditProbe.usedHeap();
            Dataset imported = result.dataset().orElseThrow(() -> new IllegalStateException("rows were rejected"));
            System.out.printf(Locale.ROOT, "district of %,d members: %,d records generated in %.1f s, written as a "
                    + "workbook of %,d MB in %.1f s%n", members, records, (t1 - t0) / 1e9, Files.size(xlsx) >> 20, (t2 - t1) / 1e9);
            System.out.printf(Locale.ROOT, "import: %,d rows read, %,d records in %.1f s (%,.0f rows/s)%n",
                    result.report().rowsRead(), imported.size(), (t4 - t3) / 1e9, result.report().rowsRead() / ((t4 - t3) / 1e9));
            System.out.printf(Locale.ROOT, "heap: %,d MB before, %,d MB peak during the import, %,d MB held by the imported "
                    + "records after it (max %,d MB)%n", before >> 20, peak >> 20, held >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
        } finally {
            Files.deleteIfExists(xlsx);
            Files.deleteIfExists(dir);
        }
    }
}
