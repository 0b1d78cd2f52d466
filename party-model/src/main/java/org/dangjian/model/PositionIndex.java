package org.dangjian.model;

import java.util.List;

/**
 * The positions of a list's records by a string key, in input order within a key: built whole
 * ({@link KeyIndex}) or a changed copy of another sharing all but the keys it changes
 * ({@link PatchedIndex}).
 */
interface PositionIndex {

    /** The position of the first record with {@code key}, or -1. */
    int first(String key);

    /** The records of {@code list} with {@code key}, in input order: a view, materialized on get. */
    <T> List<T> of(List<T> list, String key);

    /** The positions with {@code key}, in input order, without the records. */
    Tables.Rows rows(String key);

    /** The positions with {@code key}, ascending: the caller must not write the array (it may be shared). */
    int[] positions(String key);
}
