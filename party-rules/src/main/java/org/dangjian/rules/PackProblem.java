package org.dangjian.rules;

import org.dangjian.model.io.PrintableText;

/**
 * A problem in a rule pack, at {@code file:line:column} (0 where unknown), e.g. a DRL syntax
 * error, a rule without {@code @clause}, a bad cadence row or parameter.
 */
public record PackProblem(String file, int line, int column, String message, boolean warning) {

    /** Control characters in the file name or message (a pack's own text) are escaped, so lint prints them harmlessly. */
    public PackProblem {
        file = PrintableText.escape(java.util.Objects.requireNonNull(file, "file"));
        message = PrintableText.escape(java.util.Objects.requireNonNull(message, "message"));
    }

    /** An error at a place. */
    public static PackProblem error(String file, int line, int column, String message) {
        return new PackProblem(file, line, column, message, false);
    }

    /** A warning at a place. */
    public static PackProblem warning(String file, int line, int column, String message) {
        return new PackProblem(file, line, column, message, true);
    }

    /** {@code file:line:column: message}, as compilers print it. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (warning ? "warning: " : "") + message;
    }
}
