package org.dangjian.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.dangjian.model.Dataset;
import org.dangjian.model.io.DatasetReader;
import org.dangjian.rules.AuditOptions;
import org.dangjian.rules.AuditReport;
import org.dangjian.rules.ComplianceEngine;

/**
 * One audit, timed, with the heap's peak: what the heap figures of docs/performance.md come from.
 * Reads a dataset (a JSON file or the directory form), or draws an {@link EdgeDistrict}, compiles
 * the built-in pack, audits and prints wall times and the peak of the heap's pools (after a GC
 * before the audit, so the peak is the audit's and the dataset's).
 *
 * <pre>
 * java -Xmx2g -cp party-bench/target/benchmarks.jar org.dangjian.bench.AuditProbe /tmp/district-1m [single|partitioned] [RULE-ID,...]
 * java -cp party-bench/target/benchmarks.jar org.dangjian.bench.AuditProbe edge:50000 single
 * </pre>
 */
public final class AuditProbe {

    private AuditProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: AuditProbe DATASET|edge:MEMBERS [single|partitioned|auto] [RULE-ID,...]");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        Dataset d = args[0].startsWith("edge:")
                ? EdgeDistrict.generate(Integer.parseInt(args[0].substring(5)), 1, LocalDate.of(2020, 12, 31))
                : DatasetReader.read(Path.of(args[0])).dataset();
        long t1 = System.nanoTime();
        ComplianceEngine engine = ComplianceEngine.builtIn();
        if (args.length > 2) {
            engine = engine.restrictedTo(Set.of(args[2].split(",")));
        }
        long t2 = System.nanoTime();
        AuditOptions options = AuditOptions.DEFAULTS.withDatasetSha256("-");
        String mode = args.length > 1 ? args[1] : "auto";
        options = options.withPartitioning(switch (mode) {
            case "single" -> AuditOptions.Partitioning.SINGLE_SESSION;
            case "partitioned" -> AuditOptions.Partitioning.SUBTREES;
            default -> AuditOptions.Partitioning.AUTO;
        });
        System.gc();
        long afterRead = usedHeap();
        resetPeaks();
        AuditReport report = engine.audit(d, options);
        long t3 = System.nanoTime();
        System.out.printf(Locale.ROOT, "dataset %s: %,d records (%d memberships) read in %.1f s; pack compiled in %.1f s%n",
                args[0], d.size(), d.memberships().size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        System.out.printf(Locale.ROOT, "audit (%s): %,d findings in %.1f s%n", mode,
                report.findings().size(), (t3 - t2) / 1e9);
        System.out.printf(Locale.ROOT, "heap: %,d MB live after reading, %,d MB peak during the audit (max %,d MB)%n",
                afterRead >> 20, peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
