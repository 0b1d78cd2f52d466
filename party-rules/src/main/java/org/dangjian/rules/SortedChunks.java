package org.dangjian.rules;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.RandomAccess;

/**
 * A sorted list kept in chunks, whose {@link #snapshot()} is an immutable list that later
 * changes do not copy whole: each chunk is an array never written once made, and a change after a
 * snapshot copies only the table of chunks (one reference and one count per chunk) and makes the
 * one chunk it changes anew, O(n / chunk + chunk). Why: a live audit hands out the findings shown
 * after every change that shows or hides one ({@link LiveAudit#findings()} must not wait on its
 * lock, so it gets a list no later change touches), and copying all of them (203,416 findings at
 * 1,000,000 members, twice with {@code List.copyOf}) made a change that raised one finding cost the
 * city. Used under the live audit's lock; snapshots are read from any thread.
 *
 * @param <E> the elements, no nulls; equal ones by the order are kept side by side
 */
final class SortedChunks<E> {

    private final Comparator<? super E> order;
    /** The most elements of a chunk; a fuller one is split in two. */
    private final int most;
    /** Non-empty sorted chunks, each one's elements at or before the next's; {@link #count} used. */
    private Object[][] chunks = new Object[0][];
    /** By chunk, how many elements the chunks up to and including it hold. */
    private int[] ends = new int[0];
    private int count;
    /** Whether a snapshot shares {@link #chunks} and {@link #ends}: the next change copies them. */
    private boolean shared;

    SortedChunks(Comparator<? super E> order, int most) {
        if (most < 2) {
            throw new IllegalArgumentException("a chunk holds at least 2: " + most);
        }
        this.order = order;
        this.most = most;
    }

    /** How many elements. */
    int size() {
        return count == 0 ? 0 : ends[count - 1];
    }

    /** The elements now, in order, as a list no later change alters. */
    List<E> snapshot() {
        shared = true;
        return new Snapshot<>(chunks, ends, count);
    }

    /** Adds {@code e} after the elements equal to it by the order. */
    void add(E e) {
        own();
        if (count == 0) {
            place(0, new Object[] {e}, true);
            return;
        }
        int c = chunkFor(e, true);
        Object[] chunk = chunks[c];
        int at = insertion(chunk, e);
        Object[] grown = new Object[chunk.length + 1];
        System.arraycopy(chunk, 0, grown, 0, at);
        grown[at] = e;
        System.arraycopy(chunk, at, grown, at + 1, chunk.length - at);
        if (grown.length <= most) {
            place(c, grown, false);
        } else {
            int half = grown.length / 2;
            place(c, Arrays.copyOfRange(grown, 0, half), false);
            place(c + 1, Arrays.copyOfRange(grown, half, grown.length), true);
        }
    }

    /** Removes the first element equal to {@code e} by the order; false if there is none. */
    @SuppressWarnings("unchecked")
    boolean remove(E e) {
        if (count == 0) {
            return false;
        }
        // The last chunk that starts before e: the first of e's equals is in it or starts the next.
        int c = chunkFor(e, false);
        int i = lowest(chunks[c], e);
        if (i == chunks[c].length) {
            c++;
            i = 0;
        }
        if (c == count || order.compare((E) chunks[c][i], e) != 0) {
            return false;
        }
        own();
        Object[] chunk = chunks[c];
        if (chunk.length == 1) {
            drop(c);
        } else {
            Object[] less = new Object[chunk.length - 1];
            System.arraycopy(chunk, 0, less, 0, i);
            System.arraycopy(chunk, i + 1, less, i, less.length - i);
            place(c, less, false);
        }
        return true;
    }

    /** Replaces every element by {@code sorted}'s, which are in order: chunks half full, to grow either way. */
    void reset(Collection<? extends E> sorted) {
        Object[] all = sorted.toArray();
        int per = Math.max(1, most / 2);
        int n = (all.length + per - 1) / per;
        chunks = new Object[Math.max(n, 4)][];
        ends = new int[chunks.length];
        count = 0;
        shared = false;
        for (int from = 0; from < all.length; from += per) {
            chunks[count] = Arrays.copyOfRange(all, from, Math.min(all.length, from + per));
            ends[count] = Math.min(all.length, from + per);
            count++;
        }
    }

    /** The elements now, in order, as a new mutable list. */
    List<E> toList() {
        List<E> out = new ArrayList<>(size());
        out.addAll(snapshot());
        return out;
    }

    /** The table of chunks made this object's own again after a snapshot took it. */
    private void own() {
        if (shared) {
            chunks = chunks.clone();
            ends = ends.clone();
            shared = false;
        }
    }

    /** Puts {@code chunk} at {@code c}, in place of the one there, or before it ({@code insert}); counts again from {@code c}. */
    private void place(int c, Object[] chunk, boolean insert) {
        int grown = chunk.length;
        if (insert) {
            if (count == chunks.length) {
                int n = Math.max(4, count + (count >> 1));
                chunks = Arrays.copyOf(chunks, n);
                ends = Arrays.copyOf(ends, n);
            }
            System.arraycopy(chunks, c, chunks, c + 1, count - c);
            System.arraycopy(ends, c, ends, c + 1, count - c);
            ends[c] = c == 0 ? 0 : ends[c - 1];
            count++;
        } else {
            grown -= chunks[c].length;
        }
        chunks[c] = chunk;
        shift(c, grown);
    }

    private void drop(int c) {
        int gone = chunks[c].length;
        System.arraycopy(chunks, c + 1, chunks, c, count - c - 1);
        System.arraycopy(ends, c + 1, ends, c, count - c - 1);
        count--;
        chunks[count] = null;
        shift(c, -gone);
    }

    /**
     * The counts from chunk {@code from} on moved by {@code by}: the counts' own array only, not
     * each chunk's length (a chunk apiece, 1,600 of them at 1,000,000 members, read from memory
     * at every finding shown or hidden was a tenth of a dues payment's time there).
     */
    private void shift(int from, int by) {
        for (int c = from; c < count; c++) {
            ends[c] += by;
        }
    }

    /**
     * The chunk to add {@code e} to ({@code after}: the last whose first element is at or before
     * it, so that it goes after its equals), or the first that can hold an element equal to it.
     */
    @SuppressWarnings("unchecked")
    private int chunkFor(E e, boolean after) {
        int lo = 0;
        int hi = count - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int cmp = order.compare((E) chunks[mid][0], e);
            if (cmp < 0 || after && cmp == 0) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The position after the last element of {@code chunk} at or before {@code e}. */
    @SuppressWarnings("unchecked")
    private int insertion(Object[] chunk, E e) {
        int lo = 0;
        int hi = chunk.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (order.compare((E) chunk[mid], e) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The position of the first element of {@code chunk} not before {@code e}. */
    @SuppressWarnings("unchecked")
    private int lowest(Object[] chunk, E e) {
        int lo = 0;
        int hi = chunk.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (order.compare((E) chunk[mid], e) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The elements at one moment: immutable, shares the chunks. */
    private static final class Snapshot<E> extends AbstractList<E> implements RandomAccess {
        private final Object[][] chunks;
        private final int[] ends;
        private final int count;

        Snapshot(Object[][] chunks, int[] ends, int count) {
            this.chunks = chunks;
            this.ends = ends;
            this.count = count;
        }

        @Override
        public int size() {
            return count == 0 ? 0 : ends[count - 1];
        }

        @Override
        @SuppressWarnings("unchecked")
        public E get(int index) {
            java.util.Objects.checkIndex(index, size());
            int lo = 0;
            int hi = count - 1;
            while (lo < hi) { // the first chunk whose end is past index
                int mid = (lo + hi) >>> 1;
                if (ends[mid] > index) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return (E) chunks[lo][index - (lo == 0 ? 0 : ends[lo - 1])];
        }

        @Override
        public Iterator<E> iterator() {
            return new Iterator<>() {
                private int c;
                private int i;

                @Override
                public boolean hasNext() {
                    return c < count;
                }

                @Override
                @SuppressWarnings("unchecked")
                public E next() {
                    if (c >= count) {
                        throw new NoSuchElementException();
                    }
                    E e = (E) chunks[c][i++];
                    if (i == chunks[c].length) {
                        c++;
                        i = 0;
                    }
                    return e;
                }
            };
        }

        @Override
        public Object[] toArray() {
            Object[] out = new Object[size()];
            int at = 0;
            for (int c = 0; c < count; c++) {
                System.arraycopy(chunks[c], 0, out, at, chunks[c].length);
                at += chunks[c].length;
            }
            return out;
        }
    }
}
