package org.dangjian.rules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The facts one {@link KeyedDeriver} put in a live session, key by key, and the comparison of a
 * key's new facts with those it held, so that only the facts that differ are deleted, updated (a
 * fact that differs becomes a new fact of its class in place) or inserted. A key's facts are
 * mostly few (a person's arrears and months below the rate), compared pairwise; from
 * 16 on (an organization's activity counts) by hash. The session holds each distinct
 * instance once, equal facts as many times as there are distinct instances of them, as a batch
 * session does.
 *
 * <p>Like {@link HeldFacts}: {@link #begin} the keys derived again, {@link #derived} their facts,
 * then {@link #deleteGone} and {@link #insertNew} (every deriver deletes before any inserts).
 */
final class KeyedFacts {

    /**
     * The facts held per key: the handle of its one fact, or an array of the handles of its facts
     * (the fact is its handle's object). No list or holder per key: a live audit holds hundreds of
     * thousands of keys (a person's yearly training, an organization's counts).
     */
    private final Map<Object, Object> held = new HashMap<>();
    /** The keys derived again and their new facts. */
    private Map<Object, List<Object>> next = new HashMap<>();

    /** Starts comparing a derivation of {@code key} (its facts may be none). */
    void begin(Object key) {
        next.putIfAbsent(key, new ArrayList<>(2));
    }

    /** Every key held, to derive them all again (when {@code asOf} moved). */
    void beginAll() {
        held.keySet().forEach(this::begin);
    }

    /** A fact of {@code key}'s new derivation; the very instance given twice is one fact. */
    void derived(Object key, Object fact) {
        List<Object> facts = next.computeIfAbsent(key, k -> new ArrayList<>(2));
        for (Object f : facts) {
            if (f == fact) {
                return;
            }
        }
        facts.add(fact);
    }

    /**
     * Deletes the held facts of the keys derived again that their new facts do not equal, or
     * updates one to a new fact of its class.
     */
    void deleteGone(FactSessions session) {
        for (Map.Entry<Object, List<Object>> e : next.entrySet()) {
            Object value = held.get(e.getKey());
            if (value == null) {
                continue;
            }
            Object[] handles = handles(value);
            List<Object> wanted = e.getValue();
            boolean[] kept = new boolean[wanted.size()];
            boolean[] gone = new boolean[handles.length];
            Map<Object, java.util.ArrayDeque<Integer>> byValue = wanted.size() < MANY ? null : byValue(wanted);
            for (int i = handles.length - 1; i >= 0; i--) {
                Object fact = session.object(handles[i]);
                int match = byValue == null ? unmatched(wanted, kept, fact) : unmatched(byValue, fact);
                if (match >= 0) {
                    kept[match] = true;
                } else {
                    gone[i] = true;
                }
            }
            // A fact that differs is updated to a new one of its class (the year's, with a new asOf):
            // Drools re-evaluates its matches in place, and findings raised again on them stay raised
            // instead of being retracted and inserted again. Others are deleted.
            Map<Class<?>, int[]> cursors = new HashMap<>(4);
            int left = handles.length;
            for (int i = handles.length - 1; i >= 0; i--) {
                if (!gone[i]) {
                    continue;
                }
                int next = fresh(wanted, kept, session.object(handles[i]).getClass(), cursors);
                if (next >= 0) {
                    kept[next] = true;
                    session.update(handles[i], wanted.get(next)); // the handle's object is the new fact
                } else {
                    session.delete(handles[i]);
                    handles[i] = null;
                    left--;
                }
            }
            if (left == 0) {
                held.remove(e.getKey());
            } else if (left < handles.length) {
                Object[] still = new Object[left];
                int k = 0;
                for (Object h : handles) {
                    if (h != null) {
                        still[k++] = h;
                    }
                }
                held.put(e.getKey(), value(still));
            }
            // What stays held is not inserted again.
            List<Object> fresh = new ArrayList<>(wanted.size());
            for (int i = 0; i < wanted.size(); i++) {
                if (!kept[i]) {
                    fresh.add(wanted.get(i));
                }
            }
            e.setValue(fresh);
        }
    }

    /** Inserts the new facts not held (a key left with none was forgotten by {@link #deleteGone}). */
    void insertNew(FactSessions session) {
        for (Map.Entry<Object, List<Object>> e : next.entrySet()) {
            List<Object> fresh = e.getValue();
            if (fresh.isEmpty()) {
                continue;
            }
            Object value = held.get(e.getKey());
            Object[] before = value == null ? new Object[0] : handles(value);
            Object[] after = java.util.Arrays.copyOf(before, before.length + fresh.size());
            for (int i = 0; i < fresh.size(); i++) {
                after[before.length + i] = session.insert(fresh.get(i));
            }
            held.put(e.getKey(), value(after));
        }
        // A new map, not clear(): deriving every key fills it, and a cleared HashMap keeps its
        // table, which each later change would walk whole (O(keys of the district) per change).
        next = new HashMap<>();
    }

    /** Each fact held, with its key (for tests). */
    void forEach(FactSessions session, BiConsumer<Object, Object> out) {
        held.forEach((k, v) -> {
            for (Object h : handles(v)) {
                out.accept(k, session.object(h));
            }
        });
    }

    /** The handles of a key's value, as a new array (one handle, or a copy of the array). */
    private static Object[] handles(Object value) {
        return value instanceof Object[] a ? a.clone() : new Object[] {value};
    }

    /** What {@link #held} keeps for {@code handles} (never empty): the handle itself when one. */
    private static Object value(Object[] handles) {
        return handles.length == 1 ? handles[0] : handles;
    }

    /**
     * The index of a fact of {@code wanted} of class {@code type} not yet matched, or -1; each
     * class's search goes on from where it stopped ({@code cursors}), so a key's facts are
     * walked once per class however many differ.
     */
    private static int fresh(List<Object> wanted, boolean[] kept, Class<?> type, Map<Class<?>, int[]> cursors) {
        int[] at = cursors.computeIfAbsent(type, t -> new int[1]);
        while (at[0] < wanted.size() && (kept[at[0]] || wanted.get(at[0]).getClass() != type)) {
            at[0]++;
        }
        return at[0] < wanted.size() ? at[0] : -1;
    }

    /** From how many facts a key's new facts are matched by hash, not pairwise (n² equals). */
    private static final int MANY = 16;

    /** The positions of {@code wanted}'s facts by value, in order. */
    private static Map<Object, java.util.ArrayDeque<Integer>> byValue(List<Object> wanted) {
        Map<Object, java.util.ArrayDeque<Integer>> out = new HashMap<>(2 * wanted.size());
        for (int i = 0; i < wanted.size(); i++) {
            out.computeIfAbsent(wanted.get(i), k -> new java.util.ArrayDeque<>(1)).add(i);
        }
        return out;
    }

    /** The first position of a fact equal to {@code fact} not yet matched (taken now), or -1. */
    private static int unmatched(Map<Object, java.util.ArrayDeque<Integer>> byValue, Object fact) {
        java.util.ArrayDeque<Integer> at = byValue.get(fact);
        return at == null || at.isEmpty() ? -1 : at.poll();
    }

    /** The index of a fact of {@code wanted} equal to {@code fact} and not yet matched, or -1. */
    private static int unmatched(List<Object> wanted, boolean[] kept, Object fact) {
        for (int i = 0; i < wanted.size(); i++) {
            if (!kept[i] && wanted.get(i).equals(fact)) {
                return i;
            }
        }
        return -1;
    }
}
