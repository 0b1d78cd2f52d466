package org.dangjian.imports.mapping;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.imports.source.ImportFailure;

/**
 * A YAML document read with Jackson's YAML parser into a tree that remembers where each node
 * stands, so that a mapping's mistakes are reported at their line and column.
 */
final class YamlTree {

    /** A node of the tree. */
    sealed interface Node permits MapNode, ListNode, Scalar {
        Location at();
    }

    /** A mapping of keys to nodes, in the file's order; {@code keyAt} is where each key stands. */
    record MapNode(Location at, Map<String, Node> entries, Map<String, Location> keyAt) implements Node {}

    /** A sequence. */
    record ListNode(Location at, List<Node> items) implements Node {}

    /** A scalar as its text ({@code ""} for null). */
    record Scalar(Location at, String text) implements Node {}

    private static final YAMLFactory YAML = new YAMLFactory();

    private YamlTree() {}

    static Node read(InputStream in, String file) throws ImportFailure, IOException {
        try (JsonParser p = YAML.createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new ImportFailure(file + ": the mapping file is empty.");
            }
            return node(p, file);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            String where = l == null ? file : file + ":" + l.getLineNr() + ":" + l.getColumnNr();
            throw new ImportFailure(where + ": not valid YAML (" + e.getOriginalMessage() + ").", e);
        }
    }

    private static Node node(JsonParser p, String file) throws IOException, ImportFailure {
        Location at = location(p, file);
        switch (p.currentToken()) {
            case START_OBJECT -> {
                Map<String, Node> entries = new LinkedHashMap<>();
                Map<String, Location> keys = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Location keyAt = location(p, file);
                    if (entries.containsKey(key)) {
                        throw new ImportFailure(keyAt + ": \"" + key + "\" is given twice (first at "
                                + keys.get(key) + ").");
                    }
                    p.nextToken();
                    keys.put(key, keyAt);
                    entries.put(key, node(p, file));
                }
                return new MapNode(at, entries, keys);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(node(p, file));
                }
                return new ListNode(at, items);
            }
            case VALUE_NULL -> {
                return new Scalar(at, "");
            }
            default -> {
                return new Scalar(at, p.getText());
            }
        }
    }

    private static Location location(JsonParser p, String file) {
        JsonLocation l = p.currentTokenLocation();
        return new Location(file, l.getLineNr(), l.getColumnNr());
    }
}
