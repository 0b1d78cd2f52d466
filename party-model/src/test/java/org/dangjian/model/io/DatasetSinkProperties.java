package org.dangjian.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dangjian.model.Dataset;
import org.dangjian.model.RecordKind;
import org.dangjian.model.testing.DatasetArbitraries;

/**
 * A {@link DatasetSink} fed a dataset's records one by one, kinds interleaved, writes the bytes
 * {@link DatasetWriter} writes for the whole dataset, in either form.
 */
class DatasetSinkProperties {

    @Provide
    Arbitrary<Dataset> datasets() {
        return DatasetArbitraries.validDatasets();
    }

    @Property(tries = 100)
    void jsonFormHasTheWritersBytes(@ForAll("datasets") Dataset d) throws Exception {
        Path dir = Files.createTempDirectory("sink-json");
        try {
            Path file = dir.resolve("d.json");
            try (DatasetSink sink = DatasetSink.json(file, d.asOf())) {
                feedInterleaved(d, sink);
                sink.finish();
            }
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            DatasetWriter.writeJson(d, expected);
            assertArrayEquals(expected.toByteArray(), Files.readAllBytes(file));
            assertEquals(List.of(file), list(dir), "no part left behind");
        } finally {
            DatasetRoundTripProperties.deleteTree(dir);
        }
    }

    @Property(tries = 50)
    void directoryFormHasTheWritersBytes(@ForAll("datasets") Dataset d) throws Exception {
        Path mine = Files.createTempDirectory("sink-dir");
        Path theirs = Files.createTempDirectory("writer-dir");
        try {
            try (DatasetSink sink = DatasetSink.directory(mine, d.asOf())) {
                feedInterleaved(d, sink);
                sink.finish();
            }
            DatasetWriter.writeDirectory(d, theirs);
            List<Path> names = list(theirs).stream().map(Path::getFileName).toList();
            assertEquals(names, list(mine).stream().map(Path::getFileName).toList());
            for (Path name : names) {
                assertArrayEquals(Files.readAllBytes(theirs.resolve(name)), Files.readAllBytes(mine.resolve(name)), name.toString());
            }
        } finally {
            DatasetRoundTripProperties.deleteTree(mine);
            DatasetRoundTripProperties.deleteTree(theirs);
        }
    }

    @Property(tries = 20)
    void anUnfinishedSinkLeavesNothing(@ForAll("datasets") Dataset d) throws Exception {
        Path dir = Files.createTempDirectory("sink-abandoned");
        try {
            try (DatasetSink sink = DatasetSink.json(dir.resolve("d.json"), d.asOf())) {
                feedInterleaved(d, sink);
            }
            try (DatasetSink sink = DatasetSink.directory(dir.resolve("d"), d.asOf())) {
                feedInterleaved(d, sink);
            }
            assertEquals(List.of(dir.resolve("d")), list(dir));
            assertFalse(Files.list(dir.resolve("d")).findAny().isPresent());
        } finally {
            DatasetRoundTripProperties.deleteTree(dir);
        }
    }

    /** Declares the dataset's arrays, then adds one record of each kind in turn, as a generator would. */
    private static void feedInterleaved(Dataset d, DatasetSink sink) throws Exception {
        for (RecordKind kind : RecordKind.values()) {
            if (d.has(kind)) {
                sink.declare(kind);
            }
        }
        int longest = 0;
        for (RecordKind kind : RecordKind.values()) {
            longest = Math.max(longest, d.records(kind).size());
        }
        for (int i = 0; i < longest; i++) {
            for (RecordKind kind : RecordKind.values()) {
                List<Object> records = d.records(kind);
                if (i < records.size()) {
                    sink.add(records.get(i));
                }
            }
        }
    }

    private static List<Path> list(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
