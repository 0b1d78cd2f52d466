package org.dangjian.model.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.dangjian.model.RecordKind;

/** Reads the top-level object: {@code asOf} and the record arrays, or {@code dataset.json}'s scalars. */
final class JsonDocumentReader {

    private JsonDocumentReader() {}

    /**
     * Reads the document into {@code a}; paths start with {@code prefix}. With {@code withRecords}
     * false (the directory form's dataset.json) record arrays are errors: they belong in their
     * files. Returns false when the JSON is malformed (its problem reported), true otherwise.
     */
    static boolean read(JsonParser p, DatasetAssembler a, String prefix, boolean withRecords) throws IOException {
        try {
            readObject(p, a, prefix, withRecords);
            return true;
        } catch (JsonProcessingException e) {
            a.problems.error(prefix + pathOf(p.getParsingContext()), malformedMessage(e, p));
            return false;
        }
    }

    static String malformedMessage(JsonProcessingException e, JsonParser p) {
        return "The file is not valid JSON" + JsonErrors.at(e, p) + ": " + JsonErrors.explain(e);
    }

    private static void readObject(JsonParser p, DatasetAssembler a, String prefix, boolean withRecords) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            a.problems.error(whole(prefix), "The dataset must be a JSON object { ... }, found "
                    + (p.currentToken() == null ? "nothing" : RecordParser.describe(p)) + ".");
            return;
        }
        Set<String> seen = new HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            Optional<RecordKind> kind = RecordKind.byJsonName(name);
            if (!seen.add(name)) {
                a.problems.error(prefix + name, "\"" + name + "\" appears twice in the dataset.");
                p.skipChildren();
            } else if (name.equals("asOf")) {
                asOf(p, a, prefix + name);
            } else if (kind.isPresent() && withRecords) {
                array(p, a, kind.get());
            } else if (kind.isPresent()) {
                a.problems.error(prefix + name, "Records belong in their own file " + name
                        + ".jsonl in the directory form, not in dataset.json.");
                p.skipChildren();
            } else {
                a.problems.warning(prefix + name, "Unknown field \"" + name + "\" is ignored.");
                p.skipChildren();
            }
        }
        if (!a.hasAsOf() && !seen.contains("asOf")) {
            a.problems.error(prefix + "asOf", "The required field \"asOf\" (the date the records are as of) is missing.");
        }
        if (withRecords && !seen.contains(RecordKind.ORGANIZATIONS.jsonName())) {
            a.problems.error(prefix + "organizations", "The dataset has no \"organizations\" array; every dataset needs one.");
        }
        if (p.nextToken() != null) {
            a.problems.error(whole(prefix), "There is more after the end of the dataset, at line "
                    + p.currentTokenLocation().getLineNr() + ".");
        }
    }

    private static void asOf(JsonParser p, DatasetAssembler a, String path) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            a.problems.error(path, "Expected a date in quotes such as \"2020-12-31\", found " + RecordParser.describe(p) + ".");
            p.skipChildren();
            return;
        }
        try {
            LocalDate asOf = LocalDate.parse(p.getText());
            Optional<String> outside = FieldBounds.dateProblem(asOf);
            if (outside.isPresent()) {
                a.problems.error(path, outside.get());
            } else {
                a.asOf(asOf);
            }
        } catch (DateTimeParseException e) {
            a.problems.error(path, "\"" + RecordParser.shortened(p.getText())
                    + "\" is not a date; write dates as YYYY-MM-DD, for example 2020-12-31.");
        }
    }

    private static void array(JsonParser p, DatasetAssembler a, RecordKind kind) throws IOException {
        String name = kind.jsonName();
        if (p.currentToken() != JsonToken.START_ARRAY) {
            a.problems.error(name, "Expected a list [ ... ] of records, found " + RecordParser.describe(p) + ".");
            p.skipChildren();
            return;
        }
        a.present(kind);
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            int at = index;
            if (p.currentToken() == JsonToken.START_OBJECT) {
                a.record(p, kind, () -> name + "[" + at + "]", index);
            } else {
                a.problems.error(name + "[" + index + "]", "Expected a record { ... }, found " + RecordParser.describe(p) + ".");
                p.skipChildren();
            }
            index++;
        }
    }

    /** The path of the document itself: "" or "dataset.json". */
    private static String whole(String prefix) {
        return prefix.endsWith(":") ? prefix.substring(0, prefix.length() - 1) : prefix;
    }

    /** {@code memberships[41].admitted} for where the parser is. */
    static String pathOf(JsonStreamContext ctx) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        if (parts.size() > 10) { // a path as deep as the JSON that was too deep helps nobody
            int levels = parts.size();
            List<String> head = new ArrayList<>(parts).subList(0, 9);
            parts.clear();
            parts.addAll(head);
            parts.add("…(" + levels + " levels)");
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
