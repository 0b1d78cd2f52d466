package org.dangjian.rules.impact;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dangjian.rules.Language;
import org.dangjian.rules.Severity;
import org.dangjian.rules.Wording;
import org.dangjian.rules.report.HtmlReport;

/**
 * The what-if as one self-contained HTML page in the audit report's style: totals and severities,
 * the thresholds changed, a table of rules with their counts before and after, a chart of the
 * organizations where findings appear and disappear, the district's tree with its subtrees'
 * counts, filters (change, severity, rule, organization with or without those below it, text)
 * and every finding that would appear or disappear with its subject. Opens with no network; the
 * page sets {@code data-ready="ok"} on {@code <body>} once drawn.
 */
public final class ImpactHtml {

    /** The words the page's script uses, each {@code impact.KEY} in words.properties. */
    static final List<String> WORDS = List.of("total", "before", "after", "appeared", "disappeared", "reworded",
            "severity", "parameters", "noParameters", "byRule", "rule", "chart", "byOrg", "none", "appearedList",
            "disappearedList", "all", "change", "organization", "withSubtree", "search", "reset", "shown", "subject",
            "message", "noChange", "shared");

    private ImpactHtml() {
    }

    /** Writes {@code r} as HTML. */
    public static void write(ImpactReport r, OutputStream out) throws IOException {
        Language lang = r.language();
        String meta = ImpactText.w("asOf", lang) + " " + r.asOf() + " · " + ImpactText.w("current", lang) + " "
                + r.before().pack().name() + " " + r.before().pack().version() + " · " + ImpactText.w("proposed", lang) + " "
                + r.after().pack().name() + " " + r.after().pack().version();
        out.write(HtmlReport.page(lang, ImpactText.w("title", lang), meta, ImpactText.w("noScript", lang),
                "\ntr.sel, tr.rule-row.sel { background: #fef3c7; } tr.rule-row:not(.changed) { color: #6b7280; }\n",
                resource("impact.js"), data(r)).getBytes(StandardCharsets.UTF_8));
    }

    /** The impact's JSON with the whole tree and the page's words. */
    static String data(ImpactReport r) throws IOException {
        StringWriter w = new StringWriter();
        Language lang = r.language();
        try (JsonGenerator g = HtmlReport.scriptSafe(w)) {
            ImpactJson.write(r, g, true, gen -> {
                gen.writeObjectFieldStart("words");
                for (String k : WORDS) {
                    gen.writeStringField(k, ImpactText.w(k, lang));
                }
                gen.writeEndObject();
                gen.writeObjectFieldStart("severityText");
                for (Severity s : Severity.values()) {
                    gen.writeStringField(s.name(), Wording.severity(s, lang));
                }
                gen.writeEndObject();
            });
        }
        return w.toString();
    }

    private static String resource(String name) {
        try (InputStream in = ImpactHtml.class.getResourceAsStream("/org/dangjian/rules/impact/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " of the what-if page");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
