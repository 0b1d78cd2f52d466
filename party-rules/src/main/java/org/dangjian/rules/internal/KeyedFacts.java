package org.dangjian.rules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The facts one {@link KeyedDeriver} put in a live session, key by key, and the comparison of a
 * key's new facts with those it held, so that only the facts that differ are deleted or inserted.
 * A key's facts are few (a person's arrears and months below the rate), so they are compared
 * pairwise; the session holds each distinct instance once, equal facts as many times as there are
 * distinct instances of them, as a batch session does.
 *
 * <p>Like {@link HeldFacts}: {@link #begin} the keys derived again, {@link #derived} their facts,
 * then {@link #deleteGone} and {@link #insertNew} (every deriver deletes before any inserts).
 */
final class KeyedFacts {

    /** The facts held per key: the facts and their handles, in step. */
    private final Map<Object, Held> held = new HashMap<>();
    /** The keys derived again and their new facts. */
    private Map<Object, List<Object>> next = new HashMap<>();

    private static final class Held {
        final List<Object> facts = new ArrayList<>(2);
        final List<FactHandle> handles = new ArrayList<>(2);
    }

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

    /** Deletes the held facts of the keys derived again that their new facts do not equal. */
    void deleteGone(KieSession session) {
        for (Map.Entry<Object, List<Object>> e : next.entrySet()) {
            Held h = held.get(e.getKey());
            if (h == null) {
                continue;
            }
            List<Object> wanted = e.getValue();
            boolean[] kept = new boolean[wanted.size()];
            for (int i = h.facts.size() - 1; i >= 0; i--) {
                int match = unmatched(wanted, kept, h.facts.get(i));
                if (match >= 0) {
                    kept[match] = true;
                } else {
                    session.delete(h.handles.remove(i));
                    h.facts.remove(i);
                }
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

    /** Inserts the new facts not held, and forgets the keys left with none. */
    void insertNew(KieSession session) {
        for (Map.Entry<Object, List<Object>> e : next.entrySet()) {
            Held h = held.get(e.getKey());
            if (!e.getValue().isEmpty()) {
                if (h == null) {
                    h = new Held();
                    held.put(e.getKey(), h);
                }
                for (Object f : e.getValue()) {
                    h.facts.add(f);
                    h.handles.add(session.insert(f));
                }
            }
            if (h != null && h.facts.isEmpty()) {
                held.remove(e.getKey());
            }
        }
        // A map keeps its table when cleared: after every key was derived (opening, asOf moved) it would
        // hold one for the whole district, which each change's two passes over a few keys would walk.
        next = new HashMap<>();
    }

    /** Each fact held, with its key (for tests). */
    void forEach(BiConsumer<Object, Object> out) {
        held.forEach((k, h) -> h.facts.forEach(f -> out.accept(k, f)));
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
