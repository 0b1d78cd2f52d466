package org.dangjian.cli;

import static org.dangjian.cli.ValidateCommandTest.BROKEN;
import static org.dangjian.cli.ValidateCommandTest.MINIMAL;
import static org.dangjian.cli.ValidateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dangjian.cli.ValidateCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code party-audit audit}: formats, outputs, exit codes, and a user's mistakes. */
class AuditCommandTest {

    @TempDir
    Path tmp;

    @Test
    void jsonReportFollowsTheReportContract() throws Exception {
        Run r = run("audit", MINIMAL, "--format", "json", "--fail-on", "CRITICAL");
        assertTrue(r.exit() == 0 || r.exit() == 1, r.err());
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertEquals("2020-12-31", report.get("asOf").asText());
        assertEquals("builtin", report.at("/pack/name").asText());
        assertEquals(64, report.at("/pack/sha256").asText().length());
        assertEquals(64, report.at("/dataset/sha256").asText().length());
        assertTrue(report.at("/summary/bySeverity").has("HIGH"));
        assertTrue(report.get("findings").isArray());
        for (JsonNode f : report.get("findings")) {
            for (String field : new String[] {"ruleId", "severity", "subjectType", "subjectId", "subjectName",
                    "organizationId", "message", "clause", "evidence"}) {
                assertTrue(f.has(field), field + " missing in " + f);
            }
        }
    }

    @Test
    void severalFormatsWriteOneFileEach() throws Exception {
        Path base = tmp.resolve("report");
        Run r = run("audit", MINIMAL, "--format", "text,json", "--output", base.toString(), "--lang", "en");
        assertTrue(r.exit() == 0 || r.exit() == 1, r.err());
        assertTrue(Files.readString(tmp.resolve("report.txt")).contains("Summary"));
        new ObjectMapper().readTree(tmp.resolve("report.json").toFile());
        assertEquals("", r.out());
    }

    @Test
    void failOnSetsTheExitCode() {
        Run info = run("audit", MINIMAL, "--fail-on", "INFO");
        Run critical = run("audit", MINIMAL, "--fail-on", "CRITICAL");
        assertTrue(info.exit() >= critical.exit(), "a lower threshold never passes where a higher one fails");
    }

    @Test
    void aBrokenDatasetWritesNothingAndExitsWith2() {
        Path out = tmp.resolve("never.json");
        Run r = run("audit", BROKEN, "--format", "json", "--output", out.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("people[1].birthDate"), r.err());
        assertFalse(Files.exists(out));
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void unknownParameterIsNamedAndExitsWith2() throws Exception {
        Path params = tmp.resolve("p.properties");
        Files.writeString(params, "trn.memberMinHourz = 40\n");
        Run r = run("audit", MINIMAL, "--params", params.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("p.properties:1: unknown parameter 'trn.memberMinHourz'"), r.err());
    }

    @Test
    void badParameterValueIsNamed() throws Exception {
        Path params = tmp.resolve("p.properties");
        Files.writeString(params, "org.branchMinFullMembers = three\n");
        Run r = run("audit", MINIMAL, "--params", params.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("'org.branchMinFullMembers' must be a number"), r.err());
    }

    @Test
    void aPackThatDoesNotCompileIsReportedWithFileLineColumn() throws Exception {
        Path pack = tmp.resolve("pack");
        Files.createDirectories(pack.resolve("rules"));
        Files.writeString(pack.resolve("pack.properties"), "name = street\nversion = 1\nmode = extends\n");
        Files.writeString(pack.resolve("rules/local.drl"), "package local;\n\nrule \"x\"\nwhen\n  Foo( )\nthen\nend\n");
        Run r = run("audit", MINIMAL, "--rules", pack.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("packs/street/rules/local.drl:"), r.err());
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        assertEquals(2, run("audit", MINIMAL, "--fail-on", "SEVERE").exit());
        assertEquals(2, run("audit", MINIMAL, "--lang", "fr").exit());
        assertEquals(2, run("audit", MINIMAL, "--format", "pdf").exit());
        assertEquals(2, run("audit", MINIMAL, "--format", "text,json").exit());
        assertEquals(2, run("audit", "no-such-file.json").exit());
        assertEquals(2, run("audit", MINIMAL, "--partitioning", "halves").exit());
    }

    @Test
    void subtreesInSeparateSessionsReportWhatOneSessionReports() throws Exception {
        String sample = Path.of("..", "party-examples", "sample-district.json").toString();
        Run single = run("audit", sample, "--format", "json", "--partitioning", "single");
        Run subtrees = run("audit", sample, "--format", "json", "--partitioning", "subtrees");
        assertEquals(single.exit(), subtrees.exit(), subtrees.err());
        ObjectMapper json = new ObjectMapper();
        assertEquals(json.readTree(single.out()).get("findings"), json.readTree(subtrees.out()).get("findings"));
    }

    @Test
    void recordsThatDoNotFitInTheHeapGetAMessageNotAStackTrace() throws Exception {
        // A real JVM with a heap far too small for the sample district, running the command's main.
        Path sample = Path.of("..", "party-examples", "sample-district.json");
        Path report = tmp.resolve("report.json");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx12m", "-cp", System.getProperty("java.class.path"), PartyAudit.class.getName(),
                "audit", sample.toString(), "--format", "json", "--output", report.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(2, p.waitFor(), err);
        assertTrue(err.contains("do not fit in the memory Java was given"), err);
        assertTrue(err.contains("-Xmx"), err);
        assertFalse(err.contains("at org.") || err.contains("Exception in thread"), err);
        assertFalse(Files.exists(report), "nothing half-written");
    }
}
