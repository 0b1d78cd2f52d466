package org.dangjian.rules.internal;

import java.util.Set;
import org.dangjian.model.Dataset;
import org.dangjian.model.RecordKind;
import org.dangjian.rules.vocabulary.Params;

/**
 * Derives facts from the records once per audit, in plain Java, so that rules compare a derived
 * fact with a parameter instead of accumulating over raw records (Drools accumulates over large
 * fact sets cost 35–45× a plain pass). One deriver per catalog area. A deriver must be a pure
 * function of the dataset: the same facts, equal by {@code equals}, for the same records in any
 * order (live audits diff them).
 *
 * <p>{@link #produces()} names every fact class the deriver may emit: the derived facts of its
 * catalog area, read from the deriver's own package ({@code AreaFacts}), never listed by hand. A
 * deriver none of whose classes any rule matches is not run at all, and inside one,
 * {@link FactSink#wants(Class)} lets a derivation nobody reads be skipped.
 *
 * <p>{@link #reads()} names every kind of record the derivation looks at, so that a live audit
 * derives again only the derivers a change can affect.
 */
public interface FactDeriver {

    void derive(Dataset dataset, Params params, FactSink out);

    /**
     * Every class of fact {@link #derive} may emit: the public records of the deriver's package
     * that say their partition key ({@code PartitionsTest} checks that nothing else is emitted).
     */
    default Set<Class<?>> produces() {
        return AreaFacts.beside(getClass());
    }

    /**
     * Every kind of record {@link #derive} reads, directly or through the dataset's indexes
     * ({@code membershipsOf}, {@code subtree}, {@code person(…)} …) and helpers: a live audit
     * derives a deriver again only after a change of one of these kinds (or of {@code asOf},
     * which every deriver reads; the parameters are fixed for a live audit's life). A kind left
     * out makes a live audit miss changes: {@code DeriverReadsTest} changes each kind not
     * declared and checks that the facts stay the same.
     */
    Set<RecordKind> reads();
}
