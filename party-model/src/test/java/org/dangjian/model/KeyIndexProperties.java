package org.dangjian.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link KeyIndex} groups positions as a map of lists would: every key's positions in input order,
 * whether the key looked up is the very string indexed or an equal copy; keys that share a
 * {@code String} hash ("Aa", "BB") stay apart; a null key leaves its position out; a key never
 * indexed has none.
 */
class KeyIndexProperties {

    @Provide
    Arbitrary<List<String>> keyLists() {
        // Few distinct keys (many positions each) up to many (the table grows several times);
        // "Aa" and "BB" have the same String hash, as have "AaAa", "BBBB", "AaBB" and "BBAa".
        Arbitrary<String> key = Arbitraries.oneOf(
                Arbitraries.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa"),
                Arbitraries.integers().between(0, 3000).map(i -> "p" + i),
                Arbitraries.just(null));
        return key.list().ofMinSize(0).ofMaxSize(2000);
    }

    @Property(tries = 60)
    void groupsAsAMapOfListsWould(@ForAll("keyLists") List<String> keys) {
        KeyIndex index = new KeyIndex(keys.size(), keys::get);
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i) != null) {
                expected.computeIfAbsent(keys.get(i), k -> new ArrayList<>()).add(i);
            }
        }
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            positions.add(i);
        }
        for (Map.Entry<String, List<Integer>> e : expected.entrySet()) {
            int[] want = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            String copy = new String(e.getKey()); // an equal key, another instance
            assertArrayEquals(want, index.positions(e.getKey()));
            assertArrayEquals(want, index.positions(copy));
            assertEquals(e.getValue(), index.of(positions, copy));
            assertEquals(want[0], index.first(copy));
            Tables.Rows rows = index.rows(copy);
            assertEquals(want.length, rows.size());
            for (int k = 0; k < want.length; k++) {
                assertEquals(want[k], rows.at(k));
            }
        }
        for (String absent : List.of("p3001", "Ab", "", "q")) {
            assertEquals(-1, index.first(absent));
            assertEquals(List.of(), index.of(positions, absent));
            assertEquals(0, index.positions(absent).length);
            assertEquals(0, index.rows(absent).size());
        }
        assertEquals(-1, index.first(null));
    }
}
