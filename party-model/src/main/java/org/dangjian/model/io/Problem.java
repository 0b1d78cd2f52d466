package org.dangjian.model.io;

import java.util.Objects;

/**
 * One thing wrong with a dataset (数据问题), found while reading or validating it.
 *
 * <p>{@code path} names where: {@code memberships[41].admitted} for the single-document form,
 * {@code memberships.jsonl:4182.admitted} for the directory form (line numbers start at 1).
 * {@code message} is a sentence for the person who filled in the data and quotes the bad value;
 * neither holds a control character as it is ({@link PrintableText#escape}), so both can be printed.
 *
 * @param path    where the problem is, as above; {@code ""} for the dataset as a whole
 * @param message what is wrong, in plain words
 * @param level   whether the dataset is unusable ({@link Level#ERROR}) or merely suspicious
 */
public record Problem(String path, String message, Level level) {

    /** How serious a problem is. */
    public enum Level {
        /** The dataset cannot be audited until this is fixed. */
        ERROR,
        /** Reported, but the audit can go on (an unknown field, for example). */
        WARNING
    }

    /** Control characters in {@code path} and {@code message} (from a field name or value) are escaped. */
    public Problem {
        path = PrintableText.escape(Objects.requireNonNull(path, "path"));
        message = PrintableText.escape(Objects.requireNonNull(message, "message"));
        Objects.requireNonNull(level, "level");
    }

    /** An error at {@code path}. */
    public static Problem error(String path, String message) {
        return new Problem(path, message, Level.ERROR);
    }

    /** A warning at {@code path}. */
    public static Problem warning(String path, String message) {
        return new Problem(path, message, Level.WARNING);
    }

    /** Whether this is an {@link Level#ERROR}. */
    public boolean isError() {
        return level == Level.ERROR;
    }

    /** {@code path: message}, the way the command line prints it. */
    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
