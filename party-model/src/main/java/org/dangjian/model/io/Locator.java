package org.dangjian.model.io;

import org.dangjian.model.RecordKind;

/**
 * Names where a record came from: {@code memberships[41]} in a single document, or
 * {@code memberships.jsonl:4182} in the directory form. The validator knows records by their
 * position in the dataset; only the reader knows their place in the input.
 */
@FunctionalInterface
interface Locator {

    /** Positions in the dataset's arrays, as an embedder who built the dataset in Java sees them. */
    Locator ARRAY_INDEX = (kind, index) -> kind.jsonName() + "[" + index + "]";

    /** The path of record {@code index} (0-based, in the dataset) of {@code kind}. */
    String path(RecordKind kind, int index);
}
