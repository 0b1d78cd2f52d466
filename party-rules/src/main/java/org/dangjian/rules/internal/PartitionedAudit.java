package org.dangjian.rules.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.dangjian.model.Dataset;
import org.dangjian.model.RecordKind;
import org.dangjian.rules.vocabulary.Params;
import org.dangjian.rules.vocabulary.Raised;
import org.dangjian.rules.vocabulary.Unjudged;
import org.dangjian.rules.AuditOptions;
import org.dangjian.rules.AuditProgress;

/**
 * A batch audit in partitions (分区审计): the independent organization subtrees of the dataset
 * ({@link Partitions}) are gathered into groups of a few thousand members (never splitting a
 * subtree), each group is evaluated in a session of its own on a bounded pool of threads (one
 * per core), and the top (district, streets, host units) last, with the groups' findings given to
 * it. The engine's merge then orders the findings by the contract and keeps one per identity, so
 * the report is the same as one session's, whatever the threads did first.
 *
 * <p>Memory: the rule engine holds at most one group per thread at a time, so its share does not
 * grow with the number of organizations beyond the largest subtree. The dataset and the facts
 * derived from it in Java are still held whole while the groups run.
 */
public final class PartitionedAudit {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PartitionedAudit.class);

    /** {@link AuditOptions.Partitioning#AUTO} partitions datasets with at least this many memberships. */
    static final int AUTO_MIN_MEMBERSHIPS = 10_000;
    /** Subtrees are gathered into sessions of about this many members (more when one subtree is larger). */
    static final int GROUP_MEMBERS = 5_000;

    private PartitionedAudit() {
    }

    /** Whether an audit with {@code choice} evaluates {@code dataset} in partitions. */
    public static boolean applies(CompiledPack compiled, Dataset dataset, AuditOptions.Partitioning choice) {
        if (choice == AuditOptions.Partitioning.SINGLE_SESSION || !compiled.pack().subtreeSafe()) {
            return false;
        }
        return choice == AuditOptions.Partitioning.SUBTREES || dataset.memberships().size() >= AUTO_MIN_MEMBERSHIPS;
    }

    /** The threads a partitioned audit uses: one per core. */
    static int threads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** Every finding raised, as facts, in no particular order (the engine orders them). */
    public static List<Raised> run(CompiledPack compiled, Dataset dataset, AuditSession.Plan plan, long maxFirings,
                                   AuditProgress progress, java.util.Collection<Unjudged> unjudged) {
        progress.stage("deriving facts", 0, 1);
        int threads = threads();
        long start = System.nanoTime();
        Partitions parts = Partitions.of(dataset);
        int[] groupOf = groups(parts, threads);
        int groups = groupOf.length == 0 ? 1 : max(groupOf) + 1;
        List<List<Object>> buckets = new ArrayList<>(groups);
        for (int g = 0; g < groups; g++) {
            buckets.add(new ArrayList<>());
        }
        route(compiled, dataset, plan, parts, groupOf, buckets);

        LOG.debug("{} subtrees in {} sessions on {} threads, the top last; facts derived and routed in {} ms",
                parts.count() - 1, groups - 1, threads, (System.nanoTime() - start) / 1_000_000);
        List<List<Raised>> raised = new ArrayList<>(Collections.nCopies(groups, List.of()));
        AtomicInteger done = new AtomicInteger();
        progress.stage("subtree sessions", 0, groups - 1);
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemon());
        try {
            List<Future<List<Raised>>> running = new ArrayList<>();
            for (int g = 1; g < groups; g++) {
                int group = g;
                running.add(pool.submit(() -> {
                    List<Raised> r = evaluate(compiled, dataset, plan, maxFirings, take(buckets, group), List.of(), unjudged);
                    progress.stage("subtree sessions", done.incrementAndGet(), groups - 1);
                    return r;
                }));
            }
            List<Raised> below = new ArrayList<>();
            for (int g = 1; g < groups; g++) {
                raised.set(g, join(running.get(g - 1)));
                below.addAll(raised.get(g));
            }
            progress.stage("top session", 0, 1);
            raised.set(0, evaluate(compiled, dataset, plan, maxFirings, take(buckets, 0), below, unjudged));
        } finally {
            pool.shutdownNow();
        }
        List<Raised> all = new ArrayList<>();
        raised.forEach(all::addAll);
        return all;
    }

    /**
     * Puts the records the pack matches, the cadence rows and the facts derived from {@code dataset}
     * into the bucket of each group their partitions belong to ({@code groupOf}), once per group.
     * A bucket may be {@link #DROP}: the facts of that group are not kept (they are another
     * machine's).
     */
    static void route(CompiledPack compiled, Dataset dataset, AuditSession.Plan plan, Partitions parts, int[] groupOf,
                      List<List<Object>> buckets) {
        route(compiled, dataset, plan, parts, groupOf, buckets, true);
    }

    /**
     * The same; with {@code parallel} false the facts are derived one deriver at a time and routed
     * as they are made, so that facts bound for {@link #DROP} are never held (the derivers on every
     * core would each hold all their facts until they end: at 10 million members some GB).
     */
    static void route(CompiledPack compiled, Dataset dataset, AuditSession.Plan plan, Partitions parts, int[] groupOf,
                      List<List<Object>> buckets, boolean parallel) {
        Router router = new Router(parts, groupOf, buckets);
        for (RecordKind kind : RecordKind.values()) {
            if (compiled.matches(kind.type())) {
                for (Object r : dataset.records(kind)) {
                    router.accept(r);
                }
            }
        }
        compiled.cadences().forEach(router);
        Derivations.derive(dataset, new Params(plan.parameters()), compiled.demand(), router, parallel);
    }

    /** A bucket that keeps nothing: the facts of a group evaluated elsewhere. */
    static final List<Object> DROP = new java.util.AbstractList<>() {
        @Override
        public boolean add(Object o) {
            return true;
        }

        @Override
        public Object get(int index) {
            throw new IndexOutOfBoundsException(index);
        }

        @Override
        public int size() {
            return 0;
        }
    };

    /**
     * One group's session: its facts, and the findings of the groups below it (for the top). The
     * subjects it could not judge are added to {@code unjudged} (shared by the threads).
     */
    static List<Raised> evaluate(CompiledPack compiled, Dataset dataset, AuditSession.Plan plan, long maxFirings,
                                         List<Object> facts, List<Raised> below, java.util.Collection<Unjudged> unjudged) {
        List<Object> all = facts;
        if (!below.isEmpty()) {
            all = new ArrayList<>(facts.size() + below.size());
            all.addAll(facts);
            all.addAll(below);
        }
        try (AuditSession session = AuditSession.part(compiled, dataset, plan, maxFirings, all)) {
            facts.clear(); // the session holds them now; the bucket need not
            session.fire();
            synchronized (unjudged) {
                unjudged.addAll(session.unjudged());
            }
            if (below.isEmpty()) {
                return session.raised();
            }
            Set<Object> given = Collections.newSetFromMap(new IdentityHashMap<>());
            given.addAll(below);
            return session.raised().stream().filter(r -> !given.contains(r)).toList();
        }
    }

    /** Hands a bucket over, so that the list of all buckets no longer keeps its facts alive. */
    private static List<Object> take(List<List<Object>> buckets, int group) {
        List<Object> b = buckets.get(group);
        buckets.set(group, new ArrayList<>(0));
        return b;
    }

    private static List<Raised> join(Future<List<Raised>> f) {
        return Futures.join(f, "auditing");
    }

    /**
     * The group of each partition: the top alone in group 0; the subtrees, in the order of the
     * dataset, gathered into groups of about {@link #GROUP_MEMBERS} members (at least the largest
     * subtree; fewer members per group when the dataset is too small to keep every thread busy).
     */
    static int[] groups(Partitions parts, int threads) {
        return groups(parts, threads, GROUP_MEMBERS);
    }

    /** The same, with groups of about {@code groupMembers} members. */
    static int[] groups(Partitions parts, int threads, int groupMembers) {
        int n = parts.count();
        int[] groupOf = new int[n];
        long total = 0;
        long largest = 0;
        for (int i = 1; i < n; i++) {
            total += weight(parts, i);
            largest = Math.max(largest, weight(parts, i));
        }
        long target = Math.max(largest, Math.min(total / (threads * 4L) + 1, groupMembers));
        int g = 0;
        long held = 0;
        for (int i = 1; i < n; i++) {
            if (g == 0 || held + weight(parts, i) > target) {
                g++;
                held = 0;
            }
            groupOf[i] = g;
            held += weight(parts, i);
        }
        return groupOf;
    }

    /** A subtree's weight: its members, and one for its organizations' own facts. */
    private static long weight(Partitions parts, int i) {
        return parts.members(i) + 1L;
    }

    private static int max(int[] a) {
        int m = 0;
        for (int x : a) {
            m = Math.max(m, x);
        }
        return m;
    }

    static java.util.concurrent.ThreadFactory daemon() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "audit-partition-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Puts each fact into the bucket of every group its partitions belong to, once per group. */
    private static final class Router implements java.util.function.Consumer<Object> {
        private final Partitions parts;
        private final int[] groupOf;
        private final List<List<Object>> buckets;
        /** The fact last put in each group's bucket, so a fact of two partitions of one group goes in once. */
        private final Object[] last;

        Router(Partitions parts, int[] groupOf, List<List<Object>> buckets) {
            this.parts = parts;
            this.groupOf = groupOf;
            this.buckets = buckets;
            this.last = new Object[buckets.size()];
        }

        @Override
        public void accept(Object fact) {
            if (Partitions.everywhere(fact.getClass())) {
                for (List<Object> b : buckets) {
                    b.add(fact);
                }
                return;
            }
            parts.route(fact, p -> {
                int g = groupOf[p];
                if (last[g] != fact) {
                    last[g] = fact;
                    buckets.get(g).add(fact);
                }
            });
        }
    }
}
