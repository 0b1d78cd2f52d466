package org.dangjian.rules;

import java.util.ArrayList;
import java.util.List;
import org.dangjian.model.Dataset;
import org.dangjian.rules.facts.Params;

/** Every deriver of the engine, run in order; the facts they produce are what rules see. */
final class Derivations {

    /** One per area; add an area's deriver here. */
    private static final List<FactDeriver> DERIVERS = List.of(
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

    static List<Object> derive(Dataset dataset, Params params) {
        List<Object> out = new ArrayList<>();
        out.add(params);
        for (FactDeriver d : DERIVERS) {
            d.derive(dataset, params, out::add);
        }
        return out;
    }
}
