package org.dangjian.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The records a keyed deriver keeps between changes ({@link KeyedDeriver.Live}), as lists by key:
 * one way to add and drop them, so that a key without records leaves the map (its facts are then
 * deleted, not derived empty).
 */
public final class RecordsByKey {

    private RecordsByKey() {
    }

    /** Adds {@code record} under {@code key}. */
    public static <T> void add(Map<String, List<T>> map, String key, T record) {
        map.computeIfAbsent(key, k -> new ArrayList<>(1)).add(record);
    }

    /** Drops {@code record} (one equal to it) from {@code key}, and the key when nothing is left. */
    public static <T> void drop(Map<String, List<T>> map, String key, T record) {
        List<T> list = map.get(key);
        list.remove(record);
        if (list.isEmpty()) {
            map.remove(key);
        }
    }
}
