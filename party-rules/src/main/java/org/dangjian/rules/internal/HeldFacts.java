package org.dangjian.rules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The facts one deriver put in a live session, by value, and the comparison of a new derivation
 * with them, so that only the facts that differ are deleted or inserted. The session holds what
 * a batch session would: each distinct instance once, equal facts as many times as there are
 * distinct instances of them (nearly always one instance per value; more are kept as lists).
 *
 * <p>A derivation is compared in three steps: {@link #begin()}, then {@link #derived} for each
 * fact as it comes, which marks the value held (one hash and one {@code equals} per fact: the
 * comparison is most of a change's cost, and facts are records that hash all their components
 * every time), then {@link #deleteGone} and {@link #insertNew}. A live session deletes for every
 * deriver before it inserts for any, as when all facts were compared at once.
 */
final class HeldFacts {

    /** Held values, each with its handles and what the current derivation wants of it. */
    private final Map<Object, Slot> held = new HashMap<>();
    /** Values of the current derivation not held: an instance, or {@link Instances}. */
    private final Map<Object, Object> fresh = new HashMap<>();
    /** Held values the current derivation wants more instances of than the session holds. */
    private final List<Slot> fewer = new ArrayList<>();
    /** Which derivation marked a slot: those of an older one are no longer derived. */
    private int derivation;

    /** A value held: its handles, and the distinct instances the current derivation gave of it. */
    private static final class Slot {
        /** A handle ({@link FactSessions}'), or a list of handles for a value held as several instances. */
        Object handles;
        int derivation;
        /** The current derivation's instance, or {@link Instances}; null once compared. */
        Object wanted;

        Slot(Object handles, int derivation) {
            this.handles = handles;
            this.derivation = derivation;
        }
    }

    /** Distinct instances of one value (rare: most values have one instance). */
    private static final class Instances extends ArrayList<Object> {
        Instances(Object first) {
            super(2);
            add(first);
        }
    }

    /** Starts comparing a new derivation. */
    void begin() {
        derivation++;
        fresh.clear();
        fewer.clear();
    }

    /** A fact of the current derivation. */
    void derived(Object fact) {
        Slot slot = held.get(fact);
        if (slot == null) {
            Object there = fresh.putIfAbsent(fact, fact);
            if (there != null) {
                fresh.put(fact, withInstance(there, fact));
            }
        } else if (slot.derivation != derivation) {
            slot.derivation = derivation;
            slot.wanted = fact;
        } else {
            slot.wanted = withInstance(slot.wanted, fact);
        }
    }

    /** {@code wanted} (an instance or {@link Instances}) with {@code fact}, unless that very instance is there. */
    private static Object withInstance(Object wanted, Object fact) {
        if (wanted == fact) {
            return wanted; // the same instance again (a constant): one fact, as in a batch session
        }
        Instances instances = wanted instanceof Instances i ? i : new Instances(wanted);
        if (instances.stream().noneMatch(i -> i == fact)) {
            instances.add(fact);
        }
        return instances;
    }

    /** Deletes the facts the derivation no longer gives, and instances of a value beyond those it gives. */
    void deleteGone(FactSessions session) {
        for (Iterator<Slot> it = held.values().iterator(); it.hasNext(); ) {
            Slot slot = it.next();
            int keep = slot.derivation != derivation ? 0 : slot.wanted instanceof Instances i ? i.size() : 1;
            if (!(slot.handles instanceof List)) {
                if (keep == 0) {
                    session.delete(slot.handles);
                    it.remove();
                } else if (keep > 1) {
                    fewer.add(slot);
                } else {
                    slot.wanted = null; // held as derived: let the new instance go
                }
                continue;
            }
            List<Object> handles = handles(slot);
            while (handles.size() > keep) {
                session.delete(handles.remove(handles.size() - 1));
            }
            if (handles.isEmpty()) {
                it.remove();
            } else if (handles.size() < keep) {
                fewer.add(slot);
            } else {
                slot.wanted = null;
            }
        }
    }

    /** Inserts the facts the session does not hold, and instances of a value it holds fewer of. */
    void insertNew(FactSessions session) {
        for (Slot slot : fewer) {
            List<Object> handles = slot.handles instanceof List ? handles(slot) : new ArrayList<>(List.of(slot.handles));
            // Insert only instances the session does not hold, or Drools would return the old handle.
            List<Object> inSession = new ArrayList<>();
            handles.forEach(h -> inSession.add(session.object(h)));
            Instances wanted = (Instances) slot.wanted;
            for (Object f : wanted) {
                if (handles.size() < wanted.size() && inSession.stream().noneMatch(i -> i == f)) {
                    handles.add(session.insert(f));
                }
            }
            slot.handles = handles;
            slot.wanted = null;
        }
        fewer.clear();
        for (Map.Entry<Object, Object> e : fresh.entrySet()) {
            Object handles;
            if (e.getValue() instanceof Instances instances) {
                List<Object> list = new ArrayList<>(instances.size());
                instances.forEach(f -> list.add(session.insert(f)));
                handles = list;
            } else {
                handles = session.insert(e.getValue());
            }
            held.put(e.getKey(), new Slot(handles, derivation));
        }
        fresh.clear();
    }

    /** Each value held, with how many instances of it (for tests). */
    void forEach(java.util.function.BiConsumer<Object, Integer> out) {
        held.forEach((value, slot) -> out.accept(value, slot.handles instanceof List ? handles(slot).size() : 1));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> handles(Slot slot) {
        return (List<Object>) slot.handles;
    }
}
