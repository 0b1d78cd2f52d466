package org.dangjian.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dangjian.rules.InvalidParametersException;
import org.dangjian.rules.review.InvalidWaiversException;
import org.dangjian.rules.Parameters;
import org.dangjian.rules.review.Waivers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs beside the dataset that a rule or the JSON reader cannot take: thresholds in full-width
 * digits or beyond a double, waivers and baselines nested too deeply. Each is an error at its line.
 */
class UnreadableInputTest {

    @TempDir
    Path tmp;

    private static final String DEEP = "[".repeat(1200) + "]".repeat(1200);

    @Test
    void fullWidthDigitsAreRefusedAtTheirLineWithTheHalfWidthSpelling() {
        InvalidParametersException e = assertThrows(InvalidParametersException.class, () -> Parameters.parse(
                new StringReader("# 培训学时\ntrn.memberMinHours = ３２\nmem.duesBrackets = ３０００：０.００５，＊：０.０２\n"),
                "my.properties"));
        assertEquals(List.of(
                "my.properties:2: parameter 'trn.memberMinHours' is written with full-width characters (全角) '３２';"
                        + " write it with half-width ones (半角): 32",
                "my.properties:3: parameter 'mem.duesBrackets' is written with full-width characters (全角)"
                        + " '３０００：０.００５，＊：０.０２'; write it with half-width ones (半角): 3000:0.005,*:0.02"),
                e.problems());
    }

    @Test
    void numbersBeyondADoubleAreRefusedAtTheirLine() {
        InvalidParametersException e = assertThrows(InvalidParametersException.class, () -> Parameters.parse(
                new StringReader("a = 1e400\nb = 1e-400\nc = ٣٢\nd = 32\ne = 0.5e-3\n"), "p.properties"));
        assertEquals(List.of(
                "p.properties:1: parameter 'a' = '1e400' is not a number a rule can use: it is too large or too close"
                        + " to 0 (at most about 1.7e308)",
                "p.properties:2: parameter 'b' = '1e-400' is not a number a rule can use: it is too large or too close"
                        + " to 0 (at most about 1.7e308)",
                "p.properties:3: parameter 'c' = '٣٢' is not a number a rule can use: write it with the digits 0-9"),
                e.problems());
    }

    @Test
    void whatTheFileAcceptsIsWhatARuleReads() throws IOException {
        Parameters p = Parameters.parse(new StringReader("a = 32\nb = +0.5e-3\nc = FIRST_TUESDAY\nd = 5d\n"), "p");
        assertEquals(32, p.num("a"));
        assertEquals(0.0005, p.num("b"));
        // Java's parseDouble takes "5d"; the rules do not, so neither does the check: it is a word
        assertThrows(IllegalArgumentException.class, () -> p.num("d"));
        InvalidParametersException e = assertThrows(InvalidParametersException.class,
                () -> Parameters.of(java.util.Map.of("d", 1)).override(
                        Parameters.parse(new StringReader("d = 5d\n"), "q.properties")));
        assertEquals(List.of("q.properties:1: parameter 'd' must be a number, not '5d'"), e.problems());
    }

    @Test
    void waiversNestedTooDeeplyAreALocatedErrorNotANullPointer() throws Exception {
        Path file = tmp.resolve("waivers.json");
        Files.writeString(file, "\n" + DEEP, StandardCharsets.UTF_8);
        InvalidWaiversException e = assertThrows(InvalidWaiversException.class, () -> Waivers.read(file, List.of()));
        assertEquals(List.of(file + ":2: not JSON at line 2, column 1002: the JSON is nested more than 1,000 levels"
                + " deep ({ or [ inside one another); no input of party-audit is nested that deeply."), e.problems());
    }

    @Test
    void aBaselineNestedTooDeeplyIsALocatedErrorNotANullPointer() {
        IOException e = assertThrows(IOException.class, () -> ReportJson.read(
                new ByteArrayInputStream(("{\"asOf\": " + DEEP + "}").getBytes(StandardCharsets.UTF_8))));
        assertEquals("not JSON at line 1, column 1010: the JSON is nested more than 1,000 levels deep ({ or [ inside"
                + " one another); no input of party-audit is nested that deeply.", e.getMessage());
    }

    @Test
    void theTextReportShowsATerminalEscapeInsteadOfSendingIt() {
        String hostile = "张\u001b[2J\u001b]0;pwned\u0007三";
        String text = TextReport.render(ReportSamples.report(List.of(ReportSamples.person("TRN-003",
                org.dangjian.rules.Severity.HIGH, "p-1", hostile, "c-1", "2020", 40))), id -> id);
        org.junit.jupiter.api.Assertions.assertFalse(text.chars().anyMatch(c -> c == 0x1b || c == 0x07), text);
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("张\\u001B[2J\\u001B]0;pwned\\u0007三"), text);
    }

    @Test
    void lintProblemsShowATerminalEscapeInsteadOfSendingIt() {
        org.dangjian.rules.PackProblem p = org.dangjian.rules.PackProblem.error("rules/\u001b[31mx.drl", 3, 1,
                "unknown name '\u001b[2J'");
        assertEquals("rules/\\u001B[31mx.drl:3:1: unknown name '\\u001B[2J'", p.toString());
    }
}
