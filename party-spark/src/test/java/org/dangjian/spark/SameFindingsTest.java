package org.dangjian.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.ExceptionFailure;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
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
 * subtrees, people and posts straddle groups; and the same when every group task dies once. ({@link PartySparkCommandTest} reads the Parquet form.)
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
            new DistrictGenerator(config(500, seed)).write(dir, true);
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

    /**
     * Every group task dies on its first attempt, after auditing its groups (a fault only tests
     * can set: {@link GroupTask#FAULT}); Spark runs each again, and the findings are
     * those of the one-machine audit, as without the failure: nothing depends on the attempt.
     */
    @Test
    void aTaskThatDiesIsRetriedWithTheSameFindings() throws Exception {
        Path dir = tmp.resolve("retried");
        new DistrictGenerator(config(300, 5)).write(dir, true);
        SparkContext sc = LocalSpark.session().sparkContext();
        AtomicInteger died = new AtomicInteger();
        SparkListener listener = new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                if (end.reason() instanceof ExceptionFailure f && f.description().contains(GroupTask.FAULT)) {
                    died.incrementAndGet();
                }
            }
        };
        sc.addSparkListener(listener);
        sc.setLocalProperty(GroupTask.FAULT, "first-attempt");
        AuditJob.Outcome o;
        try {
            o = assertSame(dir, 100);
        } finally {
            sc.setLocalProperty(GroupTask.FAULT, null);
            sc.listenerBus().waitUntilEmpty();
            sc.removeSparkListener(listener);
        }
        assertEquals(o.groups() - 1, died.get(), "each group task died once and was run again");
    }

    static GeneratorConfig config(long members, long seed) {
        return new GeneratorConfig(members, seed, LocalDate.of(2020, 12, 31), 0.08,
                GeneratorConfig.DEFAULT_RECTIFICATION_SHARE);
    }

    /** Audits {@code dir} both ways and compares the whole reports. */
    static AuditJob.Outcome assertSame(Path dir, int membersPerTask) throws Exception {
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
        return o;
    }
}
