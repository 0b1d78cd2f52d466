package org.dangjian.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dangjian.bench.HandCodedBaseline.Check;
import org.dangjian.model.Dataset;
import org.dangjian.model.io.DatasetReader;
import org.dangjian.rules.AuditOptions;
import org.dangjian.rules.ComplianceEngine;

/**
 * Our side of the paired run against {@link DuckDbPeer}: one process that reads the directory
 * form as {@code party-audit} does (every record parsed and validated), audits it with the
 * built-in pack restricted to the six rules (deriving only the facts they read), and prints the
 * findings in the peer's line format; with {@code --baseline}, the hand-coded pass instead of the
 * engine.
 *
 * <pre>
 * java -cp party-bench/target/benchmarks.jar org.dangjian.bench.SixRulesAudit DIR [--baseline] [--out FILE]
 * </pre>
 */
public final class SixRulesAudit {

    private SixRulesAudit() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Dataset d = DatasetReader.read(Path.of(args[0])).dataset();
        long t1 = System.nanoTime();
        ComplianceEngine full = ComplianceEngine.builtIn();
        List<Check> checks;
        if (List.of(args).contains("--baseline")) {
            checks = new HandCodedBaseline(HandCodedBaseline.Thresholds.of(full.parameters())).run(d);
        } else {
            ComplianceEngine six = full.restrictedTo(HandCodedBaseline.RULE_IDS);
            checks = six.audit(d, AuditOptions.DEFAULTS.withDatasetSha256("-")).findings().stream()
                    .map(Check::of).sorted(Check.ORDER).toList();
        }
        long t2 = System.nanoTime();
        Map<String, Integer> byRule = new TreeMap<>();
        checks.forEach(c -> byRule.merge(c.ruleId(), 1, Integer::sum));
        System.out.printf(Locale.ROOT, "%,d findings %s; read %,d records in %.2f s, audit %.2f s%n", checks.size(),
                byRule, d.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        int out = List.of(args).indexOf("--out");
        if (out >= 0) {
            Files.write(Path.of(args[out + 1]), checks.stream().map(DuckDbPeer::line).toList());
        }
    }
}
