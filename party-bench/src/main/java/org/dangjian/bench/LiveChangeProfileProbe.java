package org.dangjian.bench;

import static org.dangjian.bench.LiveChangeProbe.pct;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.dangjian.rules.LiveAudit;

/**
 * {@link LiveChangeProbe} for profiling: rounds per kind ({@code dues:400,newMember:150}), the
 * applying thread's CPU time per change ({@code ThreadMXBean}, not the process's 10 ms ticks),
 * the collections and the wall-clock window of each kind (to cut a recording by kind), a warm-up
 * ({@code -Dprobe.warm=true}: every kind 10 rounds first), and, given a file and a JFR settings
 * file, a flight recording of the changes only (not the reading and opening).
 *
 * <pre>
 * java -Xmx8g -Dprobe.warm=true -cp party-bench/target/benchmarks.jar org.dangjian.bench.LiveChangeProfileProbe \
 *      100000 newMember:300,dues:300,post:30
 * java -Xmx12g -cp party-bench/target/benchmarks.jar org.dangjian.bench.LiveChangeProfileProbe \
 *      1000000 dues:400,newMember:150 dues.jfr fine.jfc
 * </pre>
 */
public final class LiveChangeProfileProbe {

    private LiveChangeProfileProbe() {
    }

    public static void main(String[] args) throws Exception {
        long members = Long.parseLong(args[0]);
        String[] kinds = args[1].split(",");
        String jfr = args.length > 2 ? args[2] : null;
        String jfc = args.length > 3 ? args[3] : null;
        try (LiveAudit live = LiveChangeProbe.open(members)) {
            if (Boolean.getBoolean("probe.warm")) { // every kind 10 rounds first: the JIT compiles what each needs
                for (String spec : kinds) {
                    LiveChangeProbe.run(live, spec.split(":")[0], 10, () -> 0L);
                }
                System.out.println("warmed up: every kind 10 rounds");
            }
            Recording rec = null;
            if (jfr != null) {
                rec = new Recording(Configuration.create(Path.of(jfc)));
                rec.setDestination(Path.of(jfr));
                rec.start();
            }
            System.out.println("change        | wall p50 / p90 / p99 ms       | thread CPU p50 / p90 ms | GCs | from - to");
            for (String spec : kinds) {
                String kind = spec.split(":")[0];
                int rounds = spec.contains(":") ? Integer.parseInt(spec.split(":")[1]) : 10;
                java.lang.management.ThreadMXBean tb = ManagementFactory.getThreadMXBean();
                long gc0 = gcs();
                Instant from = Instant.now(); // the window includes setting the kind up and asOf back
                LiveChangeProbe.Series r = LiveChangeProbe.run(live, kind, rounds, tb::getCurrentThreadCpuTime);
                Instant to = Instant.now();
                long gc = gcs() - gc0;
                double[] wall = r.wall();
                double[] cpu = r.cpu();
                int n = 2 * rounds;
                System.out.printf(Locale.ROOT,
                        "%-13s | %8.2f / %8.2f / %8.2f | %9.3f / %6.3f       | %3d | %s - %s (%d changes)%n", kind,
                        pct(wall, 50), pct(wall, 90), pct(wall, 99), pct(cpu, 50), pct(cpu, 90), gc, from, to, n);
            }
            if (rec != null) {
                rec.stop();
                rec.close();
            }
        }
    }

    private static long gcs() {
        long n = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += b.getCollectionCount();
        }
        return n;
    }
}
