package org.dangjian.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * A {@link PatchedList}, edited change after change (each change an editor from the last list,
 * writing, removing and adding, sometimes making a list half-way and writing on), reads as a
 * plain list edited the same way; and every list made stays as it was made. Bases from empty to
 * several pages of chunks, positions drawn near the ends and the edges of chunks and pages, so
 * that writes land in the table of pages, in pages and in chunks both shared and owned.
 */
class PatchedListProperties {

    /** Positions a page covers. */
    private static final int PAGE_POSITIONS = PatchedList.PAGE * PatchedList.CHUNK;

    @Property(tries = 30)
    void anEditedListReadsAsAPlainListEditedTheSameWay(@ForAll @IntRange(min = 0, max = 5) int sizeChoice,
                                                         @ForAll long seed) {
        int[] sizes = {0, 1, PatchedList.CHUNK, PAGE_POSITIONS - 1, PAGE_POSITIONS + 3, 3 * PAGE_POSITIONS + 17};
        int n = sizes[sizeChoice];
        Random rnd = new Random(seed);
        List<Integer> base = new Numbers(n);
        List<Integer> model = new ArrayList<>(base);
        TreeSet<Integer> touched = new TreeSet<>();
        List<PatchedList<Integer>> made = new ArrayList<>();
        List<List<Integer>> madeModels = new ArrayList<>();
        List<Integer> current = base;
        for (int change = 0; change < 30; change++) {
            PatchedList.Editor<Integer> e = PatchedList.edit(current);
            for (int op = 1 + rnd.nextInt(4); op > 0; op--) {
                if (rnd.nextInt(10) == 0) { // made half-way, then written on: what it made stays
                    made.add(e.list());
                    madeModels.add(List.copyOf(model));
                }
                int kind = model.isEmpty() ? 0 : rnd.nextInt(3);
                Integer value = -1 - rnd.nextInt(1_000_000);
                if (kind == 0) {
                    touched.add(model.size());
                    e.add(value);
                    model.add(value);
                } else if (kind == 1) {
                    int i = position(rnd, model.size());
                    touched.add(i);
                    assertEquals(model.get(i), e.set(i, value));
                    model.set(i, value);
                } else {
                    int i = position(rnd, model.size());
                    int last = model.size() - 1;
                    touched.add(i);
                    touched.add(last);
                    assertEquals(model.get(i), e.remove(i));
                    model.set(i, model.get(last));
                    model.remove(last);
                }
                assertEquals(model.size(), e.size());
            }
            PatchedList<Integer> list = e.list();
            sameReads(model, list, touched, rnd);
            made.add(list);
            madeModels.add(List.copyOf(model));
            current = list;
        }
        for (int k = 0; k < made.size(); k++) {
            sameReads(madeModels.get(k), made.get(k), touched, rnd);
        }
        assertEquals(n, base.size());
    }

    /** A position of a list of {@code size}: near its start or end, at a chunk's or a page's edge, or anywhere. */
    private static int position(Random rnd, int size) {
        int i = switch (rnd.nextInt(4)) {
            case 0 -> size - 1 - rnd.nextInt(3);
            case 1 -> rnd.nextInt(3);
            case 2 -> (rnd.nextBoolean() ? PatchedList.CHUNK : PAGE_POSITIONS) * (1 + rnd.nextInt(3)) - 1 + rnd.nextInt(2);
            default -> rnd.nextInt(size);
        };
        return Math.floorMod(i, size);
    }

    /** Every position written, the edges and some others read as {@code model}'s. */
    private static void sameReads(List<Integer> model, PatchedList<Integer> list, TreeSet<Integer> touched, Random rnd) {
        assertEquals(model.size(), list.size());
        TreeSet<Integer> at = new TreeSet<>(touched.headSet(model.size()));
        for (int k = 0; k < 50 && !model.isEmpty(); k++) {
            at.add(rnd.nextInt(model.size()));
        }
        if (!model.isEmpty()) {
            at.add(0);
            at.add(model.size() - 1);
        }
        for (int i : at) {
            assertEquals(model.get(i), list.get(i), "position " + i);
        }
        if (model.size() <= PatchedList.CHUNK) {
            assertEquals(model, list);
        }
    }

    @Test
    void aListMadeAndWrittenOnKeepsWhatItHeld() {
        List<Integer> base = new Numbers(3 * PAGE_POSITIONS);
        PatchedList.Editor<Integer> e = PatchedList.edit(base);
        e.set(5, -5);
        PatchedList<Integer> first = e.list();
        e.set(5, -6);
        e.set(6, -7);
        e.add(-8);
        PatchedList<Integer> second = e.list();
        assertEquals(-5, first.get(5));
        assertEquals(6, first.get(6));
        assertEquals(3 * PAGE_POSITIONS, first.size());
        assertEquals(-6, second.get(5));
        assertEquals(-7, second.get(6));
        assertEquals(-8, second.get(3 * PAGE_POSITIONS));
        assertSame(base, second.base());
        assertNull(second.patchedAt(7), "a position not written reads the base's");
        PatchedList.Editor<Integer> next = PatchedList.edit(second);
        assertEquals(-8, next.remove(3 * PAGE_POSITIONS));
        PatchedList<Integer> third = next.list();
        assertEquals(3 * PAGE_POSITIONS, third.size());
        assertEquals(3 * PAGE_POSITIONS + 1, second.size(), "the list edited from is unchanged");
        assertEquals(-8, second.get(3 * PAGE_POSITIONS));
    }

    /** {@code 0, 1, …, size - 1}, without holding them: the base of a list several pages long. */
    private static final class Numbers extends AbstractList<Integer> {
        private final int size;

        Numbers(int size) {
            this.size = size;
        }

        @Override
        public Integer get(int i) {
            java.util.Objects.checkIndex(i, size);
            return i;
        }

        @Override
        public int size() {
            return size;
        }
    }
}
