package org.dangjian.model.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.dangjian.model.RecordKind;

/**
 * One record of the dataset contract as its JSON object, both ways, with the reader's own checks.
 * For code that builds records from other shapes (an importer of workbooks or databases): it fills
 * the contract's fields, and this class turns them into the record exactly as
 * {@link DatasetReader} would, or writes a record as {@link DatasetWriter} does.
 *
 * <pre>{@code
 * RecordCodec.Decoded d = RecordCodec.decode(RecordKind.PEOPLE, fields, "people[3]");
 * d.record().ifPresent(builder::add);
 * d.problems().forEach(System.err::println);   // people[3].birthDate: "1990-02-30" is not a date that exists.
 * }</pre>
 */
public final class RecordCodec {

    /** The JSON type of a field's value. */
    public enum Type { STRING, DATE, MONTH, INT, NUMBER, BOOLEAN, ENUM, STRING_LIST, OBJECT }

    /**
     * One field of a record kind: its contract name, type, whether required, the enum class of an
     * ENUM field, and the fields of an OBJECT field (a member's {@code mobile}).
     */
    public record Field(String name, Type type, boolean required, Optional<Class<?>> enumClass, List<Field> nested) {}

    /** A decoded record (empty when it had errors) and every problem found, errors and warnings. */
    public record Decoded(Optional<Object> record, List<Problem> problems) {}

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RecordCodec() {}

    /** The fields of {@code kind}, in contract order. */
    public static List<Field> fields(RecordKind kind) {
        return fields(RecordSchema.of(kind.type()));
    }

    private static List<Field> fields(RecordSchema schema) {
        return schema.fields().stream().map(f -> new Field(f.name(), Type.valueOf(f.type().name()), f.required(),
                f.type() == RecordSchema.ValueType.ENUM ? Optional.<Class<?>>of(f.valueClass()) : Optional.empty(),
                f.nested().map(RecordCodec::fields).orElse(List.of()))).toList();
    }

    /** Builds a record of {@code kind} from its JSON fields; {@code path} names it in problems. */
    public static Decoded decode(RecordKind kind, ObjectNode fields, String path) {
        return new Decoder().decode(kind, fields, path);
    }

    /**
     * A decoder for many records of one dataset: like {@link DatasetReader}, it shares the values
     * that repeat across records (ids, dates, months), so the records take the heap a read
     * dataset's take. Not thread-safe; drop it with the read.
     */
    public static final class Decoder {
        private final SharedValues shared = new SharedValues();

        /** Builds a record of {@code kind} from its JSON fields; {@code path} names it in problems. */
        public Decoded decode(RecordKind kind, ObjectNode fields, String path) {
            Problems problems = new Problems();
            try (JsonParser p = fields.traverse(MAPPER)) {
                p.nextToken();
                RecordParser.Parsed parsed = RecordParser.parse(p, RecordSchema.of(kind.type()), path, problems, shared);
                return new Decoded(parsed.record(), problems.all());
            } catch (IOException e) {
                throw new UncheckedIOException("a tree in memory cannot fail to read", e);
            }
        }
    }

    /** The record as the contract's JSON object: fields in contract order, defaults left out. */
    public static ObjectNode encode(Object record) {
        try (TokenBuffer buffer = new TokenBuffer(MAPPER, false)) {
            DatasetWriter.writeRecord(buffer, record);
            try (JsonParser p = buffer.asParser()) {
                p.nextToken();
                if (p.currentToken() != JsonToken.START_OBJECT) {
                    throw new IllegalStateException("a record writes an object");
                }
                return MAPPER.readTree(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a buffer in memory cannot fail", e);
        }
    }
}
