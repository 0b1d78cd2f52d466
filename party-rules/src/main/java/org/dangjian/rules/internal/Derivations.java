package org.dangjian.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.dangjian.model.Dataset;
import org.dangjian.rules.vocabulary.Params;

/** Every deriver of the engine, run in order; the facts they produce are what rules see. */
public final class Derivations {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Derivations.class);
    /** Datasets of this many records and more are derived on every core. */
    static final int PARALLEL_FROM_RECORDS = 200_000;
    private static final int POOL_SIZE = Runtime.getRuntime().availableProcessors();
    /** Shared by every audit: one thread per core, daemons, so an embedding application exits freely. */
    private static final ExecutorService POOL = Executors.newFixedThreadPool(Math.max(1, POOL_SIZE), r -> {
        Thread t = new Thread(r, "derive-facts");
        t.setDaemon(true);
        return t;
    });

    /** One per area, in the order of the registry of areas ({@link BuiltInAreas}). */
    static final List<FactDeriver> DERIVERS = BuiltInAreas.derivers();

    private Derivations() {
    }

    /** Every fact of every deriver, whether or not a rule reads it. */
    public static List<Object> derive(Dataset dataset, Params params) {
        return derive(dataset, params, FactDemand.ALL);
    }

    /**
     * The facts some rule reads, as {@code demand} says.
     * Derivers that emit nothing a rule reads are not run.
     */
    public static List<Object> derive(Dataset dataset, Params params, FactDemand demand) {
        List<Object> out = new ArrayList<>();
        derive(dataset, params, demand, out::add);
        return out;
    }

    /**
     * The same, handed to {@code out}: deriver by deriver, in the order of {@link #DERIVERS}. On a
     * large dataset the derivers run at once on every core (each is a pure function of the
     * immutable dataset); their facts still reach {@code out} in the same order.
     */
    public static void derive(Dataset dataset, Params params, FactDemand demand, Consumer<Object> out) {
        derive(dataset, params, demand, out, true);
    }

    /**
     * The same; with {@code parallel} false, one deriver at a time, each fact handed to {@code out}
     * as it is made: for a consumer that keeps few of them (the top's route on a Spark driver drops
     * the groups' facts), the facts of a deriver are never all held at once.
     */
    static void derive(Dataset dataset, Params params, FactDemand demand, Consumer<Object> out, boolean parallel) {
        Consumer<Object> target = out;
        Map<String, int[]> counts = new TreeMap<>();
        if (LOG.isTraceEnabled()) {
            target = f -> {
                counts.computeIfAbsent(f.getClass().getSimpleName(), k -> new int[1])[0]++;
                out.accept(f);
            };
        }
        new FactSink(demand, target).accept(params);
        Consumer<Object> all = target;
        deriveEach(dataset, d -> params, demand, DERIVERS, d -> all, parallel);
        if (LOG.isTraceEnabled()) {
            StringBuilder b = new StringBuilder("derived facts:");
            counts.forEach((k, v) -> b.append(' ').append(k).append('=').append(v[0]));
            LOG.trace(b.toString());
        }
    }

    /**
     * The facts of each of {@code derivers} that some rule reads, handed to {@code out.apply(deriver)}
     * (the parameters are not among them), each deriver given the thresholds {@code params.apply(deriver)}
     * (a what-if audit records which each reads): a live audit keeps each deriver's facts apart, to derive
     * again only those a change can affect. Derivers that emit nothing a rule reads are not run.
     * On a large dataset the derivers run at once on every core; their facts still reach their
     * consumers deriver by deriver, in the order of {@code derivers}.
     */
    static void deriveEach(Dataset dataset, Function<FactDeriver, Params> params, FactDemand demand,
                           List<FactDeriver> derivers, Function<FactDeriver, Consumer<Object>> out) {
        deriveEach(dataset, params, demand, derivers, out, true);
    }

    private static void deriveEach(Dataset dataset, Function<FactDeriver, Params> params, FactDemand demand,
                                   List<FactDeriver> derivers, Function<FactDeriver, Consumer<Object>> out,
                                   boolean parallel) {
        FactSink probe = new FactSink(demand, f -> { });
        List<FactDeriver> run = derivers.stream().filter(d -> probe.wantsAny(d.produces())).toList();
        if (!parallel || dataset.size() < PARALLEL_FROM_RECORDS || POOL_SIZE < 2 || run.size() < 2) {
            for (FactDeriver d : run) {
                timed(d, () -> d.derive(dataset, params.apply(d), new FactSink(demand, out.apply(d))));
            }
            return;
        }
        List<Future<List<Object>>> futures = new ArrayList<>();
        for (FactDeriver d : run) {
            futures.add(POOL.submit(() -> {
                List<Object> facts = new ArrayList<>();
                timed(d, () -> d.derive(dataset, params.apply(d), new FactSink(demand, facts::add)));
                return facts;
            }));
        }
        for (int i = 0; i < run.size(); i++) {
            join(futures.get(i)).forEach(out.apply(run.get(i)));
        }
    }

    private static void timed(FactDeriver d, Runnable r) {
        long start = System.nanoTime();
        r.run();
        LOG.debug("{} in {} ms", d.getClass().getSimpleName(), (System.nanoTime() - start) / 1_000_000);
    }

    private static List<Object> join(Future<List<Object>> f) {
        return Futures.join(f, "deriving facts");
    }
}
