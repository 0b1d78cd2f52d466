package org.dangjian.model.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * Lays out the single-document form one record per line: readable, diffable, and far smaller
 * than one field per line.
 *
 * <pre>
 * {
 *   "asOf": "2020-12-31",
 *   "organizations": [
 *     {"id":"o-1","name":"…",…},
 *     {"id":"o-2",…}
 *   ]
 * }
 * </pre>
 * Stateful (it counts nesting): one instance per generator.
 */
final class OneRecordPerLinePrinter implements PrettyPrinter {

    /** 1 inside the top object, 2 inside a record array, 3 and deeper inside a record. */
    private int depth;

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        g.writeRaw('{');
        depth++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        if (depth == 1) {
            g.writeRaw("\n  ");
        }
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(depth == 1 ? ": " : ":");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(depth == 1 ? ",\n  " : ",");
    }

    @Override
    public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
        depth--;
        g.writeRaw(depth == 0 && nrOfEntries > 0 ? "\n}" : "}");
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        g.writeRaw('[');
        depth++;
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        if (depth == 2) {
            g.writeRaw("\n    ");
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(depth == 2 ? ",\n    " : ",");
    }

    @Override
    public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
        depth--;
        g.writeRaw(depth == 1 && nrOfValues > 0 ? "\n  ]" : "]");
    }
}
