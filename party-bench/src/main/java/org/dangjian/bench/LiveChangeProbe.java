package org.dangjian.bench;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.dangjian.model.Dataset;
import org.dangjian.rules.Change;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.LiveAudit;

/**
 * The changes of {@link LiveChangeBenchmark}, each applied and undone {@code rounds} times on one
 * live audit, with the wall time and the CPU time of the process per change (median, 90th and 99th
 * percentile). On a machine shared with other work the wall time measures the load as much as the
 * change; the process's CPU time (this thread, the derivation pool, the collector) does not wait
 * for a core, so it is the fairer figure there.
 *
 * <pre>
 * java -Xmx8g -cp party-bench/target/benchmarks.jar org.dangjian.bench.LiveChangeProbe 100000 20 dues,training
 * </pre>
 */
public final class LiveChangeProbe {

    private static final String ALL = "activity,attendance,training,dues,person,membership,post,organization,"
            + "orgCreate,orgMove,orgRetype,orgDissolve,asOfDay,asOfMonth,asOfYear";

    private LiveChangeProbe() {
    }

    public static void main(String[] args) {
        long members = args.length > 0 ? Long.parseLong(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        String[] kinds = (args.length > 2 ? args[2] : ALL).split(",");
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (LiveAudit live = open(members)) {
            System.out.println("change        | wall p50 / p90 / p99 ms       | CPU p50 / p90 / p99 ms");
            for (String kind : kinds) {
                Series r = run(live, kind, rounds, os::getProcessCpuTime);
                System.out.printf(Locale.ROOT, "%-13s | %8.2f / %8.2f / %8.2f | %8.2f / %8.2f / %8.2f%n", kind,
                        pct(r.wall(), 50), pct(r.wall(), 90), pct(r.wall(), 99), pct(r.cpu(), 50), pct(r.cpu(), 90),
                        pct(r.cpu(), 99));
            }
        }
    }

    /**
     * Reads the generated district of {@code members} and opens a live audit of it, saying how long
     * each took; with {@code -Dprobe.openGroups=N}, in groups of subtrees with at most N open
     * ({@code AuditOptions.liveOpenGroups}).
     */
    static LiveAudit open(long members) {
        long t = System.nanoTime();
        Dataset d = Districts.read(members);
        System.out.printf(Locale.ROOT, "%,d members, %,d records, read in %.0f s%n", members, d.size(),
                (System.nanoTime() - t) / 1e9);
        t = System.nanoTime();
        int groups = Integer.getInteger("probe.openGroups", 0);
        LiveAudit live = ComplianceEngine.builtIn().openLive(d,
                org.dangjian.rules.AuditOptions.builder().liveOpenGroups(groups).build());
        System.out.printf(Locale.ROOT, "live audit opened in %.1f s, %,d findings%n", (System.nanoTime() - t) / 1e9,
                live.findings().size());
        return live;
    }

    /** The wall and CPU milliseconds of each change of a run of one kind. */
    record Series(double[] wall, double[] cpu) {
    }

    /**
     * Applies the change of {@code kind} and its inverse, alternately, {@code rounds} times each,
     * timing each with the wall clock and {@code cpuNanos}; {@code asOf} is set back after. For a
     * kind named with {@code @closed} ({@code dues@closed}), or all with {@code -Dprobe.closed=true},
     * a change not timed (an activity of the last branch, added or removed) goes
     * before each: with groups of subtrees and one open ({@code -Dprobe.openGroups=1}), it closes
     * the group the timed change reaches, which then opens it again.
     */
    static Series run(LiveAudit live, String kind, int rounds, LongSupplier cpuNanos) {
        LocalDate asOf = live.dataset().asOf();
        boolean closed = kind.endsWith("@closed") || Boolean.getBoolean("probe.closed");
        String base = kind.replace("@closed", "");
        List<Change> pair = LiveChangeBenchmark.changes(live, base);
        List<Change> elsewhere = closed ? LiveChangeBenchmark.elsewhere(live.dataset()) : null;
        if (pair.size() == 3) {
            live.apply(pair.get(2));
        }
        int n = 2 * rounds;
        double[] wall = new double[n];
        double[] cpu = new double[n];
        for (int i = 0; i < n; i++) {
            if (elsewhere != null) {
                live.apply(elsewhere.get(i % 2));
            }
            long w = System.nanoTime();
            long c = cpuNanos.getAsLong();
            live.apply(pair.get(i % 2));
            cpu[i] = (cpuNanos.getAsLong() - c) / 1e6;
            wall[i] = (System.nanoTime() - w) / 1e6;
        }
        live.apply(Change.asOf(asOf));
        return new Series(wall, cpu);
    }

    /** The {@code p}th percentile, nearest rank; the first two changes of a kind are left out (warm-up). */
    static double pct(double[] values, int p) {
        double[] v = Arrays.copyOfRange(values, Math.min(2, values.length - 1), values.length);
        Arrays.sort(v);
        int rank = (int) Math.ceil(p / 100.0 * v.length);
        return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
    }
}
