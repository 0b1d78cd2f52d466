package org.dangjian.rules.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dangjian.rules.AuditReport;
import org.dangjian.rules.Finding;
import org.dangjian.rules.Language;
import org.dangjian.rules.Severity;
import org.dangjian.rules.SubjectType;

/**
 * The report contract's JSON: writes a report, and reads one back (a previous report is the
 * baseline of the next audit). Fields that are absent ({@code period}, {@code measured},
 * {@code expected}) are omitted.
 */
public final class ReportJson {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportJson() {
    }

    /** Writes {@code report} as pretty-printed UTF-8 JSON; {@code extra} adds top-level fields. */
    public static void write(AuditReport report, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("asOf", report.asOf().toString());
            g.writeObjectFieldStart("pack");
            g.writeStringField("name", report.pack().name());
            g.writeStringField("version", report.pack().version());
            g.writeStringField("sha256", report.pack().sha256());
            g.writeEndObject();
            g.writeObjectFieldStart("dataset");
            g.writeStringField("sha256", report.dataset().sha256());
            g.writeEndObject();
            g.writeStringField("language", report.language().name().toLowerCase(java.util.Locale.ROOT));
            writeSummary(g, report.summary());
            g.writeArrayFieldStart("findings");
            for (Finding f : report.findings()) {
                writeFinding(g, f);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void writeSummary(JsonGenerator g, AuditReport.Summary s) throws IOException {
        g.writeObjectFieldStart("summary");
        g.writeNumberField("findings", s.bySeverity().values().stream().mapToInt(Integer::intValue).sum());
        g.writeObjectFieldStart("bySeverity");
        for (Map.Entry<Severity, Integer> e : s.bySeverity().entrySet()) {
            g.writeNumberField(e.getKey().name(), e.getValue());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("byRule");
        for (Map.Entry<String, Integer> e : s.byRule().entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("rulesEvaluated");
        for (String id : s.rulesEvaluated()) {
            g.writeString(id);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("rulesNotEvaluated");
        for (AuditReport.NotEvaluated n : s.rulesNotEvaluated()) {
            g.writeStartObject();
            g.writeStringField("ruleId", n.ruleId());
            g.writeStringField("reason", n.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Writes one finding as a JSON object (also used by other formats that embed findings). */
    public static void writeFinding(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.ruleId());
        g.writeStringField("severity", f.severity().name());
        g.writeStringField("subjectType", f.subjectType().name());
        g.writeStringField("subjectId", f.subjectId());
        g.writeStringField("subjectName", f.subjectName());
        g.writeStringField("organizationId", f.organizationId());
        if (f.period().isPresent()) {
            g.writeStringField("period", f.period().get());
        }
        if (f.measured().isPresent()) {
            Object m = f.measured().get();
            if (m instanceof Long l) {
                g.writeNumberField("measured", l);
            } else if (m instanceof Number n) {
                g.writeNumberField("measured", n.doubleValue());
            } else {
                g.writeStringField("measured", m.toString());
            }
        }
        if (f.expected().isPresent()) {
            g.writeStringField("expected", f.expected().get());
        }
        g.writeStringField("message", f.message());
        g.writeStringField("clause", f.clause());
        g.writeObjectFieldStart("evidence");
        for (Map.Entry<String, List<String>> e : f.evidence().entrySet()) {
            g.writeArrayFieldStart(e.getKey());
            for (String v : e.getValue()) {
                g.writeString(v);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        if (f.progress()) {
            g.writeBooleanField("progress", true);
        }
        g.writeEndObject();
    }

    /**
     * Reads a report written by {@link #write}. Throws {@link IOException} naming the JSON path of
     * the first field that is missing or malformed.
     */
    public static AuditReport read(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException("not JSON: " + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr());
        }
        if (root == null || !root.isObject()) {
            throw new IOException("$: a report is a JSON object");
        }
        LocalDate asOf = LocalDate.parse(text(root, "asOf", "$"));
        JsonNode pack = node(root, "pack", "$");
        JsonNode summary = node(root, "summary", "$");
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        node(summary, "bySeverity", "$.summary").fields()
                .forEachRemaining(e -> bySeverity.put(Severity.parse(e.getKey()), e.getValue().asInt()));
        Map<String, Integer> byRule = new TreeMap<>();
        node(summary, "byRule", "$.summary").fields().forEachRemaining(e -> byRule.put(e.getKey(), e.getValue().asInt()));
        List<String> evaluated = new ArrayList<>();
        summary.path("rulesEvaluated").forEach(n -> evaluated.add(n.asText()));
        List<AuditReport.NotEvaluated> skipped = new ArrayList<>();
        summary.path("rulesNotEvaluated").forEach(n -> skipped.add(
                new AuditReport.NotEvaluated(n.path("ruleId").asText(), n.path("reason").asText())));
        List<Finding> findings = new ArrayList<>();
        JsonNode arr = node(root, "findings", "$");
        for (int i = 0; i < arr.size(); i++) {
            findings.add(readFinding(arr.get(i), "$.findings[" + i + "]"));
        }
        Language lang = root.has("language") ? Language.parse(root.get("language").asText()) : Language.ZH;
        return new AuditReport(asOf,
                new AuditReport.PackInfo(pack.path("name").asText(), pack.path("version").asText(), pack.path("sha256").asText()),
                new AuditReport.DatasetInfo(root.path("dataset").path("sha256").asText()),
                new AuditReport.Summary(bySeverity, byRule, evaluated, skipped), findings, lang);
    }

    private static Finding readFinding(JsonNode n, String path) throws IOException {
        Map<String, List<String>> evidence = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = n.path("evidence").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            List<String> values = new ArrayList<>();
            e.getValue().forEach(v -> values.add(v.asText()));
            evidence.put(e.getKey(), values);
        }
        Optional<Object> measured = Optional.empty();
        JsonNode m = n.get("measured");
        if (m != null && !m.isNull()) {
            measured = Optional.of(m.isIntegralNumber() ? (Object) m.asLong() : m.isNumber() ? (Object) m.asDouble() : m.asText());
        }
        try {
            return new Finding(text(n, "ruleId", path), Severity.parse(text(n, "severity", path)),
                    SubjectType.valueOf(text(n, "subjectType", path)), text(n, "subjectId", path),
                    n.path("subjectName").asText(""), n.path("organizationId").asText(""),
                    Optional.ofNullable(n.get("period")).map(JsonNode::asText), measured,
                    Optional.ofNullable(n.get("expected")).map(JsonNode::asText), n.path("message").asText(""),
                    n.path("clause").asText(""), new TreeMap<>(evidence), n.path("progress").asBoolean(false));
        } catch (IllegalArgumentException e) {
            throw new IOException(path + ": " + e.getMessage());
        }
    }

    private static JsonNode node(JsonNode parent, String field, String path) throws IOException {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            throw new IOException(path + "." + field + ": missing");
        }
        return n;
    }

    private static String text(JsonNode parent, String field, String path) throws IOException {
        return node(parent, field, path).asText();
    }
}
