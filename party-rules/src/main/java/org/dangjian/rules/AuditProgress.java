package org.dangjian.rules;

/**
 * Hears how far a batch audit has got (审计进度), for a progress line on a terminal: the stage
 * under way ({@code "deriving facts"}, {@code "subtree sessions"}, {@code "top session"},
 * {@code "findings"}) and, where it has parts, how many of how many are done. Called on the
 * audit's threads; keep it quick and thread-safe.
 *
 * <pre>{@code
 * engine.audit(dataset, AuditOptions.DEFAULTS.withProgress((stage, done, total) ->
 *         System.err.printf("\r%s %d/%d", stage, done, total)));
 * }</pre>
 */
@FunctionalInterface
public interface AuditProgress {

    /** Hears nothing. */
    AuditProgress NONE = (stage, done, total) -> { };

    /** {@code done} of {@code total} parts of {@code stage} are done (0 of 1 for a stage without parts). */
    void stage(String stage, int done, int total);
}
