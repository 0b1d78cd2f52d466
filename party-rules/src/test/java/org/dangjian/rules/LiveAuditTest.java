package org.dangjian.rules;

import static org.dangjian.rules.Fixtures.activity;
import static org.dangjian.rules.Fixtures.branch;
import static org.dangjian.rules.Fixtures.member;
import static org.dangjian.rules.Fixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dangjian.model.Activity;
import org.dangjian.model.ActivityType;
import org.dangjian.model.Dataset;
import org.dangjian.model.Organization;
import org.dangjian.model.RecordKind;
import org.dangjian.model.Rectification;
import org.dangjian.model.RectificationKind;
import org.junit.jupiter.api.Test;

/** Live audits on small hand-built branches: findings raised and cleared as records change. */
class LiveAuditTest {

    private static final ComplianceEngine ENGINE = ComplianceEngine.builtIn();
    /** A branch recorded as having no committee (so no committee meetings are asked of it, nor listed). */
    private static final Organization B1 = withoutCommittee(branch("b1", null));

    private static Organization withoutCommittee(Organization o) {
        return new Organization(o.id(), o.name(), o.type(), o.sector(), o.parentId(), o.established(), o.dissolved(),
                o.joint(), java.util.Optional.of(false), o.committeeSeats(), o.lastElection(), o.electionExtendedUntil(),
                o.households(), o.serviceAreaSqm(), o.fundsYuan(), o.starRating(), o.demonstrationPoint(), o.hostUnitId());
    }

    /** A branch with three full members and a theme party day every month of 2020 but March. */
    private static Dataset.Builder branchWithoutMarch(LocalDate asOf) {
        Dataset.Builder b = Dataset.builder(asOf).add(B1);
        for (String p : List.of("p1", "p2", "p3")) {
            b.add(person(p)).add(member(p, "b1"));
        }
        for (int m = 1; m <= 12; m++) {
            if (m != 3) {
                b.add(activity("t" + m, "b1", ActivityType.THEME_PARTY_DAY, LocalDate.of(2020, m, 10)));
            }
        }
        return b;
    }

    private static List<String> keys(List<FindingEvent> events) {
        return events.stream().map(e -> e.kind() + " " + e.finding().ruleId() + " " + e.finding().subjectId()
                + e.finding().period().map(p -> "@" + p).orElse("")).toList();
    }

    /** The events of the rules under test only: the built-in pack raises others on the same records. */
    private static List<FindingEvent> of(List<FindingEvent> events, String ruleId) {
        return events.stream().filter(e -> e.finding().ruleId().equals(ruleId)).toList();
    }

    private static boolean has(LiveAudit live, String ruleId, String period) {
        return live.findings().stream().anyMatch(f -> f.ruleId().equals(ruleId) && f.period().equals(Optional.of(period)));
    }

    @Test
    void addingTheMissingActivityClearsTheCadenceFinding() {
        try (LiveAudit live = ENGINE.openLive(branchWithoutMarch(Fixtures.YEAR_END).build())) {
            assertTrue(has(live, "LIFE-005", "2020-03"));
            List<FindingEvent> heard = new ArrayList<>();
            live.addListener(heard::add);

            List<FindingEvent> events = live.apply(Change.add(
                    activity("t3", "b1", ActivityType.THEME_PARTY_DAY, LocalDate.of(2020, 3, 31))));

            assertEquals(List.of("CLEARED LIFE-005 b1@2020-03"), keys(of(events, "LIFE-005")));
            assertEquals(events, heard);
            assertEquals(Fixtures.YEAR_END, events.get(0).asOf());
            assertFalse(has(live, "LIFE-005", "2020-03"));
            assertEquals(ENGINE.audit(live.dataset()).findings(), live.findings());
        }
    }

    @Test
    void removingAMemberRaisesHollowBranchAndAddingOneBackClearsIt() {
        try (LiveAudit live = ENGINE.openLive(branchWithoutMarch(Fixtures.YEAR_END).build())) {
            assertEquals(List.of("RAISED ORG-002 b1"), keys(of(live.apply(Change.remove(member("p3", "b1"))), "ORG-002")));
            Finding hollow = live.findings().stream().filter(f -> f.ruleId().equals("ORG-002")).findFirst().orElseThrow();
            assertEquals(Optional.of(2L), hollow.measured());
            assertEquals(List.of("CLEARED ORG-002 b1"), keys(of(live.apply(Change.add(member("p4", "b1"))), "ORG-002")));
        }
    }

    @Test
    void aFindingMeasuredOtherwiseIsClearedAndRaisedAgain() {
        Dataset.Builder b = branchWithoutMarch(Fixtures.YEAR_END);
        b.remove(member("p3", "b1"));
        b.remove(member("p2", "b1"));
        try (LiveAudit live = ENGINE.openLive(b.build())) {
            List<FindingEvent> events = of(live.apply(Change.update(member("p1", "b1"),
                    member("p1", "b1", org.dangjian.model.MembershipStatus.PROBATIONARY, LocalDate.of(2020, 1, 1)))),
                    "ORG-002");
            assertEquals(List.of("CLEARED ORG-002 b1", "RAISED ORG-002 b1"), keys(events));
            assertEquals(Optional.of(1L), events.get(0).finding().measured());
            assertEquals(Optional.of(0L), events.get(1).finding().measured());
        }
    }

    @Test
    void movingAsOfPastAMonthsEndRaisesItsCadenceFinding() {
        try (LiveAudit live = ENGINE.openLive(branchWithoutMarch(LocalDate.of(2020, 3, 15)).build())) {
            assertFalse(has(live, "LIFE-005", "2020-03"), "March is not over");
            List<FindingEvent> events = live.apply(Change.asOf(LocalDate.of(2020, 3, 31)));
            assertTrue(keys(events).contains("RAISED LIFE-005 b1@2020-03"), keys(events).toString());
            assertEquals(0, live.rebuilds(), "asOf moves are incremental");
            assertEquals(ENGINE.audit(live.dataset()).findings(), live.findings());
        }
    }

    @Test
    void aFindingWhosePeriodEndsOnTheNewAsOfIsWordedAgainThoughItsFactsStay() {
        // PROBE-002 raises on activity counts of every period: the year's count stays from 30 to 31
        // December (no activity between), but its finding is progress on the 30th and not on the 31st.
        ComplianceEngine probe = LiveAuditProperties.PROBE;
        try (LiveAudit live = probe.openLive(branchWithoutMarch(LocalDate.of(2020, 12, 30)).build())) {
            assertTrue(live.findings().stream().anyMatch(f -> f.ruleId().equals("PROBE-002") && f.progress()));
            live.apply(Change.asOf(LocalDate.of(2020, 12, 31)));
            assertEquals(probe.audit(live.dataset()).findings(), live.findings());
            assertTrue(live.findings().stream().noneMatch(f -> f.ruleId().equals("PROBE-002") && f.progress()));
            live.apply(Change.asOf(LocalDate.of(2020, 12, 30)));
            assertEquals(probe.audit(live.dataset()).findings(), live.findings());
        }
    }

    @Test
    void theFirstActivityMakesTheCadenceRulesEvaluated() {
        Dataset.Builder b = Dataset.builder(Fixtures.YEAR_END).add(B1);
        for (String p : List.of("p1", "p2", "p3")) {
            b.add(person(p)).add(member(p, "b1"));
        }
        try (LiveAudit live = ENGINE.openLive(b.build())) {
            assertTrue(live.findings().stream().noneMatch(f -> f.ruleId().startsWith("LIFE-00")));
            assertTrue(live.report().summary().rulesNotEvaluated().stream().anyMatch(n -> n.ruleId().equals("LIFE-005")));

            live.apply(Change.add(activity("t1", "b1", ActivityType.THEME_PARTY_DAY, LocalDate.of(2020, 1, 10))));

            assertEquals(1, live.rebuilds(), "a new input rebuilds the session");
            assertTrue(has(live, "LIFE-005", "2020-02"));
            assertFalse(has(live, "LIFE-005", "2020-01"));
            assertTrue(live.report().summary().rulesEvaluated().contains("LIFE-005"));
            assertEquals(ENGINE.audit(live.dataset()), live.report());
        }
    }

    @Test
    void renamingAnOrganizationRenamesItsFindings() {
        try (LiveAudit live = ENGINE.openLive(branchWithoutMarch(Fixtures.YEAR_END).build())) {
            Organization renamed = new Organization("b1", "第一支部", B1.type(), B1.sector(), B1.parentId(),
                    B1.established(), B1.dissolved(), B1.joint(), B1.hasCommittee(), B1.committeeSeats(),
                    B1.lastElection(), B1.electionExtendedUntil(), B1.households(), B1.serviceAreaSqm(),
                    B1.fundsYuan(), B1.starRating(), B1.demonstrationPoint(), B1.hostUnitId());
            live.apply(Change.update(B1, renamed));
            // The cadence rule does not fire again (its facts did not change), but the finding's name did.
            assertTrue(live.findings().stream().allMatch(f -> f.subjectName().equals("第一支部")), live.findings().toString());
            assertEquals(ENGINE.audit(live.dataset()).findings(), live.findings());
        }
    }

    @Test
    void replacingThePackKeepsTheRecordsAndTellsTheDifference() throws PackException {
        try (LiveAudit live = ENGINE.openLive(branchWithoutMarch(Fixtures.YEAR_END).build())) {
            Dataset before = live.dataset();
            ComplianceEngine stricter = ComplianceEngine.compile(withParam("org.branchMinFullMembers", "5"));

            List<FindingEvent> events = live.replacePack(stricter);

            assertEquals(List.of("RAISED ORG-002 b1"), keys(events));
            assertEquals(before, live.dataset());
            assertEquals(stricter, live.engine());
            assertEquals(stricter.audit(before).findings(), live.findings());
            // Changes go on with the new pack.
            assertEquals(List.of("CLEARED ORG-002 b1"), keys(live.apply(Change.add(member("p4", "b1")),
                    Change.add(member("p5", "b1")))));
        }
    }

    /** The built-in pack with one threshold changed, as policy staff would edit params.properties. */
    static RulePack withParam(String name, String value) throws PackException {
        Map<String, String> files = new TreeMap<>(RulePack.builtIn().files());
        String params = files.get("params.properties");
        String changed = params.replaceAll("(?m)^" + java.util.regex.Pattern.quote(name) + "\\s*=.*$", name + " = " + value);
        if (changed.equals(params)) {
            throw new AssertionError("no parameter " + name);
        }
        files.put("params.properties", changed);
        return RulePack.of(files);
    }

    @Test
    void equalRecordsAndEqualDerivedFactsCountAsInABatchSession() {
        Rectification r = new Rectification("b1", RectificationKind.WEAK, LocalDate.of(2020, 2, 1), Optional.empty(), false);
        Rectification same = new Rectification("b1", RectificationKind.WEAK, LocalDate.of(2020, 2, 1), Optional.empty(), false);
        try (LiveAudit live = ENGINE.openLive(branchWithoutMarch(Fixtures.YEAR_END).build())) {
            // An equal copy is a second record (and a second OrgScope); the very same instance twice is one fact.
            for (Change c : List.of(Change.add(r), Change.add(same), Change.add(r), Change.remove(r), Change.remove(same),
                    Change.update(r, same), Change.remove(r))) {
                live.apply(c);
                assertEquals(LiveAuditProperties.factCount(ENGINE, live.dataset(), AuditOptions.DEFAULTS),
                        live.factCount(), "after " + c);
                assertEquals(ENGINE.audit(live.dataset()).findings(), live.findings());
            }
        }
    }

    @Test
    void aChangeThatCannotApplyChangesNothing() {
        try (LiveAudit live = ENGINE.openLive(branchWithoutMarch(Fixtures.YEAR_END).build())) {
            List<Finding> findings = live.findings();
            Dataset dataset = live.dataset();
            Activity march = activity("t3", "b1", ActivityType.THEME_PARTY_DAY, LocalDate.of(2020, 3, 31));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> live.apply(Change.add(march), Change.remove(member("p9", "b1"))));
            assertEquals("cannot remove memberships[p9, b1]: the dataset holds no record equal to it", e.getMessage());
            assertEquals(findings, live.findings());
            assertEquals(dataset, live.dataset());
            assertThrows(IllegalArgumentException.class, () -> Change.update(B1, person("p1")));
            assertThrows(IllegalArgumentException.class, () -> Change.add("not a record"));
        }
    }

    @Test
    void aRuleThatKeepsFiringLeavesTheAuditAsItWas() {
        Dataset.Builder b = Dataset.builder(LocalDate.of(2020, 1, 31)).add(B1).present(RecordKind.ACTIVITIES);
        for (String p : List.of("p1", "p2", "p3")) {
            b.add(person(p)).add(member(p, "b1"));
        }
        Dataset january = b.build();
        try (LiveAudit live = ENGINE.openLive(january, AuditOptions.DEFAULTS.withMaxFirings(10))) {
            List<Finding> findings = live.findings();
            assertThrows(RuleFiringLimitException.class, () -> live.apply(Change.asOf(Fixtures.YEAR_END)));
            assertEquals(january, live.dataset());
            assertEquals(findings, live.findings());
            assertEquals(ENGINE.audit(january).findings(), live.findings());
            live.apply(Change.asOf(LocalDate.of(2020, 2, 29))); // and it goes on
            assertEquals(ENGINE.audit(live.dataset()).findings(), live.findings());
        }
    }

    @Test
    void aListenerMustNotChangeTheAuditItListensTo() {
        try (LiveAudit live = ENGINE.openLive(branchWithoutMarch(Fixtures.YEAR_END).build())) {
            List<Throwable> thrown = new ArrayList<>();
            List<Integer> sizes = new ArrayList<>();
            live.addListener(e -> {
                sizes.add(live.findings().size()); // reading is fine: the change is applied
                try {
                    live.apply(Change.asOf(LocalDate.of(2020, 6, 30)));
                } catch (IllegalStateException ex) {
                    thrown.add(ex);
                }
            });
            live.addListener(e -> {
                throw new IllegalStateException("a broken listener is logged, not fatal");
            });
            live.apply(Change.remove(member("p3", "b1")));
            assertEquals(1, thrown.size());
            assertEquals(List.of(live.findings().size()), sizes);
            assertEquals(Fixtures.YEAR_END, live.dataset().asOf());
        }
    }

    @Test
    void manyChangesAreOneTransactionTheirEventsNet() {
        try (LiveAudit live = ENGINE.openLive(branchWithoutMarch(Fixtures.YEAR_END).build())) {
            List<FindingEvent> heard = new ArrayList<>();
            live.addListener(heard::add);
            Activity march = activity("t3", "b1", ActivityType.THEME_PARTY_DAY, LocalDate.of(2020, 3, 31));
            // Cleared by the first change, raised again by the second: nothing to tell.
            assertEquals(List.of(), live.apply(Change.add(march), Change.remove(march)));
            // A member removed and another added: ORG-002 neither raised nor cleared.
            assertEquals(List.of(), of(live.apply(Change.remove(member("p3", "b1")), Change.add(member("p4", "b1"))),
                    "ORG-002"));
            // March's finding cleared and the branch hollow: both told once, after the last change.
            List<FindingEvent> events = live.apply(Change.add(march), Change.remove(member("p4", "b1")),
                    Change.remove(member("p2", "b1")), Change.add(member("p2", "b1")));
            assertEquals(List.of("CLEARED LIFE-005 b1@2020-03"), keys(of(events, "LIFE-005")));
            assertEquals(List.of("RAISED ORG-002 b1"), keys(of(events, "ORG-002")));
            assertEquals(events, heard.subList(heard.size() - events.size(), heard.size()));
            assertEquals(ENGINE.audit(live.dataset()).findings(), live.findings());
        }
    }

    @Test
    void aListenerThatThrowsLosesNoChangeAndTheOthersStillHear() {
        try (LiveAudit live = ENGINE.openLive(branchWithoutMarch(Fixtures.YEAR_END).build())) {
            List<FindingEvent> heard = new ArrayList<>();
            live.addListener(e -> {
                throw new IllegalStateException("a broken listener is logged, not fatal");
            });
            live.addListener(heard::add);
            List<FindingEvent> events = live.apply(Change.remove(member("p3", "b1")));
            assertEquals(List.of("RAISED ORG-002 b1"), keys(of(events, "ORG-002")));
            assertEquals(events, heard);
            assertEquals(ENGINE.audit(live.dataset()).findings(), live.findings());
            assertEquals(2, live.dataset().memberships().size());
        }
    }

    @Test
    void aClosedAuditKeepsItsLastFindingsAndTakesNoChanges() {
        LiveAudit live = ENGINE.openLive(branchWithoutMarch(Fixtures.YEAR_END).build());
        List<Finding> findings = live.findings();
        live.close();
        live.close();
        assertEquals(findings, live.findings());
        assertThrows(IllegalStateException.class, () -> live.apply(Change.asOf(Fixtures.MID_YEAR)));
    }

    @Test
    void changesFromManyThreadsAreAppliedOneAtATime() throws InterruptedException {
        try (LiveAudit live = ENGINE.openLive(branchWithoutMarch(LocalDate.of(2020, 1, 31)).build())) {
            List<FindingEvent> heard = new CopyOnWriteArrayList<>();
            live.addListener(heard::add);
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                threads.add(new Thread(() -> {
                    for (int i = 0; i < 25; i++) {
                        live.apply(Change.add(activity("x" + thread + "-" + i, "b1", ActivityType.values()[i % 7],
                                LocalDate.of(2020, 1 + (i % 12), 1 + thread))));
                        live.findings();
                    }
                }));
            }
            threads.forEach(Thread::start);
            for (Thread th : threads) {
                th.join();
            }
            assertEquals(100 + 11, live.dataset().activities().size());
            assertEquals(ENGINE.audit(live.dataset()).findings(), live.findings());
            java.util.Set<Finding> replayed = new java.util.LinkedHashSet<>(
                    ENGINE.audit(branchWithoutMarch(LocalDate.of(2020, 1, 31)).build()).findings());
            for (FindingEvent e : heard) {
                if (e.raised()) {
                    assertTrue(replayed.add(e.finding()), "raised twice: " + e);
                } else {
                    assertTrue(replayed.remove(e.finding()), "cleared but not raised: " + e);
                }
            }
            assertEquals(java.util.Set.copyOf(live.findings()), replayed);
        }
    }
}
