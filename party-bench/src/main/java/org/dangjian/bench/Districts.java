package org.dangjian.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.dangjian.examples.generator.DistrictGenerator;
import org.dangjian.examples.generator.GeneratorConfig;
import org.dangjian.model.Dataset;
import org.dangjian.model.io.DatasetReader;

/**
 * The benchmarks' data: a district of N members from party-examples' generator with a fixed seed,
 * written in the directory form to a temporary directory and read back as the command line reads
 * it, so the records (and their shared ids and dates) are what a real audit holds.
 */
final class Districts {

    /** The seed of every benchmark dataset: the same bytes in every run. */
    static final long SEED = 7;

    private Districts() {
    }

    /** Generates, writes and reads a district of {@code members} as of 31 December 2020. */
    static Dataset read(long members) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("district-" + members + "-");
            Path data = dir.resolve("data");
            new DistrictGenerator(GeneratorConfig.of(members, SEED)).write(data, true);
            return DatasetReader.read(data).dataset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.dangjian.model.io.InvalidDatasetException e) {
            throw new IllegalStateException("the generator wrote an invalid dataset: " + e.getMessage(), e);
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is no failure of the benchmark
        }
    }
}
