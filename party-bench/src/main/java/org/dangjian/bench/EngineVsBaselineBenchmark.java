package org.dangjian.bench;

import java.util.List;
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
 * The six rules (TRN-001, TRN-003, DEV-001, ORG-002, LIFE-005, MEM-001) through the engine and
 * through {@link HandCodedBaseline}, on the same generated district in the same run. The engine
 * runs the built-in pack restricted to the six rules ({@link ComplianceEngine#restrictedTo}),
 * deriving only the facts they read; {@code engine} audits with the default options (subtrees in
 * parallel sessions at this size), {@code engineOneSession} in one session. Target: the engine
 * within 5× the baseline.
 *
 * <pre>
 * java -jar party-bench/target/benchmarks.jar EngineVsBaseline
 * java -jar party-bench/target/benchmarks.jar EngineVsBaseline -p members=1000000 -jvmArgsAppend -Xmx8g
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-Xms2g"})
public class EngineVsBaselineBenchmark {

    @Param({"100000"})
    public long members;

    private Dataset dataset;
    private ComplianceEngine six;
    private HandCodedBaseline baseline;
    private AuditOptions options;

    @Setup(Level.Trial)
    public void setUp() {
        dataset = Districts.read(members);
        ComplianceEngine full = ComplianceEngine.builtIn();
        six = full.restrictedTo(HandCodedBaseline.RULE_IDS);
        baseline = new HandCodedBaseline(HandCodedBaseline.Thresholds.of(full.parameters()));
        options = AuditOptions.DEFAULTS.withDatasetSha256("-");
        List<HandCodedBaseline.Check> expected = baseline.run(dataset);
        AuditReport report = six.audit(dataset, options);
        if (expected.size() != report.findings().size()) {
            throw new IllegalStateException("baseline " + expected.size() + " vs engine " + report.findings().size());
        }
    }

    @Benchmark
    public List<HandCodedBaseline.Check> baseline() {
        return baseline.run(dataset);
    }

    @Benchmark
    public AuditReport engine() {
        return six.audit(dataset, options);
    }

    @Benchmark
    public AuditReport engineOneSession() {
        return six.audit(dataset, options.withPartitioning(AuditOptions.Partitioning.SINGLE_SESSION));
    }
}
