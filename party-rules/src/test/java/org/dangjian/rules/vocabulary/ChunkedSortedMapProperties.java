package org.dangjian.rules.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link ChunkedSortedMap} reads as a plain sorted map of the same entries after any puts and
 * removals, and equals (with the same hash) every other chunked map of them, however chunked.
 */
class ChunkedSortedMapProperties {

    /**
     * Random puts and removals on keys from a small range (so that keys come back, chunks split,
     * shrink and join), checked after each step against a {@link TreeMap}.
     */
    @Property(tries = 60)
    void readsAsATreeMapAfterAnyChanges(@ForAll long seed, @ForAll @IntRange(min = 1, max = 600) int steps,
                                        @ForAll @IntRange(min = 1, max = 400) int keyRange) {
        Random rnd = new Random(seed);
        TreeMap<String, Integer> plain = new TreeMap<>();
        ChunkedSortedMap<String, Integer> chunked = ChunkedSortedMap.of();
        for (int s = 0; s < steps; s++) {
            String key = key(rnd.nextInt(keyRange));
            ChunkedSortedMap<String, Integer> before = chunked;
            TreeMap<String, Integer> plainBefore = new TreeMap<>(plain);
            if (rnd.nextInt(3) == 0) {
                plain.remove(key);
                chunked = chunked.without(key);
            } else {
                int value = rnd.nextInt(5);
                plain.put(key, value);
                chunked = chunked.with(key, value);
            }
            same(plain, chunked);
            // The map changed from is left as it was.
            same(plainBefore, before);
            assertEquals(plainBefore.equals(plain), before.equals(chunked));
        }
        // Built whole, in full chunks: equal to the one reached by changes, with the same hash.
        ChunkedSortedMap<String, Integer> whole = ChunkedSortedMap.copyOf(plain);
        assertEquals(whole, chunked);
        assertEquals(chunked, whole);
        assertEquals(whole.hashCode(), chunked.hashCode());
    }

    /** One entry more, fewer or different, anywhere: not equal, either way round. */
    @Property(tries = 60)
    void unequalWhereOneEntryDiffers(@ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int size) {
        Random rnd = new Random(seed);
        TreeMap<String, Integer> plain = new TreeMap<>();
        for (int i = 0; i < size; i++) {
            plain.put(key(rnd.nextInt(1000)), rnd.nextInt(3));
        }
        ChunkedSortedMap<String, Integer> a = ChunkedSortedMap.copyOf(plain);
        List<String> keys = new ArrayList<>(plain.keySet());
        String k = keys.get(rnd.nextInt(keys.size()));
        ChunkedSortedMap<String, Integer> changed = a.with(k, plain.get(k) + 1);
        ChunkedSortedMap<String, Integer> fewer = a.without(k);
        ChunkedSortedMap<String, Integer> more = a.with(key(1000 + rnd.nextInt(10)), 0);
        for (ChunkedSortedMap<String, Integer> other : List.of(changed, fewer, more)) {
            assertNotEquals(a, other);
            assertNotEquals(other, a);
        }
        // Changed back: equal again, whether or not the chunks line up.
        assertEquals(a, changed.with(k, plain.get(k)));
        assertEquals(a, fewer.with(k, plain.get(k)));
        assertEquals(plain, a);
        assertEquals(a, plain);
    }

    @Example
    void anEntryAlreadyThereChangesNothing() {
        ChunkedSortedMap<String, Integer> a = ChunkedSortedMap.<String, Integer>of().with("a", 1);
        assertSame(a, a.with("a", 1));
        assertSame(a, a.without("b"));
        assertSame(ChunkedSortedMap.of(), a.without("a"));
    }

    @Example
    void aBuilderTakesKeysInOrderOnly() {
        ChunkedSortedMap.Builder<String, Integer> b = ChunkedSortedMap.<String, Integer>builder().put("b", 1);
        assertThrows(IllegalArgumentException.class, () -> b.put("a", 2));
        assertThrows(IllegalArgumentException.class, () -> b.put("b", 2));
        assertThrows(NullPointerException.class, () -> b.put("c", null));
    }

    @Example
    void anEmptyMapHasNoFirstKey() {
        assertThrows(NoSuchElementException.class, () -> ChunkedSortedMap.of().firstKey());
        assertNull(ChunkedSortedMap.<String, Integer>of().get("a"));
    }

    private static void same(TreeMap<String, Integer> plain, ChunkedSortedMap<String, Integer> chunked) {
        assertEquals(plain.size(), chunked.size());
        assertEquals(List.copyOf(plain.entrySet()), List.copyOf(chunked.entrySet()));
        assertEquals(List.copyOf(plain.keySet()), chunked.keyList());
        assertEquals(plain.hashCode(), chunked.hashCode());
        assertEquals(plain, chunked);
        List<String> odd = new ArrayList<>();
        plain.forEach((k, v) -> {
            if (v % 2 == 1) {
                odd.add(k);
            }
        });
        assertEquals(odd, chunked.keysWhere(v -> v % 2 == 1));
        for (String k : List.of(key(0), key(7), key(150), key(399))) {
            assertEquals(plain.get(k), chunked.get(k));
        }
        if (!plain.isEmpty()) {
            assertEquals(plain.firstKey(), chunked.firstKey());
            assertEquals(plain.lastKey(), chunked.lastKey());
            String mid = key(200);
            assertEquals(plain.headMap(mid), chunked.headMap(mid));
            assertEquals(plain.tailMap(mid), chunked.tailMap(mid));
        }
    }

    private static String key(int i) {
        return String.format("p%05d", i);
    }
}
