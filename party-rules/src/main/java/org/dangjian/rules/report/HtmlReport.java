package org.dangjian.rules.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dangjian.rules.AuditReport;
import org.dangjian.rules.Finding;
import org.dangjian.rules.Language;
import org.dangjian.rules.Waiver;
import org.dangjian.rules.Wording;

/**
 * The report as one self-contained HTML page (审计报告网页) to hand to a district secretary: it
 * opens from a file with no network (no CDN, no web font), and shows a summary by severity and
 * by area, a bar chart of findings by organization, the district's tree with counts, filters by
 * severity, area, organization and status, and every finding with its message, measured against
 * expected, clause and evidence.
 *
 * <p>The report is embedded as JSON in a {@code <script type="application/json">} and drawn by
 * inline script; {@code <}, {@code >} and {@code &} in the data are written as JSON escapes, so no
 * name or message can close the script or inject markup. The filters live in the URL hash
 * ({@code report.html#severity=HIGH&area=TRN}), and the page sets {@code data-ready="ok"} on
 * {@code <body>} once drawn (tests and tools can wait for it).
 */
public final class HtmlReport {

    private static final Pattern SLOT = Pattern.compile("%%([A-Z]+)%%");

    private HtmlReport() {
    }

    /** Writes {@code report} as HTML; {@code context} gives the organization tree and rule titles. */
    public static void write(AuditReport report, ReportContext context, OutputStream out) throws IOException {
        boolean en = report.language() == Language.EN;
        String title = en ? "Party-building compliance audit" : "党建合规审计报告";
        String meta = (en ? "As of " : "截至 ") + report.asOf() + " · " + (en ? "pack " : "规则包 ")
                + report.pack().name() + " " + report.pack().version() + " · "
                + Wording.packSigners(report.pack(), report.language()) + " · " + (en ? "dataset sha256 " : "数据集 sha256 ")
                + report.dataset().sha256()
                + (report.summary().inForce().isEmpty() ? ""
                : " · " + Wording.inForce(report.summary().inForce(), report.asOf(), report.language()));
        out.write(page(report.language(), title, meta, en ? "This report needs JavaScript to show its findings."
                : "本报告需要启用 JavaScript 才能显示问题清单。", "", resource("report.js"), data(report, context))
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A self-contained page in the report's style (its template and stylesheet): {@code title} and
     * {@code meta} in the header, {@code extraCss} after the stylesheet, {@code data} (JSON written by
     * {@link #scriptSafe(java.io.Writer)}) in the {@code report-data} element, drawn by {@code js}
     * (which finds the shared helpers of {@code page.js} as {@code Page}).
     * Other pages of party-audit (the what-if) are built on it.
     */
    public static String page(Language lang, String title, String meta, String noscript, String extraCss, String js,
                              String data) {
        Map<String, String> slots = Map.of(
                "LANG", lang == Language.EN ? "en" : "zh-CN",
                "TITLE", escape(title),
                "META", escape(meta),
                "NOSCRIPT", escape(noscript),
                "CSS", resource("report.css") + extraCss,
                "JS", resource("page.js") + js,
                "DATA", data);
        // One pass over the template: a value is never scanned for slots, whatever the data holds.
        Matcher m = SLOT.matcher(resource("report.html"));
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(slots.getOrDefault(m.group(1), "")));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** A JSON generator whose output is safe inside a script element ({@code </script>} cannot close it). */
    public static JsonGenerator scriptSafe(java.io.Writer w) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(w);
        g.setCharacterEscapes(new ScriptSafe());
        return g;
    }

    /** The report as the page's script reads it. */
    static String data(AuditReport report, ReportContext context) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = scriptSafe(w)) {
            Language lang = report.language();
            g.writeStartObject();
            g.writeStringField("lang", lang == Language.EN ? "en" : "zh");
            g.writeStringField("asOf", report.asOf().toString());
            g.writeArrayFieldStart("areas");
            for (String code : Areas.NAMES.keySet()) {
                area(g, code, lang);
            }
            java.util.Set<String> extra = new java.util.TreeSet<>();
            report.findings().forEach(f -> extra.add(Areas.of(f.ruleId())));
            extra.removeAll(Areas.NAMES.keySet());
            for (String code : extra) {
                area(g, code, lang);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("rules");
            java.util.Set<String> ids = new java.util.TreeSet<>(report.summary().rulesEvaluated());
            report.findings().forEach(f -> ids.add(f.ruleId()));
            report.review().resolved().forEach(f -> ids.add(f.ruleId()));
            report.summary().rulesNotEvaluated().forEach(n -> ids.add(n.ruleId()));
            report.summary().subjectsNotJudged().forEach(n -> ids.add(n.ruleId()));
            for (String id : ids) {
                g.writeStringField(id, context.ruleTitle(id, lang).equals(id) ? "" : context.ruleTitle(id, lang));
            }
            g.writeEndObject();
            // Evidence keys are codes; the page labels them in the report's language.
            g.writeObjectFieldStart("evidenceLabels");
            java.util.Set<String> keys = new java.util.TreeSet<>();
            report.findings().forEach(f -> keys.addAll(f.evidence().keySet()));
            report.review().resolved().forEach(f -> keys.addAll(f.evidence().keySet()));
            // the fields a subject could not be judged for are labelled the same way
            report.summary().subjectsNotJudged().forEach(n -> keys.addAll(n.fields()));
            for (String k : keys) {
                g.writeStringField(k, org.dangjian.rules.Wording.evidenceLabel(k, lang));
            }
            g.writeEndObject();
            g.writeArrayFieldStart("orgs");
            for (ReportContext.OrgUnit o : context.organizations()) {
                g.writeStartObject();
                g.writeStringField("id", o.id());
                g.writeStringField("name", o.name());
                g.writeStringField("parent", o.parentId().orElse(""));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("findings");
            for (Finding f : report.findings()) {
                g.writeStartObject();
                ReportJson.writeFields(g, f, report.language());
                g.writeStringField("area", Areas.of(f.ruleId()));
                if (report.status(f).isPresent()) {
                    g.writeStringField("status", report.status(f).get().name());
                }
                if (report.waiver(f).isPresent()) {
                    g.writeFieldName("waiver");
                    ReportJson.writeWaiver(g, report.waiver(f).get());
                }
                if (report.expiredWaiver(f).isPresent()) {
                    g.writeFieldName("expiredWaiver");
                    ReportJson.writeWaiver(g, report.expiredWaiver(f).get());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("resolved");
            for (Finding f : report.review().resolved()) {
                g.writeStartObject();
                ReportJson.writeFields(g, f, report.language());
                g.writeStringField("area", Areas.of(f.ruleId()));
                g.writeEndObject();
            }
            g.writeEndArray();
            if (report.review().baseline().isPresent()) {
                g.writeObjectFieldStart("baseline");
                g.writeStringField("asOf", report.review().baseline().get().asOf().toString());
                g.writeEndObject();
            } else {
                g.writeNullField("baseline");
            }
            g.writeArrayFieldStart("expiredWaivers");
            for (Waiver wv : report.review().expiredWaivers()) {
                ReportJson.writeWaiver(g, wv);
            }
            g.writeEndArray();
            g.writeNumberField("rulesEvaluated", report.summary().rulesEvaluated().size());
            ReportJson.writeNotJudged(g, report.summary().subjectsNotJudged());
            g.writeArrayFieldStart("notEvaluated");
            for (AuditReport.NotEvaluated n : report.summary().rulesNotEvaluated()) {
                g.writeStartObject();
                g.writeStringField("ruleId", n.ruleId());
                g.writeStringField("reason", n.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return w.toString();
    }

    private static void area(JsonGenerator g, String code, Language lang) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", code);
        g.writeStringField("name", Areas.name(code, lang));
        g.writeEndObject();
    }

    /** Text for HTML content and attributes. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " of the HTML report");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * JSON that is safe inside a script element: {@code </script>}, {@code <!--} and {@code &}
     * become {@code \u003c/script\u003e} and the like; U+2028 and U+2029 too, for old parsers.
     */
    private static final class ScriptSafe extends CharacterEscapes {
        private final int[] table;

        ScriptSafe() {
            table = standardAsciiEscapesForJSON();
            table['<'] = ESCAPE_STANDARD;
            table['>'] = ESCAPE_STANDARD;
            table['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == 0x2028) {
                return new SerializedString("\\u2028");
            } else if (ch == 0x2029) {
                return new SerializedString("\\u2029");
            }
            return null;
        }
    }
}
