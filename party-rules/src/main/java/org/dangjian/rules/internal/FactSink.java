package org.dangjian.rules.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.dangjian.model.ActivityType;
import org.dangjian.model.PeriodKind;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Where a {@link FactDeriver} puts the facts it derives. It knows which fact classes some rule of
 * the pack matches: a fact no rule reads is dropped, and a deriver may ask {@link #wants(Class)}
 * before an expensive derivation (subtree aggregates over every member) to skip it. A pack
 * restricted to a few rules then derives only what those rules read.
 */
public final class FactSink implements Consumer<Object> {

    private final Predicate<Class<?>> matched;
    private final Set<String> activityPairs;
    private final Consumer<Object> out;
    private final Map<Class<?>, Boolean> wanted = new HashMap<>();

    FactSink(FactDemand demand, Consumer<Object> out) {
        this.matched = demand.matched();
        this.activityPairs = demand.activityPairs();
        this.out = out;
    }

    /** A sink that keeps every fact (a pack whose rules read everything, or a test). */
    public static FactSink all(Consumer<Object> out) {
        return new FactSink(FactDemand.ALL, out);
    }

    /**
     * Whether activity counts of {@code type} over periods of {@code kind} are read, and whether
     * only in judged periods (ended by asOf, or the year): only the cadence table reads them.
     */
    public boolean wantsActivityCounts(ActivityType type, PeriodKind kind) {
        return activityPairs == null || activityPairs.contains(FactDemand.pair(type, kind));
    }

    /** Whether activity counts are read only in judged periods (by the cadence rules alone). */
    public boolean activityCountsJudgedOnly() {
        return activityPairs != null;
    }

    /** Whether some rule matches facts of {@code type}. */
    public boolean wants(Class<?> type) {
        return wanted.computeIfAbsent(type, matched::test);
    }

    /** Whether some rule matches facts of any of {@code types}. */
    public boolean wantsAny(Iterable<Class<?>> types) {
        for (Class<?> t : types) {
            if (wants(t)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void accept(Object fact) {
        if (wants(fact.getClass())) {
            out.accept(fact);
        }
    }
}
