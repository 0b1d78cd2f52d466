package org.dangjian.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The HTML page without a browser: self-contained, and the data cannot break out of its script. */
class HtmlReportTest {

    private static int count(String hay, String needle) {
        int n = 0;
        for (int i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void loadsNothingFromTheNetwork() throws Exception {
        String html = ReportSamples.written(HtmlReport::write, ReportSamples.report());
        assertFalse(html.contains("<link"), "no stylesheet to fetch");
        assertFalse(Pattern.compile("<script[^>]*\\ssrc=").matcher(html).find(), "no script to fetch");
        assertFalse(Pattern.compile("(src|href)=\"?https?:").matcher(html).find(), "no remote address");
        assertFalse(html.contains("@import") || html.contains("url("), "no CSS import or font");
        assertTrue(html.contains("\"Noto Sans CJK SC\""), "a CJK font stack");
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<meta charset=\"utf-8\">"));
    }

    @Test
    void dataCannotCloseItsScriptElement() throws Exception {
        String html = ReportSamples.written(HtmlReport::write, ReportSamples.report());
        assertEquals(2, count(html, "</script>"), "the data's and the code's, nothing else");
        assertFalse(html.contains("<img"), html);
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"report-data\">(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertTrue(m.find());
        JsonNode data = new ObjectMapper().readTree(m.group(1));
        assertEquals(5, data.get("findings").size());
        assertTrue(data.get("orgs").toString().contains(ReportSamples.HOSTILE.substring(9)));
        boolean hostile = false;
        for (JsonNode o : data.get("orgs")) {
            hostile |= o.get("name").asText().equals(ReportSamples.HOSTILE);
        }
        assertTrue(hostile, "the name comes back whole when parsed");
    }

    @Test
    void theTitleAndMetaAreEscaped() {
        assertEquals("&lt;/script&gt;&amp;&quot;&#39;", HtmlReport.escape("</script>&\"'"));
    }
}
