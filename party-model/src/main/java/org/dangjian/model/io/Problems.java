package org.dangjian.model.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems in the order found, up to a limit per level: a dataset whose people array is
 * missing can dangle millions of references, and a listing that long helps nobody and could
 * exhaust memory. Past the limit only a count is kept, reported as one last problem.
 */
final class Problems {

    static final int LIMIT_PER_LEVEL = 10_000;

    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private long droppedErrors;
    private long droppedWarnings;

    void error(String path, String message) {
        add(Problem.error(path, message));
    }

    void warning(String path, String message) {
        add(Problem.warning(path, message));
    }

    void add(Problem p) {
        if (p.isError()) {
            if (errors.size() < LIMIT_PER_LEVEL) {
                errors.add(p);
            } else {
                droppedErrors++;
            }
        } else if (warnings.size() < LIMIT_PER_LEVEL) {
            warnings.add(p);
        } else {
            droppedWarnings++;
        }
    }

    void addAll(List<Problem> problems) {
        problems.forEach(this::add);
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Errors first, then warnings, each with a closing line when some were left out. */
    List<Problem> all() {
        List<Problem> out = new ArrayList<>(errors);
        if (droppedErrors > 0) {
            out.add(Problem.error("", "... and " + droppedErrors + " more errors not listed."));
        }
        out.addAll(warnings());
        return out;
    }

    List<Problem> warnings() {
        List<Problem> out = new ArrayList<>(warnings);
        if (droppedWarnings > 0) {
            out.add(Problem.warning("", "... and " + droppedWarnings + " more warnings not listed."));
        }
        return out;
    }
}
