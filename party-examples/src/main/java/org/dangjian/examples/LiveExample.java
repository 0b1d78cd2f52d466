package org.dangjian.examples;

import static org.dangjian.examples.ExampleRecords.activity;
import static org.dangjian.examples.ExampleRecords.branch;
import static org.dangjian.examples.ExampleRecords.dues;
import static org.dangjian.examples.ExampleRecords.member;
import static org.dangjian.examples.ExampleRecords.person;

import java.time.LocalDate;
import java.time.YearMonth;
import org.dangjian.model.ActivityType;
import org.dangjian.model.Dataset;
import org.dangjian.model.RecordKind;
import org.dangjian.rules.AuditOptions;
import org.dangjian.rules.Change;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.Finding;
import org.dangjian.rules.FindingEvent;
import org.dangjian.rules.Language;
import org.dangjian.rules.LiveAudit;

/**
 * Live embedding: a tiny in-memory member system lives through 2020. Every change it makes to
 * its records goes to a live audit as well, dated the day it is made, and findings are printed
 * as they are raised and cleared.
 */
public final class LiveExample {

    /** The member system of one branch: each change is also told to the live audit, with today's date. */
    static final class MemberSystem implements AutoCloseable {
        private final LiveAudit audit;

        MemberSystem(Dataset records) {
            audit = ComplianceEngine.builtIn().openLive(records, AuditOptions.DEFAULTS.withLanguage(Language.EN));
            for (Finding f : audit.findings()) {
                System.out.println(records.asOf() + " standing " + f.ruleId() + " " + f.message());
            }
            audit.addListener(MemberSystem::print);
        }

        void hold(ActivityType type, LocalDate day) {
            hold(type, day, day);
        }

        void hold(ActivityType type, LocalDate heldOn, LocalDate recordedOn) {
            audit.apply(Change.asOf(recordedOn), Change.add(activity(type + "@" + heldOn, "b1", type, heldOn)));
        }

        void payDues(String personId, LocalDate day) {
            audit.apply(Change.asOf(day), Change.add(dues(personId, YearMonth.from(day), 20)));
        }

        void transferOut(String personId, LocalDate day) {
            audit.apply(Change.asOf(day), Change.remove(member(personId, "b1")));
        }

        void transferIn(String personId, String name, LocalDate day) {
            audit.apply(Change.asOf(day), Change.add(person(personId, name, LocalDate.of(1990, 5, 4))),
                    Change.add(member(personId, "b1")));
        }

        void closeYear() {
            audit.apply(Change.asOf(LocalDate.of(2020, 12, 31))); // the year's requirements are judged
            System.out.println("2020 closed; findings standing: " + audit.findings().size());
        }

        static void print(FindingEvent e) {
            System.out.println(e.asOf() + (e.raised() ? " raised   " : " cleared  ") + e.finding().ruleId() + " "
                    + e.finding().message());
        }

        @Override
        public void close() {
            audit.close();
        }
    }

    public static void main(String[] args) {
        Dataset start = Dataset.builder(LocalDate.of(2020, 1, 1))
                .add(branch("b1", "第一党支部"))
                .add(person("p1", "张三", LocalDate.of(1975, 3, 1))).add(member("p1", "b1"))
                .add(person("p2", "李四", LocalDate.of(1988, 9, 9))).add(member("p2", "b1"))
                .add(person("p3", "王五", LocalDate.of(1969, 12, 1))).add(member("p3", "b1"))
                .present(RecordKind.ACTIVITIES).present(RecordKind.DUES_PAYMENTS) // kept, though none yet
                .build();
        try (MemberSystem system = new MemberSystem(start)) {
            for (int month = 1; month <= 12; month++) {
                YearMonth m = YearMonth.of(2020, month);
                system.payDues("p1", m.atDay(5));
                if (month < 9) {
                    system.payDues("p2", m.atDay(5)); // 李四 stops paying in September
                }
                if (month != 3) {
                    system.hold(ActivityType.THEME_PARTY_DAY, m.atDay(10)); // March's is forgotten …
                }
                if (month == 4) {
                    system.hold(ActivityType.THEME_PARTY_DAY, LocalDate.of(2020, 3, 28), m.atDay(12)); // … is recorded late
                }
                if (month % 3 == 2) {
                    system.hold(ActivityType.MEMBER_ASSEMBLY, m.atDay(20));
                    system.hold(ActivityType.PARTY_LESSON, m.atDay(21));
                }
                if (month % 3 == 0 && month < 12) {
                    system.hold(ActivityType.AFFAIRS_DISCLOSURE, m.atDay(25)); // not in the last quarter
                }
                if (month == 5) {
                    system.transferOut("p3", m.atDay(15)); // three full members become two …
                }
                if (month == 7) {
                    system.transferIn("p4", "赵六", m.atDay(1)); // … and three again
                }
                if (month == 6 || month == 12) {
                    system.hold(ActivityType.IN_SERVICE_FEEDBACK, m.atDay(26));
                }
                if (month == 11) {
                    system.hold(ActivityType.ORGANIZATIONAL_LIFE_MEETING, m.atDay(25));
                    system.hold(ActivityType.DEMOCRATIC_EVALUATION, m.atDay(26));
                }
            }
            system.closeYear();
        }
    }
}
