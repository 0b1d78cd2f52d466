package org.dangjian.spark;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.dangjian.model.Dataset;
import org.dangjian.model.HostUnit;
import org.dangjian.model.Organization;
import org.dangjian.model.Person;
import org.dangjian.model.RecordKind;
import org.dangjian.model.io.InvalidDatasetException;
import org.dangjian.model.io.LoadedDataset;
import org.dangjian.model.io.RecordCodec;
import org.dangjian.rules.AuditOptions;
import org.dangjian.rules.AuditReport;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.PackException;
import org.dangjian.rules.vocabulary.Raised;
import org.dangjian.rules.vocabulary.Unjudged;
import org.dangjian.rules.internal.AuditSession;
import org.dangjian.rules.internal.CompiledPack;
import org.dangjian.rules.internal.EngineAccess;
import org.dangjian.rules.internal.GroupAudit;
import org.dangjian.rules.internal.Inputs;
import org.dangjian.rules.internal.RaisedCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * The audit of a dataset on Spark, as the one-machine partitioned audit does it: the driver reads
 * and checks the whole dataset, gathers its organization subtrees into groups of about
 * {@code membersPerTask} members (a subtree is never split), and the executors audit one group
 * per task with the engine each executor JVM holds once; the driver then audits the top of the
 * tree (district, streets, host units, and any committee above them) with what the groups raised,
 * and makes the report. The findings are those of {@code party-audit audit} on the same dataset.
 */
public final class AuditJob {

    private static final Logger LOG = LoggerFactory.getLogger(AuditJob.class);

    /** Groups of about this many members per task, as the one-machine partitioned audit gathers them. */
    public static final int DEFAULT_MEMBERS_PER_TASK = 5_000;

    /**
     * Numbers the jobs of this driver: an executor keeps one job's decoded organizations under its
     * number. An executor serves one driver, so the number is unique where it is used; it names
     * the job and does not enter the audit (a retried task gets the same broadcast).
     */
    private static final AtomicLong JOBS = new AtomicLong();

    private final SparkSession spark;
    private final JobSettings settings;
    private final Optional<LocalDate> asOf;
    private final int membersPerTask;

    /**
     * @param asOf           the date to audit as of, over the dataset's own
     * @param membersPerTask about how many members one task audits (at least one subtree)
     */
    public AuditJob(SparkSession spark, JobSettings settings, Optional<LocalDate> asOf, int membersPerTask) {
        this.spark = spark;
        this.settings = settings;
        this.asOf = asOf;
        this.membersPerTask = membersPerTask;
    }

    /** What the job read and found. */
    public record Outcome(LoadedDataset loaded, Dataset dataset, ComplianceEngine engine, AuditReport report,
                          int groups) {
    }

    /**
     * Audits the dataset at {@code input} (the directory form, JSON Lines or Parquet, on any file
     * system Spark reads).
     *
     * @throws InvalidDatasetException if the dataset has errors (nothing is audited)
     * @throws PackException           if an extra pack does not compile
     * @throws JobFailure              if a rule of a pack keeps firing or throws
     */
    public Outcome run(String input) throws InvalidDatasetException, IOException, PackException, JobFailure {
        long start = System.nanoTime();
        DatasetInput in = DatasetInput.at(spark, input);
        LoadedDataset loaded = in.readWhole(spark);
        Dataset whole = asOf.map(d -> loaded.dataset().toBuilder().asOf(d).build()).orElse(loaded.dataset());
        ComplianceEngine engine = settings.engine();
        settings.parameters().ifPresent(p -> engine.parameters().override(p)); // checked before any task
        AuditOptions options = settings.options().withDatasetSha256(loaded.sha256());
        EngineAccess access = EngineAccess.get();
        CompiledPack compiled = access.compiled(engine);
        AuditSession.Plan plan = access.plan(engine, whole.asOf(), Inputs.available(whole), options);
        LOG.info("read and checked {} records in {} ms", whole.size(), (System.nanoTime() - start) / 1_000_000);
        if (!GroupAudit.applies(compiled)) {
            LOG.warn("pack {} does not declare partitioning = subtrees: audited in one session on the driver",
                    engine.pack().name());
            AuditReport report = engine.audit(whole, options.withPartitioning(AuditOptions.Partitioning.SINGLE_SESSION));
            return new Outcome(loaded, whole, engine, report, 1);
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        GroupAudit.Grouping grouping = GroupAudit.grouping(whole, jsc.defaultParallelism(), membersPerTask);
        int groups = grouping.groups();
        Broadcast<GroupContext> context = jsc.broadcast(context(whole, grouping, settings));
        LOG.info("{} groups of subtrees planned in {} ms", groups - 1, (System.nanoTime() - start) / 1_000_000);
        try {
            List<Raised> below = new ArrayList<>();
            List<Unjudged> unjudged = new ArrayList<>();
            if (groups > 1) {
                runGroups(jsc, in, whole, grouping, context, below, unjudged);
            }
            LOG.info("{} groups audited on the executors in {} ms; the top next", groups - 1,
                    (System.nanoTime() - start) / 1_000_000);
            GroupAudit.Result top = GroupAudit.evaluateTop(compiled, whole, grouping, plan, settings.maxFirings(), below);
            List<Raised> all = new ArrayList<>(below);
            all.addAll(top.raised());
            unjudged.addAll(top.unjudged());
            AuditReport report = access.report(engine, whole, options, plan, all, unjudged);
            LOG.info("audited {} records in {} groups: {} findings in {} ms", whole.size(), groups - 1,
                    report.findings().size(), (System.nanoTime() - start) / 1_000_000);
            return new Outcome(loaded, whole, engine, report, groups);
        } catch (org.dangjian.rules.RuleFiringLimitException | org.dangjian.rules.RuleFailedException e) {
            throw new JobFailure(e.getMessage());
        } finally {
            context.destroy();
        }
    }

    /** The groups' tasks: each record to the groups of its organization or person, one group per task. */
    private void runGroups(JavaSparkContext jsc, DatasetInput in, Dataset whole, GroupAudit.Grouping grouping,
                           Broadcast<GroupContext> context, List<Raised> below, List<Unjudged> unjudged)
            throws IOException, JobFailure {
        int groups = grouping.groups();
        // Who goes where: a person to each group they belong to, a group's key to itself.
        List<Tuple2<String, Integer>> destinations = new ArrayList<>();
        for (Person p : whole.people()) {
            grouping.groupsOfPerson(p.id(), g -> {
                if (g > 0) {
                    destinations.add(new Tuple2<>(Routing.person(p.id()), g));
                }
            });
        }
        for (int g = 1; g < groups; g++) {
            destinations.add(new Tuple2<>(Routing.group(g), g));
        }
        // Partitions of the shuffle toward the groups: every core busy, and a few groups' records in each.
        int slices = Math.max(jsc.defaultParallelism(), (groups - 1) / 4);
        JavaPairRDD<String, Integer> where = jsc.parallelizePairs(destinations, slices);
        JavaPairRDD<String, Line> keyed = null;
        for (RecordKind kind : RecordKind.values()) {
            if (kind == RecordKind.ORGANIZATIONS || kind == RecordKind.HOST_UNITS || !in.has(spark, kind)) {
                continue; // organizations and host units go to every task in the context
            }
            JavaPairRDD<String, Line> k = in.lines(spark, kind).mapPartitionsToPair(new Routing(context));
            keyed = keyed == null ? k : keyed.union(k);
        }
        if (keyed == null) {
            keyed = JavaPairRDD.fromJavaRDD(jsc.emptyRDD());
        }
        JavaPairRDD<Integer, Line> byGroup = keyed.join(where, slices)
                .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()));
        // A group without records of its own still holds organizations: every group has a task.
        List<Tuple2<Integer, Line>> markers = new ArrayList<>();
        for (int g = 1; g < groups; g++) {
            markers.add(new Tuple2<>(g, Routing.MARKER));
        }
        byGroup = byGroup.union(jsc.parallelizePairs(markers, slices));
        List<byte[]> results = byGroup.partitionBy(new GroupPartitioner(groups - 1))
                .mapPartitions(new GroupTask(context)).collect();
        List<String> failures = new ArrayList<>();
        for (byte[] r : results) {
            byte[] body = GroupTask.Results.body(r);
            switch (r[0]) {
                case GroupTask.Results.RAISED -> below.add(RaisedCodec.decodeRaised(body));
                case GroupTask.Results.UNJUDGED -> unjudged.add(RaisedCodec.decodeUnjudged(body));
                default -> failures.add(new String(body, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        if (!failures.isEmpty()) {
            throw new JobFailure(failures.stream().sorted().findFirst().orElseThrow());
        }
    }

    /** What every task shares: sent once per executor. */
    private static GroupContext context(Dataset whole, GroupAudit.Grouping grouping, JobSettings settings) {
        List<String> orgs = new ArrayList<>(whole.organizations().size());
        for (Organization o : whole.organizations()) {
            orgs.add(RecordCodec.encode(o).toString());
        }
        List<String> units = new ArrayList<>(whole.hostUnits().size());
        for (HostUnit h : whole.hostUnits()) {
            units.add(RecordCodec.encode(h).toString());
        }
        List<String> present = whole.present().stream().map(Enum::name).toList();
        Map<String, Integer> groupOf = new java.util.HashMap<>(grouping.organizations(whole));
        return new GroupContext(JOBS.incrementAndGet(), whole.asOf(), present,
                java.util.Set.copyOf(Inputs.available(whole)), settings, orgs, units, groupOf);
    }

    /** A rule of a pack kept firing or threw: the pack's error, with the rule's name. */
    public static final class JobFailure extends Exception {
        private static final long serialVersionUID = 1L;

        JobFailure(String message) {
            super(message);
        }
    }
}
