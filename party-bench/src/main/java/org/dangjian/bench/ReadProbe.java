package org.dangjian.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;
import org.dangjian.model.io.DatasetReader;
import org.dangjian.model.io.LoadedDataset;

/**
 * Reads a dataset (parse and validate, as {@code party-audit validate} does) a few times in one
 * JVM and prints each read's records per second of the reading thread's CPU time: the reading
 * target of issue 19 is a million a second on one core, and on a shared machine the thread's CPU
 * time says more than the wall clock. The first read includes the JIT's warm-up.
 *
 * <pre>
 * java -Xmx4g -cp party-bench/target/benchmarks.jar org.dangjian.bench.ReadProbe DIR [ROUNDS]
 * </pre>
 */
public final class ReadProbe {

    private ReadProbe() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < rounds; i++) {
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            LoadedDataset d = DatasetReader.read(Path.of(args[0]));
            double wallMs = (System.nanoTime() - wall) / 1e6;
            double cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
            int size = d.dataset().size();
            System.out.printf(Locale.ROOT, "read %,d records in %.0f ms wall, %.0f ms CPU of the thread: %,.0f records/s of CPU%n",
                    size, wallMs, cpuMs, size * 1000.0 / cpuMs); // 1000.0: size * 1000 overflows an int
        }
    }
}
