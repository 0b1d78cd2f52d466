package org.dangjian.model;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A changed copy of a dataset's records of one kind that shares all but what changed (a
 * persistent list): the list it was made from (its base, immutable, never copied) with some
 * positions written over, rows added past the base's end, or the last rows cut. Why: a live
 * audit changes its dataset at every change, and copying a kind's list (1.2 million dues
 * payments at 100,000 members) made every change cost the district. The positions written are
 * kept in chunks of {@value #CHUNK} copied on write: a change copies the table of chunks (one
 * reference per {@value #CHUNK} records) and the chunks it writes.
 *
 * <p>Made by an {@link Editor}: a record removed leaves its place to the last record of the list
 * (so that no other position moves, and the indexes change only where records did).
 */
final class PatchedList<T> extends AbstractList<T> implements RandomAccess {

    static final int SHIFT = 10;
    static final int CHUNK = 1 << SHIFT;

    /** One position written: the record it held (null: none, it was past the end) and the one it holds (null: cut). */
    record Write(int position, Object old, Object now) {
    }

    private final List<T> base;
    private final int size;
    /** By {@code position >> SHIFT}: null, or the records written there (null entries: the base's). */
    private final Object[][] chunks;
    /** The writes since the base: when they reach a share of it the kind is built whole again. */
    private final int writes;

    private PatchedList(List<T> base, int size, Object[][] chunks, int writes) {
        this.base = base;
        this.size = size;
        this.chunks = chunks;
        this.writes = writes;
    }

    /** An editor starting from {@code list}: a dataset's immutable list, patched or not. */
    static <T> Editor<T> edit(List<T> list) {
        if (list instanceof PatchedList<T> p) {
            return new Editor<>(p);
        }
        return new Editor<>(new PatchedList<>(list, list.size(), new Object[0][], 0));
    }

    @Override
    public T get(int i) {
        Objects.checkIndex(i, size);
        T t = patchedAt(i);
        return t != null ? t : base.get(i);
    }

    @Override
    public int size() {
        return size;
    }

    /** The list this one changes: immutable, never patched itself. */
    List<T> base() {
        return base;
    }

    /** The record written at {@code i} (always, past the base's end), or null where the base's stands. */
    @SuppressWarnings("unchecked")
    T patchedAt(int i) {
        int c = i >> SHIFT;
        Object[] chunk = c < chunks.length ? chunks[c] : null;
        return chunk == null ? null : (T) chunk[i & (CHUNK - 1)];
    }

    /** Whether so much was written since the base that building the kind whole again costs less in the end. */
    boolean worn() {
        return writes > Math.max(64, base.size() >> 2);
    }

    /** Writes positions of a {@link PatchedList}; {@link #list()} makes the immutable list. Not thread-safe. */
    static final class Editor<T> {
        private final List<T> base;
        private int size;
        private Object[][] chunks;
        /** The chunks this editor copied and may write (others are shared with lists made before). */
        private boolean[] own;
        private final int writesBefore;
        /**
         * Whether a list made by {@link #list()} shares {@link #chunks}: the next write copies the
         * table first. Lazily, because a live audit's change makes one list and writes no more,
         * and copying the table there too (one reference per 1,024 records: 11,700 of a city's
         * dues payments) was a third of what a dues payment allocated at 1,000,000 members.
         */
        private boolean shared;
        private final List<Write> writes = new ArrayList<>();

        private Editor(PatchedList<T> from) {
            this.base = from.base;
            this.size = from.size;
            this.chunks = from.chunks.clone();
            this.own = new boolean[chunks.length];
            this.writesBefore = from.writes;
        }

        int size() {
            return size;
        }

        @SuppressWarnings("unchecked")
        T get(int i) {
            Objects.checkIndex(i, size);
            int c = i >> SHIFT;
            Object[] chunk = c < chunks.length ? chunks[c] : null;
            Object t = chunk == null ? null : chunk[i & (CHUNK - 1)];
            return t != null ? (T) t : base.get(i);
        }

        /** Every position written since the list this editor started from, in order. */
        List<Write> writes() {
            return writes;
        }

        void add(T record) {
            put(size, Objects.requireNonNull(record, "record"));
            writes.add(new Write(size, null, record));
            size++;
        }

        /** Replaces the record at {@code i}; returns the one it held. */
        T set(int i, T record) {
            T old = get(i);
            put(i, Objects.requireNonNull(record, "record"));
            writes.add(new Write(i, old, record));
            return old;
        }

        /** Removes the record at {@code i}, the last record taking its place; returns it. */
        T remove(int i) {
            T old = get(i);
            int last = size - 1;
            if (i != last) {
                T moved = get(last);
                put(i, moved);
                writes.add(new Write(i, old, moved));
                writes.add(new Write(last, moved, null));
            } else {
                writes.add(new Write(i, old, null));
            }
            put(last, null); // past the end: nothing to keep alive
            size = last;
            return old;
        }

        private void put(int i, Object record) {
            if (shared) {
                chunks = chunks.clone();
                own = new boolean[chunks.length];
                shared = false;
            }
            int c = i >> SHIFT;
            if (c >= chunks.length) {
                if (record == null) {
                    return;
                }
                int n = Math.max(c + 1, chunks.length + (chunks.length >> 1) + 1);
                chunks = Arrays.copyOf(chunks, n);
                own = Arrays.copyOf(own, n);
            }
            if (chunks[c] == null) {
                if (record == null) {
                    return;
                }
                chunks[c] = new Object[CHUNK];
                own[c] = true;
            } else if (!own[c]) {
                chunks[c] = chunks[c].clone();
                own[c] = true;
            }
            chunks[c][i & (CHUNK - 1)] = record;
        }

        /** The list as written so far; the editor may go on writing (the chunks it wrote are then copied again). */
        PatchedList<T> list() {
            shared = true;
            return new PatchedList<>(base, size, chunks, writesBefore + writes.size());
        }
    }
}
