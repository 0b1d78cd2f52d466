package org.dangjian.bench;

import java.util.concurrent.TimeUnit;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.PackException;
import org.dangjian.rules.RulePack;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Compiling the built-in pack (DRL, parameters, cadence table, metadata checks). {@code cold}: the
 * first compile of a fresh JVM, one shot per fork, ten forks (what {@code party-audit audit} pays
 * on every run). {@code warm}: a JVM that has compiled it before (a server reloading a pack).
 * Target: warm under 1 s.
 *
 * <pre>
 * java -jar party-bench/target/benchmarks.jar Compile
 * </pre>
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CompileBenchmark {

    private final RulePack pack = RulePack.builtIn();

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(10)
    public ComplianceEngine cold() throws PackException {
        return ComplianceEngine.compile(RulePack.builtIn());
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 5, time = 5)
    @Measurement(iterations = 5, time = 5)
    @Fork(1)
    public ComplianceEngine warm() throws PackException {
        return ComplianceEngine.compile(pack);
    }
}
