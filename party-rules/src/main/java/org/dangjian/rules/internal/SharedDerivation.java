package org.dangjian.rules.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.dangjian.model.Dataset;
import org.dangjian.model.RecordKind;
import org.dangjian.rules.Parameters;
import org.dangjian.rules.vocabulary.ActivityCount;
import org.dangjian.rules.vocabulary.Params;
import org.dangjian.rules.vocabulary.Raised;
import org.dangjian.rules.vocabulary.Unjudged;

/**
 * Two audits of one dataset (a what-if: the pack as it is, and as it would be) that share the
 * facts derived in Java. Each deriver runs once for the first audit with thresholds that record
 * which parameters it read; for the second, its facts are reused unless a parameter it read has
 * another value there, or the second pack wants other facts of it. A deriver is a pure function
 * of the dataset, the parameters it reads and what is wanted of it ({@link FactDeriver}), so
 * facts reused this way are the facts it would derive again. Each audit then runs in one session
 * of its own (never in partitions).
 */
public final class SharedDerivation {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SharedDerivation.class);

    private SharedDerivation() {
    }

    /** One side of the pair: a compiled pack and what it evaluates with which thresholds. */
    public record Side(CompiledPack compiled, AuditSession.Plan plan) {
        public Side {
            Objects.requireNonNull(compiled);
            Objects.requireNonNull(plan);
        }
    }

    /** What one side's rules raised, and the subjects they could not judge. */
    public record Outcome(List<Raised> raised, List<Unjudged> unjudged) {
    }

    /** Both outcomes, and the derivers derived again for the second (by simple class name, in order). */
    public record Outcomes(Outcome before, Outcome after, List<String> derivedAgain) {
    }

    /** Audits {@code dataset} as {@code before} and as {@code after}. */
    public static Outcomes run(Dataset dataset, Side before, Side after, long maxFirings) {
        FactDemand demandA = before.compiled().demand();
        FactDemand demandB = after.compiled().demand();
        Map<FactDeriver, List<Object>> factsA = new IdentityHashMap<>();
        Map<FactDeriver, Set<String>> read = new IdentityHashMap<>();
        for (FactDeriver d : Derivations.DERIVERS) {
            factsA.put(d, new ArrayList<>());
            read.put(d, ConcurrentHashMap.newKeySet());
        }
        Parameters paramsA = before.plan().parameters();
        Derivations.deriveEach(dataset, d -> Params.recording(paramsA, read.get(d)::add), demandA,
                Derivations.DERIVERS, d -> factsA.get(d)::add);

        Set<String> changed = changed(paramsA, after.plan().parameters());
        FactSink probeA = new FactSink(demandA, f -> { });
        FactSink probeB = new FactSink(demandB, f -> { });
        List<FactDeriver> again = new ArrayList<>();
        for (FactDeriver d : Derivations.DERIVERS) {
            if (!probeB.wantsAny(d.produces())) {
                continue;
            }
            boolean sameDemand = d.produces().stream().allMatch(c -> probeA.wants(c) == probeB.wants(c))
                    && (!d.produces().contains(ActivityCount.class)
                    || Objects.equals(demandA.activityPairs(), demandB.activityPairs()));
            Set<String> readByD = read.get(d);
            boolean sameParams = readByD.contains(Params.ALL) ? changed.isEmpty()
                    : readByD.stream().noneMatch(changed::contains);
            if (!sameDemand || !sameParams) {
                again.add(d);
            }
        }
        Map<FactDeriver, List<Object>> factsB = new IdentityHashMap<>();
        for (FactDeriver d : Derivations.DERIVERS) {
            if (probeB.wantsAny(d.produces()) && !again.contains(d)) {
                factsB.put(d, factsA.get(d));
            }
        }
        for (FactDeriver d : again) {
            factsB.put(d, new ArrayList<>());
        }
        Params plainB = new Params(after.plan().parameters());
        Derivations.deriveEach(dataset, d -> plainB, demandB, again, d -> factsB.get(d)::add);
        List<String> names = again.stream().map(d -> d.getClass().getSimpleName()).toList();
        LOG.debug("what-if: parameters changed {}; derived again: {}", new TreeSet<>(changed), names);

        Outcome a = audit(dataset, before, factsA, maxFirings);
        Outcome b = audit(dataset, after, factsB, maxFirings);
        return new Outcomes(a, b, names);
    }

    /** The names whose values differ between {@code a} and {@code b} (or that only one has). */
    static Set<String> changed(Parameters a, Parameters b) {
        Set<String> out = new HashSet<>();
        Set<String> names = new HashSet<>(a.names());
        names.addAll(b.names());
        for (String n : names) {
            if (!Objects.equals(a.asMap().get(n), b.asMap().get(n))) {
                out.add(n);
            }
        }
        return out;
    }

    /** One side's session: its records, cadence rows, thresholds and the derived facts it wants. */
    private static Outcome audit(Dataset dataset, Side side, Map<FactDeriver, List<Object>> derived, long maxFirings) {
        CompiledPack compiled = side.compiled();
        List<Object> facts = new ArrayList<>();
        for (RecordKind kind : RecordKind.values()) {
            if (compiled.matches(kind.type())) {
                dataset.records(kind).forEach(facts::add);
            }
        }
        facts.addAll(compiled.cadences());
        FactSink sink = new FactSink(compiled.demand(), facts::add);
        sink.accept(new Params(side.plan().parameters()));
        for (FactDeriver d : Derivations.DERIVERS) {
            List<Object> list = derived.get(d);
            if (list != null) {
                list.forEach(sink);
            }
        }
        try (AuditSession session = AuditSession.part(compiled, dataset, side.plan(), maxFirings, facts)) {
            session.fire();
            return new Outcome(session.raised(), session.unjudged());
        }
    }
}
