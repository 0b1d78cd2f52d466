package org.dangjian.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code party-audit validate} on the documented examples, and on a user's mistakes. */
class ValidateCommandTest {

    static final String MINIMAL = Path.of("..", "docs", "examples", "minimal-dataset.json").toString();
    static final String BROKEN = Path.of("..", "docs", "examples", "broken-dataset.json").toString();

    /** What a run printed and returned. */
    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = PartyAudit.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int exit = cmd.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void aValidDatasetIsOkWithItsCounts() {
        Run r = run("validate", MINIMAL);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("OK: a valid dataset as of 2020-12-31 (sha256 "), r.out());
        assertTrue(r.out().contains("  organizations                   5\n"), r.out());
        assertTrue(r.out().contains("  petitions                  absent\n"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void aBrokenDatasetListsErrorsThenWarningsAndExitsWith2() {
        Run r = run("validate", BROKEN);
        assertEquals(2, r.exit());
        String[] lines = r.out().split("\n");
        assertEquals(BROKEN + " is not a valid dataset: 9 errors, 1 warning", lines[0]);
        assertEquals("Errors:", lines[1]);
        assertEquals("  people[1].birthDate: \"1968-09-31\" is not a date that exists.", lines[2]);
        assertEquals("Warnings:", lines[11]);
        assertEquals("  people[0].phone: Unknown field \"phone\" is ignored.", lines[12]);
        assertEquals("", r.err());
    }

    @Test
    void jsonFormatForMachines() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode ok = json.readTree(run("validate", "--format", "json", MINIMAL).out());
        assertTrue(ok.get("valid").asBoolean());
        assertEquals(5, ok.get("counts").get("organizations").asInt());
        assertFalse(ok.get("counts").has("petitions"), "absent arrays have no count");

        Run r = run("validate", "--format=json", BROKEN);
        assertEquals(2, r.exit());
        JsonNode bad = json.readTree(r.out());
        assertFalse(bad.get("valid").asBoolean());
        assertEquals(9, bad.get("errors").size());
        assertEquals("people[1].birthDate", bad.get("errors").get(0).get("path").asText());
        assertEquals("people[0].phone", bad.get("warnings").get(0).get("path").asText());
    }

    @Test
    void aMissingFileIsOneLineOnStderr() {
        Run r = run("validate", "no-such-dataset.json");
        assertEquals(2, r.exit());
        assertEquals("party-audit: no such file or directory: no-such-dataset.json\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void aBadCommandLineGetsAMessageAndAHintNotAStackTrace() {
        Run r = run("validate", "--format", "xml", MINIMAL);
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("party-audit: Invalid value for option '--format'"), r.err());
        assertTrue(r.err().endsWith("Try 'party-audit validate --help' for more information.\n"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());

        Run none = run();
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("Usage: party-audit"), none.err());

        Run unknown = run("frobnicate");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().startsWith("party-audit: Unmatched argument"), unknown.err());
    }

    @Test
    void helpAndVersionExitWith0() {
        assertEquals(0, run("--help").exit());
        Run v = run("--version");
        assertEquals(0, v.exit());
        assertTrue(v.out().startsWith("party-audit "), v.out());
    }
}
