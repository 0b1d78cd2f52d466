package org.dangjian.rules.authoring;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.dangjian.model.io.DatasetReader;
import org.dangjian.model.io.InvalidDatasetException;
import org.dangjian.model.io.LoadedDataset;
import org.dangjian.model.io.Problem;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.InvalidParametersException;
import org.dangjian.rules.PackException;
import org.dangjian.rules.PackProblem;
import org.dangjian.rules.Parameters;
import org.dangjian.rules.RuleInfo;
import org.dangjian.rules.Severity;

/**
 * Reads a pack's scenarios: every {@code tests/*.json} file, holding one scenario (an object) or
 * several (an array); files in folders below {@code tests/} are left for scenarios to name as
 * datasets. A scenario:
 *
 * <pre>
 * {
 *   "name": "a branch of two full members is hollow",
 *   "description": "ORG-002 at the boundary: 2 fails, 3 passes",
 *   "asOf": "2020-12-31",                               (optional: overrides the dataset's)
 *   "dataset": { "asOf": …, "organizations": [ … ] },   (or "datasetFile": "data/street.json")
 *   "params": { "org.branchMinFullMembers": 3 },        (optional: thresholds for this scenario)
 *   "expect":    [ { "ruleId": "ORG-002", "subjectId": "b-1", "period": "2020", "severity": "HIGH" } ],
 *   "expectNot": [ { "ruleId": "ORG-002", "subjectId": "b-2" } ],
 *   "notEvaluated": [ "TRN-001" ],                      (optional)
 *   "exact": false                                      (optional)
 * }
 * </pre>
 *
 * A {@code datasetFile} is a path relative to the scenario file, inside the pack. Every problem
 * (bad JSON, an unknown field or rule, a dataset error, an unknown threshold) is reported at its
 * {@code file:line:column}, all at once.
 */
public final class ScenarioReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("name", "description", "asOf", "dataset", "datasetFile",
            "params", "expect", "expectNot", "notEvaluated", "exact");
    private static final Set<String> EXPECTATION_FIELDS = Set.of("ruleId", "subjectId", "period", "severity");

    private ScenarioReader() {
    }

    /**
     * The scenarios under {@code root + "tests/"} among {@code files} (a pack's files by path;
     * {@code root} is {@code ""} for the pack itself, {@code "packs/NAME/"} for a pack it was
     * extended by), checked against {@code engine}'s rules and thresholds.
     */
    public static List<Scenario> read(ComplianceEngine engine, SortedMap<String, String> files, String root)
            throws PackException {
        List<PackProblem> problems = new ArrayList<>();
        List<Scenario> out = new ArrayList<>();
        Set<String> ids = engine.rules().stream().map(RuleInfo::id).collect(Collectors.toSet());
        for (Map.Entry<String, String> f : files.entrySet()) {
            String path = f.getKey();
            // tests/*.json are scenarios; files in folders below (tests/data/) are datasets they name.
            boolean mine = path.startsWith(root + "tests/") && path.indexOf('/', (root + "tests/").length()) < 0;
            if (mine && path.endsWith(".json")) {
                new FileReader(engine, files, root, path, f.getValue(), ids, problems).read(out);
            }
        }
        if (!problems.isEmpty()) {
            throw new PackException(problems);
        }
        return List.copyOf(out);
    }

    /** One scenario file, with the place of every value in it. */
    private static final class FileReader {
        private final ComplianceEngine engine;
        private final SortedMap<String, String> files;
        private final String root;
        private final String file;
        private final String text;
        private final Set<String> ids;
        private final List<PackProblem> problems;
        private final Map<String, int[]> places = new HashMap<>();

        FileReader(ComplianceEngine engine, SortedMap<String, String> files, String root, String file, String text,
                   Set<String> ids, List<PackProblem> problems) {
            this.engine = engine;
            this.files = files;
            this.root = root;
            this.file = file;
            this.text = text;
            this.ids = ids;
            this.problems = problems;
        }

        void read(List<Scenario> out) {
            JsonNode tree;
            try {
                tree = JSON.readTree(text);
                locate();
            } catch (JsonProcessingException e) {
                int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                int col = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
                problems.add(PackProblem.error(file, line, col, "not valid JSON: " + e.getOriginalMessage()));
                return;
            } catch (IOException e) {
                problems.add(PackProblem.error(file, 0, 0, e.getMessage()));
                return;
            }
            if (tree != null && tree.isObject()) {
                scenario(tree, "").ifPresent(out::add);
            } else if (tree != null && tree.isArray()) {
                for (int i = 0; i < tree.size(); i++) {
                    if (tree.get(i).isObject()) {
                        scenario(tree.get(i), "/" + i).ifPresent(out::add);
                    } else {
                        error("/" + i, "a scenario must be an object { \"name\": …, \"dataset\": …, \"expect\": … }");
                    }
                }
            } else {
                error("", "a scenario file holds a scenario (an object) or a list of them (an array)");
            }
        }

        private Optional<Scenario> scenario(JsonNode s, String at) {
            int before = problems.size();
            s.fieldNames().forEachRemaining(name -> {
                if (!FIELDS.contains(name)) {
                    error(at + "/" + name, "unknown field '" + name + "' (one of " + String.join(", ", new java.util.TreeSet<>(FIELDS)) + ")");
                }
            });
            String name = s.path("name").asText("").strip();
            if (name.isEmpty()) {
                error(at, "a scenario needs a \"name\"");
            }
            Optional<LocalDate> asOf = Optional.empty();
            if (s.has("asOf")) {
                try {
                    asOf = Optional.of(LocalDate.parse(s.get("asOf").asText()));
                } catch (DateTimeParseException e) {
                    error(at + "/asOf", "asOf must be a date like 2020-12-31, not '" + s.get("asOf").asText() + "'");
                }
            }
            Optional<org.dangjian.model.Dataset> dataset = dataset(s, at, asOf);
            Parameters params = params(s, at);
            List<Expectation> expect = expectations(s, at, "expect", true);
            List<Expectation> expectNot = expectations(s, at, "expectNot", false);
            List<String> notEvaluated = new ArrayList<>();
            JsonNode ne = s.path("notEvaluated");
            for (int i = 0; i < ne.size(); i++) {
                String id = ne.get(i).asText();
                if (!ids.contains(id)) {
                    error(at + "/notEvaluated/" + i, "no rule '" + id + "' in the pack");
                }
                notEvaluated.add(id);
            }
            if (expect.isEmpty() && expectNot.isEmpty() && notEvaluated.isEmpty() && problems.size() == before) {
                error(at, "scenario '" + name + "' expects nothing: give \"expect\" or \"expectNot\"");
            }
            if (problems.size() > before || dataset.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Scenario(name, s.path("description").asText(""), place(at), dataset.get(), params,
                    expect, expectNot, notEvaluated, s.path("exact").asBoolean(false)));
        }

        private Optional<org.dangjian.model.Dataset> dataset(JsonNode s, String at, Optional<LocalDate> asOf) {
            boolean inline = s.has("dataset");
            boolean external = s.has("datasetFile");
            if (inline == external) {
                error(at, "a scenario needs either \"dataset\" (the records, inline) or \"datasetFile\" (a path)");
                return Optional.empty();
            }
            String where = at + (inline ? "/dataset" : "/datasetFile");
            JsonNode data;
            String source;
            if (inline) {
                data = s.get("dataset");
                source = file;
            } else {
                String target = resolve(s.get("datasetFile").asText());
                String content = target == null ? null : files.get(target);
                if (content == null) {
                    error(where, "no dataset file '" + s.get("datasetFile").asText() + "' in the pack");
                    return Optional.empty();
                }
                try {
                    data = JSON.readTree(content);
                } catch (JsonProcessingException e) {
                    error(where, target + ": not valid JSON: " + e.getOriginalMessage());
                    return Optional.empty();
                }
                source = target;
            }
            if (!data.isObject()) {
                error(where, "the dataset must be an object { \"asOf\": …, \"organizations\": [ … ] }");
                return Optional.empty();
            }
            ObjectNode copy = ((ObjectNode) data).deepCopy();
            asOf.ifPresent(d -> copy.put("asOf", d.toString()));
            try {
                LoadedDataset loaded = DatasetReader.read(new ByteArrayInputStream(JSON.writeValueAsBytes(copy)), source);
                for (Problem w : loaded.warnings()) {
                    datasetProblem(inline, where, source, w);
                }
                return loaded.warnings().isEmpty() ? Optional.of(loaded.dataset()) : Optional.empty();
            } catch (InvalidDatasetException e) {
                e.problems().forEach(p -> datasetProblem(inline, where, source, p));
            } catch (IOException e) {
                error(where, e.getMessage());
            }
            return Optional.empty();
        }

        private void datasetProblem(boolean inline, String where, String source, Problem p) {
            if (inline) {
                String pointer = where + (p.path().isEmpty() ? "" : "/" + p.path().replaceAll("\\[(\\d+)]", "/$1").replace('.', '/'));
                error(pointer, "dataset: " + p);
            } else {
                error(where, source + ": " + p);
            }
        }

        /** A path relative to this file, kept inside the pack; null if it leaves it. */
        private String resolve(String relative) {
            String dir = file.contains("/") ? file.substring(0, file.lastIndexOf('/') + 1) : "";
            List<String> parts = new ArrayList<>();
            for (String part : (relative.startsWith("/") ? root + relative.substring(1) : dir + relative).split("/")) {
                if (part.equals("..")) {
                    if (parts.isEmpty()) {
                        return null;
                    }
                    parts.remove(parts.size() - 1);
                } else if (!part.isEmpty() && !part.equals(".")) {
                    parts.add(part);
                }
            }
            String path = String.join("/", parts);
            return path.startsWith(root) ? path : null;
        }

        private Parameters params(JsonNode s, String at) {
            JsonNode p = s.path("params");
            if (p.isMissingNode()) {
                return Parameters.empty();
            }
            if (!p.isObject()) {
                error(at + "/params", "params must be an object of thresholds { \"name\": value }");
                return Parameters.empty();
            }
            Map<String, String> values = new LinkedHashMap<>();
            p.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
            Parameters given = Parameters.of(values);
            try {
                engine.parameters().override(given);
            } catch (InvalidParametersException e) {
                e.problems().forEach(msg -> error(at + "/params", msg.replaceFirst("^parameter: ", "")));
            }
            return given;
        }

        private List<Expectation> expectations(JsonNode s, String at, String field, boolean withSeverity) {
            List<Expectation> out = new ArrayList<>();
            JsonNode list = s.path(field);
            if (list.isMissingNode()) {
                return out;
            }
            if (!list.isArray()) {
                error(at + "/" + field, field + " must be a list of { \"ruleId\": …, \"subjectId\": … }");
                return out;
            }
            for (int i = 0; i < list.size(); i++) {
                String here = at + "/" + field + "/" + i;
                JsonNode e = list.get(i);
                e.fieldNames().forEachRemaining(n -> {
                    if (!EXPECTATION_FIELDS.contains(n) || n.equals("severity") && !withSeverity) {
                        error(here + "/" + n, "unknown field '" + n + "' (ruleId, subjectId, period"
                                + (withSeverity ? ", severity" : "") + ")");
                    }
                });
                String rule = e.path("ruleId").asText("");
                String subject = e.path("subjectId").asText("");
                if (rule.isEmpty() || subject.isEmpty()) {
                    error(here, "an expectation needs \"ruleId\" and \"subjectId\"");
                    continue;
                }
                if (!ids.contains(rule)) {
                    error(here + "/ruleId", "no rule '" + rule + "' in the pack");
                }
                Optional<Severity> severity = Optional.empty();
                if (e.has("severity")) {
                    try {
                        severity = Optional.of(Severity.parse(e.get("severity").asText()));
                    } catch (IllegalArgumentException x) {
                        error(here + "/severity", x.getMessage());
                    }
                }
                Optional<String> period = e.has("period") ? Optional.of(e.get("period").asText()) : Optional.empty();
                out.add(new Expectation(rule, subject, period, severity, place(here)));
            }
            return out;
        }

        private void error(String pointer, String message) {
            int[] at = at(pointer);
            problems.add(PackProblem.error(file, at[0], at[1], message));
        }

        private String place(String pointer) {
            int[] at = at(pointer);
            return file + ":" + at[0] + ":" + at[1];
        }

        /** The place of the value at {@code pointer}, or of the nearest value holding it. */
        private int[] at(String pointer) {
            String p = pointer;
            while (true) {
                int[] found = places.get(p);
                if (found != null || p.isEmpty()) {
                    return found == null ? new int[] {1, 1} : found;
                }
                p = p.substring(0, p.lastIndexOf('/'));
            }
        }

        /** Records the line and column where every value starts, by its JSON pointer. */
        private void locate() throws IOException {
            try (JsonParser p = JSON.getFactory().createParser(text)) {
                JsonToken t;
                while ((t = p.nextToken()) != null) {
                    if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY || t == JsonToken.FIELD_NAME) {
                        continue;
                    }
                    JsonStreamContext ctx = t.isStructStart() ? p.getParsingContext().getParent() : p.getParsingContext();
                    String pointer = ctx == null ? "" : ctx.pathAsPointer().toString();
                    var loc = p.currentTokenLocation();
                    places.putIfAbsent(pointer, new int[] {loc.getLineNr(), loc.getColumnNr()});
                }
            }
        }
    }
}
