package org.dangjian.rules.vocabulary;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * An immutable sorted map (keys in their natural order) that shares its structure with the maps
 * it was made from: the entries sit in sorted chunks of at most {@value #CHUNK}, and
 * {@link #with} and {@link #without} return a new map that copies the table of chunks and the one
 * chunk they change, O(64 + n/64), never the entries of the others. Made for facts that list the
 * members of a large subtree (a district's 100,000): a change of one member derives a new fact
 * from the one held, and comparing the two ({@link #equals}) skips every chunk they share by
 * identity, so it costs the chunks that differ, not the members.
 *
 * <p>Equal contents are equal maps however they are chunked (a map built whole and one reached by
 * changes compare equal, entry by entry where their chunks are not shared), and {@link #hashCode}
 * is the {@link Map} contract's, kept per chunk, O(1). No null keys or values. The {@link SortedMap}
 * views ({@link #headMap}, {@link #tailMap}, {@link #subMap}) are copies, O(n): for rare use.
 *
 * @param <K> the keys, in their natural order
 * @param <V> the values
 */
public final class ChunkedSortedMap<K extends Comparable<? super K>, V> extends AbstractMap<K, V>
        implements SortedMap<K, V> {

    /** The most entries of a chunk. */
    static final int CHUNK = 64;
    /** A chunk left with fewer entries than this by a removal joins a neighbour, if they fit in one. */
    private static final int SMALL = CHUNK / 4;

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final ChunkedSortedMap<?, ?> EMPTY = new ChunkedSortedMap(new Chunk[0], 0, 0);

    /** Non-empty, sorted, each chunk's keys before the next's. */
    private final Chunk<K, V>[] chunks;
    private final int size;
    /** The sum of the entries' hashes, as {@link Map#hashCode()} defines it. */
    private final int hash;
    private Set<Map.Entry<K, V>> entrySet;

    /** Up to {@value #CHUNK} sorted entries, in two arrays; never changed once made. */
    private static final class Chunk<K, V> {
        final Object[] keys;
        final Object[] values;
        final int hash;

        Chunk(Object[] keys, Object[] values) {
            this.keys = keys;
            this.values = values;
            int h = 0;
            for (int i = 0; i < keys.length; i++) {
                h += keys[i].hashCode() ^ values[i].hashCode();
            }
            this.hash = h;
        }

        int size() {
            return keys.length;
        }

        @SuppressWarnings("unchecked")
        K key(int i) {
            return (K) keys[i];
        }

        @SuppressWarnings("unchecked")
        V value(int i) {
            return (V) values[i];
        }
    }

    private ChunkedSortedMap(Chunk<K, V>[] chunks, int size, int hash) {
        this.chunks = chunks;
        this.size = size;
        this.hash = hash;
    }

    /** The empty map. */
    @SuppressWarnings("unchecked")
    public static <K extends Comparable<? super K>, V> ChunkedSortedMap<K, V> of() {
        return (ChunkedSortedMap<K, V>) EMPTY;
    }

    /** A map of the entries of {@code map} (itself if it is one already), in full chunks. */
    @SuppressWarnings("unchecked")
    public static <K extends Comparable<? super K>, V> ChunkedSortedMap<K, V> copyOf(Map<? extends K, ? extends V> map) {
        if (map instanceof ChunkedSortedMap<?, ?> c) {
            return (ChunkedSortedMap<K, V>) c;
        }
        Builder<K, V> b = builder();
        if (map instanceof SortedMap<? extends K, ? extends V> s && s.comparator() == null) {
            s.forEach(b::put);
        } else {
            List<Map.Entry<? extends K, ? extends V>> entries = new ArrayList<>(map.entrySet());
            entries.sort((x, y) -> x.getKey().compareTo(y.getKey()));
            entries.forEach(e -> b.put(e.getKey(), e.getValue()));
        }
        return b.build();
    }

    /** A builder taking entries in ascending order of their keys. */
    public static <K extends Comparable<? super K>, V> Builder<K, V> builder() {
        return new Builder<>();
    }

    /** Builds a map from entries given in ascending order of their keys, in full chunks. */
    public static final class Builder<K extends Comparable<? super K>, V> {
        private final List<Chunk<K, V>> chunks = new ArrayList<>();
        private Object[] keys = new Object[CHUNK];
        private Object[] values = new Object[CHUNK];
        private int n;
        private int size;
        private int hash;
        private K last;

        private Builder() {
        }

        /**
         * Adds an entry whose key comes after every key added so far.
         *
         * @throws IllegalArgumentException if it does not
         */
        public Builder<K, V> put(K key, V value) {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            if (last != null && last.compareTo(key) >= 0) {
                throw new IllegalArgumentException("key " + key + " does not come after " + last);
            }
            last = key;
            keys[n] = key;
            values[n] = value;
            if (++n == CHUNK) {
                flush();
            }
            return this;
        }

        private void flush() {
            if (n > 0) {
                Chunk<K, V> c = new Chunk<>(Arrays.copyOf(keys, n), Arrays.copyOf(values, n));
                chunks.add(c);
                size += n;
                hash += c.hash;
                n = 0;
            }
        }

        @SuppressWarnings("unchecked")
        public ChunkedSortedMap<K, V> build() {
            flush();
            return size == 0 ? of() : new ChunkedSortedMap<>(chunks.toArray(new Chunk[0]), size, hash);
        }
    }

    /** This map with {@code key} mapped to {@code value}: itself if it already is. */
    public ChunkedSortedMap<K, V> with(K key, V value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        if (chunks.length == 0) {
            Chunk<K, V> only = new Chunk<>(new Object[] {key}, new Object[] {value});
            return new ChunkedSortedMap<K, V>(table(only), 1,
                    key.hashCode() ^ value.hashCode());
        }
        int c = chunkFor(key);
        Chunk<K, V> chunk = chunks[c];
        int i = Arrays.binarySearch(chunk.keys, key);
        if (i >= 0) {
            if (chunk.values[i].equals(value)) {
                return this;
            }
            Object[] values = chunk.values.clone();
            values[i] = value;
            return replaced(c, new Chunk<>(chunk.keys, values), size);
        }
        int at = -i - 1;
        Object[] keys = insert(chunk.keys, at, key);
        Object[] values = insert(chunk.values, at, value);
        if (keys.length <= CHUNK) {
            return replaced(c, new Chunk<>(keys, values), size + 1);
        }
        int half = keys.length / 2;
        Chunk<K, V> low = new Chunk<>(Arrays.copyOfRange(keys, 0, half), Arrays.copyOfRange(values, 0, half));
        Chunk<K, V> high = new Chunk<>(Arrays.copyOfRange(keys, half, keys.length),
                Arrays.copyOfRange(values, half, keys.length));
        Chunk<K, V>[] table = Arrays.copyOf(chunks, chunks.length + 1);
        System.arraycopy(chunks, c + 1, table, c + 2, chunks.length - c - 1);
        table[c] = low;
        table[c + 1] = high;
        return new ChunkedSortedMap<>(table, size + 1, hash - chunk.hash + low.hash + high.hash);
    }

    /** This map without {@code key}: itself if it holds no such key. */
    public ChunkedSortedMap<K, V> without(K key) {
        if (chunks.length == 0) {
            return this;
        }
        int c = chunkFor(key);
        Chunk<K, V> chunk = chunks[c];
        int i = Arrays.binarySearch(chunk.keys, key);
        if (i < 0) {
            return this;
        }
        if (size == 1) {
            return of();
        }
        Object[] keys = remove(chunk.keys, i);
        Object[] values = remove(chunk.values, i);
        if (keys.length == 0) {
            Chunk<K, V>[] table = Arrays.copyOf(chunks, chunks.length - 1);
            System.arraycopy(chunks, c + 1, table, c, chunks.length - c - 1);
            return new ChunkedSortedMap<>(table, size - 1, hash - chunk.hash);
        }
        if (keys.length < SMALL && chunks.length > 1) {
            // Joined with a neighbour if both fit in one, so that removals cannot leave a table of tiny chunks.
            int other = c + 1 < chunks.length ? c + 1 : c - 1;
            Chunk<K, V> n = chunks[other];
            if (keys.length + n.size() <= CHUNK * 3 / 4) {
                int first = Math.min(c, other);
                Chunk<K, V> joined = other > c
                        ? new Chunk<>(concat(keys, n.keys), concat(values, n.values))
                        : new Chunk<>(concat(n.keys, keys), concat(n.values, values));
                Chunk<K, V>[] table = Arrays.copyOf(chunks, chunks.length - 1);
                System.arraycopy(chunks, first + 2, table, first + 1, chunks.length - first - 2);
                table[first] = joined;
                return new ChunkedSortedMap<>(table, size - 1, hash - chunk.hash - n.hash + joined.hash);
            }
        }
        return replaced(c, new Chunk<>(keys, values), size - 1);
    }

    /** The keys whose values pass {@code test}, in order. */
    public List<K> keysWhere(Predicate<? super V> test) {
        List<K> out = new ArrayList<>();
        for (Chunk<K, V> c : chunks) {
            for (int i = 0; i < c.size(); i++) {
                if (test.test(c.value(i))) {
                    out.add(c.key(i));
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** Every key, in order. */
    public List<K> keyList() {
        return keysWhere(v -> true);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public V get(Object key) {
        if (chunks.length == 0 || key == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        K k = (K) key;
        Chunk<K, V> chunk = chunks[chunkFor(k)];
        int i = Arrays.binarySearch(chunk.keys, k);
        return i >= 0 ? chunk.value(i) : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        for (Chunk<K, V> c : chunks) {
            for (int i = 0; i < c.size(); i++) {
                action.accept(c.key(i), c.value(i));
            }
        }
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        if (entrySet == null) {
            entrySet = new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<K, V>> iterator() {
                    return new Entries();
                }

                @Override
                public int size() {
                    return size;
                }
            };
        }
        return entrySet;
    }

    /** The entries in order; read-only. */
    private final class Entries implements Iterator<Map.Entry<K, V>> {
        private int c;
        private int i;

        @Override
        public boolean hasNext() {
            return c < chunks.length;
        }

        @Override
        public Map.Entry<K, V> next() {
            if (c >= chunks.length) {
                throw new NoSuchElementException();
            }
            Chunk<K, V> chunk = chunks[c];
            Map.Entry<K, V> e = new AbstractMap.SimpleImmutableEntry<>(chunk.key(i), chunk.value(i));
            if (++i == chunk.size()) {
                c++;
                i = 0;
            }
            return e;
        }
    }

    @Override
    public Comparator<? super K> comparator() {
        return null;
    }

    @Override
    public K firstKey() {
        if (size == 0) {
            throw new NoSuchElementException();
        }
        return chunks[0].key(0);
    }

    @Override
    public K lastKey() {
        if (size == 0) {
            throw new NoSuchElementException();
        }
        Chunk<K, V> c = chunks[chunks.length - 1];
        return c.key(c.size() - 1);
    }

    @Override
    public SortedMap<K, V> subMap(K fromKey, K toKey) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(this).subMap(fromKey, toKey));
    }

    @Override
    public SortedMap<K, V> headMap(K toKey) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(this).headMap(toKey));
    }

    @Override
    public SortedMap<K, V> tailMap(K fromKey) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(this).tailMap(fromKey));
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /**
     * Equal entries, in any chunking. Against another chunked map: the chunks both hold (the very
     * same) are skipped whole, the rest compared entry by entry.
     */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof ChunkedSortedMap<?, ?> other)) {
            return super.equals(o);
        }
        if (size != other.size || hash != other.hash) {
            return false;
        }
        int c = 0;
        int i = 0;
        int oc = 0;
        int oi = 0;
        while (c < chunks.length) {
            Chunk<?, ?> mine = chunks[c];
            Chunk<?, ?> theirs = other.chunks[oc];
            if (i == 0 && oi == 0 && mine == theirs) {
                c++;
                oc++;
                continue;
            }
            if (!mine.keys[i].equals(theirs.keys[oi]) || !mine.values[i].equals(theirs.values[oi])) {
                return false;
            }
            if (++i == mine.size()) {
                c++;
                i = 0;
            }
            if (++oi == theirs.size()) {
                oc++;
                oi = 0;
            }
        }
        return true;
    }

    /** The chunk that holds {@code key} or would: the last whose first key is not after it (the first if none). */
    private int chunkFor(K key) {
        int lo = 0;
        int hi = chunks.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (chunks[mid].key(0).compareTo(key) <= 0) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private ChunkedSortedMap<K, V> replaced(int c, Chunk<K, V> chunk, int newSize) {
        Chunk<K, V>[] table = chunks.clone();
        table[c] = chunk;
        return new ChunkedSortedMap<>(table, newSize, hash - chunks[c].hash + chunk.hash);
    }

    @SuppressWarnings("unchecked")
    private static <K, V> Chunk<K, V>[] table(Chunk<K, V> only) {
        return new Chunk[] {only};
    }

    private static Object[] insert(Object[] a, int at, Object x) {
        Object[] out = new Object[a.length + 1];
        System.arraycopy(a, 0, out, 0, at);
        out[at] = x;
        System.arraycopy(a, at, out, at + 1, a.length - at);
        return out;
    }

    private static Object[] remove(Object[] a, int at) {
        Object[] out = new Object[a.length - 1];
        System.arraycopy(a, 0, out, 0, at);
        System.arraycopy(a, at + 1, out, at, a.length - at - 1);
        return out;
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
