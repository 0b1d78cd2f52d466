package org.dangjian.rules.authoring;

import java.util.List;

/**
 * What the scenarios leave untested (覆盖率): rules that no scenario shows firing (a met
 * {@code expect}), and rules that no scenario shows passing (a met {@code expectNot}: the rule was
 * evaluated and left that subject alone). Both sides of every rule deserve a scenario.
 */
public record Coverage(List<String> rules, List<String> neverFiring, List<String> neverPassing) {

    public Coverage {
        rules = List.copyOf(rules);
        neverFiring = List.copyOf(neverFiring);
        neverPassing = List.copyOf(neverPassing);
    }

    /** Whether every rule is shown both firing and passing. */
    public boolean complete() {
        return neverFiring.isEmpty() && neverPassing.isEmpty();
    }
}
