package org.dangjian.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.dangjian.examples.generator.DistrictGenerator;
import org.dangjian.examples.generator.GeneratorConfig;
import org.dangjian.model.Dataset;
import org.dangjian.model.OrgType;
import org.dangjian.model.io.DatasetReader;
import org.dangjian.model.io.DatasetWriter;
import org.dangjian.model.io.LoadedDataset;
import org.dangjian.rules.AuditOptions;
import org.dangjian.rules.AuditReport;
import org.dangjian.rules.ComplianceEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job's report is exactly the one-machine audit's ({@code party-audit audit}: the
 * built-in pack, default thresholds) on the sample district, on generated districts with
 * violations and on a city of several districts under a city committee, in small groups so that
 * subtrees, people and posts straddle groups. ({@link PartySparkCommandTest} reads the Parquet form.)
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
    void aGeneratedDistrict() throws Exception {
        for (long seed : new long[] {7}) { // and seed 11 in PartySparkCommandTest
            Path dir = tmp.resolve("district-" + seed);
            new DistrictGenerator(config(700, seed)).write(dir, true);
            assertSame(dir, 200);
        }
    }

    @Test
    void aCityOfDistrictsUnderACityCommittee() throws Exception {
        Path dir = tmp.resolve("city");
        DistrictGenerator.city(config(900, 3), 3).write(dir, true);
        Dataset city = DatasetReader.read(dir).dataset();
        assertEquals(4, city.organizations().stream().filter(o -> o.type() == OrgType.DISTRICT_COMMITTEE).count());
        assertEquals(3, city.children(DistrictGenerator.CITY_ID).size(), "three districts under the city committee");
        assertSame(dir, 200);
    }

    static GeneratorConfig config(long members, long seed) {
        return new GeneratorConfig(members, seed, LocalDate.of(2020, 12, 31), 0.08,
                GeneratorConfig.DEFAULT_RECTIFICATION_SHARE);
    }

    /** Audits {@code dir} both ways and compares the whole reports. */
    static AuditReport assertSame(Path dir, int membersPerTask) throws Exception {
        LoadedDataset loaded = DatasetReader.read(dir);
        AuditReport expected = ComplianceEngine.builtIn().audit(loaded.dataset(),
                AuditOptions.DEFAULTS.withDatasetSha256(loaded.sha256()));
        AuditJob.Outcome o = new AuditJob(LocalSpark.session(), JobSettings.defaults(), Optional.empty(), membersPerTask)
                .run(dir.toString());
        assertTrue(o.groups() > 2, "the dataset is audited in several groups: " + o.groups());
        assertFalse(expected.findings().isEmpty(), "a dataset with violations has findings");
        assertEquals(expected.findings(), o.report().findings());
        assertEquals(expected.summary(), o.report().summary());
        assertEquals(expected, o.report());
        return o.report();
    }
}
