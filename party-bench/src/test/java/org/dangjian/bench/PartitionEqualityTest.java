package org.dangjian.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.model.Dataset;
import org.dangjian.rules.AuditOptions;
import org.dangjian.rules.AuditOptions.Partitioning;
import org.dangjian.rules.AuditReport;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.Finding;
import org.junit.jupiter.api.BeforeAll;
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
            "23, 8000, 2020-12-31"})
    void partitionsReportWhatOneSessionReports(long seed, int members, LocalDate asOf) {
        assertSameReport(EdgeDistrict.generate(members, seed, asOf));
    }

    static void assertSameReport(Dataset d) {
        AuditReport one = engine.audit(d, AuditOptions.DEFAULTS.withPartitioning(Partitioning.SINGLE_SESSION));
        AuditReport parts = engine.audit(d, AuditOptions.DEFAULTS.withPartitioning(Partitioning.SUBTREES));
        List<Finding> expected = one.findings();
        List<Finding> actual = parts.findings();
        if (!expected.equals(actual)) {
            List<Finding> missing = new java.util.ArrayList<>(expected);
            missing.removeAll(actual);
            List<Finding> extra = new java.util.ArrayList<>(actual);
            extra.removeAll(expected);
            throw new AssertionError(expected.size() + " findings in one session, " + actual.size()
                    + " in partitions; missing " + missing.subList(0, Math.min(5, missing.size())) + " (" + missing.size()
                    + "), unexpected " + extra.subList(0, Math.min(5, extra.size())) + " (" + extra.size() + ")");
        }
        assertEquals(one.summary(), parts.summary());
    }
}
