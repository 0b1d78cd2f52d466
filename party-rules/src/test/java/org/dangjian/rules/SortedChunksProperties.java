package org.dangjian.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link SortedChunks} reads as a plain sorted list after any additions, removals and resets,
 * and every snapshot it handed out stays as it was when taken. Chunks of 2 to 9 elements, so that
 * a few hundred steps split, empty and drop chunks many times (the findings shown use 256, which
 * the live audit's properties, with their few findings, never fill).
 */
class SortedChunksProperties {

    /** Elements equal by the order (same tenth) that are not the same: added after their equals, removed first first. */
    private static final Comparator<Integer> BY_TENS = Comparator.comparingInt(i -> i / 10);

    @Property(tries = 80)
    void readsAsASortedListAndSnapshotsStay(@ForAll long seed, @ForAll @IntRange(min = 2, max = 9) int most,
                                            @ForAll @IntRange(min = 1, max = 400) int steps,
                                            @ForAll @IntRange(min = 1, max = 300) int range) {
        Random rnd = new Random(seed);
        SortedChunks<Integer> chunks = new SortedChunks<>(BY_TENS, most);
        List<Integer> plain = new ArrayList<>();
        List<List<Integer>> snapshots = new ArrayList<>();
        List<List<Integer>> copies = new ArrayList<>();
        for (int s = 0; s < steps; s++) {
            int op = rnd.nextInt(20);
            Integer e = rnd.nextInt(range);
            if (op == 0) {
                List<Integer> sorted = new ArrayList<>(plain);
                sorted.add(e);
                sorted.sort(BY_TENS); // stable: equals keep their order
                plain = sorted;
                chunks.reset(sorted);
            } else if (op < 9) {
                boolean had = removeFirstEqual(plain, e);
                assertEquals(had, chunks.remove(e), "remove " + e);
            } else {
                plain.add(upperBound(plain, e), e);
                chunks.add(e);
            }
            assertEquals(plain.size(), chunks.size());
            if (rnd.nextInt(3) == 0) {
                snapshots.add(chunks.snapshot());
                copies.add(List.copyOf(plain));
            }
        }
        List<Integer> now = chunks.snapshot();
        same(plain, now);
        assertEquals(plain, chunks.toList());
        for (int i = 0; i < snapshots.size(); i++) {
            same(copies.get(i), snapshots.get(i));
        }
    }

    /** Read every way a caller may: by index, by iterator, as an array, compared both ways. */
    private static void same(List<Integer> plain, List<Integer> snapshot) {
        assertEquals(plain.size(), snapshot.size());
        for (int i = 0; i < plain.size(); i++) {
            assertSame(plain.get(i), snapshot.get(i), "at " + i);
        }
        Iterator<Integer> it = snapshot.iterator();
        for (Integer e : plain) {
            assertSame(e, it.next());
        }
        assertThrows(NoSuchElementException.class, it::next);
        assertEquals(plain, List.of(snapshot.toArray()));
        assertEquals(plain, snapshot);
        assertEquals(snapshot, plain);
        assertEquals(plain.hashCode(), snapshot.hashCode());
        assertThrows(IndexOutOfBoundsException.class, () -> snapshot.get(plain.size()));
        assertThrows(UnsupportedOperationException.class, () -> snapshot.add(1));
    }

    private static boolean removeFirstEqual(List<Integer> plain, Integer e) {
        for (int i = 0; i < plain.size(); i++) {
            if (BY_TENS.compare(plain.get(i), e) == 0) {
                plain.remove(i);
                return true;
            }
        }
        return false;
    }

    private static int upperBound(List<Integer> plain, Integer e) {
        int i = 0;
        while (i < plain.size() && BY_TENS.compare(plain.get(i), e) <= 0) {
            i++;
        }
        return i;
    }
}
