package org.dangjian.rules.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dangjian.rules.AuditReport;
import org.dangjian.rules.Finding;
import org.dangjian.rules.FindingStatus;
import org.dangjian.rules.Language;
import org.dangjian.rules.RuleInfo;
import org.dangjian.rules.Severity;
import org.dangjian.rules.Waiver;
import org.dangjian.rules.Wording;

/**
 * The report as SARIF 2.1.0 (静态分析结果交换格式), for pipelines and code-scanning dashboards.
 * There are no source files: a finding's location is logical, its fully qualified name
 * {@code organizationId/subjectId} (the organization's id alone for an organization).
 *
 * <ul>
 *   <li>level: {@code error} for CRITICAL and HIGH, {@code warning} for MEDIUM, {@code note} for
 *       LOW and INFO (the severity itself is in the result's properties);</li>
 *   <li>partialFingerprints {@code findingKey/v1}: {@code ruleId|subjectId|period}, the finding's
 *       identity, so that tools match results across runs as the baseline does;</li>
 *   <li>with a baseline, baselineState {@code new}, {@code unchanged}, or {@code absent} for a
 *       resolved finding; a waived finding carries an accepted external suppression.</li>
 * </ul>
 */
public final class SarifReport {

    /** The schema the output follows (SARIF 2.1.0, OASIS Standard). */
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private SarifReport() {
    }

    /** Writes {@code report} as a SARIF log of one run; {@code context} gives the rules' titles. */
    public static void write(AuditReport report, ReportContext context, OutputStream out) throws IOException {
        Map<String, Rule> rules = rules(report, context);
        List<String> ids = new ArrayList<>(rules.keySet());
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            writeTool(g, report, rules);
            g.writeStringField("language", report.language() == Language.EN ? "en-US" : "zh-CN");
            g.writeArrayFieldStart("results");
            boolean compared = report.review().baseline().isPresent();
            for (Finding f : report.findings()) {
                Optional<String> state = compared
                        ? Optional.of(report.status(f).orElse(FindingStatus.NEW) == FindingStatus.PERSISTING ? "unchanged" : "new")
                        : Optional.empty();
                writeResult(g, f, report.language(), ids.indexOf(f.ruleId()), state, report.waiver(f), report.expiredWaiver(f));
            }
            for (Finding f : report.review().resolved()) {
                writeResult(g, f, report.language(), ids.indexOf(f.ruleId()), Optional.of("absent"), Optional.empty(), Optional.empty());
            }
            g.writeEndArray();
            writeRunProperties(g, report);
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** A rule as SARIF describes it. */
    private record Rule(String id, String title, String clause, Optional<Severity> severity) {
    }

    /** Every rule the report names, in ID order: evaluated or not, with findings or resolved ones. */
    private static Map<String, Rule> rules(AuditReport report, ReportContext context) {
        TreeSet<String> ids = new TreeSet<>(report.summary().rulesEvaluated());
        report.summary().rulesNotEvaluated().forEach(n -> ids.add(n.ruleId()));
        report.findings().forEach(f -> ids.add(f.ruleId()));
        report.review().resolved().forEach(f -> ids.add(f.ruleId()));
        Map<String, Rule> rules = new TreeMap<>();
        for (String id : ids) {
            Optional<RuleInfo> info = context.rule(id);
            Optional<Finding> any = report.findings().stream().filter(f -> f.ruleId().equals(id)).findFirst();
            String clause = any.map(Finding::clause).or(() -> info.map(r -> context.ruleClause(id, report.language())))
                    .orElse("");
            rules.put(id, new Rule(id, context.ruleTitle(id, report.language()), clause, info.map(RuleInfo::severity)));
        }
        return rules;
    }

    private static void writeTool(JsonGenerator g, AuditReport report, Map<String, Rule> rules) throws IOException {
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", "party-audit");
        g.writeStringField("fullName", "party-audit: " + report.pack().name() + " " + report.pack().version());
        g.writeStringField("version", report.pack().version());
        g.writeArrayFieldStart("rules");
        for (Rule r : rules.values()) {
            g.writeStartObject();
            g.writeStringField("id", r.id());
            g.writeObjectFieldStart("shortDescription");
            g.writeStringField("text", r.title());
            g.writeEndObject();
            if (!r.clause().isEmpty()) {
                g.writeObjectFieldStart("fullDescription");
                g.writeStringField("text", r.clause());
                g.writeEndObject();
            }
            if (r.severity().isPresent()) {
                g.writeObjectFieldStart("defaultConfiguration");
                g.writeStringField("level", level(r.severity().get()));
                g.writeEndObject();
            }
            g.writeObjectFieldStart("properties");
            g.writeStringField("area", Areas.of(r.id()));
            g.writeStringField("areaName", Areas.name(Areas.of(r.id()), report.language()));
            if (r.severity().isPresent()) {
                g.writeStringField("severity", r.severity().get().name());
            }
            g.writeStringField("clause", r.clause());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeResult(JsonGenerator g, Finding f, Language lang, int ruleIndex, Optional<String> baselineState,
                                    Optional<Waiver> waiver, Optional<Waiver> expired) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.ruleId());
        g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("level", level(f.severity()));
        g.writeObjectFieldStart("message");
        g.writeStringField("text", f.message().isEmpty() ? f.ruleId() + " " + f.subjectId() : f.message());
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeArrayFieldStart("logicalLocations");
        g.writeStartObject();
        g.writeStringField("name", f.subjectName().isEmpty() ? f.subjectId() : f.subjectName());
        g.writeStringField("fullyQualifiedName", qualifiedName(f));
        g.writeStringField("kind", f.subjectType().name().toLowerCase(java.util.Locale.ROOT));
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField("findingKey/v1", f.ruleId() + "|" + f.subjectId() + "|" + f.period().orElse(""));
        g.writeEndObject();
        if (baselineState.isPresent()) {
            g.writeStringField("baselineState", baselineState.get());
        }
        if (waiver.isPresent()) {
            g.writeArrayFieldStart("suppressions");
            g.writeStartObject();
            g.writeStringField("kind", "external");
            g.writeStringField("status", "accepted");
            g.writeStringField("justification", waiver.get().justification());
            g.writeObjectFieldStart("properties");
            g.writeStringField("approvedBy", waiver.get().approvedBy());
            g.writeStringField("expires", waiver.get().expires().toString());
            g.writeStringField("source", waiver.get().source());
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeObjectFieldStart("properties");
        g.writeStringField("severity", f.severity().name());
        g.writeStringField("severityText", Wording.severity(f.severity(), lang));
        f.period().ifPresent(p -> writeText(g, "periodText", Wording.period(p, lang)));
        if (!f.measuredText().isEmpty()) {
            g.writeStringField("measuredText", f.measuredText());
        }
        if (!f.expectedText().isEmpty()) {
            g.writeStringField("expectedText", f.expectedText());
        }
        g.writeStringField("subjectType", f.subjectType().name());
        g.writeStringField("subjectId", f.subjectId());
        g.writeStringField("organizationId", f.organizationId());
        if (f.period().isPresent()) {
            g.writeStringField("period", f.period().get());
        }
        if (f.measured().isPresent()) {
            g.writeStringField("measured", String.valueOf(f.measured().get()));
        }
        if (f.expected().isPresent()) {
            g.writeStringField("expected", f.expected().get());
        }
        g.writeStringField("clause", f.clause());
        ReportJson.writeEvidence(g, f);
        ReportJson.writeEvidenceText(g, f, lang);
        if (expired.isPresent()) {
            g.writeStringField("expiredWaiver", expired.get().source() + " (expired " + expired.get().expires() + ")");
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeRunProperties(JsonGenerator g, AuditReport report) throws IOException {
        g.writeObjectFieldStart("properties");
        g.writeStringField("asOf", report.asOf().toString());
        g.writeStringField("pack", report.pack().name() + " " + report.pack().version());
        g.writeStringField("packSha256", report.pack().sha256());
        g.writeStringField("datasetSha256", report.dataset().sha256());
        g.writeObjectFieldStart("bySeverity");
        for (Map.Entry<Severity, Integer> e : report.summary().bySeverity().entrySet()) {
            g.writeNumberField(e.getKey().name(), e.getValue());
        }
        g.writeEndObject();
        g.writeStringField("totalsText", Wording.totals(report.summary().bySeverity(), report.language()));
        g.writeNumberField("waived", report.review().waivers().size());
        g.writeEndObject();
    }

    /** The organization, then the subject within it. */
    static String qualifiedName(Finding f) {
        if (f.organizationId().isEmpty() || f.organizationId().equals(f.subjectId())) {
            return f.subjectId();
        }
        return f.organizationId() + "/" + f.subjectId();
    }

    private static void writeText(JsonGenerator g, String field, String text) {
        try {
            g.writeStringField(field, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** error for CRITICAL and HIGH, warning for MEDIUM, note for LOW and INFO. */
    static String level(Severity s) {
        return switch (s) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "note";
        };
    }
}
