package org.dangjian.cli;

import static org.dangjian.cli.ValidateCommandTest.MINIMAL;
import static org.dangjian.cli.ValidateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dangjian.cli.ValidateCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code party-audit audit}'s reports: every format, --baseline and --fail-on-new, --waivers,
 * --mask-names, and progress. Expectations are taken from a plain audit of the minimal dataset,
 * so that they hold whatever rules the built-in pack gains; among its findings are WEAK-007 on
 * c-1, one per quarter.
 */
class ReportOptionsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String EVERYONE = Path.of("src", "test", "resources", "packs", "everyone").toString();
    static final List<String> PEOPLE = List.of("王红", "李强", "张伟", "刘洋", "陈明");

    @TempDir
    Path tmp;

    private JsonNode json(Path file) throws Exception {
        return JSON.readTree(file.toFile());
    }

    private Path previous() throws Exception {
        Path prev = tmp.resolve("previous.json");
        Run r = run("audit", MINIMAL, "--format", "json", "--output", prev.toString());
        assertEquals(1, r.exit(), r.err());
        return prev;
    }

    @Test
    void everyFormatGoesToItsOwnFile() throws Exception {
        Path base = tmp.resolve("report");
        Run r = run("audit", MINIMAL, "--format", "text,json,csv,html,sarif,junit", "--output", base.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(Files.readString(tmp.resolve("report.txt")).contains("汇总"));
        JsonNode report = json(tmp.resolve("report.json"));
        assertEquals(report.at("/summary/findings").asInt(), report.get("findings").size());
        byte[] csv = Files.readAllBytes(tmp.resolve("report.csv"));
        assertEquals((byte) 0xEF, csv[0]);
        assertTrue(new String(csv, StandardCharsets.UTF_8).contains("向阳社区党委"));
        String html = Files.readString(tmp.resolve("report.html"));
        assertTrue(html.contains("id=\"report-data\"") && html.contains("和平街道党工委"));
        assertEquals("2.1.0", json(tmp.resolve("report.sarif")).get("version").asText());
        assertTrue(Files.readString(tmp.resolve("report.xml")).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        assertEquals("", r.out());
    }

    @Test
    void aBaselineMarksFindingsAndFailOnNewCountsOnlyNewOnes() throws Exception {
        Path prev = previous();
        // Against itself: everything persists, nothing is new, so even INFO passes with --fail-on-new.
        Run same = run("audit", MINIMAL, "--baseline", prev.toString(), "--fail-on", "INFO", "--fail-on-new",
                "--format", "json");
        assertEquals(0, same.exit(), same.err());
        JsonNode report = JSON.readTree(same.out());
        report.get("findings").forEach(f -> assertEquals("PERSISTING", f.get("status").asText()));
        assertEquals(0, report.get("resolved").size());

        // A previous report without the HIGH findings, and with one since fixed.
        ObjectNode old = (ObjectNode) json(prev);
        ArrayNode kept = JSON.createArrayNode();
        old.get("findings").forEach(f -> {
            if (!f.get("ruleId").asText().equals("WEAK-007")) {
                kept.add(f);
            }
        });
        ObjectNode fixed = kept.get(0).deepCopy();
        fixed.put("ruleId", "LIFE-008").put("period", "2019");
        kept.add(fixed);
        old.set("findings", kept);
        Files.writeString(prev, old.toString());

        Run changed = run("audit", MINIMAL, "--baseline", prev.toString(), "--fail-on", "HIGH", "--fail-on-new",
                "--format", "json");
        assertEquals(1, changed.exit(), "the HIGH findings are new: " + changed.err());
        JsonNode now = JSON.readTree(changed.out());
        for (JsonNode f : now.get("findings")) {
            assertEquals(f.get("ruleId").asText().equals("WEAK-007") ? "NEW" : "PERSISTING", f.get("status").asText());
        }
        assertEquals(1, now.get("resolved").size());
        assertEquals("LIFE-008", now.at("/resolved/0/ruleId").asText());
        assertEquals("RESOLVED", now.at("/resolved/0/status").asText());
        assertEquals(4, now.at("/summary/byStatus/NEW").asInt());

        Run onlyMedium = run("audit", MINIMAL, "--baseline", prev.toString(), "--fail-on", "CRITICAL", "--fail-on-new");
        assertEquals(0, onlyMedium.exit(), "nothing new at CRITICAL");
    }

    @Test
    void failOnNewNeedsABaselineAndABadBaselineIsNamed() throws Exception {
        assertEquals(2, run("audit", MINIMAL, "--fail-on-new").exit());
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"asOf\":\"2020-12-31\",\"pack\":{},\"summary\":{\"bySeverity\":{},\"byRule\":{}},"
                + "\"findings\":[{\"ruleId\":\"X\",\"severity\":\"HIGH\",\"subjectType\":\"ROBOT\",\"subjectId\":\"r\"}]}");
        Path out = tmp.resolve("never.html");
        Run r = run("audit", MINIMAL, "--baseline", bad.toString(), "--format", "html", "--output", out.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("$.findings[0]: unknown subjectType 'ROBOT'"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(out));
        Run missing = run("audit", MINIMAL, "--baseline", tmp.resolve("nope.json").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("no such file"), missing.err());
    }

    @Test
    void aWaivedFindingDoesNotFailTheRun() throws Exception {
        // Waive every finding at or above HIGH: WEAK-007 on c-1 for all periods, the others one by one.
        StringBuilder csv = new StringBuilder("ruleId,subjectId,period,justification,approvedBy,expires\n"
                + "WEAK-007,c-1,,居务公开栏改建中，区委组织部同意,赵部长,2021-06-30\n");
        int high = 0;
        for (JsonNode f : json(previous()).get("findings")) {
            String severity = f.get("severity").asText();
            if (severity.equals("HIGH") || severity.equals("CRITICAL")) {
                high++;
                if (!f.get("ruleId").asText().equals("WEAK-007")) {
                    csv.append(f.get("ruleId").asText()).append(',').append(f.get("subjectId").asText()).append(',')
                            .append(f.path("period").asText("")).append(",整改中,赵部长,2021-06-30\n");
                }
            }
        }
        Path waivers = tmp.resolve("waivers.csv");
        Files.writeString(waivers, csv);
        Path base = tmp.resolve("r");
        Run r = run("audit", MINIMAL, "--waivers", waivers.toString(), "--fail-on", "HIGH", "--format", "json,junit",
                "--output", base.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode report = json(tmp.resolve("r.json"));
        assertEquals(high, report.at("/summary/waived").asInt());
        int weak = 0;
        for (JsonNode f : report.get("findings")) {
            if (f.get("ruleId").asText().equals("WEAK-007")) {
                weak++;
                assertEquals("赵部长", f.at("/waiver/approvedBy").asText());
                assertEquals(waivers + ":2", f.at("/waiver/source").asText());
            }
        }
        assertEquals(4, weak);
        assertTrue(Files.readString(tmp.resolve("r.xml")).contains("<skipped>已豁免：居务公开栏改建中"));
        Run unwaived = run("audit", MINIMAL, "--fail-on", "HIGH");
        assertEquals(1, unwaived.exit(), "the same findings fail the run without the waivers");
    }

    @Test
    void anExpiredWaiverStopsWaivingAndTheReportSaysSo() throws Exception {
        Path waivers = tmp.resolve("waivers.csv");
        Files.writeString(waivers, "ruleId,subjectId,period,justification,approvedBy,expires\n"
                + "WEAK-007,c-1,,居务公开栏改建中,赵部长,2020-06-30\n");
        Run r = run("audit", MINIMAL, "--waivers", waivers.toString(), "--fail-on", "HIGH", "--format", "json");
        assertEquals(1, r.exit());
        JsonNode report = JSON.readTree(r.out());
        assertEquals(0, report.at("/summary/waived").asInt());
        assertEquals("2020-06-30", report.at("/expiredWaivers/0/expires").asText());
        int named = 0;
        for (JsonNode f : report.get("findings")) {
            if (f.get("ruleId").asText().equals("WEAK-007")) {
                named++;
                assertEquals("2020-06-30", f.at("/expiredWaiver/expires").asText());
                assertFalse(f.has("waiver"));
            }
        }
        assertEquals(4, named);
        assertTrue(r.err().contains(waivers + ":2: the waiver expired on 2020-06-30"), r.err());
    }

    @Test
    void aWaiverWithoutJustificationOrApproverOrWithAnUnknownRuleStopsTheRun() throws Exception {
        Path waivers = tmp.resolve("waivers.csv");
        Files.writeString(waivers, "ruleId,subjectId,period,justification,approvedBy,expires\n"
                + "WEAK-007,c-1,,,赵部长,2021-06-30\n"
                + "WEAK-007,c-1,2020-Q1,理由,,2021-06-30\n"
                + "WEAK-999,c-1,,理由,赵部长,2021-06-30\n");
        Path out = tmp.resolve("never.json");
        Run r = run("audit", MINIMAL, "--waivers", waivers.toString(), "--format", "json", "--output", out.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(waivers + ":2: no justification"), r.err());
        assertTrue(r.err().contains(waivers + ":3: no approvedBy"), r.err());
        assertTrue(r.err().contains(waivers + ":4: unknown rule 'WEAK-999'"), r.err());
        assertFalse(Files.exists(out));
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void maskNamesLeavesNoFullNameInAnyFormat() throws Exception {
        Path plain = tmp.resolve("plain");
        run("audit", MINIMAL, "--rules", EVERYONE, "--format", "json", "--output", plain.toString());
        assertTrue(Files.readString(plain).contains("王红"), "the test pack reports on people");

        Path base = tmp.resolve("masked");
        Run r = run("audit", MINIMAL, "--rules", EVERYONE, "--mask-names", "--format", "text,json,csv,html,sarif,junit",
                "--output", base.toString());
        assertTrue(r.exit() == 0 || r.exit() == 1, r.err());
        for (String ext : List.of("txt", "json", "csv", "html", "sarif", "xml")) {
            String out = Files.readString(tmp.resolve("masked." + ext));
            for (String name : PEOPLE) {
                assertFalse(out.contains(name), name + " in masked." + ext);
            }
            assertTrue(out.contains("王*") || out.contains("\\u738B*") || out.contains("王\\u002A"), "masked name in ." + ext);
            assertTrue(out.contains("向阳社区党委"), "organization names stay in ." + ext);
        }
    }

    @Test
    void noProgressWhenStderrIsNotATerminal() {
        Run r = run("audit", MINIMAL, "--format", "json");
        assertFalse(r.err().contains("\r"), r.err());
        assertFalse(r.err().contains("auditing"), r.err());
    }

    @Test
    void progressAppearsAfterTheDelayAndIsClearedAtTheEnd() throws Exception {
        StringWriter err = new StringWriter();
        try (Progress p = Progress.always(new PrintWriter(err, true), 50)) {
            p.phase("auditing 1,234 records");
            Thread.sleep(300);
        }
        String s = err.toString();
        assertTrue(s.contains("\rparty-audit: auditing 1,234 records … "), s);
        assertTrue(s.endsWith("\r\033[K"), "the line is cleared");

        StringWriter quick = new StringWriter();
        try (Progress p = Progress.always(new PrintWriter(quick, true), 2000)) {
            p.phase("reading");
        }
        assertEquals("", quick.toString(), "a short run shows nothing");
    }
}
