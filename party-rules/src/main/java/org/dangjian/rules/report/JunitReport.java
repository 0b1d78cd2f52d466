package org.dangjian.rules.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.dangjian.rules.AuditReport;
import org.dangjian.rules.Finding;
import org.dangjian.rules.Language;
import org.dangjian.rules.Wording;
import org.dangjian.rules.Waiver;

/**
 * The report as JUnit XML (测试报告格式), the format CI servers (Jenkins, GitLab) show as test
 * results; it follows the Jenkins JUnit schema. One test suite per catalog area, one test case
 * per finding (a failure, its type the severity), one passing test case per rule evaluated with no
 * finding, and a skipped one per rule not evaluated or finding waived.
 */
public final class JunitReport {

    private JunitReport() {
    }

    /** One test case. */
    private record Case(String classname, String name, String failureType, String failureMessage, String details,
                        String skipped) {
    }

    /** Writes {@code report} as JUnit XML; {@code context} gives the rules' titles. */
    public static void write(AuditReport report, ReportContext context, OutputStream out) throws IOException {
        Map<String, List<Case>> suites = suites(report, context);
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            x.writeAttribute("name", (report.language() == Language.EN ? "Party-building audit " : "党建合规审计 ")
                    + report.asOf());
            x.writeAttribute("tests", String.valueOf(suites.values().stream().mapToInt(List::size).sum()));
            x.writeAttribute("failures", String.valueOf(suites.values().stream().flatMap(List::stream)
                    .filter(c -> c.failureType() != null).count()));
            x.writeAttribute("errors", "0");
            x.writeAttribute("time", "0");
            for (Map.Entry<String, List<Case>> suite : suites.entrySet()) {
                writeSuite(x, report, suite.getKey(), suite.getValue());
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
    }

    private static Map<String, List<Case>> suites(AuditReport report, ReportContext context) {
        Language lang = report.language();
        Map<String, List<Finding>> byRule = new TreeMap<>();
        report.findings().forEach(f -> byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f));
        TreeSet<String> ruleIds = new TreeSet<>(report.summary().rulesEvaluated());
        ruleIds.addAll(byRule.keySet());
        Map<String, String> notEvaluated = new TreeMap<>();
        report.summary().rulesNotEvaluated().forEach(n -> notEvaluated.put(n.ruleId(), n.reason()));
        ruleIds.addAll(notEvaluated.keySet());

        Map<String, List<Case>> suites = new LinkedHashMap<>();
        Areas.NAMES.keySet().forEach(a -> suites.put(a, new ArrayList<>()));
        for (String id : ruleIds) {
            String area = Areas.of(id);
            List<Case> cases = suites.computeIfAbsent(area, k -> new ArrayList<>());
            String classname = area + "." + id;
            String title = id + " " + context.ruleTitle(id, lang);
            if (notEvaluated.containsKey(id)) {
                cases.add(new Case(classname, title, null, null, null,
                        (lang == Language.EN ? "not evaluated: " : "未评估：") + notEvaluated.get(id)));
            } else if (!byRule.containsKey(id)) {
                cases.add(new Case(classname, title, null, null, null, null));
            } else {
                for (Finding f : byRule.get(id)) {
                    String name = (f.subjectName().isEmpty() ? f.subjectId() : f.subjectName() + " [" + f.subjectId() + "]")
                            + f.period().map(p -> " " + Wording.period(p, lang)).orElse("");
                    if (report.waived(f)) {
                        Waiver w = report.waiver(f).orElseThrow();
                        cases.add(new Case(classname, name, null, null, null, (lang == Language.EN ? "waived: " : "已豁免：")
                                + w.justification() + (lang == Language.EN ? " (" : "（") + w.approvedBy()
                                + (lang == Language.EN ? ", " : "，") + Wording.date(w.expires(), lang) + (lang == Language.EN ? ")" : "）")));
                    } else {
                        cases.add(new Case(classname, name, f.severity().name(), f.message(), details(report, f), null));
                    }
                }
            }
        }
        suites.values().removeIf(List::isEmpty);
        return suites;
    }

    private static String details(AuditReport report, Finding f) {
        boolean zh = report.language() == Language.ZH;
        StringBuilder sb = new StringBuilder();
        sb.append(f.message()).append('\n');
        sb.append(zh ? "严重程度：" : "severity: ").append(Wording.severity(f.severity(), report.language())).append('\n');
        if (!f.measuredText().isEmpty()) {
            sb.append(zh ? "实际：" : "measured: ").append(f.measuredText()).append('\n');
        } else {
            f.measured().ifPresent(m -> sb.append(zh ? "实际：" : "measured: ").append(m).append('\n'));
        }
        if (!f.expectedText().isEmpty()) {
            sb.append(f.expectedText()).append('\n');
        } else {
            f.expected().ifPresent(e -> sb.append(zh ? "要求：" : "expected: ").append(e).append('\n'));
        }
        sb.append(zh ? "依据：" : "clause: ").append(f.clause()).append('\n');
        if (!f.evidence().isEmpty()) {
            sb.append(zh ? "证据：" : "evidence: ").append(CsvReport.evidenceText(f.evidence(), report.language())).append('\n');
        }
        report.status(f).ifPresent(s -> sb.append(zh ? "状态：" : "status: ").append(status(s, zh)).append('\n'));
        report.expiredWaiver(f).ifPresent(w -> sb.append(zh ? "豁免已过期：" : "expired waiver: ").append(w.source())
                .append(zh ? "（" : " (").append(Wording.date(w.expires(), report.language())).append(zh ? "）\n" : ")\n"));
        return sb.toString();
    }

    private static String status(org.dangjian.rules.FindingStatus s, boolean zh) {
        if (!zh) {
            return s.name();
        }
        return switch (s) {
            case NEW -> "新增";
            case PERSISTING -> "仍存在";
            case RESOLVED -> "已整改";
        };
    }

    private static void writeSuite(XMLStreamWriter x, AuditReport report, String area, List<Case> cases)
            throws XMLStreamException {
        x.writeCharacters("\n  ");
        x.writeStartElement("testsuite");
        x.writeAttribute("name", area + " " + Areas.name(area, report.language()));
        x.writeAttribute("tests", String.valueOf(cases.size()));
        x.writeAttribute("failures", String.valueOf(cases.stream().filter(c -> c.failureType() != null).count()));
        x.writeAttribute("errors", "0");
        x.writeAttribute("skipped", String.valueOf(cases.stream().filter(c -> c.skipped() != null).count()));
        x.writeAttribute("time", "0");
        x.writeAttribute("package", area);
        x.writeCharacters("\n    ");
        x.writeStartElement("properties");
        property(x, "asOf", report.asOf().toString());
        property(x, "pack", report.pack().name() + " " + report.pack().version());
        property(x, "datasetSha256", report.dataset().sha256());
        // INFO findings are progress and metrics: the totals count the problems apart from them.
        property(x, "totals", Wording.totals(report.summary().bySeverity(), report.language()));
        x.writeEndElement();
        for (Case c : cases) {
            x.writeCharacters("\n    ");
            x.writeStartElement("testcase");
            x.writeAttribute("classname", clean(c.classname()));
            x.writeAttribute("name", clean(c.name()));
            x.writeAttribute("time", "0");
            if (c.skipped() != null) {
                x.writeStartElement("skipped");
                x.writeCharacters(clean(c.skipped()));
                x.writeEndElement();
            }
            if (c.failureType() != null) {
                x.writeStartElement("failure");
                x.writeAttribute("type", c.failureType());
                x.writeAttribute("message", clean(c.failureMessage()));
                x.writeCharacters(clean(c.details()));
                x.writeEndElement();
            }
            x.writeEndElement();
        }
        x.writeCharacters("\n  ");
        x.writeEndElement();
    }

    private static void property(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeCharacters("\n      ");
        x.writeEmptyElement("property");
        x.writeAttribute("name", name);
        x.writeAttribute("value", clean(value));
    }

    /** XML 1.0 cannot carry most control characters, even escaped: drop them. */
    static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(c -> c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF))
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
