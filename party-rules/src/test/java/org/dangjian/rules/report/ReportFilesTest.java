package org.dangjian.rules.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report files: never over an input, a directory or a device node; all of them or none; failures named. */
class ReportFilesTest {

    @TempDir
    Path dir;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theDatasetItselfAndTheFilesOfADatasetDirectoryAreRefused() throws Exception {
        Path dataset = Files.writeString(dir.resolve("district.json"), "{}");
        ReportFiles.OutputException e = assertThrows(ReportFiles.OutputException.class, () -> ReportFiles.onDisk()
                .writeAll(Map.of(dir.resolve("./district.json"), bytes("report")), List.of(dataset)));
        assertEquals(dir.resolve("./district.json") + " is an input of this run (" + dataset + "); the report would"
                + " overwrite it. Give another name. Nothing was written.", e.getMessage());
        assertEquals("{}", Files.readString(dataset));

        Path district = Files.createDirectory(dir.resolve("district"));
        assertTrue(ReportFiles.refusal(district.resolve("people.jsonl"), List.of(district)).isPresent());
        assertTrue(ReportFiles.refusal(district.resolve("dataset.json"), List.of(district)).isPresent());
        assertFalse(ReportFiles.refusal(district.resolve("report.html"), List.of(district)).isPresent(),
                "a report beside the records is fine");
        assertEquals(district + " is a directory; give the name of a file to write the report to.",
                ReportFiles.refusal(district, List.of()).orElseThrow());
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndStaysALink() throws Exception {
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
        ReportFiles.onDisk().writeAll(Map.of(link, bytes("new")), List.of());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(real));
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.json"), dir.resolve("nowhere/x.json"));
        assertThrows(ReportFiles.OutputException.class,
                () -> ReportFiles.onDisk().writeAll(Map.of(dangling, bytes("x")), List.of()));
    }

    @Test
    void aDeviceIsWrittenThroughNeverReplaced() throws Exception {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull));
        ReportFiles.onDisk().writeAll(Map.of(devNull, bytes("report")), List.of());
        assertFalse(Files.isRegularFile(devNull), "/dev/null is still a device");
    }

    @Test
    void whenOneFileCannotBeWrittenNoneIsAndTheErrorNamesIt() throws Exception {
        Path html = dir.resolve("report.html");
        Path json = Files.writeString(dir.resolve("report.json"), "last year's");
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(html, bytes("<html>"));
        files.put(json, bytes("{}"));
        ReportFiles full = ReportFiles.through((file, b) -> {
            if (file.getFileName().toString().startsWith(".report.json")) {
                throw new java.nio.file.FileSystemException(file.toString(), null, "No space left on device");
            }
            Files.write(file, b);
        });
        ReportFiles.OutputException e = assertThrows(ReportFiles.OutputException.class,
                () -> full.writeAll(files, List.of()));
        assertEquals("cannot write " + json + ": No space left on device. Nothing was written.", e.getMessage());
        assertFalse(Files.exists(html), "the HTML written first is not left alone");
        assertEquals("last year's", Files.readString(json), "the previous report is untouched");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(json), left.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void everyFileIsWrittenWhole() throws IOException {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(dir.resolve("out/report.txt"), bytes("文本"));
        files.put(dir.resolve("out/report.json"), bytes("{}"));
        ReportFiles.onDisk().writeAll(files, List.of());
        assertArrayEquals(bytes("文本"), Files.readAllBytes(dir.resolve("out/report.txt")));
        assertArrayEquals(bytes("{}"), Files.readAllBytes(dir.resolve("out/report.json")));
    }
}
