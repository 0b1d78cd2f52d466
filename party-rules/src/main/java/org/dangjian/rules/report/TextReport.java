package org.dangjian.rules.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dangjian.model.io.PrintableText;
import org.dangjian.rules.AuditReport;
import org.dangjian.rules.Finding;
import org.dangjian.rules.FindingStatus;
import org.dangjian.rules.Language;
import org.dangjian.rules.Severity;
import org.dangjian.rules.Wording;

/**
 * A report a person reads in a terminal: findings grouped by organization (the organizations
 * with the most serious findings first), severity first inside each group, and a summary at the
 * end. {@code orgName} names organizations (e.g. from the dataset); unknown ids print as they are.
 */
public final class TextReport {

    private TextReport() {
    }

    public static String render(AuditReport report, Function<String, String> orgName) {
        boolean zh = report.language() == Language.ZH;
        StringBuilder sb = new StringBuilder();
        sb.append(zh ? "党建合规审计报告" : "Party-building compliance audit").append("  ")
                .append(zh ? "截至" : "as of ").append(Wording.date(report.asOf(), report.language()))
                .append(zh ? "（规则包 " : "  (pack ").append(report.pack().name()).append(' ').append(report.pack().version())
                .append(zh ? "）\n" : ")\n")
                .append(Wording.packSigners(report.pack(), report.language())).append("\n\n");
        Map<String, List<Finding>> byOrg = new LinkedHashMap<>();
        report.findings().stream()
                .sorted(Comparator.comparing(Finding::organizationId).thenComparing(AuditReport.ORDER))
                .forEach(f -> byOrg.computeIfAbsent(f.organizationId(), k -> new ArrayList<>()).add(f));
        List<Map.Entry<String, List<Finding>>> groups = new ArrayList<>(byOrg.entrySet());
        groups.sort(Comparator.<Map.Entry<String, List<Finding>>, Severity>comparing(e -> e.getValue().get(0).severity())
                .thenComparing(e -> -e.getValue().size())
                .thenComparing(Map.Entry::getKey));
        for (Map.Entry<String, List<Finding>> g : groups) {
            String id = g.getKey();
            String name = id.isEmpty() ? (zh ? "（无所属组织）" : "(no organization)") : orgName.apply(id);
            sb.append("■ ").append(name);
            if (!id.isEmpty() && !id.equals(name)) {
                sb.append(" [").append(id).append(']');
            }
            long info = g.getValue().stream().filter(f -> f.severity() == Severity.INFO).count();
            long problems = g.getValue().size() - info;
            // INFO findings are progress and metrics: counted apart from the problems.
            sb.append("  ").append(zh ? "问题 " + problems + " 项" : problems + " problem(s)")
                    .append(info == 0 ? "" : zh ? "，提示 " + info + " 项" : ", " + info + " for information").append('\n');
            // One line per rule and subject: a cadence missed in ten months is one line naming them.
            Map<String, List<Finding>> runs = new LinkedHashMap<>();
            for (Finding f : g.getValue()) {
                runs.computeIfAbsent(f.severity() + "|" + f.ruleId() + "|" + f.subjectId(), k -> new ArrayList<>()).add(f);
            }
            for (List<Finding> run : runs.values()) {
                Finding f = run.get(0);
                sb.append("  ").append(severity(f.severity(), report.language())).append(' ')
                        .append(String.format("%-9s", f.ruleId())).append(' ').append(f.message())
                        .append(marks(report, run, zh)).append('\n');
                if (run.size() > 1) {
                    List<String> periods = run.stream().skip(1).map(x -> x.period().orElse("-")).toList();
                    sb.append("           ").append(zh ? "另有" + periods.size() + "期：" : "also in " + periods.size() + " more: ")
                            .append(Wording.periods(periods, report.language())).append('\n');
                }
                sb.append("           ").append(zh ? "依据：" : "clause: ").append(f.clause()).append('\n');
            }
            sb.append('\n');
        }
        if (report.findings().isEmpty()) {
            sb.append(zh ? "未发现问题。\n\n" : "No findings.\n\n");
        }
        if (report.review().baseline().isPresent()) {
            List<Finding> resolved = report.review().resolved();
            sb.append(zh ? "已整改（基线 " : "Resolved since the baseline of ").append(report.review().baseline().get().asOf())
                    .append(zh ? " 有、本次没有）  " : ": ").append(resolved.size()).append(zh ? " 项" : " finding(s)").append('\n');
            for (Finding f : resolved) {
                sb.append("  ").append(severity(f.severity(), report.language())).append(' ')
                        .append(String.format("%-9s", f.ruleId())).append(' ').append(f.message()).append('\n');
            }
            sb.append('\n');
        }
        if (!report.review().expiredWaivers().isEmpty()) {
            sb.append(zh ? "已过期的豁免（不再豁免）" : "Expired waivers (no longer waiving)").append('\n');
            for (org.dangjian.rules.Waiver w : report.review().expiredWaivers()) {
                sb.append("  ").append(w.source()).append("  ").append(w.ruleId()).append(' ').append(w.subjectId())
                        .append(w.period().map(p -> " " + Wording.period(p, report.language())).orElse(""))
                        .append(zh ? "  有效期至" : "  expired ").append(Wording.date(w.expires(), report.language())).append('\n');
            }
            sb.append('\n');
        }
        sb.append(zh ? "汇总" : "Summary").append('\n');
        sb.append("  ").append(Wording.totals(report.summary().bySeverity(), report.language())).append('\n');
        int evaluated = report.summary().rulesEvaluated().size();
        int skipped = report.summary().rulesNotEvaluated().size();
        sb.append("  ").append(zh ? "已评估规则" + evaluated + "条，未评估" + skipped + "条"
                : "rules evaluated: " + evaluated + ", not evaluated: " + skipped).append('\n');
        for (AuditReport.NotEvaluated n : report.summary().rulesNotEvaluated()) {
            sb.append("    ").append(n.ruleId()).append(": ").append(n.reason()).append('\n');
        }
        notJudged(sb, report.summary().subjectsNotJudged(), zh);
        if (!report.summary().inForce().isEmpty()) {
            sb.append("  ").append(Wording.inForce(report.summary().inForce(), report.asOf(), report.language())).append('\n');
        }
        if (report.review().baseline().isPresent() || !report.review().waivers().isEmpty()) {
            long fresh = report.findings().stream().filter(f -> report.status(f).orElse(null) == FindingStatus.NEW).count();
            sb.append("  ").append(zh ? "新增 " : "new: ").append(fresh).append("  ")
                    .append(zh ? "已整改 " : "resolved: ").append(report.review().resolved().size()).append("  ")
                    .append(zh ? "已豁免 " : "waived: ").append(report.review().waivers().size()).append('\n');
        }
        // a pack's message or a name built in Java may hold a terminal escape: shown, never run
        return PrintableText.escape(sb.toString());
    }

    /** The subjects evaluated rules could not judge: the dataset leaves out fields they need. */
    private static void notJudged(StringBuilder sb, List<AuditReport.NotJudged> list, boolean zh) {
        if (list.isEmpty()) {
            return;
        }
        sb.append("  ").append(zh ? "数据缺少所需字段、未能评估的对象 " + list.size() + " 个"
                : "subjects not judged (fields left out of the dataset): " + list.size()).append('\n');
        for (AuditReport.NotJudged n : list) {
            String name = n.subjectName().isEmpty() || n.subjectName().equals(n.subjectId())
                    ? n.subjectId() : n.subjectName() + (zh ? "（" + n.subjectId() + "）" : " (" + n.subjectId() + ")");
            sb.append("    ").append(n.ruleId()).append(' ').append(name).append(zh ? "：缺少" : ": missing ")
                    .append(n.fields().stream().map(f -> Wording.evidenceLabel(f, zh ? Language.ZH : Language.EN))
                            .collect(java.util.stream.Collectors.joining(zh ? "、" : ", "))).append('\n');
        }
    }

    /** The severity in words, padded to one width: 严重 / 高　 …; Critical / High … */
    private static String severity(Severity s, Language lang) {
        String w = Wording.severity(s, lang);
        return lang == Language.ZH ? w + "　".repeat(2 - w.length()) : String.format("%-8s", w);
    }

    /** [新增] [已豁免] after a line: of the line's findings, how many are new, waived, under an expired waiver. */
    private static String marks(AuditReport report, List<Finding> run, boolean zh) {
        StringBuilder sb = new StringBuilder();
        long fresh = run.stream().filter(f -> report.status(f).orElse(null) == FindingStatus.NEW).count();
        long waived = run.stream().filter(report::waived).count();
        long expired = run.stream().filter(f -> report.expiredWaiver(f).isPresent()).count();
        mark(sb, fresh, run.size(), zh ? "新增" : "new");
        mark(sb, waived, run.size(), zh ? "已豁免" : "waived");
        mark(sb, expired, run.size(), zh ? "豁免已过期" : "waiver expired");
        return sb.toString();
    }

    private static void mark(StringBuilder sb, long n, int of, String word) {
        if (n > 0) {
            sb.append(" [").append(word).append(n == of ? "" : " " + n + "/" + of).append(']');
        }
    }
}
