package org.dangjian.rules.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dangjian.rules.AuditReport;
import org.dangjian.rules.Finding;
import org.dangjian.rules.FindingStatus;
import org.dangjian.rules.Language;
import org.dangjian.rules.Waiver;
import org.dangjian.rules.Wording;

/**
 * The findings as CSV for Excel (问题清单): UTF-8 with a byte-order mark (without it Excel on a
 * Chinese Windows reads the file as GBK), CRLF line ends, a header of the report contract's field
 * names, then one row per finding in the report's order. With a baseline, the resolved findings
 * follow, with status {@code RESOLVED}, so the file serves as a rectification ledger (整改台账).
 */
public final class CsvReport {

    /** The header row. */
    public static final List<String> COLUMNS = List.of("ruleId", "area", "severity", "subjectType", "subjectId",
            "subjectName", "organizationId", "organizationName", "period", "measured", "expected", "message", "clause",
            "evidence", "progress", "status", "waived", "waiverJustification", "waiverApprovedBy", "waiverExpires",
            "expiredWaiver", "severityText", "periodText", "measuredText", "expectedText", "evidenceText");

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private CsvReport() {
    }

    /** Writes {@code report} as CSV; {@code context} names the organizations. */
    public static void write(AuditReport report, ReportContext context, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        row(w, COLUMNS);
        for (Finding f : report.findings()) {
            row(w, cells(f, context, report.status(f).map(Enum::name).orElse(""), report.waiver(f),
                    report.expiredWaiver(f), report.language()));
        }
        for (Finding f : report.review().resolved()) {
            row(w, cells(f, context, FindingStatus.RESOLVED.name(), Optional.empty(), Optional.empty(), report.language()));
        }
        w.flush();
    }

    private static List<String> cells(Finding f, ReportContext context, String status, Optional<Waiver> waiver,
                                      Optional<Waiver> expired, Language lang) {
        List<String> c = new ArrayList<>();
        c.add(f.ruleId());
        c.add(Areas.of(f.ruleId()));
        c.add(f.severity().name());
        c.add(f.subjectType().name());
        c.add(f.subjectId());
        c.add(f.subjectName());
        c.add(f.organizationId());
        c.add(f.organizationId().isEmpty() ? "" : context.organizationName(f.organizationId()));
        c.add(f.period().orElse(""));
        c.add(f.measured().map(String::valueOf).orElse(""));
        c.add(f.expected().orElse(""));
        c.add(f.message());
        c.add(f.clause());
        c.add(evidence(f.evidence()));
        c.add(f.progress() ? "true" : "");
        c.add(status);
        c.add(waiver.isPresent() ? "true" : "");
        c.add(waiver.map(Waiver::justification).orElse(""));
        c.add(waiver.map(Waiver::approvedBy).orElse(""));
        c.add(waiver.map(x -> x.expires().toString()).orElse(""));
        c.add(expired.map(x -> x.source() + " (" + x.expires() + ")").orElse(""));
        // The codes above; the same in the report's words (高, 2020年第三季度, 41学时, 要求不少于56学时).
        c.add(Wording.severity(f.severity(), lang));
        c.add(f.period().map(p -> Wording.period(p, lang)).orElse(""));
        c.add(f.measuredText());
        c.add(f.expectedText());
        c.add(evidenceText(f.evidence(), lang));
        return c;
    }

    /** The evidence as the report's language says it: {@code 学历：高中；未达要求的期间：2020年第三季度}. */
    static String evidenceText(Map<String, List<String>> evidence, Language lang) {
        boolean zh = lang == Language.ZH;
        List<String> parts = new ArrayList<>();
        Wording.evidence(evidence, lang).forEach((k, v) -> parts.add(Wording.evidenceLabel(k, lang) + (zh ? "：" : ": ")
                + String.join(zh ? "、" : ", ", v)));
        return String.join(zh ? "；" : "; ", parts);
    }

    /** {@code members: p-1 p-2; missedPeriod: 2020-Q3}. */
    static String evidence(Map<String, List<String>> evidence) {
        List<String> parts = new ArrayList<>();
        evidence.forEach((k, v) -> parts.add(k + ": " + String.join(" ", v)));
        return String.join("; ", parts);
    }

    private static void row(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(quote(safe(cells.get(i))));
        }
        w.write("\r\n");
    }

    /**
     * A text that starts with = + - or @ is a formula to Excel: a name or message from the data
     * must never run as one, so it gets a leading apostrophe (numbers stay numbers).
     */
    static String safe(String s) {
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !NUMBER.matcher(s).matches()) {
            return "'" + s;
        }
        return s;
    }

    static String quote(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
