package org.dangjian.bench;

import java.nio.file.Path;
import java.util.Locale;
import org.dangjian.model.Dataset;
import org.dangjian.model.io.DatasetReader;
import org.dangjian.rules.AuditOptions;
import org.dangjian.rules.ComplianceEngine;

/** Times the six rules through the engine and the hand-coded baseline on one dataset, a few rounds each. */
public final class SixRulesProbe {
    private SixRulesProbe() {
    }

    public static void main(String[] args) throws Exception {
        Dataset d = DatasetReader.read(Path.of(args[0])).dataset();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        ComplianceEngine full = ComplianceEngine.builtIn();
        ComplianceEngine six = full.restrictedTo(HandCodedBaseline.RULE_IDS);
        HandCodedBaseline baseline = new HandCodedBaseline(HandCodedBaseline.Thresholds.of(full.parameters()));
        AuditOptions options = AuditOptions.DEFAULTS.withDatasetSha256("-");
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            int b = baseline.run(d).size();
            long t1 = System.nanoTime();
            int e = six.audit(d, options.withPartitioning(AuditOptions.Partitioning.SINGLE_SESSION)).findings().size();
            long t2 = System.nanoTime();
            int p = six.audit(d, options.withPartitioning(AuditOptions.Partitioning.SUBTREES)).findings().size();
            long t3 = System.nanoTime();
            System.out.printf(Locale.ROOT, "baseline %d in %.0f ms; engine %d in %.0f ms (%.1fx); partitioned %d in %.0f ms (%.1fx)%n",
                    b, (t1 - t0) / 1e6, e, (t2 - t1) / 1e6, (double) (t2 - t1) / (t1 - t0), p, (t3 - t2) / 1e6,
                    (double) (t3 - t2) / (t1 - t0));
        }
    }
}
