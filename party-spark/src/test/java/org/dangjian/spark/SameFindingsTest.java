package org.dangjian.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.dangjian.examples.generator.DistrictGenerator;
import org.dangjian.examples.generator.GeneratorConfig;
import org.dangjian.model.Dataset;
import org.dangjian.model.io.DatasetReader;
import org.dangjian.model.io.DatasetWriter;
import org.dangjian.model.io.LoadedDataset;
import org.dangjian.rules.AuditOptions;
import org.dangjian.rules.AuditReport;
import org.dangjian.rules.ComplianceEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job's findings are exactly those of the one-machine audit ({@code party-audit audit}:
 * the built-in pack, default thresholds) on the sample district and on generated districts with
 * violations, in many small groups so that subtrees, people and posts straddle groups.
 */
class SameFindingsTest {

    @TempDir
    Path tmp;

    @Test
    void theSampleDistrict() throws Exception {
        Dataset sample = DatasetReader.read(Path.of("../party-examples/sample-district.json")).dataset();
        Path dir = tmp.resolve("sample");
        DatasetWriter.writeDirectory(sample, dir);
        assertSame(dir, 300);
    }

    @Test
    void generatedDistricts() throws Exception {
        for (long seed : new long[] {1, 7, 42}) {
            Path dir = tmp.resolve("district-" + seed);
            new DistrictGenerator(new GeneratorConfig(1200, seed, java.time.LocalDate.of(2020, 12, 31), 0.08,
                    GeneratorConfig.DEFAULT_RECTIFICATION_SHARE)).write(dir, true);
            assertSame(dir, 250);
        }
    }

    /** Audits {@code dir} both ways and compares everything the report says but its timing. */
    static AuditReport assertSame(Path dir, int membersPerTask) throws Exception {
        LoadedDataset loaded = DatasetReader.read(dir);
        AuditReport expected = ComplianceEngine.builtIn().audit(loaded.dataset(),
                AuditOptions.DEFAULTS.withDatasetSha256(loaded.sha256()));
        AuditJob.Outcome o = new AuditJob(LocalSpark.session(), JobSettings.defaults(), Optional.empty(), membersPerTask)
                .run(dir.toString());
        assertTrue(o.groups() > 2, "the dataset is audited in several groups: " + o.groups());
        assertTrue(!expected.findings().isEmpty(), "a dataset with violations has findings");
        assertEquals(expected.findings(), o.report().findings());
        assertEquals(expected.summary(), o.report().summary());
        assertEquals(expected, o.report());
        return o.report();
    }
}
