package org.dangjian.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dangjian.rules.AuditReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real headless browser (Debian's chromium): it loads with no script error,
 * draws every finding, and its filters change what is shown. The filters are driven through the
 * URL hash, which goes through the same apply() as the page's controls. Without chromium the test
 * is skipped on a developer's machine and fails in CI (CI=true), where .ci/run installs it ({@link HeadlessBrowser}).
 */
class HtmlReportBrowserTest {

    @TempDir
    static Path tmp;

    static Path page;
    static HeadlessBrowser browser;

    @BeforeAll
    static void writePage() throws IOException {
        browser = HeadlessBrowser.required();
        page = tmp.resolve("report.html");
        AuditReport reviewed = ReportSamples.reviewed();
        Files.writeString(page, ReportSamples.written(HtmlReport::write, reviewed), StandardCharsets.UTF_8);
    }

    @Test
    void thePageLoadsWithNoScriptErrorAndShowsEveryFinding() throws Exception {
        String dom = dump("");
        assertTrue(dom.contains("data-ready=\"ok\""), "the script ran to its end: " + head(dom));
        assertFalse(dom.contains("data-errors="), "no script error: " + errors(dom));
        assertEquals(5, rows(dom).size());
        assertEquals("5", shown(dom));
        assertTrue(dom.contains("向阳社区党委"), "Chinese text drawn");
        assertTrue(dom.contains("id=\"org-chart\""), "the bar chart is drawn");
        assertTrue(dom.contains("resolved-finding"), "the resolved finding is listed");
        assertFalse(dom.contains("<img"), "an organization's name stays text");
    }

    @Test
    void aSeverityFilterShowsOnlyThatSeverity() throws Exception {
        String dom = dump("#severity=HIGH");
        assertFalse(dom.contains("data-errors="), errors(dom));
        List<String> rows = rows(dom);
        assertEquals(2, rows.size());
        rows.forEach(r -> assertTrue(r.contains("sev-HIGH"), r));
        assertEquals("2", shown(dom));
        assertTrue(dom.contains("class=\"card sev-HIGH active\""), "the summary shows the filter");
    }

    @Test
    void anOrganizationFilterTakesItsSubtree() throws Exception {
        // c-1 holds b-1: 欧阳娜娜 (c-1), the hostile-named branch b-1 and c-1's own finding.
        String dom = dump("#org=c-1");
        assertEquals(3, rows(dom).size());
        String own = dump("#org=c-1&sub=0");
        assertEquals(2, rows(own).size());
        String waived = dump("#status=waived");
        assertEquals(1, rows(waived).size());
        assertTrue(rows(waived).get(0).contains("data-org=\"c-2\""));
    }

    private static List<String> rows(String dom) {
        List<String> rows = new ArrayList<>();
        Matcher m = Pattern.compile("<tr class=\"finding [^\"]*\"[^>]*>").matcher(dom);
        while (m.find()) {
            rows.add(m.group());
        }
        return rows;
    }

    private static String shown(String dom) {
        Matcher m = Pattern.compile("id=\"shown-count\">(\\d+)<").matcher(dom);
        return m.find() ? m.group(1) : "?";
    }

    private static String errors(String dom) {
        Matcher m = Pattern.compile("data-errors=\"([^\"]*)\"").matcher(dom);
        return m.find() ? m.group(1) : "";
    }

    private static String head(String dom) {
        return dom.substring(0, Math.min(400, dom.length()));
    }

    /** The page's DOM after its script ran, as chromium dumps it. */
    private static String dump(String hash) throws Exception {
        return browser.dump(page, hash, tmp);
    }
}
