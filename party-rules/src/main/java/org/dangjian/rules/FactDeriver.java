package org.dangjian.rules;

import java.util.Set;
import org.dangjian.model.Dataset;
import org.dangjian.rules.facts.Params;

/**
 * Derives facts from the records once per audit, in plain Java, so that rules compare a derived
 * fact with a parameter instead of accumulating over raw records (Drools accumulates over large
 * fact sets cost 35–45× a plain pass). One deriver per catalog area. A deriver must be a pure
 * function of the dataset: the same facts, equal by {@code equals}, for the same records in any
 * order (live audits diff them).
 *
 * <p>{@link #produces()} names every fact class the deriver may emit: a deriver none of whose
 * classes any rule matches is not run at all, and inside one, {@link FactSink#wants(Class)} lets
 * a derivation nobody reads be skipped.
 */
interface FactDeriver {

    void derive(Dataset dataset, Params params, FactSink out);

    /** Every class of fact {@link #derive} may emit. */
    Set<Class<?>> produces();
}
