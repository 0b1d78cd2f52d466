package org.dangjian.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
    /**
     * The first of each key: the findings shown, in the report's order. A sorted array list, not
     * a tree: {@link #list()} copies it at every change that shows or hides a finding, and
     * copying a tree of 200,000 findings (a city) walked its nodes for 30 ms a change, where an
     * array copies in a fraction of a millisecond; an insertion's shift is an array copy too.
     */
    private final ArrayList<Finding> shown = new ArrayList<>();
    /** In a batch ({@link #beginBatch}): the findings to show and to hide, by identity; else null. */
    private Set<Finding> toShow;
    private Set<Finding> toHide;

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
            hide(first);
            if (!came.remove(first)) {
                went.add(first);
            }
        }
        if (next != null) {
            show(next);
            if (!went.remove(next)) {
                came.add(next);
            }
        }
    }

    /** The findings shown, in the report's order. */
    List<Finding> list() {
        return List.copyOf(shown);
    }

    /**
     * Starts a batch of updates too many to place one by one (each placing shifts the list):
     * {@link #endBatch()} places them all with one sort.
     */
    void beginBatch() {
        toShow = Collections.newSetFromMap(new IdentityHashMap<>());
        toHide = Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /** Places the findings the batch showed and hid. */
    void endBatch() {
        if (!toHide.isEmpty()) {
            shown.removeIf(toHide::contains); // the very instances shown: hidden as shown
        }
        shown.addAll(toShow);
        shown.sort(ComplianceEngine.TOTAL_ORDER);
        toShow = null;
        toHide = null;
    }

    private void show(Finding f) {
        if (toShow == null) {
            shown.add(-position(f) - 1, f);
        } else if (!toHide.remove(f)) {
            toShow.add(f);
        }
    }

    private void hide(Finding f) {
        if (toShow == null) {
            shown.remove(position(f));
        } else if (!toShow.remove(f)) {
            toHide.add(f);
        }
    }

    /** Where {@code f} is among the findings shown, or {@code -(insertion point) - 1}. */
    private int position(Finding f) {
        return Collections.binarySearch(shown, f, ComplianceEngine.TOTAL_ORDER);
    }

    /** {@code findings} in the report's order. */
    static List<Finding> ordered(Set<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings);
        out.sort(ComplianceEngine.TOTAL_ORDER);
        return out;
    }
}
