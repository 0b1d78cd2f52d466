package org.dangjian.model.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON that could not be read, in the words of the person who wrote it: where (line and column)
 * and what is wrong, without the parser's internal markers. Every JSON input of the project (the
 * dataset, a baseline report, waivers, scenarios) reports its syntax errors through here.
 */
public final class JsonErrors {

    /** Jackson's message for a limit it enforces: "Document nesting depth (1001) exceeds the maximum allowed (1000, …)". */
    private static final Pattern LIMIT = Pattern.compile("^(.*?) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+),.*$",
            Pattern.DOTALL);

    private JsonErrors() {}

    /**
     * Where {@code e} happened: its own location, or where {@code p} stood when it has none (Jackson
     * gives none when a limit is exceeded, such as a document nested too deeply).
     */
    public static JsonLocation location(JsonProcessingException e, JsonParser p) {
        return e.getLocation() != null || p == null ? e.getLocation() : p.currentLocation();
    }

    /** {@code " at line 3, column 7"}, or nothing when the place is unknown. */
    public static String at(JsonProcessingException e, JsonParser p) {
        JsonLocation where = location(e, p);
        return where == null || where.getLineNr() < 1 ? ""
                : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
    }

    /** What is wrong, as a sentence: plain words where Jackson's are cryptic. */
    public static String explain(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.contains("end-of-input")) {
            return "the text ends before the JSON is complete (is a closing } or ] missing?).";
        }
        Matcher limit = LIMIT.matcher(m);
        if (limit.matches()) {
            return limitExceeded(limit.group(1), limit.group(3));
        }
        return m.replaceAll("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)", "")
                .replaceAll("\\s*at \\[Source:[^\\]]*\\]", "").strip() + ".";
    }

    private static String limitExceeded(String what, String max) {
        String n = String.format("%,d", Long.parseLong(max));
        if (what.contains("nesting depth")) {
            return "the JSON is nested more than " + n + " levels deep ({ or [ inside one another); no input of"
                    + " party-audit is nested that deeply.";
        } else if (what.contains("String value")) {
            return "a text is longer than " + n + " characters.";
        } else if (what.contains("Number value")) {
            return "a number has more than " + n + " digits.";
        } else if (what.contains("Name")) {
            return "a field name is longer than " + n + " characters.";
        }
        return what + " is larger than the most allowed, " + n + ".";
    }
}
