package org.dangjian.rules;

/**
 * A rule failed in its action or its condition (a bad cast, a mistyped parameter name, a
 * function that overflows the stack, a rule that exhausts the memory), so the audit stopped. Names the rule; the rule's own exception is the cause. The engine's exceptions never
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

    /**
     * For the engine, not callers: {@code message} names the rule (or the pack's function that
     * failed, {@code ruleName} then empty) with its file and line, and what it threw.
     */
    public RuleFailedException(String ruleName, String message, Throwable cause) {
        super(message, cause);
        this.ruleName = ruleName;
    }

    /** The name of the rule whose action threw, as its {@code rule "…"} line gives it. */
    public String ruleName() {
        return ruleName;
    }
}
