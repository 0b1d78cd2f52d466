package org.dangjian.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.dangjian.rules.vocabulary.Raised;

/**
 * The findings a live audit shows, as {@link ComplianceEngine#ordered} makes them from the findings
 * raised in its session (each rendered once; of the findings of one key, the first in the report's
 * order), kept up to date finding by finding. Why: a change raises or clears a few findings, and
 * rendering, sorting and comparing all of them again (20,000 at 100,000 members) made every change
 * that raised or cleared one cost the district. Used under the live audit's lock.
 */
final class ShownFindings {

    /** Each finding raised in the session, rendered. */
    private final Map<Raised, Finding> rendered = new HashMap<>();
    /** By key, the findings rendered, each with how many raised give it, in the report's order. */
    private final Map<Finding.Key, TreeMap<Finding, Integer>> byKey = new HashMap<>();
    /** The first of each key: the findings shown, in the report's order. */
    private final TreeSet<Finding> shown = new TreeSet<>(ComplianceEngine.TOTAL_ORDER);

    /** The finding rendered for {@code r}, if it is raised. */
    Finding rendered(Raised r) {
        return rendered.get(r);
    }

    /**
     * {@code r} is now raised or not; a finding newly shown goes to {@code came}, one no longer
     * shown to {@code went} (a finding that went and came back is in neither).
     */
    void update(Raised r, boolean now, Function<Raised, Finding> render, Set<Finding> came, Set<Finding> went) {
        Finding had = rendered.get(r);
        if (now == (had != null)) {
            return;
        }
        Finding f = now ? render.apply(r) : had;
        if (now) {
            rendered.put(r, f);
        } else {
            rendered.remove(r);
        }
        TreeMap<Finding, Integer> group = byKey.computeIfAbsent(f.key(), k -> new TreeMap<>(ComplianceEngine.TOTAL_ORDER));
        Finding first = group.isEmpty() ? null : group.firstKey();
        if (now) {
            group.merge(f, 1, Integer::sum);
        } else {
            group.computeIfPresent(f, (k, n) -> n == 1 ? null : n - 1);
        }
        Finding next = group.isEmpty() ? null : group.firstKey();
        if (group.isEmpty()) {
            byKey.remove(f.key());
        }
        if (first == next) {
            return;
        }
        if (first != null) {
            shown.remove(first);
            if (!came.remove(first)) {
                went.add(first);
            }
        }
        if (next != null) {
            shown.add(next);
            if (!went.remove(next)) {
                came.add(next);
            }
        }
    }

    /** The findings shown, in the report's order. */
    List<Finding> list() {
        return List.copyOf(shown);
    }

    /** {@code findings} in the report's order. */
    static List<Finding> ordered(Set<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings);
        out.sort(ComplianceEngine.TOTAL_ORDER);
        return out;
    }
}
