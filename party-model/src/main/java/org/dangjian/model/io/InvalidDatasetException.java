package org.dangjian.model.io;

import java.util.Comparator;
import java.util.List;

/**
 * Thrown when a dataset has at least one {@link Problem.Level#ERROR}: it cannot be audited.
 *
 * <p>{@link #problems()} lists every problem found in the one pass, errors first (each group in
 * the order found), so a user can fix them all before trying again.
 */
public final class InvalidDatasetException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** An exception carrying {@code problems}; they are sorted errors first. */
    public InvalidDatasetException(String source, List<Problem> problems) {
        super(summary(source, problems));
        this.problems = problems.stream().sorted(Comparator.comparing(Problem::level)).toList();
    }

    /** Every problem, errors first then warnings. */
    public List<Problem> problems() {
        return problems;
    }

    /** The errors only. */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    /** The warnings only. */
    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    private static String summary(String source, List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        return String.format("%s is not a valid dataset: %d error%s, %d warning%s",
                source, errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
    }
}
