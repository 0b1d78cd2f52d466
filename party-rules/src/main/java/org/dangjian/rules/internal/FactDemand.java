package org.dangjian.rules.internal;

import java.util.Set;
import java.util.function.Predicate;
import org.dangjian.model.ActivityType;
import org.dangjian.model.PeriodKind;

/**
 * What a pack's rules read, so that derivations produce nothing else: {@code matched} tells
 * whether some rule matches a fact class; {@code activityPairs}, when not null, are the only
 * (activity type, period kind) pairs whose activity counts are read, and only in judged periods:
 * the cadence table's rows, and the pairs a rule that reads {@code ActivityCount} names in its
 * {@code @activityCounts} metadata.
 */
record FactDemand(Predicate<Class<?>> matched, Set<String> activityPairs) {

    /** Everything: every fact class, every activity count. */
    static final FactDemand ALL = new FactDemand(type -> true, null);

    static String pair(ActivityType type, PeriodKind kind) {
        return type.name() + "/" + kind.name();
    }
}
