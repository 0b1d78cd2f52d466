package org.dangjian.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dangjian.examples.generator.GeneratorConfig;
import org.dangjian.model.Dataset;
import org.dangjian.model.io.DatasetReader;
import org.dangjian.rules.AuditOptions;
import org.dangjian.rules.AuditOptions.Partitioning;
import org.dangjian.rules.AuditReport;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.Finding;
import org.dangjian.rules.RaisedFacts;
import org.dangjian.rules.vocabulary.Raised;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An audit in partitions (independent subtrees in sessions of their own, in parallel) reports
 * exactly what one session reports: every finding with its message, evidence and severity, and
 * the same summary, on generated districts whose people hold posts in several subtrees.
 */
class PartitionEqualityTest {

    private static ComplianceEngine engine;

    @BeforeAll
    static void compile() {
        engine = ComplianceEngine.builtIn();
    }

    @ParameterizedTest(name = "edge district of {1} members, seed {0}, as of {2}")
    @CsvSource({
            "21, 3000, 2020-12-31",
            "22, 4000, 2021-06-30",
            "23, 6000, 2020-12-31"})
    void partitionsReportWhatOneSessionReports(long seed, int members, LocalDate asOf) {
        assertSameReport(EdgeDistrict.generate(members, seed, asOf));
    }

    @ParameterizedTest(name = "generated district of {1} members, seed {0}, as of {2}")
    @CsvSource({
            "31, 6000, 2020-12-31",
            "32, 4000, 2020-09-30"})
    void partitionsReportWhatOneSessionReportsOnAGeneratedDistrict(long seed, int members, LocalDate asOf) {
        assertSameReport(Generated.district(members, seed, asOf, 0.05));
    }

    /** Few communities under rectification: the district's quota (WEAK-101) counts candidates of every subtree. */
    @Test
    void theDistrictQuotaCountsTheCandidatesOfEverySubtree() {
        Dataset d = Generated.district(new GeneratorConfig(15000, 42, LocalDate.of(2020, 12, 31), 0.01, 0.01));
        AuditReport report = engine.audit(d, AuditOptions.DEFAULTS.withPartitioning(Partitioning.SUBTREES));
        assertTrue(report.findings().stream().anyMatch(f -> f.ruleId().equals("WEAK-101")), "WEAK-101 raised");
        assertTrue(report.findings().stream().anyMatch(f -> f.ruleId().equals("WEAK-101")
                && f.evidence().get("numerator").size() > 1), "WEAK-101 counts organizations of several subtrees");
        assertSameReport(d);
    }

    @Test
    void partitionsReportWhatOneSessionReportsOnTheSampleDistrict() throws Exception {
        Dataset d = DatasetReader.read(Path.of("..", "party-examples", "sample-district.json")).dataset();
        assertSameReport(d);
        AuditReport one = engine.audit(d, AuditOptions.DEFAULTS.withPartitioning(Partitioning.SINGLE_SESSION));
        AuditReport parts = engine.audit(d, AuditOptions.DEFAULTS.withPartitioning(Partitioning.SUBTREES));
        assertEquals(one.findings(), parts.findings());
        assertEquals(one.summary(), parts.summary());
    }

    /** The same findings, and before the merge the same set of raised facts. */
    static void assertSameReport(Dataset d) {
        List<Raised> whole = RaisedFacts.of(engine, d, false);
        List<Raised> split = RaisedFacts.of(engine, d, true);
        List<Finding> expected = RaisedFacts.findings(engine, d, whole);
        List<Finding> actual = RaisedFacts.findings(engine, d, split);
        if (!expected.equals(actual)) {
            List<Finding> missing = new ArrayList<>(expected);
            missing.removeAll(actual);
            List<Finding> extra = new ArrayList<>(actual);
            extra.removeAll(expected);
            throw new AssertionError(expected.size() + " findings in one session, " + actual.size()
                    + " in partitions; missing " + missing.subList(0, Math.min(5, missing.size())) + " (" + missing.size()
                    + "), unexpected " + extra.subList(0, Math.min(5, extra.size())) + " (" + extra.size() + ")");
        }
        // A finding raised in a subtree with other content than the whole's would hide behind the merge.
        Set<Raised> one = new HashSet<>(whole);
        Set<Raised> parts = new HashSet<>(split);
        if (!one.equals(parts)) {
            Set<Raised> extra = new HashSet<>(parts);
            extra.removeAll(one);
            Set<Raised> missing = new HashSet<>(one);
            missing.removeAll(parts);
            throw new AssertionError("raised in partitions only: " + extra.stream().limit(3).toList()
                    + " (" + extra.size() + "); in one session only: " + missing.stream().limit(3).toList()
                    + " (" + missing.size() + ")");
        }
    }
}
