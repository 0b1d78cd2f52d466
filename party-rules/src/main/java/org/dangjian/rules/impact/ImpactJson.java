package org.dangjian.rules.impact;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dangjian.rules.AuditReport;
import org.dangjian.rules.Finding;
import org.dangjian.rules.Severity;
import org.dangjian.rules.report.ReportJson;

/**
 * The what-if as JSON (docs/reports.md, "What if"): {@code kind} {@code "impact"}, the date, both
 * packs, the thresholds changed, the totals, {@code bySeverity}, {@code rules}, the organizations
 * whose subtree changes (with {@code own} and {@code subtree} counts), then the findings that would
 * appear and disappear with the report contract's fields. The HTML page embeds the same.
 */
public final class ImpactJson {

    private ImpactJson() {
    }

    /** Writes {@code r} as pretty-printed UTF-8 JSON. */
    public static void write(ImpactReport r, OutputStream out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            write(r, g, false, gen -> { });
        }
    }

    /** More fields of the object being written. */
    interface Fields {
        void write(JsonGenerator g) throws IOException;
    }

    /**
     * Writes {@code r} as one object; {@code everyOrganization}: the whole tree, not only where
     * something changes; {@code more} adds fields at its end.
     */
    static void write(ImpactReport r, JsonGenerator g, boolean everyOrganization, Fields more) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", "impact");
        g.writeStringField("asOf", r.asOf().toString());
        g.writeStringField("language", r.language().name().toLowerCase(Locale.ROOT));
        side(g, "before", r.before());
        side(g, "after", r.after());
        g.writeArrayFieldStart("parameters");
        for (ImpactReport.ParameterChange p : r.parameters()) {
            g.writeStartObject();
            g.writeStringField("name", p.name());
            optional(g, "before", p.before());
            optional(g, "after", p.after());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName("total");
        counts(g, r.total());
        g.writeObjectFieldStart("bySeverity");
        for (Severity s : Severity.values()) {
            g.writeFieldName(s.name());
            counts(g, r.bySeverity().get(s));
        }
        g.writeEndObject();
        g.writeArrayFieldStart("rules");
        for (ImpactReport.RuleImpact rule : r.rules()) {
            g.writeStartObject();
            g.writeStringField("ruleId", rule.ruleId());
            g.writeStringField("title", rule.title());
            g.writeStringField("severity", rule.severity().name());
            countFields(g, rule.counts());
            g.writeNumberField("reworded", rule.reworded());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("organizations");
        for (ImpactReport.OrgImpact o : r.organizations()) {
            if (!everyOrganization && !o.subtree().changes()) {
                continue;
            }
            g.writeStartObject();
            g.writeStringField("id", o.id());
            g.writeStringField("name", o.name());
            optional(g, "parentId", o.parentId());
            g.writeFieldName("own");
            counts(g, o.own());
            g.writeFieldName("subtree");
            counts(g, o.subtree());
            g.writeEndObject();
        }
        g.writeEndArray();
        findings(g, "appeared", r.appeared(), r);
        findings(g, "disappeared", r.disappeared(), r);
        g.writeArrayFieldStart("derivedAgain");
        for (String d : r.derivedAgain()) {
            g.writeString(d);
        }
        g.writeEndArray();
        more.write(g);
        g.writeEndObject();
    }

    private static void side(JsonGenerator g, String name, AuditReport report) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeObjectFieldStart("pack");
        g.writeStringField("name", report.pack().name());
        g.writeStringField("version", report.pack().version());
        g.writeStringField("sha256", report.pack().sha256());
        g.writeEndObject();
        g.writeNumberField("findings", report.findings().size());
        g.writeNumberField("rulesEvaluated", report.summary().rulesEvaluated().size());
        g.writeEndObject();
    }

    private static void findings(JsonGenerator g, String name, List<Finding> list, ImpactReport r) throws IOException {
        g.writeArrayFieldStart(name);
        for (Finding f : list) {
            ReportJson.writeFinding(g, f, r.language());
        }
        g.writeEndArray();
    }

    private static void counts(JsonGenerator g, ImpactReport.Counts c) throws IOException {
        g.writeStartObject();
        countFields(g, c);
        g.writeEndObject();
    }

    private static void countFields(JsonGenerator g, ImpactReport.Counts c) throws IOException {
        g.writeNumberField("before", c.before());
        g.writeNumberField("after", c.after());
        g.writeNumberField("appeared", c.appeared());
        g.writeNumberField("disappeared", c.disappeared());
    }

    private static void optional(JsonGenerator g, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(field, value.get());
        }
    }
}
