package org.dangjian.rules;

/**
 * A rule of the pack failed while an audit evaluated it (规则运行错误): its condition or action threw
 * (a mistyped parameter name, a division by zero …) or raised an {@code Error} (a recursive function
 * that overflows the stack, memory exhausted by a rule). Names the rule, or the function, with its
 * file and line: the pack's mistake, not the records'.
 */
public final class RuleErrorException extends RuntimeException {

    private final String rule;

    RuleErrorException(String rule, String message, Throwable cause) {
        super(message, cause);
        this.rule = rule;
    }

    /** {@code rule "X" (rules/x.drl:12)} or {@code function f (rules/x.drl:5)}. */
    public String rule() {
        return rule;
    }
}
