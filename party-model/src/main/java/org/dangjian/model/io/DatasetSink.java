package org.dangjian.model.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.dangjian.model.RecordKind;

/**
 * Writes a dataset record by record (逐条写出), for datasets too large to hold in memory: memory
 * stays flat however many records pass through. Either form of the dataset contract, with the
 * serialization code of {@link DatasetWriter}, so the bytes are those {@code DatasetWriter} writes
 * for a dataset holding the same records in the same order.
 *
 * <pre>{@code
 * try (DatasetSink sink = DatasetSink.directory(Path.of("city"), LocalDate.of(2020, 12, 31))) {
 *     sink.add(organization);      // any record kind, in any interleaving
 *     sink.add(person);
 *     sink.finish();               // publishes; without it, close() throws everything away
 * }
 * }</pre>
 *
 * <p>Records of each kind go to a JSON Lines part file as they come. {@link #finish()} publishes:
 * in the directory form it moves each part into place as {@code <array>.jsonl} beside a
 * {@code dataset.json} (and deletes {@code .jsonl} files of arrays this dataset lacks); in the
 * single-document form it writes the document, array after array, from the parts, then deletes
 * them (so that form needs the disk space twice while finishing). An array is written when it
 * was {@linkplain #declare declared} or received a record. Not thread-safe.
 */
public final class DatasetSink implements Closeable {

    private final boolean directoryForm;
    private final Path target;
    private final Path work;
    private final LocalDate asOf;
    private final Map<RecordKind, Part> parts = new EnumMap<>(RecordKind.class);
    private boolean open = true;

    private DatasetSink(boolean directoryForm, Path target, Path work, LocalDate asOf) {
        this.directoryForm = directoryForm;
        this.target = target;
        this.work = work;
        this.asOf = Objects.requireNonNull(asOf, "asOf");
    }

    /** A sink for the directory form in {@code dir}, created if needed. */
    public static DatasetSink directory(Path dir, LocalDate asOf) throws IOException {
        Files.createDirectories(dir);
        return new DatasetSink(true, dir, dir, asOf);
    }

    /** A sink for the single-document form in {@code file}; its parts live in a hidden folder beside it. */
    public static DatasetSink json(Path file, LocalDate asOf) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path work = Files.createTempDirectory(parent, "." + file.getFileName() + ".parts");
        return new DatasetSink(false, file, work, asOf);
    }

    /** Makes {@code kind}'s array present in the output even if no record of it comes. */
    public DatasetSink declare(RecordKind kind) throws IOException {
        part(kind);
        return this;
    }

    /** Writes one record of any kind. */
    public void add(Object record) throws IOException {
        part(RecordKind.of(record)).write(record);
    }

    /** How many records of {@code kind} were written so far. */
    public long count(RecordKind kind) {
        Part p = parts.get(kind);
        return p == null ? 0 : p.count;
    }

    /** Publishes the dataset at its target, replacing what was there. The sink is then closed. */
    public void finish() throws IOException {
        ensureOpen();
        for (Part p : parts.values()) {
            p.close();
        }
        if (directoryForm) {
            DatasetWriter.atomically(target.resolve(DirectoryReader.META), out -> DatasetWriter.writeMeta(asOf, out));
            for (RecordKind kind : RecordKind.values()) {
                Path file = target.resolve(kind.jsonName() + DirectoryReader.SUFFIX);
                Part p = parts.get(kind);
                if (p == null) {
                    Files.deleteIfExists(file);
                } else {
                    DatasetWriter.moveIntoPlace(p.file, file);
                }
            }
        } else {
            DatasetWriter.atomically(target, this::writeDocument);
        }
        close();
    }

    /** Closes the sink; if it was not finished, the records written so far are thrown away. */
    @Override
    public void close() throws IOException {
        if (!open) {
            return;
        }
        open = false;
        for (Part p : parts.values()) {
            p.close();
            Files.deleteIfExists(p.file);
        }
        if (!directoryForm) {
            Files.deleteIfExists(work);
        }
    }

    /**
     * The single document from the parts. The generator and its printer lay out everything but the
     * records, whose bytes are copied from the parts as they are: for each line an empty raw value
     * makes the printer write the separator, then the line follows.
     */
    private void writeDocument(OutputStream out) throws IOException {
        try (JsonGenerator g = DatasetWriter.documentGenerator(out)) {
            g.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM); // g.flush() hands its bytes to out, no further
            g.writeStartObject();
            g.writeStringField("asOf", asOf.toString());
            for (Map.Entry<RecordKind, Part> e : parts.entrySet()) { // EnumMap: contract order
                g.writeArrayFieldStart(e.getKey().jsonName());
                try (InputStream in = Files.newInputStream(e.getValue().file)) {
                    copyLines(in, line -> {
                        g.writeRawValue("");
                        g.flush();
                        line.writeTo(out);
                    });
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeRaw('\n');
        }
        out.flush();
    }

    /** One line of a part file, without its newline. */
    @FunctionalInterface
    private interface LineSink {
        void accept(Line line) throws IOException;
    }

    /** A line's bytes, in a buffer that the next line reuses. */
    private record Line(byte[] bytes, int offset, int length) {
        void writeTo(OutputStream out) throws IOException {
            out.write(bytes, offset, length);
        }
    }

    private static void copyLines(InputStream in, LineSink sink) throws IOException {
        byte[] buf = new byte[1 << 16];
        java.io.ByteArrayOutputStream partial = new java.io.ByteArrayOutputStream();
        int n;
        while ((n = in.read(buf)) > 0) {
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (buf[i] == '\n') {
                    if (partial.size() > 0) {
                        partial.write(buf, start, i - start);
                        sink.accept(new Line(partial.toByteArray(), 0, partial.size()));
                        partial.reset();
                    } else {
                        sink.accept(new Line(buf, start, i - start));
                    }
                    start = i + 1;
                }
            }
            partial.write(buf, start, n - start);
        }
        if (partial.size() > 0) {
            sink.accept(new Line(partial.toByteArray(), 0, partial.size()));
        }
    }

    private Part part(RecordKind kind) throws IOException {
        ensureOpen();
        Part p = parts.get(kind);
        if (p == null) {
            String name = kind.jsonName() + DirectoryReader.SUFFIX;
            Path file = directoryForm ? Files.createTempFile(work, "." + name, ".tmp") : work.resolve(name);
            p = new Part(file);
            parts.put(kind, p);
        }
        return p;
    }

    private void ensureOpen() {
        if (!open) {
            throw new IllegalStateException("the sink is closed");
        }
    }

    /** One kind's JSON Lines part file. */
    private static final class Part {
        final Path file;
        final OutputStream out;
        final JsonGenerator g;
        long count;
        boolean closed;

        Part(Path file) throws IOException {
            this.file = file;
            this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            this.g = DatasetWriter.linesGenerator(out);
        }

        void write(Object record) throws IOException {
            DatasetWriter.writeRecord(g, record);
            g.writeRaw('\n');
            count++;
        }

        void close() throws IOException {
            if (!closed) {
                closed = true;
                g.close();
                out.close();
            }
        }
    }
}
