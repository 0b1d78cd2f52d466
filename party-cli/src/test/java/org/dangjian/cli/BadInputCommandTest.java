package org.dangjian.cli;

import static org.dangjian.cli.ValidateCommandTest.MINIMAL;
import static org.dangjian.cli.ValidateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dangjian.cli.ValidateCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code party-audit audit} given inputs and outputs that must not end in a stack trace or a lost
 * file: each is named with its place, exits 2, and writes nothing.
 */
class BadInputCommandTest {

    @TempDir
    Path tmp;

    private static void refusedCleanly(Run r) {
        assertEquals(2, r.exit(), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertEquals("", r.out());
    }

    @Test
    void fullWidthDigitsInParamsAreRefusedAtTheirLine() throws Exception {
        Path params = Files.writeString(tmp.resolve("p.properties"), "# 学时\ntrn.memberMinHours = ３２\n");
        Run r = run("audit", MINIMAL, "--params", params.toString());
        refusedCleanly(r);
        assertTrue(r.err().contains(params + ":2: parameter 'trn.memberMinHours' is written with full-width characters"
                + " (全角) '３２'; write it with half-width ones (半角): 32"), r.err());
        Files.writeString(params, "trn.memberMinHours = 1e400\n");
        refusedCleanly(run("audit", MINIMAL, "--params", params.toString()));
    }

    @Test
    void waiversAndABaselineNestedTooDeeplyAreNamedNotAStackTrace() throws Exception {
        Path deep = Files.writeString(tmp.resolve("deep.json"), "[".repeat(5000) + "]".repeat(5000));
        Path out = tmp.resolve("report.json");
        Run waivers = run("audit", MINIMAL, "--waivers", deep.toString(), "-o", out.toString());
        refusedCleanly(waivers);
        assertTrue(waivers.err().contains(deep + ":1: not JSON at line 1, column 1002: the JSON is nested more than"
                + " 1,000 levels deep"), waivers.err());
        Run baseline = run("audit", MINIMAL, "--baseline", deep.toString(), "-o", out.toString());
        refusedCleanly(baseline);
        assertTrue(baseline.err().contains("not JSON at line 1, column 1002: the JSON is nested more than 1,000"
                + " levels deep"), baseline.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void theOutputMayNotBeTheDatasetOrADirectory() throws Exception {
        Path dataset = Files.copy(Path.of(MINIMAL), tmp.resolve("district.json"));
        byte[] before = Files.readAllBytes(dataset);
        Run same = run("audit", dataset.toString(), "--format", "json", "-o", dataset.toString());
        refusedCleanly(same);
        assertTrue(same.err().contains("--output: " + dataset + " is an input of this run"), same.err());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(dataset));

        Run dir = run("audit", MINIMAL, "--format", "json", "-o", tmp.toString());
        refusedCleanly(dir);
        assertTrue(dir.err().contains(tmp + " is a directory"), dir.err());
    }

    @Test
    void aDeviceIsWrittenThroughNotReplacedByAFile() {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull));
        Run one = run("audit", MINIMAL, "--format", "json", "-o", "/dev/null", "--fail-on", "CRITICAL");
        assertTrue(one.exit() == 0 || one.exit() == 1, one.err());
        assertFalse(Files.isRegularFile(devNull), "/dev/null is still a device");
    }

    @Test
    void aWaiverQuotingATerminalEscapeIsShownNotSent() throws Exception {
        Path waivers = Files.writeString(tmp.resolve("w.csv"), "ruleId,subjectId,justification,approvedBy,expires\n"
                + "TRN-003,p-\u001b[2J,理由,李主任,2099-01-01\n");
        Run r = run("audit", MINIMAL, "--waivers", waivers.toString(), "--fail-on", "CRITICAL", "--format", "json");
        assertTrue(r.err().contains("(TRN-003, p-\\u001B[2J)"), r.err());
        assertFalse(r.err().contains("\u001b"), r.err());
    }
}
