package org.dangjian.rules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.dangjian.model.Dataset;
import org.dangjian.rules.AuditOptions;
import org.dangjian.rules.AuditReport;
import org.dangjian.rules.Fixtures;
import org.dangjian.rules.Language;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.PackException;
import org.dangjian.rules.PackProblem;
import org.dangjian.rules.PackSignature;
import org.dangjian.rules.RulePack;
import org.dangjian.rules.TrustedKeys;
import org.dangjian.rules.report.HtmlReport;
import org.dangjian.rules.report.ReportContext;
import org.dangjian.rules.report.ReportJson;
import org.dangjian.rules.report.TextReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signed packs (规则包签名): a pack signed with a key verifies, with its signer's fingerprint; a
 * byte changed, a file added or removed after signing, another key, no signature at all are each
 * refused naming the pack's file; the same for a jar; the report carries the fingerprint.
 */
class PackSigningTest {

    static final String RULE = """
            package street;

            import org.dangjian.model.Organization;

            global org.dangjian.rules.Findings findings;

            rule "ST-001 every organization"
                @id("ST-001") @severity("LOW") @title("每个组织一次") @titleEn("Once per organization") @clause("测试")
            when
                $o : Organization()
            then
                findings.raise(drools, $o, 1, 1);
            end
            """;

    @TempDir
    static Path keys;
    static PackSigning.KeyFiles mine;
    static PackSigning.KeyFiles other;

    @TempDir
    Path dir;

    @BeforeAll
    static void keys() throws Exception {
        mine = PackSigning.generate(keys.resolve("mine"), "district");
        other = PackSigning.generate(keys.resolve("other"), "district");
    }

    private Path pack() throws Exception {
        Path pack = Files.createDirectories(dir.resolve("street/rules"));
        Files.writeString(dir.resolve("street/pack.properties"), "name = street\nversion = 1\nmode = replaces\n");
        Files.writeString(pack.resolve("local.drl"), RULE);
        Files.writeString(dir.resolve("street/params.properties"), "# none\n");
        return dir.resolve("street");
    }

    private static TrustedKeys trusting(PackSigning.KeyFiles k) throws Exception {
        return TrustedKeys.read(k.publicKey().getParent());
    }

    private static PackException refused(Path pack, TrustedKeys keys) {
        return assertThrows(PackException.class, () -> RulePack.load(pack).requireSigned(keys));
    }

    @Test
    void aSignedPackVerifiesWithItsSignersFingerprint() throws Exception {
        Path pack = pack();
        PackSignature s = PackSigning.sign(pack, mine.privateKey());
        assertEquals(PackSignature.Status.SIGNED, s.status());
        assertEquals(Optional.of(mine.fingerprint()), s.signer());
        assertEquals(64, mine.fingerprint().length());
        assertEquals(s, PackSigning.verify(pack, Optional.of(trusting(mine))));
        assertEquals(s, PackSigning.verify(pack, Optional.empty()));
        RulePack loaded = RulePack.load(pack);
        assertEquals(loaded, loaded.requireSigned(trusting(mine)));
        assertEquals(loaded.sha256(), s.sha256());
    }

    @Test
    void oneByteChangedAfterSigningIsRefusedNamingTheFile() throws Exception {
        Path pack = pack();
        PackSigning.sign(pack, mine.privateKey());
        Path drl = pack.resolve("rules/local.drl");
        byte[] b = Files.readAllBytes(drl);
        b[b.length / 2] ^= 1;
        Files.write(drl, b);
        PackException e = refused(pack, trusting(mine));
        assertEquals(List.of(drl.toString()), e.problems().stream().map(PackProblem::file).toList());
        assertTrue(e.problems().get(0).message().contains("pack street 1: changed after signing"), e.getMessage());
        assertEquals(PackSignature.Status.INVALID, RulePack.load(pack).signatures().get(0).status());
        assertThrows(PackException.class, () -> PackSigning.verify(pack, Optional.empty()));
    }

    @Test
    void aFileAddedOrRemovedAfterSigningIsRefusedNamingIt() throws Exception {
        Path pack = pack();
        PackSigning.sign(pack, mine.privateKey());
        Path added = Files.writeString(pack.resolve("rules/extra.drl"), "package street;\n");
        PackException e = refused(pack, trusting(mine));
        assertEquals(List.of(added.toString()), e.problems().stream().map(PackProblem::file).toList());
        assertTrue(e.problems().get(0).message().contains("added after signing"), e.getMessage());

        Files.delete(added);
        Path removed = pack.resolve("params.properties");
        Files.delete(removed);
        e = refused(pack, trusting(mine));
        assertEquals(List.of(removed.toString()), e.problems().stream().map(PackProblem::file).toList());
        assertTrue(e.problems().get(0).message().contains("removed after signing"), e.getMessage());
    }

    @Test
    void aPackSignedByAnotherKeyIsRefused() throws Exception {
        Path pack = pack();
        PackSigning.sign(pack, other.privateKey());
        PackException e = refused(pack, trusting(mine));
        assertEquals(pack.resolve("pack.signature").toString(), e.problems().get(0).file());
        assertTrue(e.problems().get(0).message().contains("signed by key "
                + PackSignature.shortFingerprint(other.fingerprint()) + ", which is not among the trusted keys"),
                e.getMessage());
        assertThrows(PackException.class, () -> PackSigning.verify(pack, Optional.of(trusting(mine))));
    }

    @Test
    void aSignatureFileChangedAfterSigningIsRefused() throws Exception {
        Path pack = pack();
        PackSigning.sign(pack, mine.privateKey());
        Path sig = pack.resolve("pack.signature");
        // a forger lists the changed file's new hash: the list no longer matches the signature
        Files.writeString(pack.resolve("params.properties"), "x = 1\n");
        String text = Files.readString(sig);
        String forged = text.replaceFirst("sha256 [0-9a-f]{64} params.properties",
                "sha256 " + "0".repeat(64) + " params.properties");
        Files.writeString(sig, forged);
        PackException e = refused(pack, trusting(mine));
        assertEquals(List.of(sig.toString()), e.problems().stream().map(PackProblem::file).toList());
        assertTrue(e.getMessage().contains("the signature file was changed after signing"), e.getMessage());
    }

    @Test
    void anUnsignedPackIsRefusedWhenSignaturesAreRequiredAndAcceptedOtherwise() throws Exception {
        Path pack = pack();
        RulePack loaded = RulePack.load(pack);
        assertEquals(PackSignature.Status.UNSIGNED, loaded.signatures().get(0).status());
        ComplianceEngine.compile(loaded); // no requirement: accepted
        PackException e = refused(pack, trusting(mine));
        assertEquals(pack.resolve("pack.signature").toString(), e.problems().get(0).file());
        assertTrue(e.problems().get(0).message().contains("pack street 1 is not signed"), e.getMessage());
    }

    @Test
    void theBuiltInPackIsTrustedAsBuiltIn() throws Exception {
        assertEquals(PackSignature.Status.BUILT_IN, RulePack.builtIn().signatures().get(0).status());
        RulePack.builtIn().requireSigned(trusting(mine));
        Path pack = pack();
        Files.writeString(pack.resolve("pack.properties"), "name = street\nversion = 1\nmode = extends\n");
        PackSigning.sign(pack, mine.privateKey());
        RulePack both = RulePack.builtIn().extendedBy(RulePack.load(pack));
        assertEquals(List.of(PackSignature.Status.BUILT_IN, PackSignature.Status.SIGNED),
                both.signatures().stream().map(PackSignature::status).toList());
        both.requireSigned(trusting(mine));
        assertThrows(PackException.class, () -> both.requireSigned(trusting(other)));
    }

    @Test
    void aJarPackIsSignedInsideTheJarAndAChangedEntryIsRefused() throws Exception {
        Path jar = dir.resolve("street.jar");
        Map<String, String> entries = new TreeMap<>(Map.of("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n",
                "pack.properties", "name = street\nversion = 1\nmode = replaces\n", "rules/local.drl", RULE));
        writeJar(jar, entries);
        PackSignature s = PackSigning.sign(jar, mine.privateKey());
        assertEquals(Optional.of(mine.fingerprint()), s.signer());
        assertTrue(jarEntries(jar).containsKey("pack.signature"));
        assertEquals(s, PackSigning.verify(jar, Optional.of(trusting(mine))));
        PackSigning.sign(jar, mine.privateKey()); // signing again replaces the signature, never adds a second
        assertEquals(4, jarEntries(jar).size());

        Map<String, String> changed = jarEntries(jar);
        changed.put("rules/local.drl", RULE.replace("ST-001 every", "ST-001 each"));
        writeJar(jar, changed);
        PackException e = refused(jar, trusting(mine));
        assertEquals(List.of(jar + "!/rules/local.drl"), e.problems().stream().map(PackProblem::file).toList());
    }

    @Test
    void theReportCarriesTheSignersFingerprintInJsonAndText() throws Exception {
        Path pack = pack();
        PackSigning.sign(pack, mine.privateKey());
        ComplianceEngine engine = ComplianceEngine.compile(RulePack.load(pack).requireSigned(trusting(mine)));
        Dataset d = Dataset.builder(Fixtures.YEAR_END).add(Fixtures.branch("b-1", null)).build();
        AuditReport report = engine.audit(d);
        PackSignature s = report.pack().signatures().get(0);
        assertEquals(Optional.of(mine.fingerprint()), s.signer());
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        ReportJson.write(report, json);
        String written = json.toString(StandardCharsets.UTF_8);
        assertTrue(written.contains("\"signer\" : \"" + mine.fingerprint() + "\""), written);
        PackSignature back = ReportJson.read(new java.io.ByteArrayInputStream(json.toByteArray())).pack().signatures().get(0);
        assertEquals(List.of("street", "1", s.sha256(), "SIGNED", mine.fingerprint()),
                List.of(back.pack(), back.version(), back.sha256(), back.status().name(), back.signer().orElseThrow()));
        String text = TextReport.render(report, id -> id);
        String fp = PackSignature.shortFingerprint(mine.fingerprint());
        assertTrue(text.contains("规则包 sha256 " + report.pack().sha256() + "；签名：street 1 已签名，签名密钥指纹 " + fp),
                text);
        ByteArrayOutputStream html = new ByteArrayOutputStream();
        HtmlReport.write(report, ReportContext.of(List.of(), engine.rules()), html);
        assertTrue(html.toString(StandardCharsets.UTF_8).contains("street 1 已签名，签名密钥指纹 " + fp));
        String en = TextReport.render(engine.audit(d, AuditOptions.DEFAULTS.withLanguage(Language.EN)), id -> id);
        assertTrue(en.contains("street 1: signed, key fingerprint " + fp), en);
    }

    @Test
    void keygenWritesThePrivateKeyForItsOwnerOnlyAndNeverOverwritesOrWritesIntoAPack() throws Exception {
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(mine.privateKey())));
        assertFalse(Files.readString(mine.publicKey()).contains("PRIVATE"));
        assertThrows(FileAlreadyExistsException.class, () -> PackSigning.generate(keys.resolve("mine"), "district"));
        Path pack = pack();
        PackException e = assertThrows(PackException.class, () -> PackSigning.generate(pack.resolve("keys"), "k"));
        assertTrue(e.getMessage().contains("a private key never goes into a pack"), e.getMessage());
        assertFalse(Files.exists(pack.resolve("keys")));
    }

    @Test
    void aPackHoldingAPrivateKeyIsNotSigned() throws Exception {
        Path pack = pack();
        Files.copy(mine.privateKey(), pack.resolve("tests/../district.key").normalize());
        PackException e = assertThrows(PackException.class, () -> PackSigning.sign(pack, mine.privateKey()));
        assertEquals("district.key", e.problems().get(0).file());
        assertFalse(Files.exists(pack.resolve("pack.signature")));
    }

    private static void writeJar(Path jar, Map<String, String> entries) throws Exception {
        try (OutputStream raw = Files.newOutputStream(jar); ZipOutputStream z = new ZipOutputStream(raw)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
    }

    private static Map<String, String> jarEntries(Path jar) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (ZipInputStream z = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                out.put(e.getName(), new String(z.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
