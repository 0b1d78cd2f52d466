package org.dangjian.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjian.model.Dataset;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.Fixtures;
import org.dangjian.rules.RulePack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A local pack compiles once across processes: a new engine in a JVM that forgot every compiled
 * pack (as a new process has) loads the classes from disk; an entry that was tampered with or
 * cannot be read is not trusted and the pack is compiled again.
 */
class DiskCacheTest {

    private static final String RULE = """
            package street;

            import org.dangjian.rules.vocabulary.OrgProfile;

            global org.dangjian.rules.Findings findings;

            rule "ST-001 every organization"
                @id("ST-001") @severity("LOW") @title("每个组织一次") @clause("测试")
            when
                $o : OrgProfile()
            then
                findings.raise(drools, $o, 1, 1);
            end
            """;

    @TempDir
    Path dir;

    @AfterEach
    void off() {
        DiskCache.use(Optional.empty());
    }

    @Test
    void aSecondProcessLoadsTheCheckedClassesAndATamperedEntryIsCompiledAgain() throws Exception {
        DiskCache.use(Optional.of(dir));
        long compiled = DiskCache.COMPILED.get();
        long loaded = DiskCache.LOADED.get();
        int findings = audit();
        assertEquals(compiled + 1, DiskCache.COMPILED.get(), "compiled the first time");
        List<Path> entries = entries();
        assertEquals(1, entries.size(), "one entry, no temporary file left: " + entries);

        assertEquals(findings, audit(), "the same findings from the loaded classes");
        assertEquals(compiled + 1, DiskCache.COMPILED.get(), "not compiled again");
        assertEquals(loaded + 1, DiskCache.LOADED.get(), "loaded from the disk");

        tamper(entries.get(0));
        assertEquals(findings, audit());
        assertEquals(compiled + 2, DiskCache.COMPILED.get(), "a class the check refuses: compiled again");
        assertEquals(loaded + 1, DiskCache.LOADED.get());
        assertEquals(findings, audit());
        assertEquals(loaded + 2, DiskCache.LOADED.get(), "the entry was written again, clean");
    }

    @Test
    void anEntryThatCannotBeReadOrBelongsToAnotherPackIsNotTrusted() throws Exception {
        Map<String, String> drl = Map.of("packs/street/rules/a.drl", RULE);
        Path garbage = Files.writeString(dir.resolve("x.zip"), "not a zip");
        assertNull(DiskCache.load(garbage, "x", drl));
        assertNull(DiskCache.load(Files.write(dir.resolve("y.zip"), new byte[0]), "y", drl));
        String one = DiskCache.key(CompileCache.digest(drl), "build");
        String other = DiskCache.key(CompileCache.digest(Map.of("packs/street/rules/a.drl", RULE + "\n")), "build");
        assertNotEquals(one, other, "another DRL, another entry");
        assertNotEquals(one, DiskCache.key(CompileCache.digest(drl), "another build"), "another build, another entry");
        assertNotNull(DiskCache.buildKey(), "party-rules' build is stamped (process-classes)");
    }

    /** Audits a one-branch district with the pack in a JVM that has forgotten every compiled pack. */
    private static int audit() throws Exception {
        CompileCache.clear();
        ComplianceEngine engine = ComplianceEngine.compile(RulePack.of(Map.of(
                "pack.properties", "name = street\nversion = 1\nmode = replaces\n", "rules/once.drl", RULE)));
        Dataset d = Dataset.builder(Fixtures.YEAR_END).add(Fixtures.branch("b-1", null)).build();
        int n = engine.audit(d).findings().size();
        assertTrue(n > 0);
        return n;
    }

    private List<Path> entries() throws Exception {
        try (var s = Files.list(dir)) {
            return s.toList();
        }
    }

    /** Adds to the entry a class that would end the JVM: the pack check must refuse it. */
    private static void tamper(Path entry) throws Exception {
        ModelArchive.Stored s;
        try (InputStream in = Files.newInputStream(entry)) {
            s = ModelArchive.read(in);
        }
        Map<String, byte[]> classes = new LinkedHashMap<>(s.classes());
        String hostile = Hostile.class.getName().replace('.', '/');
        try (InputStream in = DiskCacheTest.class.getResourceAsStream("/" + hostile + ".class")) {
            classes.put(hostile, in.readAllBytes());
        }
        try (OutputStream out = Files.newOutputStream(entry)) {
            ModelArchive.write(out, s.digest(), new PackBuild.Compiled(classes, new ArrayList<>(s.models())));
        }
    }

    static final class Hostile {
        static void run() {
            System.exit(3);
        }
    }
}
