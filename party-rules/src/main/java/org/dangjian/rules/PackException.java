package org.dangjian.rules;

import java.util.List;

/**
 * A rule pack that cannot be used: it does not compile, a rule lacks its metadata, a cadence row
 * or a parameter is wrong. Lists every problem at once, each with file, line and column.
 */
public final class PackException extends Exception {

    private final List<PackProblem> problems;

    public PackException(List<PackProblem> problems) {
        super(problems.size() + " problem(s) in the rule pack:\n"
                + String.join("\n", problems.stream().map(PackProblem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in file order. */
    public List<PackProblem> problems() {
        return problems;
    }
}
