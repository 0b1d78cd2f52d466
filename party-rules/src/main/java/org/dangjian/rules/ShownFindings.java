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
     * The first of each key: the findings shown, in the report's order. Sorted chunks, not one
     * array: {@link #list()} hands them out at every change that shows or hides a finding, and
     * copying them whole (a tree of 200,000 findings at a city's size walked its nodes for 30 ms a
     * change; an array list, copied twice by {@code List.copyOf}, still cost the city) made such a
     * change cost the district; chunks are shared by the lists handed out, a change copies one.
     */
    private final SortedChunks<Finding> shown = new SortedChunks<>(ComplianceEngine.TOTAL_ORDER, CHUNK);
    /** The most findings of a chunk of {@link #shown}. */
    private static final int CHUNK = 256;
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
        return shown.snapshot();
    }

    /**
     * Starts a batch of updates too many to place one by one (each placing copies a chunk and
     * the table of chunks): {@link #endBatch()} places them all with one sort.
     */
    void beginBatch() {
        toShow = Collections.newSetFromMap(new IdentityHashMap<>());
        toHide = Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /** Places the findings the batch showed and hid. */
    void endBatch() {
        Set<Finding> show = toShow;
        Set<Finding> hide = toHide;
        toShow = null;
        toHide = null;
        if ((long) (show.size() + hide.size()) * ONE_BY_ONE <= shown.size()) {
            // Few placed among many shown, as when a move of asOf re-evaluates every rule joined to
            // the audit year and raises nearly all their findings again as they were: placing each
            // copies a chunk, where the whole list copied and sorted was a tenth of an ordinary
            // day's move at 1,000,000 members (200,000 findings shown).
            hide.forEach(shown::remove);
            show.forEach(shown::add);
            return;
        }
        List<Finding> all = shown.toList();
        if (!hide.isEmpty()) {
            all.removeIf(hide::contains); // the very instances shown: hidden as shown
        }
        all.addAll(show);
        all.sort(ComplianceEngine.TOTAL_ORDER);
        shown.reset(all);
    }

    /**
     * A batch places its findings one by one when they are at most this fraction of those shown:
     * a placing costs a chunk's copy and the table of chunks counted again (a few hundred
     * elements), a sort of all about twenty comparisons per finding shown.
     */
    private static final int ONE_BY_ONE = 16;

    private void show(Finding f) {
        if (toShow == null) {
            shown.add(f);
        } else if (!toHide.remove(f)) {
            toShow.add(f);
        }
    }

    private void hide(Finding f) {
        if (toShow == null) {
            shown.remove(f);
        } else if (!toShow.remove(f)) {
            toHide.add(f);
        }
    }

    /** {@code findings} in the report's order. */
    static List<Finding> ordered(Set<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings);
        out.sort(ComplianceEngine.TOTAL_ORDER);
        return out;
    }
}
