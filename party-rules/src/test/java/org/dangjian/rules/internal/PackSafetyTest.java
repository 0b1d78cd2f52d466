package org.dangjian.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.PackException;
import org.dangjian.rules.PackProblem;
import org.dangjian.rules.RulePack;

/**
 * Hostile packs (恶意规则包): each file under {@code hostile/} tries to exit the JVM, read or write
 * files, open a socket, start a process or a thread, or use reflection. Every one is refused before
 * it is compiled, with the file, line and rule named; had any of them run, this JVM would have
 * exited or left {@code target/hostile-was-here.txt} behind.
 */
class PackSafetyTest {

    static final String DESCRIPTOR = "name = hostile\nversion = 1\nmode = replaces\n";

    /** File, the line of the refused code, and words the message must hold. */
    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of("exit.drl", 12, "rule \"Hostile exit\": System is not allowed"),
                Arguments.of("halt-fully-qualified.drl", 12, "rule \"Hostile halt\": java.lang.Runtime is not allowed"),
                Arguments.of("file-read.drl", 4, "import java.nio.file.Files is not allowed"),
                Arguments.of("file-write.drl", 9, "function leak: java.io.FileWriter is not allowed"),
                Arguments.of("socket.drl", 12, "rule \"Hostile socket\": java.net.Socket is not allowed"),
                Arguments.of("process.drl", 12, "rule \"Hostile process\": ProcessBuilder is not allowed"),
                Arguments.of("reflection.drl", 12, "rule \"Hostile reflection\": getClass is not allowed"),
                Arguments.of("class-for-name.drl", 12, "rule \"Hostile forName\": Class is not allowed"),
                Arguments.of("mvel-property.drl", 13, "rule \"Hostile MVEL class loader\": .declaringClass is not allowed"),
                Arguments.of("eval-condition.drl", 11, "rule \"Hostile eval\": System is not allowed"),
                Arguments.of("from-files.drl", 10, "rule \"Hostile from\": java.nio.file.Files is not allowed"),
                Arguments.of("unicode-escape.drl", 12, "rule \"Hostile escape\": the Unicode escape \\u000a"),
                Arguments.of("metadata.drl", 8, "rule \"Hostile metadata\": System is not allowed"),
                Arguments.of("thread.drl", 12, "rule \"Hostile thread\": Thread is not allowed"),
                Arguments.of("script-engine.drl", 3, "import javax.script.ScriptEngineManager is not allowed"),
                Arguments.of("rule-context.drl", 12, "rule \"Hostile context\": the rule context drools"),
                Arguments.of("salience.drl", 8, "rule \"Hostile salience\": java.lang.Runtime is not allowed"),
                Arguments.of("library-on-class-path.drl", 12, "org.apache.commons.io.FileUtils is not allowed"),
                Arguments.of("import-dataset-writer.drl", 3, "import org.dangjian.model.io.DatasetWriter is not allowed"),
                Arguments.of("import-function.drl", 3, "import function java.lang.System.exit is not allowed"));
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("hostile")
    void hostilePackIsRefusedBeforeItIsCompiled(String file, int line, String words) throws Exception {
        String drl = resource("hostile/" + file);
        PackException e = assertThrows(PackException.class, () -> ComplianceEngine.compile(pack("rules/" + file, drl)));
        String all = String.join("\n", e.problems().stream().map(PackProblem::toString).toList());
        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals("rules/" + file) && p.line() == line
                && p.column() > 0 && p.toString().contains(words)), "expected at line " + line + " '" + words + "' in\n" + all);
        assertFalse(Files.exists(Path.of("target/hostile-was-here.txt")), "a hostile rule ran");
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("hostile")
    void hostileDrlIsRefusedByTheCheckAlone(String file, int line, String words) throws Exception {
        List<PackProblem> problems = PackSafety.check("rules/" + file, resource("hostile/" + file));
        assertFalse(problems.isEmpty(), file);
    }

    @Test
    void aHostileDecisionTableIsRefusedToo() throws Exception {
        String table = resource("hostile/exit-table.drl.csv");
        PackException e = assertThrows(PackException.class,
                () -> ComplianceEngine.compile(pack("rules/exit-table.drl.csv", table)));
        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals("rules/exit-table.drl.csv")
                && p.message().contains("System is not allowed")), e.getMessage());
    }

    @Test
    void wordsInStringsCommentsAndTitlesAreNotProblems() {
        String drl = """
                package local;
                import org.dangjian.rules.facts.OrgProfile;
                import org.dangjian.model.OrgType;
                import java.util.List;
                import java.time.LocalDate;
                import function org.dangjian.rules.Expect.atLeast;
                import function org.dangjian.model.Periods.inForce;
                global org.dangjian.rules.Findings findings;

                // System.exit(0) in a comment is only words; so is /* Runtime */ here.
                rule "Mentions System, Class and Files in its title"
                    @id("L-1") @severity("LOW") @title("System 与 Files 的规则") @clause("java.io.File 'Runtime'")
                when
                    org : OrgProfile( type == OrgType.BRANCH, name != "System.exit(0)", fullMembers < 1 )
                then
                    findings.raise(drools, org, org.name().length() * 0.5, atLeast(java.lang.Math.max(1, 0)));
                end
                """;
        assertEquals(List.of(), PackSafety.check("rules/local.drl", drl));
    }

    @Test
    void theBuiltInPackIsSafe() {
        PackCompiler.drl(RulePack.builtIn(), new java.util.ArrayList<>()).forEach((file, text) ->
                assertEquals(List.of(), PackSafety.check(file, text), file));
    }

    @Test
    void allowListOfNames() {
        assertTrue(PackSafety.allowed("org.dangjian.model.OrgType.BRANCH"));
        assertTrue(PackSafety.allowed("java.util.List"));
        assertTrue(PackSafety.allowed("java.lang.Math.max"));
        assertFalse(PackSafety.allowed("java.util.concurrent.Executors"));
        assertFalse(PackSafety.allowed("java.util.concurrent"));
        assertFalse(PackSafety.allowed("java.lang.Runtime"));
        assertFalse(PackSafety.allowed("org.dangjian.model.io.DatasetReader"));
        assertFalse(PackSafety.allowed("org.dangjian.rules.RulePack"));
        assertFalse(PackSafety.allowed("java.lang.Mathematics"));
    }

    static RulePack pack(String path, String text) throws PackException {
        return RulePack.of(Map.of("pack.properties", DESCRIPTOR, path, text));
    }

    static String resource(String name) throws IOException {
        try (InputStream in = PackSafetyTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
