package org.dangjian.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dangjian.bench.HandCodedBaseline.Check;
import org.dangjian.model.Dataset;
import org.dangjian.model.io.DatasetWriter;
import org.dangjian.rules.ComplianceEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * DuckDB's six queries over the directory form find exactly what the hand-coded baseline finds
 * (and so, by {@code BaselineEqualityTest}, the engine): the paired timings compare the same work.
 */
class DuckDbPeerEqualityTest {

    private static final HandCodedBaseline.Thresholds BUILT_IN =
            HandCodedBaseline.Thresholds.of(ComplianceEngine.builtIn().parameters());

    @Test
    void thePeersThresholdsAreTheBuiltInPacks() {
        assertEquals(BUILT_IN, DuckDbPeer.BUILT_IN);
    }

    @ParameterizedTest(name = "edge district of {1} members, seed {0}, as of {2}")
    @CsvSource({
            "1, 2000, 2020-12-31",
            "3, 3000, 2021-06-30",
            "6, 2000, 2024-02-29"})
    void theQueriesFindWhatTheBaselineFinds(long seed, int members, LocalDate asOf, @TempDir Path dir) throws Exception {
        Dataset d = EdgeDistrict.generate(members, seed, asOf);
        DatasetWriter.writeDirectory(d, dir);
        List<Check> expected = new HandCodedBaseline(BUILT_IN).run(d);
        assertEquals(expected.stream().map(DuckDbPeer::line).toList(),
                DuckDbPeer.run(dir, BUILT_IN).stream().map(DuckDbPeer::line).toList());
    }

    @Test
    void theQueriesFindWhatTheBaselineFindsOnAGeneratedDistrict(@TempDir Path dir) throws Exception {
        Dataset d = Generated.district(1000, 9, LocalDate.of(2021, 8, 15), 0.05);
        DatasetWriter.writeDirectory(d, dir);
        assertEquals(new HandCodedBaseline(BUILT_IN).run(d).stream().map(DuckDbPeer::line).toList(),
                DuckDbPeer.run(dir, BUILT_IN).stream().map(DuckDbPeer::line).toList());
    }
}
