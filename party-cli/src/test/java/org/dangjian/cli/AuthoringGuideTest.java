package org.dangjian.cli;

import static org.dangjian.cli.ValidateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dangjian.cli.ValidateCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/authoring.md, section 10, done as a policy officer would: the parameter file, the rule and
 * the scenario are taken from the guide itself, so the guide cannot drift from what works.
 */
class AuthoringGuideTest {

    static final Path GUIDE = Path.of("..", "docs", "authoring.md");

    @TempDir
    Path tmp;

    @Test
    void theStepByStepEndsInAPassingTest() throws Exception {
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        String steps = guide.substring(guide.indexOf("## 10."), guide.indexOf("<a id=\"english\">"));
        String params = block(steps, "properties", "mystreet.groupsFromMembers");
        String drl = block(steps, "", "rule \"MS-001");
        String scenario = block(steps, "json", "\"MS-001");

        Path pack = tmp.resolve("my-street");
        Files.createDirectories(pack.resolve("rules"));
        Files.createDirectories(pack.resolve("tests"));
        String descriptor = Files.readString(Path.of(LintCommandTest.EXAMPLE, "pack.properties"))
                .replace("name = street-heping", "name = my-street");
        Files.writeString(pack.resolve("pack.properties"), descriptor);
        Files.writeString(pack.resolve("params.properties"), params);
        Files.writeString(pack.resolve("rules/groups.drl"), drl);

        Run lint = run("lint", pack.toString());
        assertEquals(0, lint.exit(), lint.out() + lint.err());
        assertTrue(lint.out().contains("my-street 1.0.0: 0 error(s), 0 warning(s)"), lint.out());

        Files.writeString(pack.resolve("tests/groups.json"), scenario);
        Run test = run("test", pack.toString());
        assertEquals(0, test.exit(), test.out() + test.err());
        assertTrue(test.out().contains("never shown firing:  none"), test.out());
        assertTrue(test.out().contains("never shown passing: none"), test.out());
        assertTrue(test.out().endsWith("1 passed, 0 failed\n"), test.out());
    }

    /** Section 12: the example pack with the guide's dated value, listed and applied by date. */
    @Test
    void aParameterWithAnEffectiveDateIsListedAndAppliedByDate() throws Exception {
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        String dated = block(guide.substring(guide.indexOf("## 13."), guide.indexOf("<a id=\"english\">")),
                "properties", "heping.patrolMinPerMonth@2021-01-01");
        Path pack = tmp.resolve("street-heping");
        Files.createDirectories(pack.resolve("rules"));
        for (String f : List.of("pack.properties", "cadences.csv", "sources.csv", "rules/local.drl")) {
            Files.copy(Path.of(LintCommandTest.EXAMPLE, f), pack.resolve(f));
        }
        Files.writeString(pack.resolve("params.properties"),
                Files.readString(Path.of(LintCommandTest.EXAMPLE, "params.properties")) + "\n" + dated);

        Run before = run("rules", pack.toString(), "--as-of", "2020-12-31");
        assertEquals(0, before.exit(), before.err());
        assertTrue(before.out().contains("parameters: heping.patrolMinPerMonth = 1次"), before.out());
        Run after = run("rules", pack.toString(), "--as-of", "2021-01-01");
        assertTrue(after.out().contains("parameters: heping.patrolMinPerMonth = 2次"), after.out());

        Run audit = run("audit", ImpactCommandTest.SAMPLE, "--rules", pack.toString(), "--format", "json");
        com.fasterxml.jackson.databind.JsonNode p = new com.fasterxml.jackson.databind.ObjectMapper().readTree(audit.out())
                .get("summary").get("inForce").get("parameters").get(0);
        assertEquals("heping.patrolMinPerMonth", p.get("name").asText());
        assertEquals("1", p.get("value").asText(), "the sample district's 2020 is judged by 2020's value");
        assertEquals("2020-12-31", p.get("validTo").asText());
    }

    /** The fenced block of {@code language} in {@code text} that contains {@code marker}, unindented. */
    static String block(String text, String language, String marker) {
        Matcher m = Pattern.compile("```(\\w*)\\n(.*?)```", Pattern.DOTALL).matcher(text);
        while (m.find()) {
            if (m.group(1).equals(language) && m.group(2).contains(marker)) {
                List<String> lines = List.of(m.group(2).split("\n", -1));
                int indent = lines.stream().filter(l -> !l.isBlank())
                        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
                List<String> out = new ArrayList<>();
                lines.forEach(l -> out.add(l.length() >= indent ? l.substring(indent) : l.strip()));
                return String.join("\n", out);
            }
        }
        throw new AssertionError("no ```" + language + " block with " + marker + " in docs/authoring.md");
    }
}
