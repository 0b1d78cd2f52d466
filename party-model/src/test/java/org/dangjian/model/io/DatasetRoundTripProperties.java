package org.dangjian.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dangjian.model.Dataset;
import org.dangjian.model.testing.DatasetArbitraries;

/** Whatever valid dataset is written, reading it back gives the same dataset, in either form. */
class DatasetRoundTripProperties {

    @Provide
    Arbitrary<Dataset> datasets() {
        return DatasetArbitraries.validDatasets();
    }

    @Property(tries = 300)
    void generatedDatasetsAreValid(@ForAll("datasets") Dataset d) {
        assertEquals(java.util.List.of(), DatasetValidator.validate(d));
    }

    @Property(tries = 300)
    void jsonFormSurvivesWriteThenRead(@ForAll("datasets") Dataset d) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetWriter.writeJson(d, out);
        LoadedDataset back = DatasetReader.read(new ByteArrayInputStream(out.toByteArray()), "generated");
        assertEquals(d, back.dataset());
        assertEquals(java.util.List.of(), back.warnings());

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        DatasetWriter.writeJson(back.dataset(), again);
        assertArrayEquals(out.toByteArray(), again.toByteArray(), "writing is deterministic");
    }

    @Property(tries = 100)
    void directoryFormSurvivesWriteThenRead(@ForAll("datasets") Dataset d) throws Exception {
        Path dir = Files.createTempDirectory("dataset-dir");
        try {
            DatasetWriter.writeDirectory(d, dir);
            LoadedDataset back = DatasetReader.read(dir);
            assertEquals(d, back.dataset());
            assertEquals(java.util.List.of(), back.warnings());
        } finally {
            deleteTree(dir);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
