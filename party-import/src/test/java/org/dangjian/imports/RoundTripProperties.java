package org.dangjian.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.dangjian.imports.mapping.MappingReader;
import org.dangjian.imports.source.JdbcSource;
import org.dangjian.imports.source.Sources;
import org.dangjian.imports.source.TableSource;
import org.dangjian.imports.workbook.CsvWriter;
import org.dangjian.imports.workbook.DatabaseWriter;
import org.dangjian.imports.workbook.WorkbookWriter;
import org.dangjian.model.Dataset;
import org.dangjian.model.RecordKind;
import org.dangjian.model.io.RecordCodec;
import org.dangjian.model.testing.DatasetArbitraries;

/**
 * Any valid dataset written as the project's workbook, as CSV files (UTF-8 with a byte-order
 * mark, or GB18030) or into a database laid out the same way, imports back as the same dataset:
 * the writer and the import read the one built-in mapping. What a workbook cannot carry is
 * taken out first and said here: identity numbers (an import never writes them), text with
 * control characters or white space at its ends (cells are trimmed), empty text (an empty cell is
 * an absent value), and kinds present with no record (a blank sheet is an absent kind).
 */
class RoundTripProperties {

    private static final Path DIR = tmp();
    private static final AtomicInteger N = new AtomicInteger();

    private static Path tmp() {
        try {
            return Files.createTempDirectory("party-import-props");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterContainer
    static void cleanUp() throws Exception {
        try (var files = Files.walk(DIR)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    @Provide
    Arbitrary<Dataset> datasets() {
        return DatasetArbitraries.validDatasets().map(RoundTripProperties::representable);
    }

    @Property(tries = 8)
    void aDatasetWrittenAsTheWorkbookImportsBackTheSame(@ForAll("datasets") Dataset d) throws Exception {
        Path xlsx = DIR.resolve("d" + N.incrementAndGet() + ".xlsx");
        WorkbookWriter.write(d, xlsx);
        assertSame(d, importFrom(xlsx));
    }

    @Property(tries = 20)
    void aDatasetWrittenAsCsvFilesImportsBackTheSame(@ForAll("datasets") Dataset d, @ForAll boolean gb18030) throws Exception {
        Path dir = DIR.resolve("csv" + N.incrementAndGet());
        Charset charset = gb18030 ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
        CsvWriter.write(d, dir, charset);
        assertSame(d, importFrom(dir));
    }

    @Property(tries = 5)
    void aDatasetInADatabaseImportsBackTheSame(@ForAll("datasets") Dataset d) throws Exception {
        String url = "jdbc:h2:mem:p" + N.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            DatabaseWriter.write(d, c);
            try (JdbcSource s = new JdbcSource(url, "sa", new char[0])) {
                assertSame(d, Importer.run(s, MappingReader.builtIn("workbook"), Importer.Options.DEFAULT));
            }
        }
    }

    private static ImportResult importFrom(Path source) throws Exception {
        try (TableSource s = Sources.open(source, Optional.empty())) {
            return Importer.run(s, MappingReader.builtIn("workbook"), Importer.Options.DEFAULT);
        }
    }

    private static void assertSame(Dataset expected, ImportResult result) {
        Dataset actual = result.dataset().orElseThrow(() -> new AssertionError(ImportReports.text(result.report())));
        assertEquals(expected, actual, () -> DatasetDiff.of(expected, actual));
    }

    /** The dataset as a workbook can hold it (see the class comment). */
    static Dataset representable(Dataset d) {
        Dataset.Builder b = Dataset.builder(d.asOf());
        for (RecordKind kind : RecordKind.values()) {
            for (Object r : d.records(kind)) {
                ObjectNode json = RecordCodec.encode(r);
                json.remove("idNumber");
                for (RecordCodec.Field f : RecordCodec.fields(kind)) {
                    if (f.type() == RecordCodec.Type.STRING && json.has(f.name())) {
                        json.put(f.name(), text(json.get(f.name()).asText()));
                    }
                }
                b.add(RecordCodec.decode(kind, json, kind.jsonName()).record().orElseThrow());
            }
        }
        return b.build();
    }

    private static String text(String s) {
        String t = s.replaceAll("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f]", "").strip();
        return t.isEmpty() ? "空" : t;
    }
}
