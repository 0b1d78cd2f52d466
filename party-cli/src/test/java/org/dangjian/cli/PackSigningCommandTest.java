package org.dangjian.cli;

import static org.dangjian.cli.ValidateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.dangjian.cli.ValidateCommandTest.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code party-audit pack keygen|sign|verify} and {@code audit --require-signed --trusted-keys}:
 * exit 0 for a pack signed by a trusted key, 2 naming the file for anything else, and nothing
 * written by a refused audit.
 */
class PackSigningCommandTest {

    static final String MINIMAL = Path.of("..", "docs", "examples", "minimal-dataset.json").toString();
    static final String RULE = """
            package street;

            import org.dangjian.model.Organization;

            global org.dangjian.rules.Findings findings;

            rule "ST-001 every organization"
                @id("ST-001") @severity("LOW") @title("每个组织一次") @clause("测试")
            when
                $o : Organization()
            then
                findings.raise(drools, $o, 1, 1);
            end
            """;

    @TempDir
    static Path keys;

    @TempDir
    Path tmp;

    static String fingerprint;

    @BeforeAll
    static void keygen() {
        Run r = run("pack", "keygen", "--out", keys.resolve("mine").toString(), "--name", "district");
        assertEquals(0, r.exit(), r.err());
        fingerprint = r.out().lines().filter(l -> l.startsWith("fingerprint: ")).findFirst().orElseThrow().substring(13);
        assertEquals(0, run("pack", "keygen", "--out", keys.resolve("other").toString()).exit());
    }

    Path pack() throws Exception {
        Path p = Files.createDirectories(tmp.resolve("street/rules"));
        Files.writeString(tmp.resolve("street/pack.properties"), "name = street\nversion = 2\nmode = replaces\n");
        Files.writeString(p.resolve("local.drl"), RULE);
        return tmp.resolve("street");
    }

    String key() {
        return keys.resolve("mine/district.key").toString();
    }

    String trusted() {
        return keys.resolve("mine").toString();
    }

    @Test
    void keygenWritesAnOwnerOnlyPrivateKeyAndRefusesToOverwriteIt() throws Exception {
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(keys.resolve("mine/district.key"))));
        assertTrue(Files.readString(keys.resolve("mine/district.pub")).startsWith("-----BEGIN PUBLIC KEY-----"));
        Run again = run("pack", "keygen", "--out", trusted(), "--name", "district");
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("already exists: a key is never overwritten"), again.err());
        Run inPack = run("pack", "keygen", "--out", pack().resolve("keys").toString());
        assertEquals(2, inPack.exit());
        assertTrue(inPack.err().contains("a private key never goes into a pack"), inPack.err());
    }

    @Test
    void signThenVerifyThenOneByteChangedIsNamed() throws Exception {
        Path pack = pack();
        Run signed = run("pack", "sign", pack.toString(), "--key", key());
        assertEquals(0, signed.exit(), signed.err());
        assertTrue(signed.out().contains("signed by key " + fingerprint), signed.out());
        Run ok = run("pack", "verify", pack.toString(), "--trusted-keys", trusted());
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().startsWith("street 2: every file as signed"), ok.out());

        Path drl = pack.resolve("rules/local.drl");
        Files.writeString(drl, RULE.replace("@severity(\"LOW\")", "@severity(\"INFO\")"));
        Run bad = run("pack", "verify", pack.toString(), "--trusted-keys", trusted());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains(drl + ":0:0: pack street 2: changed after signing"), bad.err());
        Run noKeys = run("pack", "verify", pack.toString());
        assertEquals(2, noKeys.exit());
    }

    @Test
    void verifyRefusesAnotherKeyAndAnUnsignedPack() throws Exception {
        Path pack = pack();
        Run unsigned = run("pack", "verify", pack.toString());
        assertEquals(2, unsigned.exit());
        assertTrue(unsigned.err().contains(pack.resolve("pack.signature") + ":0:0: pack street 2 is not signed"),
                unsigned.err());
        assertEquals(0, run("pack", "sign", pack.toString(), "--key", keys.resolve("other/signing.key").toString()).exit());
        Run other = run("pack", "verify", pack.toString(), "--trusted-keys", trusted());
        assertEquals(2, other.exit());
        assertTrue(other.err().contains("which is not among the trusted keys"), other.err());
    }

    @Test
    void aRefusedAuditWritesNothingAndNamesThePackAndTheFile() throws Exception {
        Path pack = pack();
        Path report = tmp.resolve("report.json");
        Run unsigned = run("audit", MINIMAL, "--rules", pack.toString(), "--require-signed", "--trusted-keys", trusted(),
                "--format", "json", "--output", report.toString());
        assertEquals(2, unsigned.exit());
        assertTrue(unsigned.err().contains("the rule pack " + pack + " is refused (--require-signed)"), unsigned.err());
        assertTrue(unsigned.err().contains(pack.resolve("pack.signature") + ":0:0: pack street 2 is not signed"),
                unsigned.err());
        assertFalse(Files.exists(report));

        assertEquals(0, run("pack", "sign", pack.toString(), "--key", key()).exit());
        Files.writeString(pack.resolve("params.properties"), "# added after signing\n");
        Run added = run("audit", MINIMAL, "--rules", pack.toString(), "--require-signed", "--trusted-keys", trusted(),
                "--format", "json", "--output", report.toString());
        assertEquals(2, added.exit());
        assertTrue(added.err().contains(pack.resolve("params.properties") + ":0:0: pack street 2: added after signing"),
                added.err());
        assertFalse(Files.exists(report));

        Run half = run("audit", MINIMAL, "--rules", pack.toString(), "--require-signed");
        assertEquals(2, half.exit());
        assertTrue(half.err().contains("--require-signed needs --trusted-keys"), half.err());
    }

    @Test
    void aSignedPackIsAuditedWithItsSignerInTheReportAndAnUnsignedOneWithoutTheRequirement() throws Exception {
        Path pack = pack();
        Path unsignedReport = tmp.resolve("unsigned.json");
        Run plain = run("audit", MINIMAL, "--rules", pack.toString(), "--format", "json", "--output",
                unsignedReport.toString(), "--fail-on", "CRITICAL");
        assertEquals(0, plain.exit(), plain.err());
        assertTrue(Files.readString(unsignedReport).contains("\"status\" : \"UNSIGNED\""));

        assertEquals(0, run("pack", "sign", pack.toString(), "--key", key()).exit());
        Path report = tmp.resolve("report");
        Run r = run("audit", MINIMAL, "--rules", pack.toString(), "--require-signed", "--trusted-keys", trusted(),
                "--format", "json,text", "--output", report.toString(), "--fail-on", "CRITICAL");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(Path.of(report + ".json")).contains("\"signer\" : \"" + fingerprint + "\""));
        assertTrue(Files.readString(Path.of(report + ".txt")).contains("签名：street 2 已签名，签名密钥指纹 "
                + fingerprint.substring(0, 16)));
    }

    @Test
    void theGuidesWorkedExampleOnTheExamplePack() throws Exception {
        Path pack = tmp.resolve("street-heping");
        Path example = Path.of(LintCommandTest.EXAMPLE);
        try (var files = Files.walk(example)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, pack.resolve(example.relativize(f).toString()));
            }
        }
        assertEquals(0, run("pack", "sign", pack.toString(), "--key", key()).exit());
        Run ok = run("pack", "verify", pack.toString(), "--trusted-keys", trusted());
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().startsWith("street-heping 1.0.0: every file as signed; pack sha256 "), ok.out());
        assertTrue(ok.out().contains("signed by key " + fingerprint + ", a trusted key (" + trusted() + ")"), ok.out());

        Path drl = pack.resolve("rules/local.drl");
        Files.writeString(drl, Files.readString(drl).replace("@severity(\"LOW\")", "@severity(\"INFO\")"));
        Run bad = run("pack", "verify", pack.toString(), "--trusted-keys", trusted());
        assertEquals(2, bad.exit());
        assertEquals("party-audit: the signature of " + pack + " does not hold:", bad.err().lines().findFirst().orElseThrow());
        assertTrue(bad.err().contains("  " + drl + ":0:0: pack street-heping 1.0.0: changed after signing (SHA-256 "),
                bad.err());
    }

    @Test
    void aPublicKeyIsNoSigningKeyAndABadTrustedKeyIsNamed() throws Exception {
        Path pack = pack();
        Run pub = run("pack", "sign", pack.toString(), "--key", keys.resolve("mine/district.pub").toString());
        assertEquals(2, pub.exit());
        assertTrue(pub.err().contains("district.pub:0:0: not a private key of party-audit pack keygen"), pub.err());
        assertFalse(Files.exists(pack.resolve("pack.signature")));

        Path bad = Files.createDirectories(tmp.resolve("trusted"));
        Files.write(bad.resolve("junk.pub"), new byte[] {(byte) 0xff, 0, 1});
        Run r = run("pack", "verify", pack.toString(), "--trusted-keys", bad.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(bad.resolve("junk.pub") + ":0:0: not an Ed25519 public key"), r.err());
    }

    @Test
    void impactRefusesAnUnsignedPackAsTheAuditDoes() throws Exception {
        Path pack = pack();
        Path report = tmp.resolve("impact.json");
        Run unsigned = run("impact", MINIMAL, "--rules", pack.toString(), "--require-signed", "--trusted-keys", trusted(),
                "--format", "json", "--output", report.toString());
        assertEquals(2, unsigned.exit());
        assertTrue(unsigned.err().contains("the rule pack " + pack + " is refused (--require-signed)"), unsigned.err());
        assertTrue(unsigned.err().contains(pack.resolve("pack.signature") + ":0:0: pack street 2 is not signed"),
                unsigned.err());
        assertFalse(Files.exists(report));

        assertEquals(0, run("pack", "sign", pack.toString(), "--key", key()).exit());
        Run signed = run("impact", MINIMAL, "--rules", pack.toString(), "--require-signed", "--trusted-keys", trusted(),
                "--format", "json", "--output", report.toString());
        assertEquals(0, signed.exit(), signed.err());
        assertTrue(Files.exists(report));

        Run half = run("impact", MINIMAL, "--rules", pack.toString(), "--trusted-keys", trusted());
        assertEquals(2, half.exit());
        assertTrue(half.err().contains("--trusted-keys goes with --require-signed"), half.err());
    }
}
