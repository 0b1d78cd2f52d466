package org.dangjian.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.dangjian.model.Dataset;
import org.dangjian.model.RecordKind;

/**
 * A verifier in the spirit of Timefold's ConstraintVerifier: one rule, small hand-built facts,
 * and what it must or must not raise.
 *
 * <pre>{@code
 * verify("ORG-002").asOf(YEAR_END).given(branch, a, b).raises("b-1");
 * verify("ORG-002").given(branch, a, b, c).raisesNothing();
 * }</pre>
 */
final class RuleVerifier {

    private static final ComplianceEngine ENGINE = ComplianceEngine.builtIn();

    private final String ruleId;
    private LocalDate asOf = Fixtures.YEAR_END;
    private Parameters overrides = Parameters.empty();
    private List<RecordKind> present = List.of();

    private RuleVerifier(String ruleId) {
        this.ruleId = ruleId;
    }

    static RuleVerifier verify(String ruleId) {
        assertTrue(ENGINE.rules().stream().anyMatch(r -> r.id().equals(ruleId)), "no rule " + ruleId + " in the built-in pack");
        return new RuleVerifier(ruleId);
    }

    static ComplianceEngine engine() {
        return ENGINE;
    }

    RuleVerifier asOf(LocalDate date) {
        this.asOf = date;
        return this;
    }

    /** Overrides thresholds, as a --params file does. */
    RuleVerifier with(String name, Object value) {
        this.overrides = overrides.plus(Parameters.of(java.util.Map.of(name, value)));
        return this;
    }

    /** Declares arrays present though empty ({@code "trainings": []}). */
    RuleVerifier present(RecordKind... kinds) {
        this.present = Arrays.asList(kinds);
        return this;
    }

    /** Audits {@code dataset} as given (read from JSON, say); {@code asOf} and arrays present are its own. */
    Outcome given(Dataset dataset) {
        return new Outcome(ruleId, ENGINE.audit(dataset, AuditOptions.DEFAULTS.withParameters(overrides)));
    }

    Outcome given(Object... records) {
        Dataset.Builder b = Dataset.builder(asOf);
        for (Object r : records) {
            b.add(r);
        }
        present.forEach(b::present);
        AuditOptions options = AuditOptions.DEFAULTS.withParameters(overrides);
        AuditReport report = ENGINE.audit(b.build(), options);
        return new Outcome(ruleId, report);
    }

    /** What the audit raised for the rule under test. */
    record Outcome(String ruleId, AuditReport report) {

        List<Finding> findings() {
            return report.findings(ruleId);
        }

        /** Exactly one finding of the rule, on {@code subjectId}; returns it for further checks. */
        Finding raises(String subjectId) {
            List<Finding> f = findings();
            if (f.size() != 1 || !f.get(0).subjectId().equals(subjectId)) {
                fail(ruleId + ": expected one finding on " + subjectId + ", got " + describe(f));
            }
            return f.get(0);
        }

        /** Exactly one finding of the rule, on {@code subjectId} in {@code period}. */
        Finding raises(String subjectId, String period) {
            Finding f = raises(subjectId);
            assertEquals(Optional.of(period), f.period(), ruleId + " period");
            return f;
        }

        /** Exactly these (subjectId, period) keys, in any order; periods may be null. */
        Outcome raisesExactly(String... subjectAndPeriod) {
            List<String> got = findings().stream()
                    .map(f -> f.subjectId() + "@" + f.period().orElse("-")).sorted().toList();
            List<String> want = Arrays.stream(subjectAndPeriod).sorted().toList();
            assertEquals(want, got, ruleId + " findings");
            return this;
        }

        Outcome raisesNothing() {
            List<Finding> f = findings();
            if (!f.isEmpty()) {
                fail(ruleId + ": expected no finding, got " + describe(f));
            }
            assertTrue(report.summary().rulesEvaluated().contains(ruleId), ruleId + " was not evaluated: "
                    + report.summary().rulesNotEvaluated());
            return this;
        }

        /**
         * No finding of the rule on {@code subjectId}, and the report lists the subject as not
         * judged for exactly {@code fields} (left out of the dataset).
         */
        Outcome cannotJudge(String subjectId, String... fields) {
            assertTrue(findings().stream().noneMatch(f -> f.subjectId().equals(subjectId)),
                    ruleId + " raised a finding on " + subjectId + " though it could not judge it");
            List<AuditReport.NotJudged> listed = report.summary().subjectsNotJudged().stream()
                    .filter(n -> n.ruleId().equals(ruleId) && n.subjectId().equals(subjectId)).toList();
            assertEquals(1, listed.size(), ruleId + ": " + subjectId + " should be listed once as not judged, got "
                    + report.summary().subjectsNotJudged());
            assertEquals(Arrays.asList(fields), listed.get(0).fields(), ruleId + " fields missing for " + subjectId);
            return this;
        }

        /** Every subject the rule could judge: none listed as not judged. */
        Outcome judgesAll() {
            assertTrue(report.summary().subjectsNotJudged().stream().noneMatch(n -> n.ruleId().equals(ruleId)),
                    ruleId + " listed subjects as not judged: " + report.summary().subjectsNotJudged());
            return this;
        }

        Outcome notEvaluated() {
            assertTrue(findings().isEmpty(), ruleId + " raised findings though not evaluated");
            assertTrue(report.summary().rulesNotEvaluated().stream().anyMatch(n -> n.ruleId().equals(ruleId)),
                    ruleId + " should be listed as not evaluated");
            return this;
        }

        private static String describe(List<Finding> f) {
            return f.isEmpty() ? "none" : f.stream().map(Finding::message).toList().toString();
        }
    }
}
