package org.dangjian.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * The positions of a list's records grouped by a string key, in input order within a key: what
 * a multimap of the records gives, without holding the records. Why: a dataset's trainings and
 * activities are columns ({@link ColumnList}), and a map of record objects would keep every one
 * of them materialized; the Guava maps also cost an entry object per key and a list per group.
 * Here a million keys cost a few int arrays and an open-addressing table of the keys.
 */
final class KeyIndex implements PositionIndex {

    /** Open addressing, linear probing, a power of two long, at most half full. */
    private String[] keys;
    /**
     * Per slot, side by side: the key's mixed hash and its group + 1 (0: an empty slot). Why: a
     * probe compares these ints, in one array, and reads the key only when the hashes agree; a
     * probe that read each slot's {@code String} (and its bytes) missed the cache two or three
     * times, and the keyed derivers look up every person a few times per audit (session 7 profile:
     * 12% of the six-rule audit's samples in the probe loop).
     */
    private int[] slots;
    private int groups;
    /** Group g's positions are {@code order[start[g]] .. order[start[g + 1] - 1]}. */
    private final int[] start;
    private final int[] order;

    /** Indexes positions {@code 0 .. n-1} by {@code keyAt}; a null key leaves the position out. */
    KeyIndex(int n, IntFunction<String> keyAt) {
        keys = new String[16];
        slots = new int[32];
        int[] groupAt = new int[n];
        int[] count = new int[16];
        for (int i = 0; i < n; i++) {
            String k = keyAt.apply(i);
            if (k == null) {
                groupAt[i] = -1;
                continue;
            }
            int h = mix(k);
            int slot = slot(k, h);
            if (slots[2 * slot + 1] == 0) {
                keys[slot] = k;
                slots[2 * slot] = h;
                slots[2 * slot + 1] = ++groups;
                if (groups == count.length) {
                    count = Arrays.copyOf(count, groups * 2);
                }
                if (groups * 2 > keys.length) {
                    rehash();
                    slot = slot(k, h);
                }
            }
            int g = slots[2 * slot + 1] - 1;
            groupAt[i] = g;
            count[g]++;
        }
        start = new int[groups + 1];
        for (int g = 0; g < groups; g++) {
            start[g + 1] = start[g] + count[g];
        }
        count = Arrays.copyOf(start, groups); // now the next free place of each group
        order = new int[start[groups]];
        for (int i = 0; i < n; i++) {
            if (groupAt[i] >= 0) {
                order[count[groupAt[i]]++] = i;
            }
        }
    }

    @Override
    public int first(String key) {
        int g = group(key);
        return g < 0 ? -1 : order[start[g]];
    }

    @Override
    public <T> List<T> of(List<T> list, String key) {
        int g = group(key);
        if (g < 0) {
            return List.of();
        }
        int from = start[g];
        int size = start[g + 1] - from;
        return new Group<>(list, order, from, size);
    }

    @Override
    public Tables.Rows rows(String key) {
        int g = group(key);
        return g < 0 ? Tables.Rows.NONE : new Tables.Rows(order, start[g], start[g + 1] - start[g]);
    }

    @Override
    public int[] positions(String key) {
        int g = group(key);
        return g < 0 ? NO_POSITIONS : Arrays.copyOfRange(order, start[g], start[g + 1]);
    }

    static final int[] NO_POSITIONS = new int[0];

    private int group(String key) {
        if (key == null) {
            return -1;
        }
        return slots[2 * slot(key, mix(key)) + 1] - 1;
    }

    /**
     * A key's hash, mixed by murmur3's finalizer: ids like p1 … p99999 hash to consecutive values,
     * which in a table with linear probing would make long runs to walk.
     */
    private static int mix(String key) {
        int h = key.hashCode();
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }

    /** The slot of {@code key} (its mixed hash {@code h}), or the empty slot where it would go. */
    private int slot(String key, int h) {
        int mask = keys.length - 1;
        int s = h & mask;
        while (slots[2 * s + 1] != 0) {
            if (slots[2 * s] == h) {
                String k = keys[s];
                // The reader shares one instance per id, so most hits are the very same string.
                if (k == key || k.equals(key)) {
                    return s;
                }
            }
            s = (s + 1) & mask;
        }
        return s;
    }

    private void rehash() {
        String[] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new String[oldKeys.length * 2];
        slots = new int[keys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldSlots[2 * i + 1] != 0) {
                int h = oldSlots[2 * i];
                int s = h & mask;
                while (slots[2 * s + 1] != 0) {
                    s = (s + 1) & mask;
                }
                keys[s] = oldKeys[i];
                slots[2 * s] = h;
                slots[2 * s + 1] = oldSlots[2 * i + 1];
            }
        }
    }

    /** An immutable view of some positions of a list. */
    static final class Group<T> extends AbstractList<T> implements RandomAccess {
        private final List<T> list;
        private final int[] order;
        private final int from;
        private final int size;

        Group(List<T> list, int[] order, int from, int size) {
            this.list = list;
            this.order = order;
            this.from = from;
            this.size = size;
        }

        @Override
        public T get(int i) {
            java.util.Objects.checkIndex(i, size);
            return list.get(order[from + i]);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
