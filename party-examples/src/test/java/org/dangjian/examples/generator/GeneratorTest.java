package org.dangjian.examples.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dangjian.model.Dataset;
import org.dangjian.model.MembershipStatus;
import org.dangjian.model.OrgType;
import org.dangjian.model.RecordKind;
import org.dangjian.model.io.DatasetReader;
import org.dangjian.model.io.LoadedDataset;
import org.dangjian.rules.AuditReport;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator: deterministic bytes, valid datasets, a clean district when asked, streaming in flat memory. */
class GeneratorTest {

    @TempDir
    Path dir;

    private static GeneratorConfig config(long members, long seed, double violations) {
        return GeneratorConfig.of(members, seed).withViolations(violations);
    }

    @Test
    void theSameSeedGivesTheSameBytesInEitherForm() throws Exception {
        new DistrictGenerator(config(1200, 42, 0.05)).write(dir.resolve("a.json"), false);
        new DistrictGenerator(config(1200, 42, 0.05)).write(dir.resolve("b.json"), false);
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.json")), Files.readAllBytes(dir.resolve("b.json")));

        new DistrictGenerator(config(1200, 42, 0.05)).write(dir.resolve("a"), true);
        new DistrictGenerator(config(1200, 42, 0.05)).write(dir.resolve("b"), true);
        for (RecordKind k : RecordKind.values()) {
            String name = k.jsonName() + ".jsonl";
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(name)), Files.readAllBytes(dir.resolve("b").resolve(name)), name);
        }
        // and both forms hold the same records
        assertEquals(DatasetReader.read(dir.resolve("a.json")).dataset(), DatasetReader.read(dir.resolve("a")).dataset());
    }

    @Test
    void anotherSeedGivesAnotherDistrict() throws Exception {
        new DistrictGenerator(config(600, 1, 0)).write(dir.resolve("a.json"), false);
        new DistrictGenerator(config(600, 2, 0)).write(dir.resolve("b.json"), false);
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(dir.resolve("a.json")), Files.readAllBytes(dir.resolve("b.json"))));
    }

    @Test
    void twoThousandMembersReadBackValid() throws Exception {
        Path file = dir.resolve("district.json");
        new DistrictGenerator(config(2000, 7, 0.03)).write(file, false);
        LoadedDataset loaded = DatasetReader.read(file); // throws with every problem if invalid
        assertEquals(List.of(), loaded.warnings());
        Dataset d = loaded.dataset();
        assertEquals(2000, d.memberships().size());
        assertEquals(2000, d.people().size());
        assertEquals(1, d.organizations().stream().filter(o -> o.type() == OrgType.DISTRICT_COMMITTEE).count());
        assertTrue(d.organizations().stream().filter(o -> o.type() == OrgType.STREET_WORKING_COMMITTEE).count() >= 3);
        assertTrue(d.memberships().stream().anyMatch(m -> m.status() == MembershipStatus.PROBATIONARY));
        for (RecordKind k : RecordKind.values()) {
            if (k != RecordKind.INSPECTION_FLAGS) {
                assertFalse(d.records(k).isEmpty(), k.jsonName() + " is empty");
            }
        }
    }

    /** Without planted faults, the built-in pack raises nothing but its metrics (INFO). */
    @Test
    void aCleanDistrictRaisesOnlyMetrics() {
        Dataset.Builder b = Dataset.builder(LocalDate.of(2020, 12, 31));
        new DistrictGenerator(config(2500, 11, 0)).generate(RecordSink.of(b));
        AuditReport report = ComplianceEngine.builtIn().audit(b.build());
        List<String> above = report.findings().stream().filter(f -> f.severity().atLeast(Severity.LOW))
                .map(f -> f.ruleId() + " " + f.subjectId() + " " + f.period().orElse("")).toList();
        assertEquals(List.of(), above);
    }

    /** With faults at 5%, violations of many kinds show. */
    @Test
    void faultsShowAsFindings() {
        Dataset.Builder b = Dataset.builder(LocalDate.of(2020, 12, 31));
        new DistrictGenerator(config(2500, 11, 0.05)).generate(RecordSink.of(b));
        AuditReport report = ComplianceEngine.builtIn().audit(b.build());
        long above = report.summary().byRule().entrySet().stream()
                .filter(e -> report.findings(e.getKey()).stream().anyMatch(f -> f.severity().atLeast(Severity.LOW))).count();
        assertTrue(above >= 5, "rules that fired: " + report.summary().byRule());
    }

    /**
     * Memory stays flat: 60,000 members (about 130 MB of records) in a JVM of 48 MB heap, written as
     * the directory form.
     * (A district is generated unit by unit; nothing of a written unit is kept.)
     */
    @Test
    void streamsALargeDistrictInASmallHeap() throws Exception {
        Path out = dir.resolve("large");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx48m", "-cp", System.getProperty("java.class.path"),
                DistrictGenerator.class.getName(), "--members", "60000", "--seed", "3", "--out", out.toString(), "--form", "dir")
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), log);
        try (Stream<String> lines = Files.lines(out.resolve("memberships.jsonl"))) {
            assertEquals(60_000, lines.count());
        }
        assertTrue(Files.readString(out.resolve("dataset.json")).contains("\"asOf\":\"2020-12-31\""));
    }

    @Test
    void aWrongCommandLineExitsWithTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertEquals(2, DistrictGenerator.run(new String[] {"--members", "100", "--seed", "1", "--out", "x.json"}, ps, ps));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("at least 200"));
        assertEquals(2, DistrictGenerator.run(new String[] {"--seed", "1"}, ps, ps));
        assertEquals(2, DistrictGenerator.run(new String[] {"--members", "300", "--seed", "1", "--out", "x", "--form", "xml"}, ps, ps));
        assertEquals(0, DistrictGenerator.run(new String[] {"--help"}, ps, ps));
    }
}
