package org.dangjian.model.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.dangjian.model.Dataset;
import org.dangjian.model.RecordKind;
import org.dangjian.model.io.RecordSchema.Field;

/**
 * Writes a dataset in the contract's shape, the inverse of {@link DatasetReader}: what it writes
 * reads back equal.
 *
 * <pre>{@code
 * DatasetWriter.writeJson(dataset, Path.of("district.json"));
 * DatasetWriter.writeDirectory(dataset, Path.of("district"));   // dataset.json + *.jsonl
 * }</pre>
 *
 * <p>For datasets too large to hold, {@link DatasetSink} writes either form record by record
 * with the same code, hence the same bytes.
 *
 * <p>Streams with a generator (no tree in memory). Arrays the dataset has are written even when
 * empty, others not; absent optional fields, false flags and a DIRECT category (what absent means)
 * are left out. The bytes depend only on the dataset: fields in contract order, one record per
 * line, numbers in their shortest plain form. Files are written beside their target and moved
 * into place, so a reader never sees half a file.
 */
public final class DatasetWriter {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private DatasetWriter() {}

    /** Writes the single-document form to {@code out}, which is flushed and left open. */
    public static void writeJson(Dataset dataset, OutputStream out) throws IOException {
        try (JsonGenerator g = documentGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("asOf", dataset.asOf().toString());
            for (RecordKind kind : RecordKind.values()) {
                if (dataset.has(kind)) {
                    g.writeArrayFieldStart(kind.jsonName());
                    for (Object r : dataset.records(kind)) {
                        writeRecord(g, r, RecordSchema.of(kind.type()));
                    }
                    g.writeEndArray();
                }
            }
            g.writeEndObject();
            g.writeRaw('\n');
        }
        out.flush();
    }

    /** Writes the single-document form to {@code file}, replacing it whole. */
    public static void writeJson(Dataset dataset, Path file) throws IOException {
        atomically(file, out -> writeJson(dataset, out));
    }

    /**
     * Writes the directory form into {@code dir}, creating it if needed: {@code dataset.json} and
     * one {@code .jsonl} file per array the dataset has. A {@code .jsonl} file left from an earlier
     * dataset for an array this one lacks is deleted, so the directory reads back as this dataset.
     * The same bytes as a {@link DatasetSink} fed with the dataset's records.
     */
    public static void writeDirectory(Dataset dataset, Path dir) throws IOException {
        try (DatasetSink sink = DatasetSink.directory(dir, dataset.asOf())) {
            for (RecordKind kind : RecordKind.values()) {
                if (dataset.has(kind)) {
                    sink.declare(kind);
                    for (Object r : dataset.records(kind)) {
                        sink.add(r);
                    }
                }
            }
            sink.finish();
        }
    }

    /** A generator for the single-document form: one record per line (see {@link OneRecordPerLinePrinter}). */
    static JsonGenerator documentGenerator(OutputStream out) throws IOException {
        JsonGenerator g = JSON.createGenerator(out);
        g.setPrettyPrinter(new OneRecordPerLinePrinter());
        return g;
    }

    /** A generator for JSON Lines: records on their own, each followed by the {@code '\n'} the caller writes. */
    static JsonGenerator linesGenerator(OutputStream out) throws IOException {
        JsonGenerator g = JSON.createGenerator(out);
        g.setRootValueSeparator(new SerializedString(""));
        return g;
    }

    /** {@code dataset.json} of the directory form: the date the records are as of. */
    static void writeMeta(LocalDate asOf, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("asOf", asOf.toString());
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** Writes one record with its fields in contract order, defaults left out. */
    static void writeRecord(JsonGenerator g, Object record) throws IOException {
        writeRecord(g, record, RecordSchema.of(record.getClass()));
    }

    private static void writeRecord(JsonGenerator g, Object record, RecordSchema schema) throws IOException {
        g.writeStartObject();
        for (Field f : schema.fields()) {
            Optional<Object> value = f.valueToWrite(record);
            if (value.isPresent()) {
                g.writeFieldName(f.name());
                writeValue(g, f, value.get());
            }
        }
        g.writeEndObject();
    }

    private static void writeValue(JsonGenerator g, Field f, Object v) throws IOException {
        switch (f.type()) {
            case STRING -> g.writeString((String) v);
            case DATE -> g.writeString(((LocalDate) v).toString());
            case MONTH -> g.writeString(((YearMonth) v).toString());
            case INT -> g.writeNumber((Integer) v);
            // shortest decimal that reads back as the same double, without exponent: 12, 0.1, 1200
            case NUMBER -> g.writeNumber(BigDecimal.valueOf((Double) v).stripTrailingZeros());
            case BOOLEAN -> g.writeBoolean((Boolean) v);
            case ENUM -> g.writeString(((Enum<?>) v).name());
            case STRING_LIST -> {
                g.writeStartArray();
                for (Object id : (List<?>) v) {
                    g.writeString((String) id);
                }
                g.writeEndArray();
            }
            case OBJECT -> writeRecord(g, v, RecordSchema.of(f.valueClass()));
            default -> throw new IllegalStateException(f.type().toString());
        }
    }

    /** Something that writes to a stream. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code target} beside itself and moves it into place, so a reader never sees half a file. */
    static void atomically(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                content.writeTo(out);
            }
            moveIntoPlace(tmp, target);
        } finally {
            Files.deleteIfExists(tmp); // gone already after a successful move
        }
    }

    /** Replaces {@code target} by {@code file}, atomically where the file system can. */
    static void moveIntoPlace(Path file, Path target) throws IOException {
        try {
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
