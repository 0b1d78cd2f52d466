package org.dangjian.rules.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.dangjian.rules.AuditReport;
import org.dangjian.rules.review.Baseline;
import org.dangjian.rules.Finding;
import org.dangjian.rules.Language;
import org.dangjian.rules.RuleInfo;
import org.dangjian.rules.Severity;
import org.dangjian.rules.SubjectType;
import org.dangjian.rules.Waiver;
import org.dangjian.rules.review.Waivers;

/**
 * Small reports built by hand for the writers' tests: a street with two communities, findings of
 * every kind of subject, personal names (欧阳娜娜, 张三), and an organization whose name tries to
 * break out of the HTML page's script.
 */
public final class ReportSamples {

    static final LocalDate AS_OF = LocalDate.of(2020, 12, 31);
    static final String HOSTILE = "</script><img src=x onerror=alert(1)>支部";

    private ReportSamples() {
    }

    public static ReportContext context() {
        return ReportContext.of(List.of(
                new ReportContext.OrgUnit("s-1", "和平街道党工委", Optional.empty()),
                new ReportContext.OrgUnit("c-1", "向阳社区党委", Optional.of("s-1")),
                new ReportContext.OrgUnit("c-2", "光明社区党委", Optional.of("s-1")),
                new ReportContext.OrgUnit("b-1", HOSTILE, Optional.of("c-1"))),
                List.of(rule("TRN-003", Severity.HIGH, "书记、委员年度培训学时", "000: 培训时间不少于56学时"),
                        rule("LIFE-001", Severity.MEDIUM, "每季度召开支部党员大会", "支部工作条例 Art. 11"),
                        rule("ORG-002", Severity.HIGH, "“空壳”党支部", "组织工作条例"),
                        rule("MEM-005", Severity.LOW, "党员档案", "党员管理办法"),
                        rule("DEV-001", Severity.MEDIUM, "发展党员计划", "发展党员工作细则")));
    }

    static RuleInfo rule(String id, Severity s, String title, String clause) {
        return new RuleInfo(id, s, title, "", clause, List.of(), Set.of(), "rules/x.drl:1");
    }

    static Finding person(String rule, Severity s, String personId, String name, String org, String period, double hours) {
        return new Finding(rule, s, SubjectType.PERSON, personId, name, org, Optional.of(period), Optional.of(hours),
                Optional.of(">= 56"), name + "（" + period + "）：书记、委员年度培训学时，实际" + hours + "，要求>= 56。",
                "000: 培训时间不少于56学时", new TreeMap<>(Map.of("trainings", List.of("t-1", "t-2"))), false);
    }

    public static Finding org(String rule, Severity s, String orgId, String name, String period) {
        return new Finding(rule, s, SubjectType.ORGANIZATION, orgId, name, orgId, Optional.of(period), Optional.of(0L),
                Optional.of(">= 1"), name + "（" + period + "）：每季度召开支部党员大会，实际0，要求>= 1。",
                "支部工作条例 Art. 11", new TreeMap<>(Map.of("missedPeriod", List.of(period))), false);
    }

    /** Five findings: two HIGH about people, two MEDIUM and one LOW about organizations. */
    public static AuditReport report() {
        return report(List.of(
                person("TRN-003", Severity.HIGH, "p-1", "欧阳娜娜", "c-1", "2020", 40),
                person("TRN-003", Severity.HIGH, "p-2", "张三", "c-2", "2020", 12.5),
                org("LIFE-001", Severity.MEDIUM, "b-1", HOSTILE, "2020-Q2"),
                org("LIFE-001", Severity.MEDIUM, "c-2", "光明社区党委", "2020-Q3"),
                org("MEM-005", Severity.LOW, "c-1", "向阳社区党委", "2020-Q4")));
    }

    public static AuditReport report(List<Finding> findings) {
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            bySeverity.put(s, 0);
        }
        Map<String, Integer> byRule = new TreeMap<>();
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(AuditReport.ORDER);
        for (Finding f : sorted) {
            bySeverity.merge(f.severity(), 1, Integer::sum);
            byRule.merge(f.ruleId(), 1, Integer::sum);
        }
        return new AuditReport(AS_OF, new AuditReport.PackInfo("builtin", "0.1.0", "a".repeat(64)),
                new AuditReport.DatasetInfo("b".repeat(64)),
                new AuditReport.Summary(bySeverity, byRule, List.of("DEV-001", "LIFE-001", "MEM-005", "ORG-002", "TRN-003"),
                        List.of(new AuditReport.NotEvaluated("FUND-001", "the dataset has no fundings"))),
                sorted, Language.ZH);
    }

    /**
     * The sample against a baseline (one finding resolved since, one persisting) with a waiver in
     * force on 张三's finding and an expired one on the LOW finding.
     */
    public static AuditReport reviewed() {
        AuditReport previous = report(List.of(
                person("TRN-003", Severity.HIGH, "p-2", "张三", "c-2", "2020", 12.5),
                org("ORG-002", Severity.HIGH, "c-2", "光明社区党委", "2020")));
        AuditReport compared = Baseline.compare(previous, report());
        return Waivers.apply(compared, List.of(
                new Waiver("TRN-003", "p-2", Optional.empty(), "病休六个月，经区委组织部同意", "李主任", LocalDate.of(2021, 6, 30),
                        "waivers.csv:2"),
                new Waiver("MEM-005", "c-1", Optional.of("2020-Q4"), "档案迁移中", "王部长", LocalDate.of(2020, 12, 1),
                        "waivers.csv:3")));
    }

    /** What a writer wrote, as text. */
    public interface Writer {
        void write(AuditReport report, ReportContext context, java.io.OutputStream out) throws IOException;
    }

    public static String written(Writer w, AuditReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.write(report, context(), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
