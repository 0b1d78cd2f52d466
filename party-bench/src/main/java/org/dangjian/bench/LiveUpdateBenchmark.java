package org.dangjian.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.dangjian.model.Activity;
import org.dangjian.model.ActivityType;
import org.dangjian.model.Dataset;
import org.dangjian.model.OrgType;
import org.dangjian.model.Organization;
import org.dangjian.rules.Change;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.FindingEvent;
import org.dangjian.rules.LiveAudit;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Live update latency (实时审计): one record change applied to an open live audit of the whole
 * built-in pack, and the rules fired. Each operation adds a theme party day to a branch, or takes
 * it away again (alternately), so the audit's state does not drift. Sample mode gives the
 * percentiles.
 *
 * <pre>
 * java -jar party-bench/target/benchmarks.jar LiveUpdate
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-Xms2g"})
public class LiveUpdateBenchmark {

    @Param({"10000", "100000"})
    public long members;

    private LiveAudit live;
    private Activity extra;
    private boolean added;

    @Setup(Level.Trial)
    public void setUp() {
        Dataset dataset = Districts.read(members);
        String branch = dataset.organizations().stream().filter(o -> o.type() == OrgType.BRANCH)
                .map(Organization::id).findFirst().orElseThrow();
        extra = new Activity("bench-extra", branch, ActivityType.THEME_PARTY_DAY, LocalDate.of(2020, 3, 3),
                Optional.empty(), Optional.empty());
        live = ComplianceEngine.builtIn().openLive(dataset);
    }

    @Benchmark
    public List<FindingEvent> applyOneChange() {
        added = !added;
        return live.apply(added ? Change.add(extra) : Change.remove(extra));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        live.close();
    }
}
