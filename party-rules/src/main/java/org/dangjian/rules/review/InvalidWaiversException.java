package org.dangjian.rules.review;

import java.util.List;

/**
 * A waiver file that cannot be used (豁免清单有误): every problem found, each naming its place
 * ({@code waivers.csv:4: no justification}), so that all of them can be fixed at once.
 */
public final class InvalidWaiversException extends Exception {

    private final List<String> problems;

    public InvalidWaiversException(String file, List<String> problems) {
        super(file + ": " + problems.size() + " problem(s) in the waivers");
        this.problems = List.copyOf(problems);
    }

    /** Each problem as {@code place: what is wrong}. */
    public List<String> problems() {
        return problems;
    }
}
