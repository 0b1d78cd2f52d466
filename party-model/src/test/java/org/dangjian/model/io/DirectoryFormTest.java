package org.dangjian.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.dangjian.model.Dataset;
import org.dangjian.model.OrgType;
import org.dangjian.model.RecordKind;
import org.dangjian.model.testing.TestRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The directory form: dataset.json plus one JSON Lines file per record kind, problems by line. */
class DirectoryFormTest {

    static final String ORGS = """
            {"id": "o-1", "name": "第一支部", "type": "BRANCH", "sector": "COMMUNITY", "established": "2000-01-01"}
            """;
    static final String PEOPLE = """
            {"id": "p-1", "name": "张三", "gender": "MALE", "birthDate": "1980-01-01", "education": "BACHELOR"}
            {"id": "p-2", "name": "李四", "gender": "FEMALE", "birthDate": "1985-01-01", "education": "MASTER"}
            """;

    @TempDir
    Path dir;

    @Test
    void readsTheDirectoryAndFingerprintsItsFilesInOrder() throws Exception {
        write("dataset.json", "{\"asOf\": \"2020-12-31\"}\n");
        write("organizations.jsonl", ORGS);
        write("people.jsonl", PEOPLE);
        write("trainings.jsonl", "");
        LoadedDataset loaded = DatasetReader.read(dir);
        assertEquals(2, loaded.dataset().people().size());
        assertTrue(loaded.dataset().has(RecordKind.TRAININGS), "an empty file is a present, empty array");
        assertFalse(loaded.dataset().has(RecordKind.MEMBERSHIPS));
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String f : List.of("dataset.json", "organizations.jsonl", "people.jsonl", "trainings.jsonl")) {
            sha.update(Files.readAllBytes(dir.resolve(f)));
        }
        assertEquals(HexFormat.of().formatHex(sha.digest()), loaded.sha256());
    }

    @Test
    void problemsAreNamedByFileAndLineAndTheRestOfTheFileIsStillChecked() throws Exception {
        write("dataset.json", "{\"asOf\": \"2020-12-31\"}\n");
        write("organizations.jsonl", ORGS);
        write("people.jsonl", PEOPLE);
        write("memberships.jsonl", """
                {"personId": "p-1", "organizationId": "o-1", "status": "FULL", "admitted": "2005-07-01"}

                {"personId": "p-2", "organizationId": "o-1", "status": "FULL", "admitted": "2005-13-01"}
                {"personId": "p-3", "organizationId": "o-1", "status": "FULL", "admitted": "2005-07-01"
                {"personId": "p-3", "organizationId": "o-9", "status": "FULL", "admitted": "2005-07-01"}
                """);
        write("memberevaluations.jsonl", "");
        List<Problem> problems = assertThrows(InvalidDatasetException.class, () -> DatasetReader.read(dir)).problems();
        assertEquals(List.of(
                Problem.error("memberships.jsonl:3.admitted",
                        "\"2005-13-01\" is not a date that exists."),
                Problem.error("memberships.jsonl:4", "The line is not valid JSON: it ends before the record is"
                        + " complete (is a closing } or \" missing?)."),
                Problem.error("memberships.jsonl:5.personId", "There is no person with the id \"p-3\"."),
                Problem.error("memberships.jsonl:5.organizationId", "There is no organization with the id \"o-9\"."),
                Problem.warning("memberevaluations.jsonl",
                        "The file memberevaluations.jsonl is not a record kind of the dataset; it is ignored.")),
                problems);
    }

    @Test
    void aDirectoryWithoutDatasetJsonOrOrganizationsIsAnError() {
        List<Problem> problems = assertThrows(InvalidDatasetException.class, () -> DatasetReader.read(dir)).problems();
        assertEquals(List.of("dataset.json", "organizations.jsonl"), problems.stream().map(Problem::path).toList());
    }

    @Test
    void recordArraysInDatasetJsonAreRefused() throws Exception {
        write("dataset.json", "{\"asOf\": \"2020-12-31\", \"organizations\": []}\n");
        write("organizations.jsonl", ORGS);
        List<Problem> problems = assertThrows(InvalidDatasetException.class, () -> DatasetReader.read(dir)).problems();
        assertEquals(List.of(Problem.error("dataset.json:organizations",
                "Records belong in their own file organizations.jsonl in the directory form, not in dataset.json.")), problems);
    }

    @Test
    void writingRemovesFilesOfArraysTheDatasetLacksAndLeavesNoTemporaryFiles() throws Exception {
        write("activities.jsonl", "{\"stale\": true}\n");
        Dataset d = Dataset.builder(TestRecords.AS_OF).add(TestRecords.org("o-1", OrgType.BRANCH))
                .present(RecordKind.PEOPLE).build();
        DatasetWriter.writeDirectory(d, dir);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("dataset.json", "organizations.jsonl", "people.jsonl"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        assertEquals("", Files.readString(dir.resolve("people.jsonl")));
        assertEquals(d, DatasetReader.read(dir).dataset());
    }

    @Test
    void theSameDatasetGivesTheSameSha256InBothForms() throws Exception {
        Dataset d = DatasetReaderTest.read(DatasetReaderTest.VALID).dataset();
        DatasetWriter.writeDirectory(d, dir);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DatasetWriter.writeJson(d, bytes);
        assertEquals(DatasetReader.read(dir).sha256(), DatasetReader.read(dir).sha256(), "deterministic");
        assertEquals(d, DatasetReader.read(dir).dataset());
    }

    private void write(String name, String content) throws Exception {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
