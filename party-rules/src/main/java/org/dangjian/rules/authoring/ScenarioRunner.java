package org.dangjian.rules.authoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dangjian.rules.AuditOptions;
import org.dangjian.rules.AuditReport;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.Finding;
import org.dangjian.rules.RuleFailedException;
import org.dangjian.rules.RuleFiringLimitException;
import org.dangjian.rules.authoring.ScenarioResult.Difference;
import org.dangjian.rules.authoring.ScenarioResult.Difference.Kind;

/**
 * Runs scenarios against a compiled pack (运行测试场景) and compares what each audit raised with
 * what the scenario expects.
 *
 * <pre>{@code
 * ComplianceEngine engine = ComplianceEngine.compile(pack);
 * List<Scenario> scenarios = ScenarioReader.read(engine, pack.files(), "");
 * TestRun run = ScenarioRunner.run(engine, scenarios, AuditOptions.DEFAULTS, ruleIds);
 * run.lines().forEach(System.out::println);
 * }</pre>
 */
public final class ScenarioRunner {

    private ScenarioRunner() {
    }

    /**
     * Runs every scenario with {@code options} (language, firing limit; each scenario's own
     * thresholds are added) and measures coverage over {@code ruleIds}.
     */
    public static TestRun run(ComplianceEngine engine, List<Scenario> scenarios, AuditOptions options,
                              Collection<String> ruleIds) {
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario s : scenarios) {
            results.add(run(engine, s, options));
        }
        Set<String> firing = new TreeSet<>();
        Set<String> passing = new TreeSet<>();
        for (ScenarioResult r : results) {
            r.shownFiring().forEach(e -> firing.add(e.ruleId()));
            r.shownPassing().forEach(e -> passing.add(e.ruleId()));
        }
        List<String> rules = new TreeSet<>(ruleIds).stream().toList();
        Coverage coverage = new Coverage(rules, rules.stream().filter(id -> !firing.contains(id)).toList(),
                rules.stream().filter(id -> !passing.contains(id)).toList());
        return new TestRun(results, coverage);
    }

    /** Runs one scenario. */
    public static ScenarioResult run(ComplianceEngine engine, Scenario s, AuditOptions options) {
        AuditReport report;
        try {
            report = engine.audit(s.dataset(), options.withParameters(s.parameters()));
        } catch (RuleFiringLimitException | RuleFailedException e) {
            // The message names the rule (or function), its file and line, and what it threw.
            return failed(s, e.getMessage());
        } catch (RuntimeException e) {
            // A rule that throws (a bad cast, a missing value) is the pack's error, reported like one.
            return failed(s, "the audit failed: " + firstLine(e));
        }
        Map<String, String> notEvaluated = new TreeMap<>();
        report.summary().rulesNotEvaluated().forEach(n -> notEvaluated.put(n.ruleId(), n.reason()));
        List<Difference> diffs = new ArrayList<>();
        List<Expectation> firing = new ArrayList<>();
        List<Expectation> passing = new ArrayList<>();
        for (Expectation e : s.expect()) {
            List<Finding> raised = report.findings().stream().filter(e::matches).toList();
            Optional<Finding> right = raised.stream()
                    .filter(f -> e.severity().isEmpty() || e.severity().get() == f.severity()).findFirst();
            if (right.isPresent()) {
                firing.add(e);
            } else if (!raised.isEmpty()) {
                diffs.add(new Difference(Kind.MISSING, e.toString(), "raised as " + raised.get(0).severity()
                        + ", expected " + e.severity().orElseThrow() + ": " + raised.get(0).message()));
            } else {
                diffs.add(new Difference(Kind.MISSING, e.toString(), notEvaluated.containsKey(e.ruleId())
                        ? "not raised: the rule was not evaluated (" + notEvaluated.get(e.ruleId()) + ")"
                        : "expected, not raised" + others(report, e)));
            }
        }
        for (Expectation e : s.expectNot()) {
            List<Finding> raised = report.findings().stream().filter(e::matches).toList();
            raised.forEach(f -> diffs.add(new Difference(Kind.FORBIDDEN, key(f), "raised: " + f.message())));
            if (notEvaluated.containsKey(e.ruleId())) {
                diffs.add(new Difference(Kind.EVALUATION, e.toString(), "must not be raised, but the rule was not "
                        + "evaluated at all (" + notEvaluated.get(e.ruleId()) + "), so this shows nothing"));
            } else if (raised.isEmpty()) {
                passing.add(e);
            }
        }
        for (String id : s.notEvaluated()) {
            if (!notEvaluated.containsKey(id)) {
                diffs.add(new Difference(Kind.EVALUATION, id, "expected not to be evaluated, but it was"));
            }
        }
        Set<String> listedRules = s.expect().stream().map(Expectation::ruleId).collect(Collectors.toSet());
        for (Finding f : report.findings()) {
            if (listedRules.contains(f.ruleId()) && s.expect().stream().noneMatch(e -> e.matches(f))
                    && s.expectNot().stream().noneMatch(e -> e.matches(f))) {
                diffs.add(new Difference(Kind.UNLISTED, key(f), "also raised: " + f.message()));
            }
        }
        return new ScenarioResult(s, Optional.empty(), diffs, firing, passing);
    }

    /** Findings of the same rule on the same subject in other periods, which often explain a miss. */
    private static String others(AuditReport report, Expectation e) {
        List<String> periods = report.findings(e.ruleId()).stream()
                .filter(f -> f.subjectId().equals(e.subjectId())).map(f -> f.period().orElse("-")).toList();
        return periods.isEmpty() ? "" : " (raised for " + String.join(", ", periods) + ")";
    }

    private static String key(Finding f) {
        return f.ruleId() + " " + f.subjectId() + f.period().map(p -> " " + p).orElse("");
    }

    private static ScenarioResult failed(Scenario s, String message) {
        return new ScenarioResult(s, Optional.of(message), List.of(), List.of(), List.of());
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
