package org.dangjian.model.io;

import static org.dangjian.model.testing.TestRecords.AS_OF;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.dangjian.model.Dataset;
import org.dangjian.model.Education;
import org.dangjian.model.Gender;
import org.dangjian.model.OrgType;
import org.dangjian.model.Person;
import org.dangjian.model.RecordKind;
import org.dangjian.model.testing.TestRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Examples of the streaming sink beside the properties: characters outside the BMP, a closed sink. */
class DatasetSinkTest {

    @TempDir
    Path dir;

    /** 𠮷 (U+20BB7) is a surrogate pair in Java; the part file is read back as text and must survive. */
    @Test
    void charactersOutsideTheBasicPlaneSurviveTheSingleDocument() throws Exception {
        Dataset d = Dataset.builder(AS_OF)
                .add(TestRecords.org("o-1", OrgType.BRANCH))
                .add(new Person("p-1", "𠮷田", Gender.MALE, AS_OF.minusYears(40), Education.BACHELOR, Optional.empty()))
                .present(RecordKind.TRAININGS)
                .build();
        Path file = dir.resolve("d.json");
        try (DatasetSink sink = DatasetSink.json(file, AS_OF)) {
            sink.declare(RecordKind.TRAININGS);
            d.allRecords().forEach(r -> add(sink, r));
            assertEquals(1, sink.count(RecordKind.PEOPLE));
            sink.finish();
        }
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        DatasetWriter.writeJson(d, expected);
        assertArrayEquals(expected.toByteArray(), Files.readAllBytes(file));
        assertEquals(d, DatasetReader.read(file).dataset());
    }

    /** Parts larger than the copy buffer: lines that straddle its edge, and a line longer than it. */
    @Test
    void largePartsAndLongLinesAreCopiedWhole() throws Exception {
        Dataset.Builder b = Dataset.builder(AS_OF).add(TestRecords.org("o-1", OrgType.BRANCH));
        java.util.List<String> everyone = new java.util.ArrayList<>();
        for (int i = 0; i < 9000; i++) { // the activity that all attend takes more than 64 KB
            b.add(new Person("p-" + i, "张" + i, Gender.FEMALE, AS_OF.minusYears(30), Education.BACHELOR, Optional.empty()));
            everyone.add("p-" + i);
        }
        b.add(TestRecords.activity("a-1", "o-1", org.dangjian.model.ActivityType.THEME_PARTY_DAY, AS_OF, everyone));
        Dataset d = b.build();
        Path file = dir.resolve("big.json");
        try (DatasetSink sink = DatasetSink.json(file, AS_OF)) {
            d.allRecords().forEach(r -> add(sink, r));
            sink.finish();
        }
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        DatasetWriter.writeJson(d, expected);
        assertArrayEquals(expected.toByteArray(), Files.readAllBytes(file));
    }

    @Test
    void aFinishedSinkTakesNoMoreRecords() throws Exception {
        DatasetSink sink = DatasetSink.directory(dir.resolve("d"), AS_OF);
        sink.add(TestRecords.org("o-1", OrgType.BRANCH));
        sink.finish();
        assertThrows(IllegalStateException.class, () -> sink.add(TestRecords.org("o-2", OrgType.BRANCH)));
        assertEquals(TestRecords.org("o-1", OrgType.BRANCH), DatasetReader.read(dir.resolve("d")).dataset().organizations().get(0));
    }

    private static void add(DatasetSink sink, Object r) {
        try {
            sink.add(r);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
