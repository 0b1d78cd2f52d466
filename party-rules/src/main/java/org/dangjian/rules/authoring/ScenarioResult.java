package org.dangjian.rules.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How one scenario went: an error (the audit could not run), or the differences between what it
 * expected and what the audit raised, and the expectations it met (for coverage).
 */
public record ScenarioResult(
        Scenario scenario,
        Optional<String> error,
        List<Difference> differences,
        List<Expectation> shownFiring,
        List<Expectation> shownPassing) {

    /** One line of a failing scenario's diff. */
    public record Difference(Kind kind, String what, String detail) {

        /** Whether the line fails the scenario, and how it is labelled. */
        public enum Kind {
            /** An expected finding was not raised. */
            MISSING("missing", true),
            /** A forbidden finding was raised. */
            FORBIDDEN("forbidden", true),
            /** A rule that should (not) have been evaluated was (not). */
            EVALUATION("evaluated", true),
            /** A finding of an expected rule that the scenario does not list (fails only an exact scenario). */
            UNLISTED("unlisted", false);

            private final String label;
            private final boolean failing;

            Kind(String label, boolean failing) {
                this.label = label;
                this.failing = failing;
            }

            public String label() {
                return label;
            }

            public boolean failing() {
                return failing;
            }
        }
    }

    public ScenarioResult {
        error = error == null ? Optional.empty() : error;
        differences = List.copyOf(differences);
        shownFiring = List.copyOf(shownFiring);
        shownPassing = List.copyOf(shownPassing);
    }

    /** Whether the scenario passed. */
    public boolean passed() {
        return error.isEmpty() && differences.stream()
                .noneMatch(d -> d.kind().failing() || scenario.exact() && d.kind() == Difference.Kind.UNLISTED);
    }

    /**
     * The result as the test command prints it: {@code PASS name}, or {@code FAIL name (place)} then
     * one line per difference: what was expected or forbidden and what was raised, with its message.
     */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        String status = error.isPresent() ? "ERROR" : passed() ? "PASS " : "FAIL ";
        out.add(status + " " + scenario.name() + (passed() ? "" : "  (" + scenario.place() + ")"));
        error.ifPresent(e -> out.add("        " + e));
        if (!passed()) {
            for (Difference d : differences) {
                out.add(String.format("        %-10s %-28s %s", d.kind().label(), d.what(), d.detail()));
            }
        }
        return out;
    }
}
