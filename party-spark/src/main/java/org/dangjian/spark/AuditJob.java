package org.dangjian.spark;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.dangjian.model.Dataset;
import org.dangjian.model.Person;
import org.dangjian.model.RecordKind;
import org.dangjian.model.io.InvalidDatasetException;
import org.dangjian.model.io.LoadedDataset;
import org.dangjian.model.io.Problem;
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
 * {@code membersPerTask} members (a subtree is never split), derives the facts of the top of the
 * tree (district, streets, host units, and any committee above them) and lets the rest of the
 * dataset go; the executors audit one group per task with the engine each executor JVM holds
 * once; the driver then audits the top with what the groups raised, and makes the report. The findings are those of {@code party-audit audit} on the same dataset.
 */
public final class AuditJob {

    private static final Logger LOG = LoggerFactory.getLogger(AuditJob.class);

    /** Groups of about this many members per task, as the one-machine partitioned audit gathers them. */
    public static final int DEFAULT_MEMBERS_PER_TASK = 5_000;

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

    /**
     * What the job found.
     *
     * @param warnings what the dataset's reader warned of (nothing that stopped it)
     */
    public record Outcome(List<Problem> warnings, ComplianceEngine engine, AuditReport report, int groups) {
    }

    /**
     * What the driver keeps of the dataset once it has planned the groups: who goes where, what
     * every task shares, the top's facts and the records that name the top's subjects. The whole
     * dataset is let go before any task starts (at 10 million members it is some 12 GB of heap).
     *
     * @param single the report, when the pack is audited in one session on the driver (no groups)
     */
    private record Planned(List<Problem> warnings, ComplianceEngine engine, AuditOptions options,
                           AuditSession.Plan plan, int records, int groups,
                           List<Tuple2<String, Integer>> destinations, GroupContext context, List<Object> topFacts,
                           Dataset top, Optional<AuditReport> single) {
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
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Planned p = plan(in, jsc, start);
        if (p.single().isPresent()) {
            return new Outcome(p.warnings(), p.engine(), p.single().get(), 1);
        }
        EngineAccess access = EngineAccess.get();
        int groups = p.groups();
        Broadcast<GroupContext> context = jsc.broadcast(p.context());
        try {
            List<Raised> below = new ArrayList<>();
            List<Unjudged> unjudged = new ArrayList<>();
            if (groups > 1) {
                runGroups(jsc, in, p.destinations(), groups, context, below, unjudged);
            }
            LOG.info("{} groups audited on the executors in {} ms; the top next", groups - 1,
                    (System.nanoTime() - start) / 1_000_000);
            GroupAudit.Result top = GroupAudit.evaluateTop(access.compiled(p.engine()), p.top(), p.plan(),
                    settings.maxFirings(), p.topFacts(), below);
            List<Raised> all = new ArrayList<>(below);
            all.addAll(top.raised());
            unjudged.addAll(top.unjudged());
            AuditReport report = access.report(p.engine(), p.top(), p.options(), p.plan(), all, unjudged);
            LOG.info("audited {} records in {} groups: {} findings in {} ms", p.records(), groups - 1,
                    report.findings().size(), (System.nanoTime() - start) / 1_000_000);
            return new Outcome(p.warnings(), p.engine(), report, groups);
        } catch (org.dangjian.rules.RuleFiringLimitException | org.dangjian.rules.RuleFailedException e) {
            throw new JobFailure(e.getMessage());
        } finally {
            context.destroy();
        }
    }

    /**
     * Reads and checks the whole dataset, plans the groups and derives the top's facts; of the
     * dataset only what {@link Planned} holds outlives this method.
     */
    private Planned plan(DatasetInput in, JavaSparkContext jsc, long start)
            throws InvalidDatasetException, IOException, PackException {
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
            return new Planned(loaded.warnings(), engine, options, plan, whole.size(), 1, List.of(), null, List.of(),
                    whole, Optional.of(report));
        }
        GroupAudit.Grouping grouping = GroupAudit.grouping(whole, jsc.defaultParallelism(), membersPerTask);
        LOG.info("{} groups of subtrees planned in {} ms", grouping.groups() - 1,
                (System.nanoTime() - start) / 1_000_000);
        // The top's facts first: their derivation and who goes where are never held at once (the peak).
        List<Object> topFacts = GroupAudit.topFacts(compiled, whole, grouping, plan);
        LOG.info("the top's {} facts derived in {} ms", topFacts.size(), (System.nanoTime() - start) / 1_000_000);
        Set<String> topPeople = new HashSet<>();
        List<Tuple2<String, Integer>> destinations = Destinations.of(whole, grouping, topPeople);
        GroupContext context = context(whole, settings);
        Dataset top = top(whole, topPeople);
        LOG.info("{} destinations planned and {} records kept in {} ms; the rest of the dataset let go",
                destinations.size(), top.size(), (System.nanoTime() - start) / 1_000_000);
        return new Planned(loaded.warnings(), engine, options, plan, whole.size(), grouping.groups(), destinations,
                context, topFacts, top, Optional.empty());
    }

    /**
     * What names the subjects of the top's findings and of the report's subjects not judged: the
     * organizations, the host units, and the top's people with their memberships and posts (the
     * groups' people are named by the groups' sessions).
     */
    private static Dataset top(Dataset whole, Set<String> topPeople) {
        Dataset.Builder b = Dataset.builder(whole.asOf());
        whole.present().forEach(b::present);
        b.addAll(whole.organizations());
        b.addAll(whole.hostUnits());
        for (Person p : whole.people()) {
            if (topPeople.contains(p.id())) {
                b.add(p);
                b.addAll(whole.membershipsOfPerson(p.id()));
                b.addAll(whole.positionsHeldBy(p.id()));
            }
        }
        return b.build();
    }

    /** The groups' tasks: each record to the groups of its organization or person, one group per task. */
    private void runGroups(JavaSparkContext jsc, DatasetInput in, List<Tuple2<String, Integer>> destinations,
                           int groups, Broadcast<GroupContext> context, List<Raised> below, List<Unjudged> unjudged)
            throws IOException, JobFailure {
        // Partitions of the shuffle toward the groups: every core busy, and a few groups' records in each.
        int slices = Math.max(jsc.defaultParallelism(), (groups - 1) / 4);
        JavaPairRDD<String, Integer> where = jsc.parallelizePairs(destinations, slices);
        JavaPairRDD<String, Line> keyed = null;
        for (RecordKind kind : RecordKind.values()) {
            if (!in.has(spark, kind)) {
                continue;
            }
            JavaPairRDD<String, Line> k = in.lines(spark, kind).mapPartitionsToPair(new Routing());
            keyed = keyed == null ? k : keyed.union(k);
        }
        if (keyed == null) {
            keyed = JavaPairRDD.fromJavaRDD(jsc.emptyRDD());
        }
        JavaPairRDD<Integer, Line> byGroup = keyed.join(where, slices)
                .mapToPair(t -> new Tuple2<>(t._2()._2(),
                        Routing.isContext(t._1()) ? t._2()._1().asContext() : t._2()._1()));
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

    /** What every task shares: sent once per executor, the same size whatever the district. */
    private static GroupContext context(Dataset whole, JobSettings settings) {
        List<String> present = whole.present().stream().map(Enum::name).toList();
        return new GroupContext(whole.asOf(), present, java.util.Set.copyOf(Inputs.available(whole)), settings);
    }

    /** A rule of a pack kept firing or threw: the pack's error, with the rule's name. */
    public static final class JobFailure extends Exception {
        private static final long serialVersionUID = 1L;

        JobFailure(String message) {
            super(message);
        }
    }
}
