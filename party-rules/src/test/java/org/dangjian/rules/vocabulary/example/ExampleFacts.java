package org.dangjian.rules.vocabulary.example;

import java.util.Set;
import org.dangjian.model.Dataset;
import org.dangjian.model.RecordKind;
import org.dangjian.rules.internal.FactDeriver;
import org.dangjian.rules.internal.FactSink;
import org.dangjian.rules.vocabulary.Params;

/**
 * An area's deriver as a new one is written (public only because the test beside the engine makes
 * it; a real area's deriver is package-private and made by the registry): it emits its facts and
 * declares what it reads, nothing more.
 */
public final class ExampleFacts implements FactDeriver {

    @Override
    public Set<RecordKind> reads() {
        return Set.of(RecordKind.ORGANIZATIONS);
    }

    @Override
    public void derive(Dataset d, Params params, FactSink out) {
        d.organizations().forEach(o -> out.accept(new ExampleCount(o.id(), d.children(o.id()).size())));
    }
}
