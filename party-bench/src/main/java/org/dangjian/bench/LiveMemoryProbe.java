package org.dangjian.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.dangjian.model.Dataset;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.LiveAudit;

/**
 * The heap a live audit (实时审计) of a generated district holds: the dataset alone, then the
 * dataset with an open live audit of the built-in pack (Drools' session, the facts derived in Java
 * and what the audit keeps by key), each after a full collection; and the time to open it. For
 * what holds the heap, run it with {@code -Dprobe.pause=true} and take {@code jmap -histo:live PID}
 * while it waits.
 *
 * <pre>
 * java -Xmx4g -cp party-bench/target/benchmarks.jar org.dangjian.bench.LiveMemoryProbe 100000
 * java -Xmx4g -Dprobe.openGroups=8 -cp party-bench/target/benchmarks.jar org.dangjian.bench.LiveMemoryProbe 1000000
 * </pre>
 */
public final class LiveMemoryProbe {

    private static final double MB = 1024 * 1024;

    private LiveMemoryProbe() {
    }

    public static void main(String[] args) throws Exception {
        long members = args.length > 0 ? Long.parseLong(args[0]) : 10_000;
        ComplianceEngine engine = ComplianceEngine.builtIn();
        long base = usedAfterGc();
        Dataset d = Districts.read(members);
        long data = usedAfterGc();
        System.out.printf(Locale.ROOT, "dataset: %,d members, %,d records, %.0f MB of heap%n",
                members, d.size(), (data - base) / MB);
        long t = System.nanoTime();
        // -Dprobe.openGroups=N: in groups of subtrees, at most N open (AuditOptions.liveOpenGroups).
        int groups = Integer.getInteger("probe.openGroups", 0);
        try (LiveAudit live = engine.openLive(d, org.dangjian.rules.AuditOptions.builder().liveOpenGroups(groups).build())) {
            long opened = System.nanoTime() - t;
            long withLive = usedAfterGc();
            System.out.printf(Locale.ROOT, "live audit opened in %.1f s, %,d findings; heap %.0f MB in all, %.0f MB besides the dataset%n",
                    opened / 1e9, live.findings().size(), (withLive - base) / MB, (withLive - data) / MB);
            if (Boolean.getBoolean("probe.pause")) {
                System.out.println("pid " + ProcessHandle.current().pid() + ": press Enter to end");
                System.in.read();
            }
        }
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
