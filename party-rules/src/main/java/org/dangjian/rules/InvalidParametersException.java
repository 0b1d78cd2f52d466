package org.dangjian.rules;

import java.util.List;

/** Parameters that cannot be used: unknown names, bad values; every problem with its place. */
public final class InvalidParametersException extends IllegalArgumentException {

    private final List<String> problems;

    public InvalidParametersException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as {@code place: message}. */
    public List<String> problems() {
        return problems;
    }
}
