package org.dangjian.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dangjian.model.Dataset;
import org.dangjian.model.io.DatasetReader;
import org.dangjian.rules.AuditOptions;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.RuleInfo;

/** Times the built-in pack restricted to each catalog area (TRN, DEV, ...), to see which rules cost what. */
public final class RuleCostProbe {
    private RuleCostProbe() {
    }

    public static void main(String[] args) throws Exception {
        Dataset d = DatasetReader.read(Path.of(args[0])).dataset();
        ComplianceEngine full = ComplianceEngine.builtIn();
        Map<String, Set<String>> areas = new LinkedHashMap<>();
        for (RuleInfo r : full.rules()) {
            String key = args.length > 1 && args[1].equals("rules") ? r.id() : r.id().substring(0, r.id().indexOf('-'));
            areas.computeIfAbsent(key, k -> new TreeSet<>()).add(r.id());
        }
        AuditOptions options = AuditOptions.DEFAULTS.withDatasetSha256("-")
                .withPartitioning(AuditOptions.Partitioning.SINGLE_SESSION);
        full.audit(d, options);
        for (Map.Entry<String, Set<String>> e : areas.entrySet()) {
            ComplianceEngine part = full.restrictedTo(e.getValue());
            part.audit(d, options);
            long best = Long.MAX_VALUE;
            int n = 0;
            for (int i = 0; i < 2; i++) {
                long t0 = System.nanoTime();
                n = part.audit(d, options).findings().size();
                best = Math.min(best, System.nanoTime() - t0);
            }
            System.out.printf(Locale.ROOT, "%-10s %6d ms  %6d findings  %s%n", e.getKey(), best / 1_000_000, n, e.getValue());
        }
    }
}
