package org.dangjian.rules.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.dangjian.rules.AuditReport;
import org.junit.jupiter.api.Test;

/** CSV for Excel: byte-order mark, header, one row per finding, Chinese intact. */
class CsvReportTest {

    private static byte[] bytes(AuditReport report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvReport.write(report, ReportSamples.context(), out);
        return out.toByteArray();
    }

    @Test
    void startsWithTheUtf8ByteOrderMarkThenTheHeader() throws Exception {
        byte[] b = bytes(ReportSamples.report());
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(b, 3));
        String text = new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith(String.join(",", CsvReport.COLUMNS) + "\r\n"), text);
    }

    @Test
    void oneRowPerFindingWithChineseBytesIntact() throws Exception {
        AuditReport report = ReportSamples.report();
        byte[] b = bytes(report);
        String text = new String(b, StandardCharsets.UTF_8);
        List<String> lines = Arrays.asList(text.split("\r\n"));
        assertEquals(1 + report.findings().size(), lines.size());
        // 欧阳娜娜 in UTF-8, byte for byte: no re-encoding on the way.
        byte[] name = {(byte) 0xE6, (byte) 0xAC, (byte) 0xA7, (byte) 0xE9, (byte) 0x98, (byte) 0xB3,
                (byte) 0xE5, (byte) 0xA8, (byte) 0x9C, (byte) 0xE5, (byte) 0xA8, (byte) 0x9C};
        assertTrue(indexOf(b, name) > 0, "欧阳娜娜 as UTF-8 bytes");
        assertTrue(lines.get(1).startsWith("TRN-003,TRN,HIGH,PERSON,p-1,欧阳娜娜,c-1,向阳社区党委,2020,40.0,>= 56,"), lines.get(1));
    }

    @Test
    void quotesFieldsWithCommasQuotesOrLineBreaksAndDefusesFormulas() {
        assertEquals("\"a,b\"", CsvReport.quote("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvReport.quote("say \"hi\""));
        assertEquals("'=HYPERLINK(\"x\")", CsvReport.safe("=HYPERLINK(\"x\")"));
        assertEquals("-3", CsvReport.safe("-3"));
        assertEquals("'+86 138", CsvReport.safe("+86 138"));
    }

    @Test
    void withABaselineResolvedFindingsFollowAndWaiversAreShown() throws Exception {
        AuditReport reviewed = ReportSamples.reviewed();
        List<String> lines = Arrays.asList(new String(bytes(reviewed), StandardCharsets.UTF_8).split("\r\n"));
        assertEquals(1 + reviewed.findings().size() + 1, lines.size());
        assertTrue(lines.get(lines.size() - 1).startsWith("ORG-002,ORG,HIGH,ORGANIZATION,c-2,"), lines.get(lines.size() - 1));
        assertTrue(lines.get(lines.size() - 1).contains(",RESOLVED,"));
        String zhang = lines.stream().filter(l -> l.contains(",p-2,")).findFirst().orElseThrow();
        assertTrue(zhang.contains(",PERSISTING,true,病休六个月，经区委组织部同意,李主任,2021-06-30,"), zhang);
        String expired = lines.stream().filter(l -> l.startsWith("MEM-005")).findFirst().orElseThrow();
        assertTrue(expired.contains(",NEW,,,,,waivers.csv:3 (2020-12-01),"), expired);
        // After the codes, the same in the report's words, the evidence last (label and values in words).
        assertTrue(expired.endsWith(",低,2020年第四季度,,,未达要求的期间：2020年第四季度"), expired);
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
