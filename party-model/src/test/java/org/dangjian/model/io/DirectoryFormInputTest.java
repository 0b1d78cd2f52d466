package org.dangjian.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The directory form with input that is not what it seems: files that are not files, bytes that
 * are not UTF-8 deep in a file, a byte-order mark, records that do not keep to their line.
 */
class DirectoryFormInputTest {

    private static final String PERSON = "{\"id\": \"p-%d\", \"name\": \"张三\", \"gender\": \"MALE\","
            + " \"birthDate\": \"1980-01-01\", \"education\": \"BACHELOR\"}\n";

    @TempDir
    Path dir;

    @Test
    void aBadByteDeepInAFileIsReportedAtItsOwnLineAndTheLinesAfterItAreStillRead() throws Exception {
        writeBasics();
        ByteArrayOutputStream people = new ByteArrayOutputStream();
        for (int line = 1; line <= 5000; line++) {
            String record = String.format(PERSON, line);
            if (line == 4000) {
                record = record.replace("1980-01-01", "1980-02-30");
            }
            byte[] bytes = record.getBytes(StandardCharsets.UTF_8);
            if (line == 3001) {
                bytes[record.indexOf("张")] = (byte) 0xFF; // the first byte of 张 replaced: not UTF-8
            }
            people.write(bytes);
        }
        Files.write(dir.resolve("people.jsonl"), people.toByteArray());
        List<Problem> problems = assertThrows(InvalidDatasetException.class, () -> DatasetReader.read(dir)).problems();
        assertEquals(List.of("people.jsonl:3001", "people.jsonl:4000.birthDate"),
                problems.stream().map(Problem::path).toList(), problems::toString);
        assertEquals("The line is not valid JSON at column 28: Invalid UTF-8 start byte 0xff.",
                problems.get(0).message());
    }

    @Test
    void aByteOrderMarkIsAcceptedInEveryFileAsInTheOneDocumentForm() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        writeWithBom(bom, "dataset.json", "{\"asOf\": \"2020-12-31\"}\n");
        writeWithBom(bom, "organizations.jsonl", DirectoryFormTest.ORGS);
        writeWithBom(bom, "people.jsonl", DirectoryFormTest.PEOPLE + "{\"id\": \"p-3\"}\n");
        List<Problem> problems = assertThrows(InvalidDatasetException.class, () -> DatasetReader.read(dir)).problems();
        assertEquals("people.jsonl:3.name", problems.get(0).path(), "lines count from the first, BOM or not");

        writeWithBom(bom, "people.jsonl", DirectoryFormTest.PEOPLE);
        LoadedDataset loaded = DatasetReader.read(dir);
        assertEquals(2, loaded.dataset().people().size());
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String f : List.of("dataset.json", "organizations.jsonl", "people.jsonl")) {
            sha.update(Files.readAllBytes(dir.resolve(f)));
        }
        assertEquals(HexFormat.of().formatHex(sha.digest()), loaded.sha256(), "the fingerprint covers the BOM too");
    }

    @Test
    void aDirectoryNamedAsARecordFileIsRefusedByName() throws Exception {
        writeBasics();
        Files.createDirectory(dir.resolve("people.jsonl"));
        Files.createDirectory(dir.resolve("memberships.jsonl"));
        List<Problem> problems = assertThrows(InvalidDatasetException.class, () -> DatasetReader.read(dir)).problems();
        assertEquals(List.of(
                Problem.error("people.jsonl", "This is a directory, not a file of records; the directory form needs"
                        + " a regular file by this name, or none."),
                Problem.error("memberships.jsonl", "This is a directory, not a file of records; the directory form"
                        + " needs a regular file by this name, or none.")), problems);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aFifoIsRefusedByNameWithoutWaitingForAWriter() throws Exception {
        writeBasics();
        Path fifo = dir.resolve("trainings.jsonl");
        assumeTrue(mkfifo(fifo), "mkfifo is not available here");
        List<Problem> problems = assertThrows(InvalidDatasetException.class, () -> DatasetReader.read(dir)).problems();
        assertEquals(List.of(Problem.error("trainings.jsonl", "This is a FIFO, socket or device, not a file of"
                + " records; the directory form needs a regular file by this name, or none.")), problems);
    }

    @Test
    void aDatasetJsonThatIsADirectoryIsNamedAsSuch() throws Exception {
        Files.createDirectory(dir.resolve("dataset.json"));
        Files.writeString(dir.resolve("organizations.jsonl"), DirectoryFormTest.ORGS);
        List<Problem> problems = assertThrows(InvalidDatasetException.class, () -> DatasetReader.read(dir)).problems();
        assertEquals(List.of("dataset.json"), problems.stream().map(Problem::path).toList(), problems::toString);
        assertEquals("This is a directory, not a file of records; the directory form needs a regular file by this"
                + " name, or none.", problems.get(0).message());
    }

    @Test
    void aRecordKeepsToItsLine() throws Exception {
        writeBasics();
        String one = String.format(PERSON, 1).strip();
        String two = String.format(PERSON, 2).strip();
        String three = String.format(PERSON, 3).strip();
        Files.writeString(dir.resolve("people.jsonl"), one + " " + two + "\n"
                + three.replace(", \"gender\"", ",\n\"gender\"") + "\n"
                + "\n"
                + "[\"不是记录\"]\n"
                + "{\"id\": \"p-5\", \"name\": \"王五\", x}\n"
                + String.format(PERSON, 6));
        List<Problem> problems = assertThrows(InvalidDatasetException.class, () -> DatasetReader.read(dir)).problems();
        assertEquals(List.of(
                Problem.error("people.jsonl:1", "A line holds one record; this one has more after it."),
                Problem.error("people.jsonl:2", "The record goes on to line 3; write each record on one line."),
                Problem.error("people.jsonl:5", "Expected a record { ... } on this line, found a list [ ... ]."),
                Problem.error("people.jsonl:6", "The line is not valid JSON at column 29: Unexpected character ('x'"
                        + " (code 120)): was expecting double-quote to start field name.")), problems);
    }

    private void writeBasics() throws Exception {
        Files.writeString(dir.resolve("dataset.json"), "{\"asOf\": \"2020-12-31\"}\n");
        Files.writeString(dir.resolve("organizations.jsonl"), DirectoryFormTest.ORGS);
    }

    private void writeWithBom(byte[] bom, String name, String text) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(bom);
        b.write(text.getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve(name), b.toByteArray());
    }

    private static boolean mkfifo(Path path) {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
