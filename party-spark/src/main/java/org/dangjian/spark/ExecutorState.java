package org.dangjian.spark;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.PackException;

/**
 * What an executor JVM holds across its tasks: the compiled engine of each set of packs (the
 * built-in pack's is compiled at build time and loaded once per JVM; extra packs are compiled
 * once per JVM, not once per task).
 */
final class ExecutorState {

    private static final Map<List<SortedMap<String, String>>, ComplianceEngine> ENGINES = new ConcurrentHashMap<>();

    private ExecutorState() {
    }

    /** The engine of {@code settings}' packs, compiled once per JVM. */
    static ComplianceEngine engine(JobSettings settings) {
        return ENGINES.computeIfAbsent(settings.packs(), p -> {
            try {
                return settings.engine();
            } catch (PackException e) {
                // The driver compiled the same files before the job started.
                throw new IllegalStateException("the rule pack compiled on the driver and not here: " + e.getMessage(), e);
            }
        });
    }
}
