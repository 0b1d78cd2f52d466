package org.dangjian.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dangjian.rules.AuditReport;
import org.dangjian.rules.Finding;
import org.dangjian.rules.FindingStatus;
import org.dangjian.rules.review.InvalidWaiversException;
import org.dangjian.rules.Severity;
import org.dangjian.rules.Waiver;
import org.dangjian.rules.review.Waivers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Baselines (NEW, PERSISTING, RESOLVED), waivers (in force, expired, badly written), and their JSON. */
class BaselineAndWaiversTest {

    static final List<String> RULES = List.of("TRN-003", "LIFE-001", "ORG-002", "MEM-005", "DEV-001");

    @TempDir
    Path tmp;

    private static Finding find(AuditReport r, String subjectId) {
        return r.findings().stream().filter(f -> f.subjectId().equals(subjectId)).findFirst().orElseThrow();
    }

    @Test
    void aBaselineMarksNewPersistingAndResolved() {
        AuditReport r = ReportSamples.reviewed();
        assertEquals(Optional.of(FindingStatus.PERSISTING), r.status(find(r, "p-2")));
        assertEquals(Optional.of(FindingStatus.NEW), r.status(find(r, "p-1")));
        assertEquals(1, r.review().resolved().size());
        assertEquals("ORG-002", r.review().resolved().get(0).ruleId());
        assertEquals(ReportSamples.AS_OF, r.review().baseline().orElseThrow().asOf());
    }

    @Test
    void failOnCanBeLimitedToNewFindings() {
        AuditReport r = ReportSamples.reviewed();
        // p-2's HIGH finding persists (and is waived); p-1's HIGH finding is new.
        assertEquals(List.of("p-1"), r.failing(Severity.HIGH, true).stream().map(Finding::subjectId).toList());
        AuditReport sameAgain = org.dangjian.rules.review.Baseline.compare(ReportSamples.report(), ReportSamples.report());
        assertTrue(sameAgain.failing(Severity.INFO, true).isEmpty(), "nothing new, nothing fails");
        assertFalse(sameAgain.failing(Severity.INFO, false).isEmpty());
    }

    @Test
    void aWaivedFindingDoesNotFailTheRunAndAnExpiredWaiverStopsWaiving() {
        AuditReport r = ReportSamples.reviewed();
        Finding zhang = find(r, "p-2");
        assertTrue(r.waived(zhang));
        assertFalse(r.failing(Severity.HIGH, false).contains(zhang));
        Finding mem = r.findings().stream().filter(f -> f.ruleId().equals("MEM-005")).findFirst().orElseThrow();
        assertFalse(r.waived(mem), "expired on 2020-12-01, before the report's asOf");
        assertEquals("waivers.csv:3", r.expiredWaiver(mem).orElseThrow().source());
        assertEquals(1, r.review().expiredWaivers().size());
        assertTrue(r.failing(Severity.LOW, false).contains(mem));
    }

    @Test
    void aWaiverAppliesThroughItsExpiryDate() {
        Waiver w = new Waiver("TRN-003", "p-2", Optional.empty(), "j", "a", ReportSamples.AS_OF, "x");
        assertFalse(w.expiredOn(ReportSamples.AS_OF));
        assertTrue(w.expiredOn(ReportSamples.AS_OF.plusDays(1)));
    }

    @Test
    void theJsonReportCarriesTheReviewAndReadsItBack() throws IOException {
        AuditReport r = ReportSamples.reviewed();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportJson.write(r, out);
        String json = out.toString(StandardCharsets.UTF_8);
        assertTrue(json.contains("\"status\" : \"PERSISTING\""), json);
        assertTrue(json.contains("\"resolved\" : [ {"), json);
        assertTrue(json.contains("\"expiredWaivers\" : [ {"), json);
        assertTrue(json.contains("\"waived\" : 1"), json);
        AuditReport back = ReportJson.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(r.findings(), back.findings());
        assertEquals(r.review(), back.review());
    }

    @Test
    void aBrokenBaselineNamesTheJsonPath() {
        String json = "{\"asOf\":\"2020-12-31\",\"pack\":{},\"summary\":{\"bySeverity\":{},\"byRule\":{}},"
                + "\"findings\":[{\"ruleId\":\"X-1\",\"severity\":\"SEVERE\",\"subjectType\":\"PERSON\",\"subjectId\":\"p\"}]}";
        IOException e = assertThrows(IOException.class,
                () -> ReportJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().startsWith("$.findings[0]: unknown severity 'SEVERE'"), e.getMessage());
    }

    @Test
    void aCsvWaiverFileAsExcelSavesIt() throws Exception {
        Path file = tmp.resolve("waivers.csv");
        Files.writeString(file, "\uFEFFruleId,subjectId,period,justification,approvedBy,expires\r\n"
                + "TRN-003,p-2,,\"病休六个月，经区委组织部同意\",李主任,2021/6/30\r\n"
                + "LIFE-001,b-1,2020-Q2,疫情停会,王部长,2021-03-31\r\n", StandardCharsets.UTF_8);
        List<Waiver> w = Waivers.read(file, RULES);
        assertEquals(2, w.size());
        assertEquals(java.time.LocalDate.of(2021, 6, 30), w.get(0).expires());
        assertEquals(Optional.empty(), w.get(0).period());
        assertEquals(file + ":3", w.get(1).source());
    }

    @Test
    void aWaiverWithoutJustificationOrApproverOrWithAnUnknownRuleIsAnErrorWithItsLine() throws Exception {
        Path file = tmp.resolve("waivers.csv");
        Files.writeString(file, "ruleId,subjectId,period,justification,approvedBy,expires\n"
                + "TRN-003,p-2,,,李主任,2021-06-30\n"
                + "TRN-003,p-3,,理由,,2021-06-30\n"
                + "TRN-999,p-4,,理由,李主任,2021-06-30\n"
                + "TRN-003,p-5,2020-13,理由,李主任,2021-06-31\n", StandardCharsets.UTF_8);
        InvalidWaiversException e = assertThrows(InvalidWaiversException.class, () -> Waivers.read(file, RULES));
        List<String> p = e.problems();
        assertEquals(file + ":2: no justification (every waiver says why)", p.get(0));
        assertEquals(file + ":3: no approvedBy (every waiver names who approved it)", p.get(1));
        assertEquals(file + ":4: unknown rule 'TRN-999' (not a rule of the pack)", p.get(2));
        assertTrue(p.get(3).startsWith(file + ":5: period '2020-13'"), p.get(3));
        assertTrue(p.get(4).startsWith(file + ":5: expires '2021-06-31' is not a date"), p.get(4));
    }

    @Test
    void aJsonWaiverFileNamesItsPaths() throws Exception {
        Path file = tmp.resolve("waivers.json");
        Files.writeString(file, "[{\"ruleId\":\"TRN-003\",\"subjectId\":\"p-2\",\"justification\":\"j\",\"approvedBy\":\"a\","
                + "\"expires\":\"2021-06-30\"},{\"ruleId\":\"TRN-003\",\"subjectId\":\"p-3\",\"approvedBy\":\"a\","
                + "\"expires\":\"2021-06-30\",\"note\":\"x\"}]", StandardCharsets.UTF_8);
        InvalidWaiversException e = assertThrows(InvalidWaiversException.class, () -> Waivers.read(file, RULES));
        assertEquals(List.of(file + " $[1].note: unknown field (expected ruleId, subjectId, period, justification, approvedBy, expires)",
                file + " $[1]: no justification (every waiver says why)"), e.problems());
    }

    @Test
    void aGbkFileIsToldToBeSavedAsUtf8() throws Exception {
        Path file = tmp.resolve("waivers.csv");
        Files.write(file, "ruleId,subjectId,period,justification,approvedBy,expires\nTRN-003,p-2,,病休,李主任,2021-06-30\n"
                .getBytes(Charset.forName("GBK")));
        InvalidWaiversException e = assertThrows(InvalidWaiversException.class, () -> Waivers.read(file, RULES));
        assertTrue(e.problems().get(0).contains("CSV UTF-8"), e.problems().toString());
    }

    @Test
    void twoWaiversForTheSameFindingAreAnError() throws Exception {
        Path file = tmp.resolve("w.csv");
        Files.writeString(file, "ruleId,subjectId,justification,approvedBy,expires\n"
                + "TRN-003,p-2,a,b,2021-01-01\nTRN-003,p-2,c,d,2021-01-01\n", StandardCharsets.UTF_8);
        InvalidWaiversException e = assertThrows(InvalidWaiversException.class, () -> Waivers.read(file, RULES));
        assertEquals(List.of(file + ":3: the same rule, subject and period as " + file + ":2"), e.problems());
    }
}
