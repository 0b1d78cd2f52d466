package org.dangjian.rules.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link SortedIds} patched by counts reads as the plain list sorted again, equals it with the
 * same hash, and is the very list it was patched from when the counts leave it as it was.
 */
class SortedIdsProperties {

    @Property(tries = 100)
    void patchedReadsAsTheListSortedAgain(@ForAll long seed, @ForAll @IntRange(min = 0, max = 300) int size,
                                          @ForAll @IntRange(min = 1, max = 6) int people) {
        Random rnd = new Random(seed);
        List<String> plain = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            plain.add(id(rnd.nextInt(size + 1)));
        }
        SortedIds ids = SortedIds.copyOf(plain);
        Collections.sort(plain);
        assertEquals(plain, ids);
        TreeMap<String, Integer> counts = new TreeMap<>();
        for (int p = 0; p < people; p++) {
            counts.put(id(rnd.nextInt(size + 2)), rnd.nextInt(3));
        }
        SortedIds patched = ids.withCounts(counts);
        List<String> expected = new ArrayList<>(plain);
        counts.forEach((id, n) -> {
            expected.removeIf(id::equals);
            expected.addAll(Collections.nCopies(n, id));
        });
        Collections.sort(expected);
        assertEquals(expected, patched);
        assertEquals(patched, expected);
        assertEquals(expected.hashCode(), patched.hashCode());
        assertEquals(plain, ids, "the list patched from is left as it was");
        assertEquals(expected.equals(plain), patched == ids, "the very list exactly when nothing changed");
        assertEquals(SortedIds.copyOf(expected), patched);
    }

    @Example
    void anIdThereAsOftenAsAskedIsTheVeryList() {
        SortedIds ids = SortedIds.copyOf(List.of("p3", "p1", "p2", "p2"));
        assertEquals(List.of("p1", "p2", "p2", "p3"), ids);
        assertSame(ids, ids.withCounts(new TreeMap<>(java.util.Map.of("p2", 2, "p4", 0))));
        assertSame(ids, SortedIds.copyOf(ids), "kept as it is, not copied");
        assertNotEquals(ids, ids.withCounts(new TreeMap<>(java.util.Map.of("p2", 1))));
        assertEquals(List.of("p1", "p2", "p3"), ids.withCounts(new TreeMap<>(java.util.Map.of("p2", 1))));
    }

    @Example
    void countsInAnotherOrderOrBelowZeroAreRefused() {
        SortedIds ids = SortedIds.copyOf(List.of("p1"));
        TreeMap<String, Integer> reversed = new TreeMap<>(Comparator.reverseOrder());
        reversed.put("p1", 1);
        assertThrows(IllegalArgumentException.class, () -> ids.withCounts(reversed));
        assertThrows(IllegalArgumentException.class, () -> ids.withCounts(new TreeMap<>(java.util.Map.of("p1", -1))));
    }

    private static String id(int i) {
        return "p" + i;
    }
}
