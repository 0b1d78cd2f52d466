package org.dangjian.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pack's files are read as untrusted input (包文件读取): regular files inside the pack only, within
 * size limits counted as they are read; anything else is refused naming the file, before a byte of
 * it is used. A file that is not a pack at all is said to be one, not met with a stack trace.
 */
class PackFilesTest {

    private static final String DESCRIPTOR = "name = street\nversion = 1\n";

    @TempDir
    Path dir;

    @Test
    void aSymbolicLinkInsideAPackIsRefusedAndNotFollowed() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "the secret");
        Path pack = Files.createDirectories(dir.resolve("pack/rules"));
        Files.writeString(dir.resolve("pack/pack.properties"), DESCRIPTOR);
        Files.createSymbolicLink(pack.resolve("leak.drl"), secret);
        PackException e = assertThrows(PackException.class, () -> RulePack.load(dir.resolve("pack")));
        assertEquals("rules/leak.drl", e.problems().get(0).file());
        assertTrue(e.problems().get(0).message().contains("a symbolic link"), e.getMessage());
        assertTrue(!e.getMessage().contains("the secret"), e.getMessage());
    }

    @Test
    void aLinkedFolderInsideAPackIsRefused() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("x.drl"), "package x;");
        Files.createDirectories(dir.resolve("pack"));
        Files.writeString(dir.resolve("pack/pack.properties"), DESCRIPTOR);
        Files.createSymbolicLink(dir.resolve("pack/rules"), outside);
        PackException e = assertThrows(PackException.class, () -> RulePack.load(dir.resolve("pack")));
        assertEquals("rules", e.problems().get(0).file());
    }

    @Test
    void aFifoInsideAPackIsRefusedWithoutWaitingOnIt() throws Exception {
        Files.createDirectories(dir.resolve("pack"));
        Files.writeString(dir.resolve("pack/pack.properties"), DESCRIPTOR);
        Process p = new ProcessBuilder("mkfifo", dir.resolve("pack/params.properties").toString()).start();
        assertEquals(0, p.waitFor());
        PackException e = assertThrows(PackException.class, () -> RulePack.load(dir.resolve("pack")));
        assertTrue(e.problems().get(0).message().contains("not a regular file"), e.getMessage());
    }

    @Test
    void aDeviceIsNotAPack() {
        PackException e = assertThrows(PackException.class, () -> RulePack.load(Path.of("/dev/null")));
        assertTrue(e.getMessage().contains("neither a directory nor a regular file"), e.getMessage());
    }

    @Test
    void aTarGzIsNotAPack() throws Exception {
        Path tgz = dir.resolve("pack.tar.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tgz))) {
            out.write("pack.properties".getBytes(StandardCharsets.UTF_8));
        }
        PackException e = assertThrows(PackException.class, () -> RulePack.load(tgz));
        assertTrue(e.getMessage().contains("is not a zip or jar file"), e.getMessage());
    }

    @Test
    void aZipBombIsRefusedAsSoonAsItInflatesPastTheLimit() throws Exception {
        Path zip = dir.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("pack.properties"));
            out.write(DESCRIPTOR.getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("rules/big.drl"));
            byte[] zeros = new byte[1 << 20];
            for (int k = 0; k < 8; k++) {
                out.write(zeros);
            }
        }
        assertTrue(Files.size(zip) < 100_000, "the bomb is small: " + Files.size(zip));
        PackException e = assertThrows(PackException.class, () -> RulePack.load(zip));
        assertEquals("rules/big.drl", e.problems().get(0).file());
        assertTrue(e.getMessage().contains("larger than 4 MB"), e.getMessage());
    }

    @Test
    void aZipEntryThatClimbsOutIsRefused() throws Exception {
        Path zip = dir.resolve("climb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("../pack.properties"));
            out.write(DESCRIPTOR.getBytes(StandardCharsets.UTF_8));
        }
        PackException e = assertThrows(PackException.class, () -> RulePack.load(zip));
        assertTrue(e.getMessage().contains("climbs out of the pack"), e.getMessage());
    }

    @Test
    void aPackInAZipIsRead() throws Exception {
        Path zip = dir.resolve("ok.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("pack.properties"));
            out.write(DESCRIPTOR.getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("rules/"));
            out.putNextEntry(new ZipEntry("rules/a.drl"));
            out.write("package street.a;\n".getBytes(StandardCharsets.UTF_8));
        }
        RulePack pack = RulePack.load(zip);
        assertEquals("street", pack.name());
        assertEquals("package street.a;\n", pack.files().get("rules/a.drl"));
    }

}
