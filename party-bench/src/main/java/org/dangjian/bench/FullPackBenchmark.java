package org.dangjian.bench;

import java.util.concurrent.TimeUnit;
import org.dangjian.model.Dataset;
import org.dangjian.rules.AuditOptions;
import org.dangjian.rules.AuditReport;
import org.dangjian.rules.ComplianceEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole built-in pack on a generated district of 100k and 1M members (generated once per
 * trial, written to a temporary directory and read back). One audit is one operation, measured
 * single-shot (an audit of 1M members takes tens of seconds); the heap is given by -Xmx.
 *
 * <pre>
 * java -jar party-bench/target/benchmarks.jar FullPack
 * java -jar party-bench/target/benchmarks.jar FullPack -p members=100000 -p partitioning=SINGLE_SESSION
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-Xms2g"})
public class FullPackBenchmark {

    @Param({"100000", "1000000"})
    public long members;

    @Param({"AUTO"})
    public AuditOptions.Partitioning partitioning;

    private Dataset dataset;
    private ComplianceEngine engine;
    private AuditOptions options;

    @Setup(Level.Trial)
    public void setUp() {
        dataset = Districts.read(members);
        engine = ComplianceEngine.builtIn();
        options = AuditOptions.DEFAULTS.withDatasetSha256("-").withPartitioning(partitioning);
    }

    @Benchmark
    public AuditReport audit() {
        return engine.audit(dataset, options);
    }
}
