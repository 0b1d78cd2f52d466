package org.dangjian.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dangjian.bench.HandCodedBaseline.Check;
import org.dangjian.model.Dataset;
import org.dangjian.model.io.DatasetValidator;
import org.dangjian.rules.AuditReport;
import org.dangjian.rules.ComplianceEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hand-coded baseline finds exactly what the engine finds for its six rules (TRN-001, TRN-003,
 * DEV-001, ORG-002, LIFE-005, MEM-001), compared by rule, subject, period, measured value and
 * severity, on generated districts of several seeds and sizes, at the year's end and mid-year.
 * Without this the benchmark would compare the engine with something else.
 */
class BaselineEqualityTest {

    private static ComplianceEngine full;
    private static ComplianceEngine six;
    private static HandCodedBaseline baseline;

    @BeforeAll
    static void compile() {
        full = ComplianceEngine.builtIn();
        six = full.restrictedTo(HandCodedBaseline.RULE_IDS);
        baseline = new HandCodedBaseline(HandCodedBaseline.Thresholds.of(full.parameters()));
    }

    @ParameterizedTest(name = "edge district of {1} members, seed {0}, as of {2}")
    @CsvSource({
            "1, 2000, 2020-12-31",
            "2, 5000, 2020-12-31",
            "3, 5000, 2021-06-30",
            "4, 3000, 2020-07-15",
            "5, 20000, 2020-12-31",
            "6, 2000, 2024-02-29"})
    void theEngineFindsWhatTheBaselineFinds(long seed, int members, LocalDate asOf) {
        Dataset d = EdgeDistrict.generate(members, seed, asOf);
        assertTrue(DatasetValidator.validate(d).isEmpty(), () -> "invalid: " + DatasetValidator.validate(d).subList(0, 1));
        List<Check> expected = baseline.run(d);
        List<Check> actual = checks(six.audit(d));
        assertSame(expected, actual);
        // Every rule has something to compare, so no rule passes by finding nothing on both sides.
        Set<String> raised = new TreeSet<>();
        expected.forEach(c -> raised.add(c.ruleId()));
        assertEquals(new TreeSet<>(HandCodedBaseline.RULE_IDS), raised, "rules with findings");
    }

    @ParameterizedTest(name = "generated district of {1} members, seed {0}, as of {2}, violations {3}")
    @CsvSource({
            "7, 3000, 2020-12-31, 0.03",
            "8, 12000, 2020-12-31, 0.05",
            "9, 5000, 2021-08-15, 0.05"})
    void theEngineFindsWhatTheBaselineFindsOnAGeneratedDistrict(long seed, int members, LocalDate asOf, double violations) {
        Dataset d = Generated.district(members, seed, asOf, violations);
        assertSame(baseline.run(d), checks(six.audit(d)));
    }

    @Test
    void theRestrictedPackFindsWhatTheFullPackFindsForItsRules() {
        Dataset d = EdgeDistrict.generate(3000, 11, LocalDate.of(2020, 12, 31));
        List<Check> fromFull = checks(full.audit(d)).stream()
                .filter(c -> HandCodedBaseline.RULE_IDS.contains(c.ruleId())).toList();
        assertSame(fromFull, checks(six.audit(d)));
        assertEquals(HandCodedBaseline.RULE_IDS, new TreeSet<>(six.rules().stream().map(r -> r.id()).toList()));
    }

    static List<Check> checks(AuditReport report) {
        List<Check> out = new ArrayList<>(report.findings().stream().map(Check::of).toList());
        out.sort(Check.ORDER);
        return out;
    }

    /** Equal lists, or a message naming the first few differences both ways. */
    static void assertSame(List<Check> expected, List<Check> actual) {
        if (expected.equals(actual)) {
            return;
        }
        List<Check> missing = new ArrayList<>(expected);
        missing.removeAll(actual);
        List<Check> extra = new ArrayList<>(actual);
        extra.removeAll(expected);
        throw new AssertionError(expected.size() + " expected, " + actual.size() + " found; missing "
                + missing.subList(0, Math.min(8, missing.size())) + " (" + missing.size() + "), unexpected "
                + extra.subList(0, Math.min(8, extra.size())) + " (" + extra.size() + ")");
    }
}
