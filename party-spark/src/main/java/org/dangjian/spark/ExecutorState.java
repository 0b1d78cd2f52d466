package org.dangjian.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.SortedMap;
import org.dangjian.model.HostUnit;
import org.dangjian.model.Organization;
import org.dangjian.model.RecordKind;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.PackException;

/**
 * What an executor JVM holds across its tasks: the compiled engine of each set of packs (the
 * built-in pack's is compiled at build time and loaded once per JVM; extra packs are compiled
 * once per JVM, not once per task), and the organizations and host units of the job's context,
 * decoded once.
 */
final class ExecutorState {

    private static final Map<List<SortedMap<String, String>>, ComplianceEngine> ENGINES = new ConcurrentHashMap<>();
    private static final Map<Long, Shared> SHARED = new ConcurrentHashMap<>();

    private ExecutorState() {
    }

    /** The organizations and host units of one job, decoded. */
    record Shared(List<Organization> organizations, List<HostUnit> hostUnits) {
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

    /** The context's organizations and host units, decoded on the first task of the job in this JVM. */
    static Shared shared(GroupContext context) {
        Shared s = SHARED.get(context.id());
        if (s != null) {
            return s;
        }
        synchronized (SHARED) {
            s = SHARED.get(context.id());
            if (s == null) {
                SHARED.clear(); // an earlier job's: one job's context is held at a time
                s = decode(context);
                SHARED.put(context.id(), s);
            }
            return s;
        }
    }

    private static Shared decode(GroupContext context) {
        RecordLines lines = new RecordLines();
        List<Organization> orgs = new ArrayList<>(context.organizations().size());
        int i = 0;
        for (String json : context.organizations()) {
            orgs.add((Organization) lines.decode(RecordKind.ORGANIZATIONS, json, "organizations #" + (++i)));
        }
        List<HostUnit> units = new ArrayList<>(context.hostUnits().size());
        i = 0;
        for (String json : context.hostUnits()) {
            units.add((HostUnit) lines.decode(RecordKind.HOST_UNITS, json, "hostUnits #" + (++i)));
        }
        return new Shared(List.copyOf(orgs), List.copyOf(units));
    }
}
