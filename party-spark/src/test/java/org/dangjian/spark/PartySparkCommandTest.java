package org.dangjian.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.dangjian.examples.generator.DistrictGenerator;
import org.dangjian.model.RecordKind;
import org.dangjian.model.io.DatasetReader;
import org.dangjian.rules.AuditOptions;
import org.dangjian.rules.AuditReport;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.report.ReportJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code party-spark audit} and {@code convert} as a user runs them: what they write, their exit
 * status, and the clear refusal (exit 2, the place named, nothing written) of a bad dataset,
 * pack or command line.
 */
class PartySparkCommandTest {

    @TempDir
    static Path tmp;
    static Path district;

    @BeforeAll
    static void generate() throws Exception {
        district = tmp.resolve("district");
        new DistrictGenerator(SameFindingsTest.config(400, 11)).write(district, true);
        LocalSpark.session(); // the commands run in the test JVM's session and leave it running
    }

    private static AuditReport expected;

    /** The one-machine audit of the district, in English (both audits below compare with it). */
    private static synchronized AuditReport expected() throws Exception {
        if (expected == null) {
            expected = ComplianceEngine.builtIn().audit(DatasetReader.read(district).dataset(),
                    AuditOptions.DEFAULTS.withLanguage(org.dangjian.rules.Language.EN));
        }
        return expected;
    }

    private record Run(int status, String err) {
    }

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = PartySpark.commandLine();
        cl.setErr(new PrintWriter(err, true));
        int status = cl.execute(args);
        return new Run(status, err.toString());
    }

    @Test
    void auditWritesTheReportAndTheFindingsInJsonLinesAndParquet() throws Exception {
        Path out = tmp.resolve("out");
        Run r = run("audit", district.toString(), "--output", out.toString(), "--lang", "en", "--members-per-task", "150");
        AuditReport expected = expected();
        assertEquals(expected.hasFindingsAtOrAbove(org.dangjian.rules.Severity.HIGH) ? 1 : 0, r.status(), r.err());
        AuditReport written;
        try (var in = Files.newInputStream(out.resolve("report.json"))) {
            written = ReportJson.read(in);
        }
        assertEquals(expected.findings(), written.findings());
        List<String> lines = Files.readAllLines(out.resolve("findings.jsonl"), StandardCharsets.UTF_8);
        assertEquals(expected.findings().size(), lines.size());
        assertEquals(AuditOutput.findingLines(expected), lines);
        List<Row> rows = LocalSpark.session().read().parquet(out.resolve("findings.parquet").toString())
                .orderBy("ruleId", "subjectId", "period").collectAsList();
        assertEquals(lines.size(), rows.size());
        assertTrue(rows.stream().allMatch(row -> row.getAs("message") != null && row.getAs("ruleId") != null));
    }

    @Test
    void theParquetFormGivesTheSameFindings() throws Exception {
        Path parquet = tmp.resolve("parquet");
        Run c = run("convert", district.toString(), "--output", parquet.toString());
        assertEquals(0, c.status(), c.err());
        assertTrue(Files.isDirectory(parquet.resolve("memberships.parquet")));
        Path out = tmp.resolve("from-parquet");
        Run r = run("audit", parquet.toString(), "--output", out.toString(), "--lang", "en", "--members-per-task", "150");
        assertTrue(r.status() < 2, r.err());
        AuditReport expected = expected();
        assertEquals(AuditOutput.findingLines(expected), Files.readAllLines(out.resolve("findings.jsonl")));
        AuditReport written;
        try (var in = Files.newInputStream(out.resolve("report.json"))) {
            written = ReportJson.read(in);
        }
        assertEquals(expected.summary(), written.summary());
    }

    @Test
    void aBadRecordIsNamedByItsFileAndLineAndNothingIsWritten() throws Exception {
        Path bad = tmp.resolve("bad");
        copy(district, bad);
        Path memberships = bad.resolve("memberships.jsonl");
        List<String> lines = Files.readAllLines(memberships, StandardCharsets.UTF_8);
        lines.set(3, lines.get(3).replaceFirst("\"admitted\":\"[0-9-]+\"", "\"admitted\":\"2020-02-30\""));
        Files.write(memberships, lines, StandardCharsets.UTF_8);
        Path out = tmp.resolve("bad-out");
        Run r = run("audit", bad.toString(), "--output", out.toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("memberships.jsonl:4.admitted"), r.err());
        assertFalse(r.err().contains("Exception"), "no stack trace for a user's mistake: " + r.err());
        assertFalse(Files.exists(out));
        try (var beside = Files.list(tmp)) {
            assertTrue(beside.noneMatch(f -> f.getFileName().toString().startsWith(".bad-out")),
                    "no findings were staged beside the output either");
        }
    }

    @Test
    void aBadRowOfParquetIsNamedByItsRow() throws Exception {
        Path bad = tmp.resolve("bad-parquet");
        Path lines = tmp.resolve("bad-lines");
        copy(district, lines);
        Path people = lines.resolve("people.jsonl");
        List<String> all = Files.readAllLines(people, StandardCharsets.UTF_8);
        all.set(1, all.get(1).replaceFirst("\"birthDate\":\"[0-9-]+\"", "\"birthDate\":\"1990-13-01\""));
        Files.write(people, all, StandardCharsets.UTF_8);
        // Written past the converter's check, as another tool might have.
        // (Organizations and people only: absent kinds are empty, as in the JSON Lines form.)
        Files.createDirectories(bad);
        Files.copy(lines.resolve("dataset.json"), bad.resolve("dataset.json"));
        for (RecordKind k : List.of(RecordKind.ORGANIZATIONS, RecordKind.PEOPLE)) {
            Path f = lines.resolve(k.jsonName() + ".jsonl");
            LocalSpark.session().read().schema(ParquetSchema.of(k)).json(f.toString()).coalesce(1)
                    .write().parquet(bad.resolve(k.jsonName() + ".parquet").toString());
        }
        Run r = run("audit", bad.toString(), "--output", tmp.resolve("bad-parquet-out").toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("people.parquet row 2.birthDate"), r.err());
    }

    /** A task that dies on every attempt: Spark gives up, the job exits 3 (not 1, "findings") and writes nothing. */
    @Test
    void aJobThatSparkGivesUpOnExitsThreeAndWritesNothing() {
        Path out = tmp.resolve("given-up");
        var sc = LocalSpark.session().sparkContext();
        sc.setLocalProperty(GroupTask.FAULT, "every-attempt");
        Run r;
        try {
            r = run("audit", district.toString(), "--output", out.toString(), "--members-per-task", "300");
        } finally {
            sc.setLocalProperty(GroupTask.FAULT, null);
        }
        assertEquals(3, r.status(), r.err());
        assertTrue(r.err().contains("the job failed") && r.err().contains(GroupTask.FAULT), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void badCommandLinesAndPlacesAreRefusedWithExitTwo() throws Exception {
        Run missing = run("audit", tmp.resolve("nowhere").toString(), "--output", tmp.resolve("o1").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("There is no dataset here"), missing.err());

        Files.createDirectories(tmp.resolve("taken"));
        Run taken = run("audit", district.toString(), "--output", tmp.resolve("taken").toString());
        assertEquals(2, taken.status());
        assertTrue(taken.err().contains("exists"), taken.err());

        Run lang = run("audit", district.toString(), "--output", tmp.resolve("o2").toString(), "--lang", "fr");
        assertEquals(2, lang.status());

        Path params = tmp.resolve("bad.params");
        Files.writeString(params, "trn.noSuchThreshold = 3\n");
        Run p = run("audit", district.toString(), "--output", tmp.resolve("o3").toString(), "--params", params.toString());
        assertEquals(2, p.status(), p.err());
        assertTrue(p.err().contains("noSuchThreshold"), p.err());
        assertFalse(Files.exists(tmp.resolve("o3")));

        assertEquals(2, run("audit").status());
        assertEquals(2, run().status());
    }

    @Test
    void convertRefusesABadDatasetAndWritesNothing() throws Exception {
        Path bad = tmp.resolve("bad-convert");
        copy(district, bad);
        Files.writeString(bad.resolve("trainings.jsonl"), "{\"personId\": \"p1\", \"hours\": -3}\n");
        Path out = tmp.resolve("bad-convert-out");
        Run r = run("convert", bad.toString(), "--output", out.toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("trainings.jsonl:1"), r.err());
        assertFalse(Files.exists(out));
    }

    private static void copy(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
