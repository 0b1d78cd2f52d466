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
    /** What a recording one tells when the underlying parameters are taken whole: any of them may be read. */
    public static final String ALL = "*";
    /** Told the name of every parameter read: how the engine learns which parameters a derivation read. */
    private final java.util.function.Consumer<String> onRead;

    public Params(Parameters parameters) {
        this(parameters, name -> { });
    }

    private Params(Parameters parameters, java.util.function.Consumer<String> onRead) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.onRead = Objects.requireNonNull(onRead, "onRead");
    }

    /**
     * The same thresholds, telling {@code onRead} the name of each parameter read (asked whether it
     * exists, or read). The engine derives facts with such a one to learn which parameters each
     * derivation read: a derivation that read none of the parameters a change touches gives the
     * same facts again, so a what-if audit reuses them. Equal to a plain one of the same thresholds.
     */
    public static Params recording(Parameters parameters, java.util.function.Consumer<String> onRead) {
        return new Params(parameters, onRead);
    }

    /** Whether the pack defines {@code name}: a replacing pack may not define the built-in thresholds. */
    public boolean has(String name) {
        onRead.accept(name);
        return parameters.has(name);
    }

    /** A numeric threshold. */
    public double num(String name) {
        onRead.accept(name);
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
        onRead.accept(name);
        return parameters.text(name);
    }

    /** A bracket list, e.g. the dues rates. */
    public List<Parameters.Bracket> brackets(String name) {
        onRead.accept(name);
        return parameters.brackets(name);
    }

    /** The underlying parameters; a recording one tells {@link #ALL} (whatever is read from them is unknown). */
    public Parameters parameters() {
        onRead.accept(ALL);
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
