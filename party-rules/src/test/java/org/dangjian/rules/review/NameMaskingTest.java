package org.dangjian.rules.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dangjian.rules.AuditReport;
import org.junit.jupiter.api.Test;
import org.dangjian.rules.report.CsvReport;
import org.dangjian.rules.report.HtmlReport;
import org.dangjian.rules.report.JunitReport;
import org.dangjian.rules.report.ReportJson;
import org.dangjian.rules.report.ReportSamples;
import org.dangjian.rules.report.SarifReport;
import org.dangjian.rules.report.TextReport;

/** --mask-names: no full personal name in any format; organization names untouched. */
class NameMaskingTest {

    static final List<String> PEOPLE = List.of("欧阳娜娜", "张三", "李主任", "王部长");

    @Test
    void keepsTheFirstCharacterAndStarsTheRest() {
        assertEquals("张*", NameMasking.mask("张三"));
        assertEquals("欧***", NameMasking.mask("欧阳娜娜"));
        assertEquals("*", NameMasking.mask("张"));
        assertEquals("𠀀*", NameMasking.mask("𠀀三"), "by character, not by UTF-16 unit");
    }

    @Test
    void noFullNameInAnyFormat() throws Exception {
        AuditReport masked = NameMasking.mask(ReportSamples.reviewed(), PEOPLE);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        ReportJson.write(masked, json);
        List<String> outputs = List.of(
                json.toString(StandardCharsets.UTF_8),
                TextReport.render(masked, ReportSamples.context()::organizationName),
                ReportSamples.written(CsvReport::write, masked),
                ReportSamples.written(HtmlReport::write, masked),
                ReportSamples.written(SarifReport::write, masked),
                ReportSamples.written(JunitReport::write, masked));
        for (String out : outputs) {
            for (String name : PEOPLE) {
                assertFalse(out.contains(name), name + " in " + out.substring(0, Math.min(300, out.length())));
            }
            assertTrue(out.contains("欧***") || out.contains("\\u6B27***") , "the masked name is there");
            assertTrue(out.contains("向阳社区党委"), "organization names are not personal");
        }
    }

    @Test
    void aPersonsNameInsideAnOrganizationsNameIsLeftAlone() {
        AuditReport r = ReportSamples.report(List.of(ReportSamples.org("LIFE-001", org.dangjian.rules.Severity.MEDIUM,
                "c-9", "张三村党支部", "2020-Q1")));
        AuditReport masked = NameMasking.mask(r, List.of("张三"));
        assertEquals("张三村党支部", masked.findings().get(0).subjectName());
        assertTrue(masked.findings().get(0).message().startsWith("张三村党支部（2020-Q1）"));
    }
}
