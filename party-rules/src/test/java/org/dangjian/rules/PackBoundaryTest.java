package org.dangjian.rules;

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
import org.dangjian.rules.authoring.PackLinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile packs (恶意规则包): each file under {@code hostile/} (DRL or a decision table) tries to exit
 * the JVM, read or write files, open a socket, start a process or a thread, use reflection, reach
 * the session, change or forge the engine's facts, or run code while the pack is compiled. Every
 * one is refused by {@code lint} and by the engine (as {@code audit} and {@code test} compile it)
 * with its file, line and column, and the rule, function or declared type it is in. Had any of
 * them run, this JVM would have exited or {@code target/hostile-was-here.txt} would exist.
 */
class PackBoundaryTest {

    static final String DESCRIPTOR = "name = hostile\nversion = 1\nmode = replaces\n";

    /** File, the line of the refused code, and words the message must hold. */
    static Stream<Arguments> hostile() {
        return Stream.of(
                // Calls outside the vocabulary, found in the bytecode whatever the text looks like.
                Arguments.of("exit.drl", 12, "rule \"Hostile exit\": java.lang.System.exit() is not allowed"),
                Arguments.of("halt-fully-qualified.drl", 12, "rule \"Hostile halt\": java.lang.Runtime.getRuntime() is not allowed"),
                Arguments.of("import-function.drl", 13, "java.lang.System.exit() is not allowed"),
                Arguments.of("eval-condition.drl", 11, "rule \"Hostile eval\": java.lang.System.getenv() is not allowed"),
                Arguments.of("file-read.drl", 13, "java.nio.file.Files.readString() is not allowed"),
                Arguments.of("file-write.drl", 9, "function leak: java.io.FileWriter"),
                Arguments.of("from-files.drl", 7, "rule \"Hostile from\""),
                Arguments.of("socket.drl", 12, "rule \"Hostile socket\": java.net.Socket"),
                Arguments.of("process.drl", 12, "rule \"Hostile process\": java.lang.ProcessBuilder"),
                Arguments.of("thread.drl", 12, "rule \"Hostile thread\": java.lang.Thread"),
                Arguments.of("script-engine.drl", 13, "javax.script.ScriptEngineManager"),
                Arguments.of("reflection.drl", 12, "java.lang.Object.getClass() is not allowed"),
                Arguments.of("class-for-name.drl", 12, "java.lang.Class.getMethod() is not allowed"),
                Arguments.of("method-reference.drl", 12, "java.lang.Runtime.getRuntime() is not allowed"),
                Arguments.of("mvel-property.drl", 8, "java.lang.Class.getClassLoader() is not allowed"),
                Arguments.of("unicode-escape.drl", 7, "rule \"Hostile escape\""),
                Arguments.of("import-dataset-writer.drl", 13, "org.dangjian.model.io.DatasetWriter.writeJson() is not allowed"),
                // A library's classes, by import or by living in its package.
                Arguments.of("library-on-class-path.drl", 12, "org.apache.commons.io.FileUtils.writeStringToFile() is not allowed"),
                Arguments.of("library-class-by-import.drl", 13, "org.mvel2.MVEL.eval() is not allowed"),
                Arguments.of("commons-io-package.drl", 12, "org.apache.commons.io.FileUtils.readFileToString() is not allowed"),
                Arguments.of("library-package.drl", 1, "package org.mvel2 belongs to the platform"),
                Arguments.of("cli-package.drl", 1, "package org.dangjian.cli belongs to the platform"),
                // The session through the rule context, however it is passed on.
                Arguments.of("rule-context.drl", 12, "getKieRuntime() is not allowed"),
                Arguments.of("context-through-list.drl", 13, "RuleContext.getKieRuntime() is not allowed"),
                // Text the old checker misread: a text block.
                Arguments.of("text-block.drl", 18, "mismatched input"),
                // Code that would run while compiling (lint): metadata, attributes, field defaults.
                Arguments.of("metadata.drl", 7, "the value of @id must be a literal"),
                Arguments.of("salience.drl", 9, "the attribute salience must be a literal value"),
                Arguments.of("declared-default.drl", 8, "the default of field home must be a literal"),
                Arguments.of("declared-default-exit.drl", 12, "the default of field code must be a literal"),
                // The engine's facts: never deleted, replaced, forged or changed by a pack.
                Arguments.of("delete-raised.drl", 12, "delete may only take a fact of a type the pack declares"),
                Arguments.of("delete-params.drl", 12, "org.dangjian.rules.vocabulary.Params is the engine's"),
                Arguments.of("replace-params.drl", 13, "insert may only take a fact of a type the pack declares"),
                Arguments.of("insert-raised.drl", 15, "org.dangjian.rules.vocabulary.Raised.<init>() is not allowed"),
                Arguments.of("mutate-evidence.drl", 12, "java.util.SortedMap.clear() is not allowed"),
                Arguments.of("engine-type-metadata.drl", 7, "a pack may declare only its own types"),
                // The same in decision tables: the row of the rule, or the RuleSet cell.
                Arguments.of("exit-table.drl.csv", 8, "rule \"Exit on small branches\": java.lang.System.exit() is not allowed"),
                Arguments.of("delete-table.drl.csv", 8, "delete may only take a fact of a type the pack declares"),
                Arguments.of("mvel-package-table.drl.csv", 1, "package org.mvel2 belongs to the platform"));
    }

    @ParameterizedTest(name = "{0} is refused by the engine")
    @MethodSource("hostile")
    void hostilePackIsRefusedByTheEngine(String file, int line, String words) throws Exception {
        PackException e = assertThrows(PackException.class, () -> ComplianceEngine.compile(pack(file)));
        assertPlaced(e.problems(), file, line, words);
    }

    @ParameterizedTest(name = "{0} is refused by lint")
    @MethodSource("hostile")
    void hostilePackIsRefusedByLint(String file, int line, String words) throws Exception {
        assertPlaced(PackLinter.lint(pack(file)), file, line, words);
    }

    @Test
    void aHostileRuleAddedToTheBuiltInPackIsRefusedToo() throws Exception {
        RulePack added = RulePack.of(Map.of("pack.properties", "name = street\nversion = 1\n",
                "rules/delete-raised.drl", resource("hostile/delete-raised.drl")));
        PackException e = assertThrows(PackException.class, () -> ComplianceEngine.compile(RulePack.builtIn().extendedBy(added)));
        assertPlaced(e.problems(), "packs/street/rules/delete-raised.drl", 12, "delete may only take");
    }

    @Test
    void anAddedPackCannotRaiseUnderACadenceRowsId() throws Exception {
        String drl = """
                package street.a;
                import org.dangjian.rules.vocabulary.cadence.Cadence;
                import org.dangjian.rules.vocabulary.OrgScope;
                global org.dangjian.rules.Findings findings;
                rule "Forged cadence"
                    @id("S-1") @severity("LOW") @title("t") @clause("c") @mechanism("cadence")
                when
                    $c : Cadence()
                    $s : OrgScope()
                then
                end
                """;
        RulePack added = RulePack.of(Map.of("pack.properties", "name = street\nversion = 1\n", "rules/a.drl", drl));
        PackException e = assertThrows(PackException.class, () -> ComplianceEngine.compile(RulePack.builtIn().extendedBy(added)));
        assertPlaced(e.problems(), "packs/street/rules/a.drl", 5, "@mechanism(\"cadence\") is the built-in pack's");
    }

    @Test
    void anImportFromTheFactsOldPackageIsToldWhereTheTypeLivesNow() throws Exception {
        String drl = """
                package street.a;
                import org.dangjian.rules.facts.YearlyTraining;
                import org.dangjian.rules.facts.Params;
                  import org.dangjian.rules.facts.*;
                import org.dangjian.rules.facts.NoSuchFact;
                global org.dangjian.rules.Findings findings;
                rule "Old imports"
                    @id("S-1") @severity("LOW") @title("t") @clause("c")
                when
                    $t : YearlyTraining()
                then
                end
                """;
        RulePack added = RulePack.of(Map.of("pack.properties", "name = street\nversion = 1\n", "rules/a.drl", drl));
        PackException e = assertThrows(PackException.class, () -> ComplianceEngine.compile(RulePack.builtIn().extendedBy(added)));
        assertPlaced(e.problems(), "packs/street/rules/a.drl", 2,
                "YearlyTraining has moved to the rule vocabulary: import org.dangjian.rules.vocabulary.training.YearlyTraining");
        assertPlaced(e.problems(), "packs/street/rules/a.drl", 3, "import org.dangjian.rules.vocabulary.Params");
        assertPlaced(e.problems(), "packs/street/rules/a.drl", 4,
                "the package org.dangjian.rules.facts has moved to the rule vocabulary, org.dangjian.rules.vocabulary");
        assertPlaced(e.problems(), "packs/street/rules/a.drl", 5, "the package org.dangjian.rules.facts has moved");
        assertEquals(4, e.problems().size(), e.problems().toString());
        assertEquals(3, e.problems().stream().filter(p -> p.line() == 4).findFirst().orElseThrow().column());
    }

    @Test
    void anAddedRuleCannotRaiseUnderABuiltInId() throws Exception {
        String drl = """
                package street.a;
                import org.dangjian.rules.vocabulary.OrgProfile;
                global org.dangjian.rules.Findings findings;
                rule "Forged ID"
                    @id("ORG-002") @severity("CRITICAL") @title("t") @clause("c")
                when
                    $o : OrgProfile()
                then
                    findings.raise(drools, $o, 0, "x");
                end
                """;
        RulePack added = RulePack.of(Map.of("pack.properties", "name = street\nversion = 1\n", "rules/a.drl", drl));
        PackException e = assertThrows(PackException.class, () -> ComplianceEngine.compile(RulePack.builtIn().extendedBy(added)));
        assertPlaced(e.problems(), "packs/street/rules/a.drl", 4, "the ID ORG-002 belongs to another pack");
    }

    @Test
    void aPackMayChangeFactsOfItsOwnTypes() throws Exception {
        String drl = """
                package street.own;
                import org.dangjian.rules.vocabulary.OrgProfile;
                import function org.dangjian.rules.Expect.atLeast;
                global org.dangjian.rules.Findings findings;
                declare Tally
                    orgId : String
                    n : int = 0
                end
                rule "Count"
                    @id("S-1") @severity("LOW") @title("t") @clause("c")
                when
                    $o : OrgProfile()
                    not Tally( orgId == $o.orgId() )
                then
                    insert(new Tally($o.orgId(), 1));
                end
                rule "Forget"
                    @id("S-2") @severity("LOW") @title("t") @clause("c")
                when
                    $t : Tally( n > 5 )
                then
                    modify($t) { setN(0) }
                    delete($t);
                end
                """;
        assertEquals(List.of(), PackLinter.lint(RulePack.of(Map.of("pack.properties", DESCRIPTOR, "rules/own.drl", drl)))
                .stream().filter(p -> !p.warning()).toList());
    }

    static void assertPlaced(List<PackProblem> problems, String file, int line, String words) {
        String all = String.join("\n", problems.stream().map(PackProblem::toString).toList());
        assertTrue(problems.stream().anyMatch(p -> p.file().equals(file.contains("/") ? file : "rules/" + file)
                && p.line() == line && p.column() > 0 && !p.warning() && p.toString().contains(words)),
                "expected at line " + line + " '" + words + "' in\n" + all);
        assertFalse(Files.exists(Path.of("target/hostile-was-here.txt")), "a hostile rule ran");
    }

    static RulePack pack(String file) throws Exception {
        return RulePack.of(Map.of("pack.properties", DESCRIPTOR, "rules/" + file, resource("hostile/" + file)));
    }

    static String resource(String name) throws IOException {
        try (InputStream in = PackBoundaryTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
