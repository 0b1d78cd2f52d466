package org.dangjian.rules.impact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.rules.AuditReport;
import org.dangjian.rules.Finding;
import org.dangjian.rules.Language;
import org.dangjian.rules.Severity;
import org.dangjian.rules.Wording;

/**
 * The what-if as a person reads it in a terminal: the thresholds changed, the totals, the counts
 * per severity, per rule and per organization (the tree, only where something changes, with the
 * subtree's totals), then the findings that would appear and disappear, organization by
 * organization, each with its subject.
 */
public final class ImpactText {

    private ImpactText() {
    }

    /** The report in its language. */
    public static String render(ImpactReport r) {
        Language lang = r.language();
        boolean zh = lang == Language.ZH;
        StringBuilder sb = new StringBuilder();
        sb.append(w("title", lang)).append("  ").append(w("asOf", lang)).append(zh ? "" : " ")
                .append(Wording.date(r.asOf(), lang)).append('\n');
        sb.append(w("current", lang)).append(zh ? "：" : ": ").append(pack(r.before(), lang)).append("    ")
                .append(w("proposed", lang)).append(zh ? "：" : ": ").append(pack(r.after(), lang)).append("\n\n");
        if (r.parameters().isEmpty()) {
            sb.append(w("noParameters", lang)).append("\n\n");
        } else {
            sb.append(w("parameters", lang)).append(zh ? "：\n" : ":\n");
            for (ImpactReport.ParameterChange p : r.parameters()) {
                sb.append("  ").append(p.name()).append("  ").append(p.before().orElse("—")).append(" → ")
                        .append(p.after().orElse("—")).append('\n');
            }
            sb.append('\n');
        }
        sb.append(w("total", lang)).append(zh ? "：" : ": ").append(counts(r.total(), lang)).append("\n\n");
        sb.append(w("bySeverity", lang)).append(zh ? "：\n" : ":\n");
        for (Severity s : Severity.values()) {
            ImpactReport.Counts c = r.bySeverity().get(s);
            if (c.before() + c.after() > 0) {
                String word = Wording.severity(s, lang);
                // one width: full-width spaces after Chinese words, spaces after English ones
                sb.append("  ").append(zh ? word + "　".repeat(3 - word.length()) : String.format("%-9s", word))
                        .append(counts(c, lang)).append('\n');
            }
        }
        sb.append('\n').append(w("byRule", lang)).append(zh ? "：\n" : ":\n");
        for (ImpactReport.RuleImpact rule : r.rules()) {
            if (!rule.counts().changes() && rule.reworded() == 0) {
                continue;
            }
            sb.append("  ").append(String.format("%-9s", rule.ruleId())).append(' ').append(rule.title()).append('\n')
                    .append("            ").append(counts(rule.counts(), lang));
            if (rule.reworded() > 0) {
                sb.append(zh ? "，" : ", ").append(w("reworded", lang)).append(' ').append(rule.reworded());
            }
            sb.append('\n');
        }
        if (r.total().changes()) {
            sb.append('\n').append(w("byOrg", lang)).append(zh ? "：\n" : ":\n");
            Map<String, Integer> depth = new LinkedHashMap<>();
            for (ImpactReport.OrgImpact o : r.organizations()) {
                int d = o.parentId().map(p -> depth.getOrDefault(p, -1) + 1).orElse(0);
                depth.put(o.id(), d);
                if (o.subtree().changes()) {
                    sb.append("  ".repeat(d + 1)).append("■ ").append(o.name()).append(" [").append(o.id()).append("]  ")
                            .append('+').append(o.subtree().appeared()).append(" −").append(o.subtree().disappeared());
                    if (o.own().changes() && !o.own().equals(o.subtree())) {
                        sb.append(zh ? "（本级 +" : " (own +").append(o.own().appeared()).append(" −")
                                .append(o.own().disappeared()).append(zh ? "）" : ")");
                    }
                    sb.append('\n');
                }
            }
            list(sb, w("appearedList", lang), r.appeared(), r, lang);
            list(sb, w("disappearedList", lang), r.disappeared(), r, lang);
        } else {
            sb.append('\n').append(w("noChange", lang)).append('\n');
        }
        sb.append('\n').append(w("shared", lang).strip()).append(zh ? "" : " ")
                .append(r.derivedAgain().isEmpty() ? w("none", lang) : String.join(", ", r.derivedAgain()))
                .append(zh ? "。\n" : ".\n");
        return sb.toString();
    }

    private static void list(StringBuilder sb, String heading, List<Finding> findings, ImpactReport r, Language lang) {
        boolean zh = lang == Language.ZH;
        sb.append('\n').append(heading).append(zh ? "（" : " (").append(findings.size()).append(zh ? " 项）：\n" : "):\n");
        Map<String, List<Finding>> byOrg = new LinkedHashMap<>();
        r.organizations().forEach(o -> byOrg.put(o.id(), new ArrayList<>()));
        for (Finding f : findings) {
            byOrg.computeIfAbsent(f.organizationId(), k -> new ArrayList<>()).add(f);
        }
        Map<String, String> names = new LinkedHashMap<>();
        r.organizations().forEach(o -> names.put(o.id(), o.name()));
        byOrg.forEach((org, list) -> {
            if (list.isEmpty()) {
                return;
            }
            sb.append("  ■ ").append(names.getOrDefault(org, org)).append(org.isEmpty() ? "" : " [" + org + "]").append('\n');
            for (Finding f : list) {
                sb.append("    ").append(Wording.severity(f.severity(), lang)).append(' ')
                        .append(String.format("%-9s", f.ruleId())).append(' ').append(f.subjectName())
                        .append(" [").append(f.subjectId()).append("]  ").append(f.message()).append('\n');
            }
        });
    }

    private static String pack(AuditReport report, Language lang) {
        return w("pack", lang) + " " + report.pack().name() + " " + report.pack().version();
    }

    /** 调整前 12 项 → 调整后 20 项（新增 9，消失 1）; before 12 → after 20 (9 appear, 1 disappear). */
    static String counts(ImpactReport.Counts c, Language lang) {
        return w("counts", lang).replace("{0}", String.valueOf(c.before())).replace("{1}", String.valueOf(c.after()))
                .replace("{2}", String.valueOf(c.appeared())).replace("{3}", String.valueOf(c.disappeared()));
    }

    /** A word of the what-if report ({@code impact.KEY} in words.properties). */
    static String w(String key, Language lang) {
        return Wording.value("impact." + key, lang);
    }
}
