package org.dangjian.rules.authoring;

import java.util.ArrayList;
import java.util.List;

/** The scenarios of a pack, run: each result, and the coverage of the pack's rules. */
public record TestRun(List<ScenarioResult> results, Coverage coverage) {

    public TestRun {
        results = List.copyOf(results);
    }

    public long passed() {
        return results.stream().filter(ScenarioResult::passed).count();
    }

    public long failed() {
        return results.stream().filter(r -> !r.passed() && r.error().isEmpty()).count();
    }

    public long errors() {
        return results.stream().filter(r -> r.error().isPresent()).count();
    }

    /**
     * The run as the test command prints it: every scenario, the coverage, and a closing line
     * {@code 3 passed, 1 failed}.
     */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        results.forEach(r -> out.addAll(r.lines()));
        out.add("");
        out.add("Coverage of " + coverage.rules().size() + " rule(s):");
        out.add("  never shown firing:  " + (coverage.neverFiring().isEmpty() ? "none" : String.join(" ", coverage.neverFiring())));
        out.add("  never shown passing: " + (coverage.neverPassing().isEmpty() ? "none" : String.join(" ", coverage.neverPassing())));
        out.add("");
        out.add(passed() + " passed, " + failed() + " failed" + (errors() > 0 ? ", " + errors() + " errors" : ""));
        return out;
    }
}
