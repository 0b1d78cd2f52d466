package org.dangjian.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dangjian.model.Dataset;
import org.junit.jupiter.api.Test;

/** The examples in docs/ say what the documentation says they say. */
class ExampleFilesTest {

    static final Path EXAMPLES = Path.of("..", "docs", "examples");

    @Test
    void theMinimalExampleIsValidAndInTheWritersOwnLayout() throws Exception {
        Path file = EXAMPLES.resolve("minimal-dataset.json");
        LoadedDataset loaded = DatasetReader.read(file);
        assertEquals(List.of(), loaded.warnings());
        Dataset d = loaded.dataset();
        assertEquals(5, d.organizations().size());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetWriter.writeJson(d, out);
        assertEquals(Files.readString(file), out.toString(java.nio.charset.StandardCharsets.UTF_8),
                "the example is written the way DatasetWriter writes it");
    }

    @Test
    void theBrokenExampleHasExactlyTheProblemsTheDocumentationLists() {
        List<String> problems = assertThrows(InvalidDatasetException.class,
                () -> DatasetReader.read(EXAMPLES.resolve("broken-dataset.json"))).problems().stream()
                .map(p -> p.level() + " " + p).toList();
        assertEquals(List.of(
                "ERROR people[1].birthDate: \"1968-09-31\" is not a date that exists.",
                "ERROR people[2].education: The required field \"education\" is missing.",
                "ERROR assessments[0].result: \"GOOD\" is not one of the allowed words: EXCELLENT, COMPETENT,"
                        + " BASICALLY_COMPETENT, INCOMPETENT.",
                "ERROR organizations[2].id: The id \"b-1\" is already used by organizations[1]; ids must be unique.",
                "ERROR organizations[2].parentId: There is no organization with the id \"c-9\".",
                "ERROR organizations[0].starRating: The star rating 6 is not between 1 and 5.",
                "ERROR memberships[0].admitted: The admission date 1970-06-30 is before the person's birth date 1972-04-11.",
                "ERROR positions[0].end: The date 2016-06-30 is before the start date 2018-06-30.",
                "ERROR duesPayments[0].amountYuan: The number -65 must be at least 0.",
                "WARNING people[0].phone: Unknown field \"phone\" is ignored."),
                problems);
    }
}
