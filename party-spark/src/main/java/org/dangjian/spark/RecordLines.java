package org.dangjian.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dangjian.model.RecordKind;
import org.dangjian.model.io.Problem;
import org.dangjian.model.io.RecordCodec;

/**
 * Records from their JSON lines on an executor, by party-model's own decoder. The driver has read
 * and validated the whole input before any task starts, so a line that does not decode here means
 * the input changed under the job: that stops the job rather than audit something else.
 */
final class RecordLines {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final RecordCodec.Decoder decoder = new RecordCodec.Decoder();

    /** The record of {@code kind} on {@code line}; {@code where} names it if it does not decode. */
    Object decode(RecordKind kind, String line, String where) {
        JsonNode node;
        try {
            node = MAPPER.readTree(stripBom(line));
        } catch (JsonProcessingException e) {
            throw changed(where, e.getOriginalMessage());
        }
        if (!(node instanceof ObjectNode fields)) {
            throw changed(where, "not a record");
        }
        RecordCodec.Decoded d = decoder.decode(kind, fields, where);
        for (Problem p : d.problems()) {
            if (p.isError()) {
                throw changed(where, p.toString());
            }
        }
        return d.record().orElseThrow(() -> changed(where, "no record"));
    }

    /** Whether a line holds a record at all (the directory form allows blank lines). */
    static boolean holdsRecord(String line) {
        return !stripBom(line).isBlank();
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private static IllegalStateException changed(String where, String why) {
        return new IllegalStateException(where + ": the input changed after it was validated (" + why + ")");
    }
}
