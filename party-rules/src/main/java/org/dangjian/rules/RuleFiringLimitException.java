package org.dangjian.rules;

/**
 * A rule kept firing past the firing limit of an audit (a rule that re-triggers itself, say), so
 * the audit was stopped. Names the rule that fired most.
 */
public final class RuleFiringLimitException extends RuntimeException {

    private final String ruleName;
    private final long limit;

    public RuleFiringLimitException(String ruleName, long limit) {
        this(ruleName, limit, "");
    }

    /** With the rules that fired most and their counts, e.g. {@code "A" 900×, "B" 100×}. */
    public RuleFiringLimitException(String ruleName, long limit, String busiest) {
        super("rule \"" + ruleName + "\" kept firing: the audit stopped after " + limit
                + " firings" + (busiest.isEmpty() ? "" : " (most firings: " + busiest + ")")
                + "; raise the limit only if the pack really needs more");
        this.ruleName = ruleName;
        this.limit = limit;
    }

    /** The rule that fired most. */
    public String ruleName() {
        return ruleName;
    }

    /** The limit that was reached. */
    public long limit() {
        return limit;
    }
}
