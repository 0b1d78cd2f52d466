package org.dangjian.examples;

import static org.dangjian.examples.ExampleRecords.activity;
import static org.dangjian.examples.ExampleRecords.branch;
import static org.dangjian.examples.ExampleRecords.member;
import static org.dangjian.examples.ExampleRecords.person;

import java.time.LocalDate;
import org.dangjian.model.ActivityType;
import org.dangjian.model.Dataset;
import org.dangjian.rules.AuditOptions;
import org.dangjian.rules.AuditReport;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.Finding;
import org.dangjian.rules.Language;

/** Batch embedding: the records as they stand, audited once; the findings printed. */
public final class BatchExample {

    public static void main(String[] args) {
        Dataset.Builder records = Dataset.builder(LocalDate.of(2020, 12, 31))
                .add(branch("b1", "第一党支部"))
                .add(person("p1", "张三", LocalDate.of(1975, 3, 1))).add(member("p1", "b1"))
                .add(person("p2", "李四", LocalDate.of(1988, 9, 9))).add(member("p2", "b1"));
        for (int month = 1; month <= 12; month++) {
            if (month != 8) { // no theme party day in August
                records.add(activity("day-" + month, "b1", ActivityType.THEME_PARTY_DAY, LocalDate.of(2020, month, 10)));
            }
        }
        records.add(activity("life", "b1", ActivityType.ORGANIZATIONAL_LIFE_MEETING, LocalDate.of(2020, 12, 18)));
        Dataset dataset = records.build();

        ComplianceEngine engine = ComplianceEngine.builtIn(); // compile once, audit many times, from any thread
        AuditReport report = engine.audit(dataset, AuditOptions.DEFAULTS.withLanguage(Language.EN));

        System.out.println(report.findings().size() + " findings as of " + report.asOf());
        for (Finding f : report.findings()) {
            System.out.println(f.severity() + " " + f.ruleId() + " " + f.message());
        }
        report.summary().rulesNotEvaluated().forEach(n -> System.out.println("not evaluated: " + n.ruleId()
                + " (" + n.reason() + ")"));
    }
}
