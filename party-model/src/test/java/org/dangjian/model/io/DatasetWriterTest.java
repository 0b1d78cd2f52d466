package org.dangjian.model.io;

import static org.dangjian.model.testing.TestRecords.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.stream.Stream;
import org.dangjian.model.Dataset;
import org.dangjian.model.OrgType;
import org.dangjian.model.RecordKind;
import org.dangjian.model.testing.TestRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layout the writer produces: one record per line, defaults left out, plain numbers. */
class DatasetWriterTest {

    @TempDir
    Path dir;

    static final Dataset SMALL = Dataset.builder(AS_OF)
            .add(TestRecords.org("o-1", OrgType.BRANCH))
            .add(TestRecords.person("p-1"))
            .add(TestRecords.member("p-1", "o-1"))
            .add(TestRecords.dues("p-1", YearMonth.of(2020, 1), 1200.0))
            .add(TestRecords.dues("p-1", YearMonth.of(2020, 2), 0.1))
            .present(RecordKind.TRAININGS)
            .build();

    @Test
    void writesOneRecordPerLineWithoutDefaults() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetWriter.writeJson(SMALL, out);
        assertEquals("""
                {
                  "asOf": "2020-12-31",
                  "organizations": [
                    {"id":"o-1","name":"组织 o-1","type":"BRANCH","sector":"COMMUNITY","established":"2000-01-01"}
                  ],
                  "people": [
                    {"id":"p-1","name":"人员 p-1","gender":"MALE","birthDate":"1980-01-01","education":"BACHELOR"}
                  ],
                  "memberships": [
                    {"personId":"p-1","organizationId":"o-1","status":"FULL","admitted":"2005-07-01","fullSince":"2006-07-01"}
                  ],
                  "trainings": [],
                  "duesPayments": [
                    {"personId":"p-1","month":"2020-01","amountYuan":1200},
                    {"personId":"p-1","month":"2020-02","amountYuan":0.1}
                  ]
                }
                """, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writingAFileReplacesItWholeAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("d.json");
        Files.writeString(file, "old content that is longer than nothing");
        DatasetWriter.writeJson(SMALL, file);
        assertEquals(SMALL, DatasetReader.read(file).dataset());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }
}
