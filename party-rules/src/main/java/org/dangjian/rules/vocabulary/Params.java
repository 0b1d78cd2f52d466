package org.dangjian.rules.vocabulary;

import java.util.List;
import java.util.Objects;
import org.dangjian.rules.Parameters;

/**
 * The pack's thresholds as a fact, so a rule reads {@code $p.num("trn.secretaryMinHours")}.
 * Being a fact (not a global), a change of thresholds in a live audit re-evaluates the rules.
 */
public final class Params implements DatasetFact {

    private final Parameters parameters;
    /** Numbers already read; shared by the sessions of a partitioned audit, hence concurrent. */
    private final java.util.Map<String, Double> numbers = new java.util.concurrent.ConcurrentHashMap<>();

    public Params(Parameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /** Whether the pack defines {@code name}: a replacing pack may not define the built-in thresholds. */
    public boolean has(String name) {
        return parameters.has(name);
    }

    /** A numeric threshold. */
    public double num(String name) {
        // Rules read thresholds in constraints, once per candidate fact: parse each name once.
        Double n = numbers.get(name);
        if (n == null) {
            n = parameters.num(name);
            numbers.put(name, n);
        }
        return n;
    }

    /** A whole-number threshold. */
    public int integer(String name) {
        double d = num(name);
        return d == Math.rint(d) ? (int) d : parameters.integer(name); // the latter throws, naming it
    }

    /** A word threshold, e.g. {@code FIRST_TUESDAY}. */
    public String text(String name) {
        return parameters.text(name);
    }

    /** A bracket list, e.g. the dues rates. */
    public List<Parameters.Bracket> brackets(String name) {
        return parameters.brackets(name);
    }

    /** The underlying parameters. */
    public Parameters parameters() {
        return parameters;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Params p && parameters.equals(p.parameters);
    }

    @Override
    public int hashCode() {
        return parameters.hashCode();
    }

    @Override
    public String toString() {
        return "Params" + parameters;
    }
}
