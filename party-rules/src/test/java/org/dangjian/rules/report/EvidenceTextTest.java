package org.dangjian.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dangjian.rules.AuditReport;
import org.dangjian.rules.Finding;
import org.dangjian.rules.Severity;
import org.dangjian.rules.SubjectType;
import org.junit.jupiter.api.Test;

/** Evidence in the human formats says the codes as the fields say them; the JSON keeps the codes beside the words. */
class EvidenceTextTest {

    private static AuditReport report() {
        Finding f = new Finding("CAD-002", Severity.LOW, SubjectType.PERSON, "p-1", "姚杰", "b-1", Optional.empty(),
                Optional.of("HIGH_SCHOOL"), Optional.empty(), "姚杰：后备干部学历低于大专，实际高中，要求大专及以上。",
                "003 “大专以上学历”", new TreeMap<>(Map.of("role", List.of("PARTY_WORKER"),
                        "missedPeriod", List.of("2020-Q3"), "activityType", List.of("THEME_PARTY_DAY"))), false);
        return ReportSamples.report(List.of(f));
    }

    @Test
    void jsonKeepsTheCodesAndGainsTheWords() throws Exception {
        JsonNode f = new ObjectMapper().readTree(ReportSamples.written((r, c, out) -> ReportJson.write(r, out), report())).path("findings").get(0);
        assertEquals("PARTY_WORKER", f.path("evidence").path("role").get(0).asText());
        assertEquals("党务工作者", f.path("evidenceText").path("role").get(0).asText());
        assertEquals("2020-Q3", f.path("evidence").path("missedPeriod").get(0).asText());
        assertEquals("2020年第三季度", f.path("evidenceText").path("missedPeriod").get(0).asText());
        assertEquals("主题党日", f.path("evidenceText").path("activityType").get(0).asText());
    }

    @Test
    void csvJunitAndHtmlShowTheWords() throws Exception {
        String csv = ReportSamples.written(CsvReport::write, report());
        assertTrue(csv.contains("活动类型：主题党日；未达要求的期间：2020年第三季度；职务：党务工作者"), csv);
        String junit = ReportSamples.written(JunitReport::write, report());
        assertTrue(junit.contains("证据：活动类型：主题党日；未达要求的期间：2020年第三季度；职务：党务工作者"), junit);
        assertFalse(junit.contains("THEME_PARTY_DAY"), junit);
        String html = ReportSamples.written(HtmlReport::write, report());
        assertTrue(html.contains("\"evidenceText\":{\"activityType\":[\"主题党日\"]"), html);
    }
}
