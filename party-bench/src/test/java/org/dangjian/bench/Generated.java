package org.dangjian.bench;

import java.time.LocalDate;
import org.dangjian.examples.generator.DistrictGenerator;
import org.dangjian.examples.generator.GeneratorConfig;
import org.dangjian.examples.generator.RecordSink;
import org.dangjian.model.Dataset;

/** Districts of party-examples' generator, built in memory for tests. */
final class Generated {

    private Generated() {
    }

    static Dataset district(int members, long seed, LocalDate asOf, double violations) {
        return district(new GeneratorConfig(members, seed, asOf, violations, GeneratorConfig.DEFAULT_RECTIFICATION_SHARE));
    }

    static Dataset district(GeneratorConfig config) {
        Dataset.Builder b = Dataset.builder(config.asOf());
        new DistrictGenerator(config).generate(RecordSink.of(b));
        return b.build();
    }
}
