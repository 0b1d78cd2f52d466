package org.dangjian.rules.internal;

import org.dangjian.rules.RuleFailedException;
import org.dangjian.rules.RuleInfo;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.modelcompiler.constraints.ConstraintEvaluationException;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Turns what a pack's code threw during an audit into a {@link RuleFailedException} naming the rule:
 * the rule whose action was running, the rule named by Drools for a failed condition, or the rule or
 * function of the pack's code nearest the failure in the stack trace (an overflowing recursion fills
 * the trace with one function, which is then named).
 */
final class RuleErrors {

    private static final Pattern CONSTRAINT_RULE = Pattern.compile("Rule \"([^\"]+)\"");

    private RuleErrors() {
    }

    /**
     * The failure {@code t} translated, or {@code t} itself when no rule or function of the pack can be
     * told (an OutOfMemoryError with no rule running and no pack code in its trace is the records'
     * size; invalid parameters are the parameters' fault), which stays as it is.
     */
    static Throwable translate(Throwable t, CompiledPack compiled, String firing) {
        if (t instanceof RuleFailedException || t instanceof org.dangjian.rules.RuleFiringLimitException) {
            return t;
        }
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause && cause.getClass() == RuntimeException.class) {
            cause = cause.getCause(); // a bare wrapper says nothing
        }
        String rule = null;
        String ruleName = "";
        String how = "failed";
        if (t instanceof ConsequenceException ce) {
            ruleName = ce.getRule().getName();
            rule = named(compiled, ruleName);
            cause = t.getCause() == null ? t : t.getCause();
            how = "failed in its action";
        } else if (t instanceof ConstraintEvaluationException) {
            Matcher m = CONSTRAINT_RULE.matcher(String.valueOf(t.getMessage()));
            ruleName = m.find() ? m.group(1) : "";
            rule = ruleName.isEmpty() ? null : named(compiled, ruleName);
            cause = t.getCause() == null ? t : t.getCause();
            while (cause.getCause() != null && cause.getCause() != cause && cause.getClass() == RuntimeException.class) {
                cause = cause.getCause();
            }
            how = "failed in its condition";
        }
        String frame = packFrame(t, compiled);
        if (rule == null && firing != null) {
            ruleName = firing;
            rule = named(compiled, firing);
            how = "failed in its action";
        }
        if (rule == null) {
            rule = frame;
        }
        if (rule == null) {
            return t; // not the pack's code: the engine's own error (bad parameters, the records' size)
        }
        boolean same = frame != null && frame.substring(0, frame.indexOf(" (")).equals(rule.replaceFirst(" \\(.*$", ""));
        String in = frame != null && !same ? " in " + frame : "";
        String what = cause.getClass().getSimpleName() + (cause.getMessage() == null || cause instanceof StackOverflowError
                ? "" : ": " + cause.getMessage().strip());
        String advice = cause instanceof StackOverflowError ? " (a function that calls itself without end?)"
                : cause instanceof OutOfMemoryError ? " (a rule that builds without end?)" : "";
        if (ruleName.isEmpty() && rule.startsWith("rule \"")) {
            ruleName = rule.substring(6, rule.indexOf('"', 6));
        }
        return new RuleFailedException(ruleName, rule + " " + how + in + ": " + what + advice, cause);
    }

    /** {@code rule "X" (file:line)} from the pack's sources. */
    private static String named(CompiledPack compiled, String ruleName) {
        RuleInfo info = compiled.rulesByName().get(ruleName);
        return "rule \"" + ruleName + "\"" + (info == null ? "" : " (" + info.source() + ")");
    }

    /** The rule or function of the outermost frame of the pack's own code, e.g. {@code function f (rules/x.drl:7)}. */
    private static String packFrame(Throwable t, CompiledPack compiled) {
        // The innermost throwable holds the frames of the pack's code; wrappers hold the engine's.
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String found = null;
            for (StackTraceElement e : c.getStackTrace()) {
                if ("dangjian-pack".equals(e.getClassLoaderName())) {
                    String w = compiled.code().where(e.getClassName(), e.getMethodName());
                    found = w != null ? w : found;
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
