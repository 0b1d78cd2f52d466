package org.dangjian.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.dangjian.model.Dataset;
import org.dangjian.rules.facts.Params;

/** Every deriver of the engine, run in order; the facts they produce are what rules see. */
final class Derivations {

    /** One per area; add an area's deriver here. */
    static final List<FactDeriver> DERIVERS = List.of(
            new BaseFacts(),
            new OrganizationFacts(),
            new LifeFacts(),
            new TrainingFacts(),
            new DevelopmentFacts(),
            new WeakFacts(),
            new MemberFacts(),
            new CadreFacts(),
            new FundFacts(),
            new TwoNewFacts());

    private Derivations() {
    }

    /** Every fact of every deriver, whether or not a rule reads it. */
    static List<Object> derive(Dataset dataset, Params params) {
        return derive(dataset, params, type -> true);
    }

    /**
     * The facts some rule reads: {@code matched} tells whether some rule matches a fact class.
     * Derivers that emit nothing a rule reads are not run.
     */
    static List<Object> derive(Dataset dataset, Params params, Predicate<Class<?>> matched) {
        List<Object> out = new ArrayList<>();
        FactSink sink = new FactSink(matched, out::add);
        sink.accept(params);
        for (FactDeriver d : DERIVERS) {
            if (sink.wantsAny(d.produces())) {
                d.derive(dataset, params, sink);
            }
        }
        return out;
    }
}
