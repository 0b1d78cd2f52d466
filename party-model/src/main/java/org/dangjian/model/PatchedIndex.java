package org.dangjian.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;

/**
 * A changed copy of a {@link KeyIndex}: the keys whose positions changed, each with its new
 * positions, over the index they were taken from, which stays shared and unchanged. Why: a live
 * audit's dataset changes a few positions at a time, and indexing a kind again (1.2 million dues
 * payments at 100,000 members) made each change cost the district. The changed keys are kept in
 * buckets by hash, copied on write: a change copies the table of buckets and the buckets it
 * writes, never the keys of other buckets. Immutable.
 */
final class PatchedIndex implements PositionIndex {

    private static final int BUCKETS = 1024;

    private final KeyIndex base;
    /** By bucket, the keys changed with their positions, ascending (an empty array: none left); null: none. */
    private final HashMap<String, int[]>[] changed;

    private PatchedIndex(KeyIndex base, HashMap<String, int[]>[] changed) {
        this.base = base;
        this.changed = changed;
    }

    /**
     * {@code from} with {@code writes} applied in order: each takes its position from the key of
     * the record it overwrites and gives it to the key of the record written ({@code key} null:
     * not indexed).
     */
    @SuppressWarnings("unchecked")
    static PositionIndex patch(PositionIndex from, List<PatchedList.Write> writes, Function<Object, String> key) {
        KeyIndex base;
        HashMap<String, int[]>[] changed;
        if (from instanceof PatchedIndex p) {
            base = p.base;
            changed = p.changed.clone();
        } else {
            base = (KeyIndex) from;
            changed = new HashMap[BUCKETS];
        }
        PatchedIndex next = new PatchedIndex(base, changed);
        boolean[] own = new boolean[BUCKETS];
        for (PatchedList.Write w : writes) {
            String was = w.old() == null ? null : key.apply(w.old());
            String now = w.now() == null ? null : key.apply(w.now());
            if (was != null) {
                next.put(was, without(next.positions(was), w.position()), own);
            }
            if (now != null) {
                next.put(now, with(next.positions(now), w.position()), own);
            }
        }
        return next;
    }

    private void put(String key, int[] positions, boolean[] own) {
        int b = bucket(key);
        if (!own[b]) {
            changed[b] = changed[b] == null ? new HashMap<>() : new HashMap<>(changed[b]);
            own[b] = true;
        }
        changed[b].put(key, positions);
    }

    private static int[] without(int[] positions, int p) {
        int i = Arrays.binarySearch(positions, p);
        if (i < 0) {
            return positions;
        }
        int[] out = new int[positions.length - 1];
        System.arraycopy(positions, 0, out, 0, i);
        System.arraycopy(positions, i + 1, out, i, out.length - i);
        return out;
    }

    private static int[] with(int[] positions, int p) {
        int i = Arrays.binarySearch(positions, p);
        if (i >= 0) {
            return positions;
        }
        i = -i - 1;
        int[] out = new int[positions.length + 1];
        System.arraycopy(positions, 0, out, 0, i);
        out[i] = p;
        System.arraycopy(positions, i, out, i + 1, positions.length - i);
        return out;
    }

    private static int bucket(String key) {
        int h = key.hashCode();
        return (h ^ (h >>> 10) ^ (h >>> 20)) & (BUCKETS - 1);
    }

    /** The positions changed for {@code key}, or null if it kept the base's. */
    private int[] changedPositions(String key) {
        if (key == null) {
            return null;
        }
        HashMap<String, int[]> m = changed[bucket(key)];
        return m == null ? null : m.get(key);
    }

    @Override
    public int first(String key) {
        int[] p = changedPositions(key);
        return p == null ? base.first(key) : p.length == 0 ? -1 : p[0];
    }

    @Override
    public <T> List<T> of(List<T> list, String key) {
        int[] p = changedPositions(key);
        return p == null ? base.of(list, key) : p.length == 0 ? List.of() : new KeyIndex.Group<>(list, p, 0, p.length);
    }

    @Override
    public Tables.Rows rows(String key) {
        int[] p = changedPositions(key);
        return p == null ? base.rows(key) : p.length == 0 ? Tables.Rows.NONE : new Tables.Rows(p, 0, p.length);
    }

    @Override
    public int[] positions(String key) {
        int[] p = changedPositions(key);
        return p == null ? base.positions(key) : p;
    }
}
