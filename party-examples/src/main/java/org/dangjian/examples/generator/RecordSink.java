package org.dangjian.examples.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.dangjian.model.Dataset;
import org.dangjian.model.io.DatasetSink;

/** Where generated records go, one at a time: a file sink for large runs, a dataset builder for small ones. */
@FunctionalInterface
public interface RecordSink {

    /** Takes one record of any kind of the dataset contract. */
    void add(Object record);

    /** Writes to a {@link DatasetSink}; an I/O error becomes an {@link UncheckedIOException}. */
    static RecordSink of(DatasetSink sink) {
        return record -> {
            try {
                sink.add(record);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** Collects into a dataset builder. */
    static RecordSink of(Dataset.Builder builder) {
        return builder::add;
    }
}
