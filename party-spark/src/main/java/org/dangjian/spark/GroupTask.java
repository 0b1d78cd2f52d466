package org.dangjian.spark;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.dangjian.model.Dataset;
import org.dangjian.model.Organization;
import org.dangjian.model.RecordKind;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.RuleFailedException;
import org.dangjian.rules.RuleFiringLimitException;
import org.dangjian.rules.vocabulary.Raised;
import org.dangjian.rules.vocabulary.Unjudged;
import org.dangjian.rules.internal.AuditSession;
import org.dangjian.rules.internal.EngineAccess;
import org.dangjian.rules.internal.GroupAudit;
import org.dangjian.rules.internal.RaisedCodec;
import scala.Tuple2;

/**
 * The task of one partition of the job, on an executor: the records of each group it holds
 * become a dataset of their own (with the organizations above them, those its records name and
 * the host units they name, which the driver sends with them), which is audited as the one-machine partitioned audit
 * audits that group. Out come what the group's session raised and could not judge, as bytes
 * ({@link Results}).
 */
final class GroupTask implements FlatMapFunction<Iterator<Tuple2<Integer, Line>>, byte[]> {

    private static final long serialVersionUID = 1L;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(GroupTask.class);

    /**
     * A property of the driver's thread that only tests set ({@code SparkContext.setLocalProperty}):
     * {@code first-attempt} makes each task die on its first attempt, after auditing its groups,
     * so that a test sees Spark's retry give the same findings; {@code every-attempt} on every
     * attempt, so that it sees a job that Spark gives up on. No input, option or configuration of
     * party-spark sets it.
     */
    static final String FAULT = "party.spark.test.fault";

    private final Broadcast<GroupContext> context;

    GroupTask(Broadcast<GroupContext> context) {
        this.context = context;
    }

    @Override
    public Iterator<byte[]> call(Iterator<Tuple2<Integer, Line>> records) {
        // A record that reached a group by its organization and by its person comes once.
        Map<Integer, Map<Integer, TreeMap<Long, Line>>> byGroup = new TreeMap<>();
        while (records.hasNext()) {
            Tuple2<Integer, Line> r = records.next();
            Map<Integer, TreeMap<Long, Line>> group = byGroup.computeIfAbsent(r._1(), g -> new HashMap<>());
            if (r._2().kind() < 0) {
                continue; // the marker of a group: it has a task even without records of its own
            }
            group.computeIfAbsent(r._2().kind(), k -> new TreeMap<>())
                    .putIfAbsent(r._2().place(), r._2());
        }
        List<byte[]> out = new ArrayList<>();
        byGroup.forEach((group, lines) -> out.addAll(audit(group, lines)));
        TaskContext task = TaskContext.get();
        String fault = task == null ? null : task.getLocalProperty(FAULT);
        if ("every-attempt".equals(fault) || "first-attempt".equals(fault) && task.attemptNumber() == 0) {
            throw new IllegalStateException("task " + task.partitionId() + " dies on attempt " + task.attemptNumber()
                    + " (" + FAULT + " = " + fault + ", set by a test)");
        }
        return out.iterator();
    }

    private List<byte[]> audit(int group, Map<Integer, TreeMap<Long, Line>> lines) {
        long start = System.nanoTime();
        GroupContext c = context.value();
        ComplianceEngine engine = ExecutorState.engine(c.settings());
        long compiled = System.nanoTime();
        Set<String> own = new HashSet<>();
        Dataset dataset = dataset(lines, c, own);
        long built = System.nanoTime();
        EngineAccess access = EngineAccess.get();
        AuditSession.Plan plan = access.plan(engine, c.asOf(), c.available(), c.settings().options());
        List<byte[]> out = new ArrayList<>();
        try {
            GroupAudit.Result r = GroupAudit.evaluateGroup(access.compiled(engine), dataset, own, plan,
                    c.settings().maxFirings());
            for (Raised x : r.raised()) {
                out.add(Results.raised(RaisedCodec.encode(x)));
            }
            for (Unjudged u : r.unjudged()) {
                out.add(Results.unjudged(RaisedCodec.encode(u)));
            }
        } catch (RuleFiringLimitException | RuleFailedException e) {
            // The pack's error, the same on any retry: reported by the driver, not retried.
            out.add(Results.failed(e.getMessage()));
        }
        LOG.info("group {}: {} records ({} organizations, {} of them its own; {} host units); engine {} ms,"
                        + " dataset {} ms, audit {} ms", group, dataset.size(), dataset.organizations().size(),
                own.size(), dataset.hostUnits().size(), (compiled - start) / 1_000_000,
                (built - compiled) / 1_000_000, (System.nanoTime() - built) / 1_000_000);
        return out;
    }

    /**
     * The group's records with what they are derived with, in the order of the dataset: the
     * organizations the driver sent it (its own, and as context those above them and those its
     * records name) and the host units its records name. The ids of its own organizations go
     * into {@code own}.
     */
    private static Dataset dataset(Map<Integer, TreeMap<Long, Line>> lines, GroupContext c, Set<String> own) {
        Dataset.Builder b = Dataset.builder(c.asOf());
        for (String kind : c.presentKinds()) {
            b.present(RecordKind.valueOf(kind));
        }
        RecordLines decoder = new RecordLines();
        for (RecordKind kind : RecordKind.values()) {
            TreeMap<Long, Line> of = lines.get(kind.ordinal());
            if (of == null) {
                continue;
            }
            for (Line l : of.values()) {
                Object r = decoder.decode(kind, l.json(), kind.jsonName() + " #" + l.place());
                if (r instanceof Organization o && !l.context()) {
                    own.add(o.id());
                }
                b.add(r);
            }
        }
        return b.build();
    }

    /** A task's output: one finding, one subject not judged, or the pack's failure, tagged by its first byte. */
    static final class Results {
        static final byte RAISED = 'R';
        static final byte UNJUDGED = 'U';
        static final byte FAILED = 'F';

        private Results() {
        }

        static byte[] raised(byte[] bytes) {
            return tagged(RAISED, bytes);
        }

        static byte[] unjudged(byte[] bytes) {
            return tagged(UNJUDGED, bytes);
        }

        static byte[] failed(String message) {
            return tagged(FAILED, message.getBytes(StandardCharsets.UTF_8));
        }

        private static byte[] tagged(byte tag, byte[] bytes) {
            byte[] out = new byte[bytes.length + 1];
            out[0] = tag;
            System.arraycopy(bytes, 0, out, 1, bytes.length);
            return out;
        }

        static byte[] body(byte[] tagged) {
            return java.util.Arrays.copyOfRange(tagged, 1, tagged.length);
        }
    }
}
