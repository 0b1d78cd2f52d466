package org.dangjian.cli;

import static org.dangjian.cli.ValidateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dangjian.cli.ValidateCommandTest.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code party-audit impact}: raising {@code trn.memberMinHours} from 32 to 40 on the sample
 * district lists exactly the members whose hours in 2020 lie in [32, 40), in text, JSON and HTML.
 * The set is computed here from the dataset's JSON, apart from the engine's model; the parameter
 * file is the one docs/authoring.md §12 shows.
 */
class ImpactCommandTest {

    static final String SAMPLE = Path.of("..", "party-examples", "sample-district.json").toString();

    @TempDir
    static Path tmp;

    static Set<String> expected;
    static Run run;

    @BeforeAll
    static void raiseTheMembersHours() throws Exception {
        expected = membersBetween(32, 40);
        // the parameter file of docs/authoring.md section 12, so the guide's example is what is tested
        String guide = Files.readString(AuthoringGuideTest.GUIDE, StandardCharsets.UTF_8);
        Path params = tmp.resolve("raised.properties");
        Files.writeString(params, AuthoringGuideTest.block(guide.substring(guide.indexOf("## 12.")),
                "properties", "trn.memberMinHours = 40"));
        run = run("impact", SAMPLE, "--params", params.toString(), "--format", "text,json,html",
                "--output", tmp.resolve("impact").toString());
    }

    /** The judged members (not suspended, not exempt, admitted by 1 January) whose 2020 hours lie in [from, to). */
    static Set<String> membersBetween(double from, double to) throws Exception {
        JsonNode d = new ObjectMapper().readTree(Path.of(SAMPLE).toFile());
        LocalDate asOf = LocalDate.parse(d.get("asOf").asText());
        LocalDate start = LocalDate.of(asOf.getYear(), 1, 1);
        Map<String, Double> hours = new HashMap<>();
        for (JsonNode t : d.get("trainings")) {
            LocalDate day = LocalDate.parse(t.get("date").asText());
            if (!day.isBefore(start) && !day.isAfter(asOf)) {
                hours.merge(t.get("personId").asText(), t.get("hours").asDouble(), Double::sum);
            }
        }
        Set<String> out = new TreeSet<>();
        for (JsonNode m : d.get("memberships")) {
            String person = m.get("personId").asText();
            double h = hours.getOrDefault(person, 0.0);
            boolean judged = !"SUSPENDED".equals(m.path("status").asText()) && !m.path("exempt").asBoolean(false)
                    && !LocalDate.parse(m.get("admitted").asText()).isAfter(start);
            if (judged && h >= from - 1e-9 && h < to - 1e-9) {
                out.add(person);
            }
        }
        return out;
    }

    @Test
    void theJsonListsExactlyTheMembersBetween32And40Hours() throws Exception {
        assertEquals(0, run.exit(), run.err());
        assertTrue(expected.size() > 3, expected.toString());
        JsonNode json = new ObjectMapper().readTree(tmp.resolve("impact.json").toFile());
        assertEquals(expected, subjects(json.get("appeared")));
        assertEquals(0, json.get("disappeared").size());
        assertEquals("trn.memberMinHours", json.get("parameters").get(0).get("name").asText());
        assertEquals("40学时", json.get("parameters").get(0).get("after").asText());
    }

    @Test
    void theTextListsThemBranchByBranch() throws Exception {
        String text = Files.readString(tmp.resolve("impact.txt"), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("规则调整影响分析  截至2020年12月31日\n"), text);
        Set<String> listed = new TreeSet<>();
        Matcher m = Pattern.compile("TRN-001 +[^\\[\\n]+ \\[([^\\]]+)\\]").matcher(text);
        while (m.find()) {
            listed.add(m.group(1));
        }
        assertEquals(expected, listed);
        assertTrue(text.contains("将新增的问题（" + expected.size() + " 项）："), text);
    }

    @Test
    void theHtmlPageEmbedsThemToo() throws Exception {
        String html = Files.readString(tmp.resolve("impact.html"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"report-data\">(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertTrue(m.find());
        JsonNode data = new ObjectMapper().readTree(m.group(1));
        assertEquals(expected, subjects(data.get("appeared")));
        assertTrue(html.contains("<title>规则调整影响分析</title>"));
    }

    @Test
    void withNothingToChangeItSaysSoAndExitsWith2() {
        Run r = run("impact", SAMPLE);
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("say what would change: --params NEW.properties, --rules NEW_PACK, or both"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void anUnknownParameterIsNamedAtItsLine() throws Exception {
        Path params = tmp.resolve("typo.properties");
        Files.writeString(params, "trn.memberMinHour = 40\n");
        Run r = run("impact", SAMPLE, "--params", params.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(params + ":1: unknown parameter 'trn.memberMinHour'"),
                r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    private static Set<String> subjects(JsonNode findings) {
        Set<String> out = new TreeSet<>();
        findings.forEach(f -> {
            assertEquals("TRN-001", f.get("ruleId").asText());
            out.add(f.get("subjectId").asText());
        });
        return out;
    }
}
