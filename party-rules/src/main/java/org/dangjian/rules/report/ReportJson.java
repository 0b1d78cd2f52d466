package org.dangjian.rules.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dangjian.model.io.JsonErrors;
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
import org.dangjian.rules.PackSignature;
import org.dangjian.rules.FindingStatus;
import org.dangjian.rules.Language;
import org.dangjian.rules.Severity;
import org.dangjian.rules.Wording;
import org.dangjian.rules.SubjectType;
import org.dangjian.rules.Waiver;

/**
 * The report contract's JSON: writes a report, and reads one back (a previous report is the
 * baseline of the next audit). Fields that are absent ({@code period}, {@code measured},
 * {@code expected}) are omitted.
 *
 * <p>A reviewed report adds fields, never renames one: on a finding {@code status} (NEW or
 * PERSISTING, with a baseline), {@code waiver} (the waiver in force) and {@code expiredWaiver};
 * in the summary {@code waived} and, with a baseline, {@code byStatus}; at the top
 * {@code baseline} ({@code asOf}, {@code datasetSha256}) and {@code resolved} (the previous
 * report's findings that are gone, each with status RESOLVED) when there is a baseline, and
 * {@code expiredWaivers} when a waiver had expired. The pack gains {@code signatures}: who signed
 * each pack of the audit (docs/reports.md).
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
            writeSignatures(g, report.pack().signatures());
            g.writeEndObject();
            g.writeObjectFieldStart("dataset");
            g.writeStringField("sha256", report.dataset().sha256());
            g.writeEndObject();
            g.writeStringField("language", report.language().name().toLowerCase(java.util.Locale.ROOT));
            writeSummary(g, report);
            g.writeArrayFieldStart("findings");
            for (Finding f : report.findings()) {
                g.writeStartObject();
                writeFields(g, f, report.language());
                writeReview(g, report, f);
                g.writeEndObject();
            }
            g.writeEndArray();
            AuditReport.Review review = report.review();
            if (review.baseline().isPresent()) {
                g.writeObjectFieldStart("baseline");
                g.writeStringField("asOf", review.baseline().get().asOf().toString());
                g.writeStringField("datasetSha256", review.baseline().get().datasetSha256());
                g.writeEndObject();
                g.writeArrayFieldStart("resolved");
                for (Finding f : review.resolved()) {
                    g.writeStartObject();
                    writeFields(g, f, report.language());
                    g.writeStringField("status", FindingStatus.RESOLVED.name());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            if (!review.expiredWaivers().isEmpty()) {
                g.writeArrayFieldStart("expiredWaivers");
                for (Waiver w : review.expiredWaivers()) {
                    writeWaiver(g, w);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
    }

    private static void writeReview(JsonGenerator g, AuditReport report, Finding f) throws IOException {
        if (report.status(f).isPresent()) {
            g.writeStringField("status", report.status(f).get().name());
        }
        if (report.waiver(f).isPresent()) {
            g.writeFieldName("waiver");
            writeWaiver(g, report.waiver(f).get());
        }
        if (report.expiredWaiver(f).isPresent()) {
            g.writeFieldName("expiredWaiver");
            writeWaiver(g, report.expiredWaiver(f).get());
        }
    }

    /** A waiver as a JSON object: the fields of a waiver file, and where it was written. */
    static void writeWaiver(JsonGenerator g, Waiver w) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", w.ruleId());
        g.writeStringField("subjectId", w.subjectId());
        if (w.period().isPresent()) {
            g.writeStringField("period", w.period().get());
        }
        g.writeStringField("justification", w.justification());
        g.writeStringField("approvedBy", w.approvedBy());
        g.writeStringField("expires", w.expires().toString());
        g.writeStringField("source", w.source());
        g.writeEndObject();
    }

    private static void writeSummary(JsonGenerator g, AuditReport report) throws IOException {
        AuditReport.Summary s = report.summary();
        g.writeObjectFieldStart("summary");
        g.writeNumberField("findings", s.bySeverity().values().stream().mapToInt(Integer::intValue).sum());
        // INFO findings are progress and metrics: the problems are counted apart from them.
        g.writeNumberField("problems", s.bySeverity().entrySet().stream().filter(e -> e.getKey() != Severity.INFO)
                .mapToInt(Map.Entry::getValue).sum());
        g.writeNumberField("information", s.bySeverity().getOrDefault(Severity.INFO, 0));
        g.writeStringField("totalsText", Wording.totals(s.bySeverity(), report.language()));
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
        writeNotJudged(g, s.subjectsNotJudged());
        writeInForce(g, report);
        g.writeNumberField("waived", report.review().waivers().size());
        if (report.review().baseline().isPresent()) {
            g.writeObjectFieldStart("byStatus");
            for (FindingStatus st : FindingStatus.values()) {
                long n = st == FindingStatus.RESOLVED ? report.review().resolved().size()
                        : report.findings().stream().filter(f -> report.status(f).orElse(null) == st).count();
                g.writeNumberField(st.name(), n);
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** Writes one finding as a JSON object (also used by other formats that embed findings). */
    public static void writeFinding(JsonGenerator g, Finding f, Language lang) throws IOException {
        g.writeStartObject();
        writeFields(g, f, lang);
        g.writeEndObject();
    }

    /**
     * The report contract's fields of a finding, inside an object the caller opens and closes: the
     * codes, and beside them the words in {@code lang} ({@code severityText} 高, {@code periodText}
     * 2020年第三季度, {@code measuredText} 41学时, {@code expectedText} 要求不少于56学时, {@code evidenceText}
     * 学历：高中).
     */
    static void writeFields(JsonGenerator g, Finding f, Language lang) throws IOException {
        g.writeStringField("ruleId", f.ruleId());
        g.writeStringField("severity", f.severity().name());
        g.writeStringField("severityText", Wording.severity(f.severity(), lang));
        g.writeStringField("subjectType", f.subjectType().name());
        g.writeStringField("subjectId", f.subjectId());
        g.writeStringField("subjectName", f.subjectName());
        g.writeStringField("organizationId", f.organizationId());
        if (f.period().isPresent()) {
            g.writeStringField("period", f.period().get());
            g.writeStringField("periodText", Wording.period(f.period().get(), lang));
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
        if (!f.measuredText().isEmpty()) {
            g.writeStringField("measuredText", f.measuredText());
        }
        if (!f.expectedText().isEmpty()) {
            g.writeStringField("expectedText", f.expectedText());
        }
        g.writeStringField("message", f.message());
        g.writeStringField("clause", f.clause());
        writeEvidence(g, f);
        writeEvidenceText(g, f, lang);
    }

    /**
     * {@code evidenceText}: the evidence with its values in words ({@link Wording#evidence}), keys as
     * in {@code evidence}, which keeps the codes; written only where a finding has evidence.
     */
    static void writeEvidenceText(JsonGenerator g, Finding f, Language lang) throws IOException {
        if (f.evidence().isEmpty()) {
            return;
        }
        g.writeObjectFieldStart("evidenceText");
        for (Map.Entry<String, List<String>> e : Wording.evidence(f.evidence(), lang).entrySet()) {
            g.writeArrayFieldStart(e.getKey());
            for (String v : e.getValue()) {
                g.writeString(v);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /**
     * Reads a report written by {@link #write}. Throws {@link IOException} naming the JSON path of
     * the first field that is missing or malformed.
     */
    public static AuditReport read(InputStream in) throws IOException {
        JsonNode root;
        try (com.fasterxml.jackson.core.JsonParser p = MAPPER.createParser(in)) {
            try {
                root = MAPPER.readTree(p);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                // the place from the parser when Jackson gives none (a document nested too deeply)
                throw new IOException("not JSON" + JsonErrors.at(e, p) + ": " + JsonErrors.explain(e));
            }
        }
        if (root == null || !root.isObject()) {
            throw new IOException("$: a report is a JSON object");
        }
        LocalDate asOf = date(root, "asOf", "$");
        JsonNode pack = node(root, "pack", "$");
        JsonNode summary = node(root, "summary", "$");
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        Iterator<Map.Entry<String, JsonNode>> sev = node(summary, "bySeverity", "$.summary").fields();
        while (sev.hasNext()) {
            Map.Entry<String, JsonNode> e = sev.next();
            try {
                bySeverity.put(Severity.parse(e.getKey()), e.getValue().asInt());
            } catch (IllegalArgumentException x) {
                throw new IOException("$.summary.bySeverity." + e.getKey() + ": " + x.getMessage());
            }
        }
        Map<String, Integer> byRule = new TreeMap<>();
        node(summary, "byRule", "$.summary").fields().forEachRemaining(e -> byRule.put(e.getKey(), e.getValue().asInt()));
        List<String> evaluated = new ArrayList<>();
        summary.path("rulesEvaluated").forEach(n -> evaluated.add(n.asText()));
        List<AuditReport.NotEvaluated> skipped = new ArrayList<>();
        summary.path("rulesNotEvaluated").forEach(n -> skipped.add(
                new AuditReport.NotEvaluated(n.path("ruleId").asText(), n.path("reason").asText())));
        List<Finding> findings = new ArrayList<>();
        Map<Finding.Key, FindingStatus> status = new LinkedHashMap<>();
        Map<Finding.Key, Waiver> waivers = new LinkedHashMap<>();
        Map<Finding.Key, Waiver> expiredMatches = new LinkedHashMap<>();
        JsonNode arr = array(root, "findings", "$");
        for (int i = 0; i < arr.size(); i++) {
            String path = "$.findings[" + i + "]";
            JsonNode n = arr.get(i);
            Finding f = readFinding(n, path);
            findings.add(f);
            if (n.hasNonNull("status")) {
                status.put(f.key(), status(n, path));
            }
            if (n.hasNonNull("waiver")) {
                waivers.put(f.key(), readWaiver(n.get("waiver"), path + ".waiver"));
            }
            if (n.hasNonNull("expiredWaiver")) {
                expiredMatches.put(f.key(), readWaiver(n.get("expiredWaiver"), path + ".expiredWaiver"));
            }
        }
        Language lang;
        try {
            lang = root.has("language") ? Language.parse(root.get("language").asText()) : Language.ZH;
        } catch (IllegalArgumentException e) {
            throw new IOException("$.language: " + e.getMessage());
        }
        AuditReport.Review review = AuditReport.Review.NONE;
        if (root.hasNonNull("baseline")) {
            JsonNode b = root.get("baseline");
            List<Finding> resolved = new ArrayList<>();
            JsonNode res = root.path("resolved");
            for (int i = 0; i < res.size(); i++) {
                resolved.add(readFinding(res.get(i), "$.resolved[" + i + "]"));
            }
            review = review.withBaseline(new AuditReport.BaselineInfo(date(b, "asOf", "$.baseline"),
                    b.path("datasetSha256").asText("")), status, resolved);
        }
        List<Waiver> expired = new ArrayList<>();
        JsonNode ew = root.path("expiredWaivers");
        for (int i = 0; i < ew.size(); i++) {
            expired.add(readWaiver(ew.get(i), "$.expiredWaivers[" + i + "]"));
        }
        review = review.withWaivers(waivers, expiredMatches, expired);
        return new AuditReport(asOf,
                new AuditReport.PackInfo(pack.path("name").asText(), pack.path("version").asText(), pack.path("sha256").asText(),
                        readSignatures(pack.path("signatures"))),
                new AuditReport.DatasetInfo(root.path("dataset").path("sha256").asText()),
                new AuditReport.Summary(bySeverity, byRule, evaluated, skipped, readNotJudged(summary), readInForce(summary)),
                findings, lang,
                review);
    }

    /**
     * {@code inForce}, when the pack dates some rule or parameter: the day ({@code asOf}) and the
     * version applied of each such rule ({@code ruleId}, {@code validFrom}, {@code validTo},
     * {@code source}) and parameter ({@code name}, {@code value}, {@code validFrom}, {@code validTo},
     * {@code source}); an open end is left out.
     */
    private static void writeInForce(JsonGenerator g, AuditReport report) throws IOException {
        AuditReport.InForce in = report.summary().inForce();
        if (in.isEmpty()) {
            return;
        }
        g.writeObjectFieldStart("inForce");
        g.writeStringField("on", report.asOf().toString());
        g.writeArrayFieldStart("rules");
        for (AuditReport.RuleVersion r : in.rules()) {
            g.writeStartObject();
            g.writeStringField("ruleId", r.ruleId());
            writeValidity(g, r.validity());
            g.writeStringField("source", r.source());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("parameters");
        for (org.dangjian.rules.Parameters.Version p : in.parameters()) {
            g.writeStartObject();
            g.writeStringField("name", p.name());
            g.writeStringField("value", p.value());
            writeValidity(g, p.validity());
            g.writeStringField("source", p.source());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeValidity(JsonGenerator g, org.dangjian.rules.Validity v) throws IOException {
        if (v.from().isPresent()) {
            g.writeStringField("validFrom", v.from().get().toString());
        }
        if (v.to().isPresent()) {
            g.writeStringField("validTo", v.to().get().toString());
        }
    }

    private static AuditReport.InForce readInForce(JsonNode summary) throws IOException {
        JsonNode in = summary.path("inForce");
        if (in.isMissingNode()) {
            return AuditReport.InForce.NONE;
        }
        List<AuditReport.RuleVersion> rules = new ArrayList<>();
        for (JsonNode r : in.path("rules")) {
            rules.add(new AuditReport.RuleVersion(r.path("ruleId").asText(), readValidity(r), r.path("source").asText()));
        }
        List<org.dangjian.rules.Parameters.Version> params = new ArrayList<>();
        for (JsonNode p : in.path("parameters")) {
            params.add(new org.dangjian.rules.Parameters.Version(p.path("name").asText(), p.path("value").asText(),
                    readValidity(p), p.path("source").asText()));
        }
        return new AuditReport.InForce(rules, params);
    }

    private static org.dangjian.rules.Validity readValidity(JsonNode n) throws IOException {
        try {
            return new org.dangjian.rules.Validity(
                    n.hasNonNull("validFrom") ? java.util.Optional.of(LocalDate.parse(n.get("validFrom").asText())) : java.util.Optional.empty(),
                    n.hasNonNull("validTo") ? java.util.Optional.of(LocalDate.parse(n.get("validTo").asText())) : java.util.Optional.empty());
        } catch (java.time.format.DateTimeParseException | IllegalArgumentException e) {
            throw new IOException("$.summary.inForce: " + e.getMessage());
        }
    }

    /** Who signed each pack of the audit: name, version, sha256 of that pack alone, status, and the signer's fingerprint when signed. */
    private static void writeSignatures(JsonGenerator g, List<PackSignature> signatures) throws IOException {
        g.writeArrayFieldStart("signatures");
        for (PackSignature s : signatures) {
            g.writeStartObject();
            g.writeStringField("name", s.pack());
            g.writeStringField("version", s.version());
            g.writeStringField("sha256", s.sha256());
            g.writeStringField("status", s.status().name());
            if (s.signer().isPresent()) {
                g.writeStringField("signer", s.signer().get());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static List<PackSignature> readSignatures(JsonNode array) throws IOException {
        List<PackSignature> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode s = array.get(i);
            PackSignature.Status status;
            try {
                status = PackSignature.Status.valueOf(s.path("status").asText());
            } catch (IllegalArgumentException e) {
                throw new IOException("$.pack.signatures[" + i + "].status: not one of "
                        + java.util.Arrays.toString(PackSignature.Status.values()));
            }
            java.util.Optional<String> signer = s.hasNonNull("signer") ? java.util.Optional.of(s.get("signer").asText())
                    : java.util.Optional.empty();
            if (signer.isPresent() != (status == PackSignature.Status.SIGNED)) {
                throw new IOException("$.pack.signatures[" + i + "]: a signer is given exactly when the status is SIGNED");
            }
            out.add(new PackSignature(s.path("name").asText(), s.path("version").asText(), s.path("sha256").asText(),
                    status, signer, List.of(), ""));
        }
        return out;
    }

    private static SubjectType subjectType(String word) {
        try {
            return SubjectType.valueOf(word);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown subjectType '" + word + "' (ORGANIZATION, PERSON, HOST_UNIT)");
        }
    }

    private static FindingStatus status(JsonNode n, String path) throws IOException {
        String word = n.get("status").asText();
        try {
            return FindingStatus.valueOf(word);
        } catch (IllegalArgumentException e) {
            throw new IOException(path + ".status: unknown status '" + word + "' (NEW, PERSISTING)");
        }
    }

    private static Waiver readWaiver(JsonNode n, String path) throws IOException {
        return new Waiver(text(n, "ruleId", path), text(n, "subjectId", path),
                Optional.ofNullable(n.get("period")).filter(p -> !p.isNull()).map(JsonNode::asText),
                text(n, "justification", path), text(n, "approvedBy", path), date(n, "expires", path),
                n.path("source").asText(""));
    }

    private static LocalDate date(JsonNode parent, String field, String path) throws IOException {
        String text = text(parent, field, path);
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IOException(path + "." + field + ": '" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static JsonNode array(JsonNode parent, String field, String path) throws IOException {
        JsonNode n = node(parent, field, path);
        if (!n.isArray()) {
            throw new IOException(path + "." + field + ": not an array");
        }
        return n;
    }

    /** {@code subjectsNotJudged}: the subjects evaluated rules could not judge, with the fields left out. */
    static void writeNotJudged(JsonGenerator g, List<AuditReport.NotJudged> notJudged) throws IOException {
        g.writeArrayFieldStart("subjectsNotJudged");
        for (AuditReport.NotJudged n : notJudged) {
            g.writeStartObject();
            g.writeStringField("ruleId", n.ruleId());
            g.writeStringField("subjectType", n.subjectType().name());
            g.writeStringField("subjectId", n.subjectId());
            g.writeStringField("subjectName", n.subjectName());
            g.writeStringField("organizationId", n.organizationId());
            g.writeArrayFieldStart("fields");
            for (String f : n.fields()) {
                g.writeString(f);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static List<AuditReport.NotJudged> readNotJudged(JsonNode summary) throws IOException {
        List<AuditReport.NotJudged> out = new ArrayList<>();
        JsonNode arr = summary.path("subjectsNotJudged");
        for (int i = 0; i < arr.size(); i++) {
            JsonNode n = arr.get(i);
            String path = "$.summary.subjectsNotJudged[" + i + "]";
            List<String> fields = new ArrayList<>();
            n.path("fields").forEach(f -> fields.add(f.asText()));
            SubjectType type;
            try {
                type = subjectType(text(n, "subjectType", path));
            } catch (IllegalArgumentException e) {
                throw new IOException(path + ".subjectType: " + e.getMessage());
            }
            out.add(new AuditReport.NotJudged(text(n, "ruleId", path), type, text(n, "subjectId", path),
                    n.path("subjectName").asText(""), n.path("organizationId").asText(""), fields));
        }
        return out;
    }

    private static Finding readFinding(JsonNode n, String path) throws IOException {
        if (!n.isObject()) {
            throw new IOException(path + ": a finding is a JSON object");
        }
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
                    subjectType(text(n, "subjectType", path)), text(n, "subjectId", path),
                    n.path("subjectName").asText(""), n.path("organizationId").asText(""),
                    Optional.ofNullable(n.get("period")).map(JsonNode::asText), measured,
                    Optional.ofNullable(n.get("expected")).map(JsonNode::asText), n.path("message").asText(""),
                    n.path("clause").asText(""), new TreeMap<>(evidence), n.path("progress").asBoolean(false),
                    n.path("measuredText").asText(""), n.path("expectedText").asText(""));
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

    /** The evidence object and the progress mark of a finding, as every JSON-based format writes them. */
    static void writeEvidence(JsonGenerator g, Finding f) throws IOException {
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
    }
}
