package org.dangjian.rules;

/**
 * A rule threw in its action (a bad cast, a missing value in a pack's rule), so the audit
 * stopped. Names the rule; the rule's own exception is the cause. The engine's exceptions never
 * reach the caller: this one stands for them.
 *
 * <pre>{@code
 * try {
 *     engine.audit(dataset);
 * } catch (RuleFailedException e) {
 *     log.error("the pack's rule {} is broken", e.ruleName(), e.getCause());
 * }
 * }</pre>
 */
public final class RuleFailedException extends RuntimeException {

    private final String ruleName;

    /** {@code cause} is what the rule's action threw. */
    public RuleFailedException(String ruleName, Throwable cause) {
        super("rule \"" + ruleName + "\" failed in its action: " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
        this.ruleName = ruleName;
    }

    /** The name of the rule whose action threw, as its {@code rule "…"} line gives it. */
    public String ruleName() {
        return ruleName;
    }
}
