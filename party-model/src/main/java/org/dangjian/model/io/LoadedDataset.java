package org.dangjian.model.io;

import java.util.List;
import java.util.Objects;
import org.dangjian.model.Dataset;

/**
 * A dataset that was read without errors, with what was worth a warning and the fingerprint of
 * its input.
 *
 * @param dataset  the records
 * @param warnings problems that did not stop the read (unknown fields, for example)
 * @param sha256   lower-case hex SHA-256 of the input bytes; for the directory form, of
 *                 {@code dataset.json} then each {@code .jsonl} file in {@link org.dangjian.model.RecordKind}
 *                 order, as one stream. A report names it so an audit can be traced to its input.
 */
public record LoadedDataset(Dataset dataset, List<Problem> warnings, String sha256) {

    public LoadedDataset {
        Objects.requireNonNull(dataset, "dataset");
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(sha256, "sha256");
    }
}
