package org.dangjian.rules.vocabulary;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.SortedMap;

/**
 * An immutable list of ids in their natural order (an id may repeat), as evidence lists them:
 * {@link org.dangjian.rules.Findings.Builder#evidence} keeps one as it is, where it copies and
 * sorts any other collection. Made for facts that list a large part of the district (a
 * district's admission cohort: every new member of the year, 12,000 at 1,000,000 members): a
 * change of one member derives the list again from the one held ({@link #withCounts}), which
 * returns the very list when the change leaves it as it was, so that a finding raised again with
 * it compares equal by identity, and else copies the ids once, never sorting them again.
 *
 * <p>Equal to any {@link List} of the same ids in the same order; {@link #hashCode} is the
 * {@link List} contract's, worked out once.
 */
public final class SortedIds extends AbstractList<String> implements RandomAccess {

    private static final SortedIds EMPTY = new SortedIds(new String[0]);

    /** Sorted, no nulls, never written once made. */
    private final String[] ids;
    /** The list's hash, worked out once (0: not yet). */
    private int hash;

    private SortedIds(String[] ids) {
        this.ids = ids;
    }

    /** The ids of {@code values} ({@code String.valueOf} each), sorted; {@code values} itself if it is one of these. */
    public static SortedIds copyOf(Collection<?> values) {
        if (values instanceof SortedIds s) {
            return s;
        }
        String[] a = new String[values.size()];
        int n = 0;
        for (Object v : values) {
            a[n++] = String.valueOf(v);
        }
        if (n != a.length) { // a collection that changed under us
            a = Arrays.copyOf(a, n);
        }
        for (int i = 1; i < a.length; i++) {
            if (a[i - 1].compareTo(a[i]) > 0) {
                Arrays.sort(a);
                break;
            }
        }
        return a.length == 0 ? EMPTY : new SortedIds(a);
    }

    /**
     * These ids with each id of {@code counts} there exactly as many times as it says (0: not
     * at all); this very list when every id is there that many times already. O(log n) per id
     * named when nothing changes, else one copy of the ids.
     *
     * @throws IllegalArgumentException if {@code counts} is not in the ids' natural order or
     *         holds a negative count
     */
    public SortedIds withCounts(SortedMap<String, Integer> counts) {
        if (counts.comparator() != null) {
            throw new IllegalArgumentException("counts must be in the ids' natural order");
        }
        int k = counts.size();
        int[] from = new int[k];
        int[] to = new int[k];
        int size = ids.length;
        boolean same = true;
        int j = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int c = e.getValue();
            if (c < 0) {
                throw new IllegalArgumentException("a negative count for " + e.getKey());
            }
            from[j] = bound(e.getKey(), false);
            to[j] = bound(e.getKey(), true);
            same &= to[j] - from[j] == c;
            size += c - (to[j] - from[j]);
            j++;
        }
        if (same) {
            return this;
        }
        String[] out = new String[size];
        int read = 0;
        int write = 0;
        j = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            System.arraycopy(ids, read, out, write, from[j] - read);
            write += from[j] - read;
            Arrays.fill(out, write, write + e.getValue(), e.getKey());
            write += e.getValue();
            read = to[j];
            j++;
        }
        System.arraycopy(ids, read, out, write, ids.length - read);
        return size == 0 ? EMPTY : new SortedIds(out);
    }

    /**
     * The first position whose id is after {@code id} ({@code after}), or not before it: where
     * the run of {@code id} ends, or starts (the same position when it is not there). O(log n).
     */
    public int bound(String id, boolean after) {
        int lo = 0;
        int hi = ids.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int cmp = ids[mid].compareTo(id);
            if (cmp < 0 || after && cmp == 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public String get(int index) {
        return ids[index];
    }

    @Override
    public int size() {
        return ids.length;
    }

    @Override
    public Object[] toArray() {
        return ids.clone();
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Arrays.hashCode(ids); // the List contract's: 31 * h + each element's hash, from 1
            hash = h;
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (o instanceof SortedIds s) {
            // Lists derived from one another differ in length or early hashes more often than not.
            return s.ids.length == ids.length && (hash == 0 || s.hash == 0 || hash == s.hash)
                    && Arrays.equals(ids, s.ids);
        }
        return super.equals(o);
    }
}
