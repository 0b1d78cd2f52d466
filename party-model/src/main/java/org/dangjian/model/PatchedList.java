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
 * kept in chunks of {@value #CHUNK}, the chunks in pages of {@value #PAGE}, both copied on write: a
 * change copies the table of pages (one reference per {@value #PAGE} × {@value #CHUNK} records),
 * the pages and the chunks it writes. Two levels, not one table of chunks: that table (11,700
 * references for a city's 12 million dues payments) was copied at every change, the one
 * part of a dues payment that grew with the district.
 *
 * <p>Made by an {@link Editor}: a record removed leaves its place to the last record of the list
 * (so that no other position moves, and the indexes change only where records did).
 */
final class PatchedList<T> extends AbstractList<T> implements RandomAccess {

    static final int SHIFT = 10;
    static final int CHUNK = 1 << SHIFT;
    /** Chunks a page holds: 64, so that an editor marks the chunks it owns in a page with one long. */
    static final int PAGE_SHIFT = 6;
    static final int PAGE = 1 << PAGE_SHIFT;
    /** Positions a page covers, as a shift. */
    private static final int PAGE_POSITIONS = SHIFT + PAGE_SHIFT;

    /** One position written: the record it held (null: none, it was past the end) and the one it holds (null: cut). */
    record Write(int position, Object old, Object now) {
    }

    private final List<T> base;
    private final int size;
    /**
     * By {@code position >> (SHIFT + PAGE_SHIFT)}: null, or a page: by the chunk's place in it,
     * null or the records written there (null entries: the base's).
     */
    private final Object[][][] pages;
    /** The writes since the base: when they reach a share of it the kind is built whole again. */
    private final int writes;

    private PatchedList(List<T> base, int size, Object[][][] pages, int writes) {
        this.base = base;
        this.size = size;
        this.pages = pages;
        this.writes = writes;
    }

    /** An editor starting from {@code list}: a dataset's immutable list, patched or not. */
    static <T> Editor<T> edit(List<T> list) {
        if (list instanceof PatchedList<T> p) {
            return new Editor<>(p);
        }
        return new Editor<>(new PatchedList<>(list, list.size(), new Object[0][][], 0));
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
        return (T) written(pages, i);
    }

    /** What {@code pages} hold at {@code i}, or null. */
    private static Object written(Object[][][] pages, int i) {
        int p = i >>> PAGE_POSITIONS;
        Object[][] page = p < pages.length ? pages[p] : null;
        Object[] chunk = page == null ? null : page[(i >>> SHIFT) & (PAGE - 1)];
        return chunk == null ? null : chunk[i & (CHUNK - 1)];
    }

    /** Whether so much was written since the base that building the kind whole again costs less in the end. */
    boolean worn() {
        return writes > Math.max(64, base.size() >> 2);
    }

    /** Writes positions of a {@link PatchedList}; {@link #list()} makes the immutable list. Not thread-safe. */
    static final class Editor<T> {
        private final List<T> base;
        private int size;
        private Object[][][] pages;
        /**
         * Whether {@link #pages} is this editor's own copy, which it may write: copied at the first
         * write, not before (an editor that only reads copies nothing), and again at the first
         * write after {@link #list()}, whose list shares it.
         */
        private boolean ownTable;
        /** By page, whether this editor copied it and may write it (only with {@link #ownTable}). */
        private boolean[] ownPages;
        /** By page, one bit a chunk: the chunks of an own page this editor copied and may write. */
        private long[] ownChunks;
        private final int writesBefore;
        private final List<Write> writes = new ArrayList<>();

        private Editor(PatchedList<T> from) {
            this.base = from.base;
            this.size = from.size;
            this.pages = from.pages;
            this.writesBefore = from.writes;
        }

        int size() {
            return size;
        }

        @SuppressWarnings("unchecked")
        T get(int i) {
            Objects.checkIndex(i, size);
            Object t = written(pages, i);
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

        /** Writes {@code record} (null: none) at {@code i}, copying the table, page and chunk it writes unless they are its own. */
        private void put(int i, Object record) {
            int p = i >>> PAGE_POSITIONS;
            if (record == null && written(pages, i) == null) {
                return; // nothing there to clear: no copy
            }
            if (!ownTable) {
                pages = Arrays.copyOf(pages, Math.max(pages.length, p + 1));
                ownPages = new boolean[pages.length];
                ownChunks = new long[pages.length];
                ownTable = true;
            } else if (p >= pages.length) {
                int n = Math.max(p + 1, pages.length + (pages.length >> 1) + 1);
                pages = Arrays.copyOf(pages, n);
                ownPages = Arrays.copyOf(ownPages, n);
                ownChunks = Arrays.copyOf(ownChunks, n);
            }
            Object[][] page = pages[p];
            if (page == null) {
                page = new Object[PAGE][];
                pages[p] = page;
                ownPages[p] = true;
            } else if (!ownPages[p]) {
                page = page.clone();
                pages[p] = page;
                ownPages[p] = true;
                ownChunks[p] = 0;
            }
            int c = (i >>> SHIFT) & (PAGE - 1);
            Object[] chunk = page[c];
            if (chunk == null) {
                chunk = new Object[CHUNK];
                page[c] = chunk;
                ownChunks[p] |= 1L << c;
            } else if ((ownChunks[p] & (1L << c)) == 0) {
                chunk = chunk.clone();
                page[c] = chunk;
                ownChunks[p] |= 1L << c;
            }
            chunk[i & (CHUNK - 1)] = record;
        }

        /** The list as written so far; the editor may go on writing (it then copies what it writes again). */
        PatchedList<T> list() {
            ownTable = false; // the list shares the table, its pages and chunks
            return new PatchedList<>(base, size, pages, writesBefore + writes.size());
        }
    }
}
