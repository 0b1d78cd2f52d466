package org.dangjian.rules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.drools.core.common.InternalFactHandle;
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

    /**
     * The facts held per key: the handle of its one fact, or an array of the handles of its facts
     * (the fact is its handle's object). No list or holder per key: a live audit holds hundreds of
     * thousands of keys (a person's yearly training, an organization's counts).
     */
    private final Map<Object, Object> held = new HashMap<>();
    /** The keys derived again and their new facts. */
    private final Map<Object, List<Object>> next = new HashMap<>();

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
            Object value = held.get(e.getKey());
            if (value == null) {
                continue;
            }
            FactHandle[] handles = handles(value);
            List<Object> wanted = e.getValue();
            boolean[] kept = new boolean[wanted.size()];
            int left = 0;
            for (int i = 0; i < handles.length; i++) {
                int match = unmatched(wanted, kept, fact(handles[i]));
                if (match >= 0) {
                    kept[match] = true;
                    handles[left++] = handles[i];
                } else {
                    session.delete(handles[i]);
                }
            }
            if (left == 0) {
                held.remove(e.getKey());
            } else if (left != handles.length) {
                held.put(e.getKey(), value(java.util.Arrays.copyOf(handles, left)));
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

    /** Inserts the new facts not held. */
    void insertNew(KieSession session) {
        for (Map.Entry<Object, List<Object>> e : next.entrySet()) {
            List<Object> fresh = e.getValue();
            if (fresh.isEmpty()) {
                continue;
            }
            Object value = held.get(e.getKey());
            FactHandle[] before = value == null ? new FactHandle[0] : handles(value);
            FactHandle[] after = java.util.Arrays.copyOf(before, before.length + fresh.size());
            for (int i = 0; i < fresh.size(); i++) {
                after[before.length + i] = session.insert(fresh.get(i));
            }
            held.put(e.getKey(), value(after));
        }
        next.clear();
    }

    /** Each fact held, with its key (for tests). */
    void forEach(BiConsumer<Object, Object> out) {
        held.forEach((k, v) -> {
            for (FactHandle h : handles(v)) {
                out.accept(k, fact(h));
            }
        });
    }

    /** The handles of a key's value, as a new array (one handle, or a copy of the array). */
    private static FactHandle[] handles(Object value) {
        return value instanceof FactHandle h ? new FactHandle[] {h} : ((FactHandle[]) value).clone();
    }

    /** What {@link #held} keeps for {@code handles} (never empty): the handle itself when one. */
    private static Object value(FactHandle[] handles) {
        return handles.length == 1 ? handles[0] : handles;
    }

    /** The fact a handle holds (a key's facts are inserted, never updated: the instance inserted). */
    private static Object fact(FactHandle h) {
        return ((InternalFactHandle) h).getObject();
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
