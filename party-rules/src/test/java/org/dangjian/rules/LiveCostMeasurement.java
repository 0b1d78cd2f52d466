package org.dangjian.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.dangjian.model.Activity;
import org.dangjian.model.ActivityType;
import org.dangjian.model.Dataset;
import org.dangjian.model.DuesPayment;
import org.dangjian.model.Membership;
import org.dangjian.model.MembershipStatus;
import org.dangjian.model.OrgType;
import org.dangjian.model.Organization;
import org.dangjian.model.Position;
import org.dangjian.model.Role;
import org.dangjian.model.Sector;
import org.dangjian.model.Training;

/**
 * Measures what a live audit costs on a district of {@code members} members (default 10 000):
 * the heap the dataset takes, the heap an open live audit keeps besides it, the time to open
 * one, and the time one change takes. Not a test (surefire does not run it); the figures in
 * docs/embedding.md come from it:
 *
 * <pre>
 * mvn -q -pl party-rules -am test-compile -DskipTests
 * mvn -q -pl party-rules dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -Xmx4g -cp party-rules/target/test-classes:party-rules/target/classes:party-model/target/classes:$(cat /tmp/cp.txt) \
 *     org.dangjian.rules.LiveCostMeasurement 10000
 * </pre>
 */
public final class LiveCostMeasurement {

    private static final double MB = 1024 * 1024;

    private LiveCostMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Random rnd = new Random(1);
        ComplianceEngine engine = ComplianceEngine.builtIn();
        engine.audit(district(rnd, 200, LocalDate.of(2020, 6, 30))); // warm up

        long base = LivePackReloadTest.usedHeapAfterGc();
        Dataset d = district(rnd, members, LocalDate.of(2020, 6, 30));
        long withData = LivePackReloadTest.usedHeapAfterGc();
        System.out.printf("dataset: %d members, %d records, %.0f MB of heap%n", members, d.size(), (withData - base) / MB);

        long t = System.nanoTime();
        AuditReport report = engine.audit(d);
        System.out.printf("batch audit: %d ms, %d findings%n", (System.nanoTime() - t) / 1_000_000, report.findings().size());

        t = System.nanoTime();
        try (LiveAudit live = engine.openLive(d)) {
            System.out.printf("open live audit: %d ms%n", (System.nanoTime() - t) / 1_000_000);
            long open = LivePackReloadTest.usedHeapAfterGc();
            System.out.printf("live audit kept besides the dataset: %.0f MB%n", (open - withData) / MB);

            List<String> branches = live.dataset().organizations().stream()
                    .filter(o -> o.type() == OrgType.BRANCH).map(Organization::id).toList();
            int n = 200;
            long[] ns = new long[n];
            LocalDate day = live.dataset().asOf();
            for (int i = 0; i < n; i++) {
                Change c;
                switch (i % 4) {
                    case 0 -> c = Change.add(new Activity("live-" + i, branches.get(rnd.nextInt(branches.size())),
                            ActivityType.THEME_PARTY_DAY, day, Optional.empty(), Optional.empty()));
                    case 1 -> {
                        Membership m = live.dataset().memberships().get(rnd.nextInt(members));
                        c = Change.update(m, new Membership(m.personId(), branches.get(rnd.nextInt(branches.size())),
                                m.status(), m.admitted(), m.fullSince(), m.probationExtendedUntil(), m.activistSince(),
                                m.candidateSince(), m.preAdmissionTrainingHours(), m.category(), m.workUnitId(),
                                m.exempt(), m.lostContactSince(), m.suspendedSince(), m.monthlyIncomeYuan(),
                                m.mobile(), m.reportedToCommunityId()));
                    }
                    case 2 -> c = Change.add(new DuesPayment("p" + rnd.nextInt(members), YearMonth.from(day), 20,
                            Optional.of(day)));
                    default -> {
                        day = day.plusDays(1);
                        c = Change.asOf(day);
                    }
                }
                long s = System.nanoTime();
                live.apply(c);
                ns[i] = System.nanoTime() - s;
            }
            long[] sorted = ns.clone();
            Arrays.sort(sorted);
            System.out.printf("one change: median %.1f ms, p90 %.1f ms, max %.1f ms (%d rebuilds)%n",
                    sorted[n / 2] / 1e6, sorted[n * 9 / 10] / 1e6, sorted[n - 1] / 1e6, live.rebuilds());
            long[] byKind = new long[4];
            for (int i = 0; i < n; i++) {
                byKind[i % 4] += ns[i];
            }
            System.out.printf("by kind (mean): activity added %.1f ms, membership moved %.1f ms, dues added %.1f ms,"
                            + " asOf +1 day %.1f ms%n", byKind[0] / 50e6, byKind[1] / 50e6, byKind[2] / 50e6,
                    byKind[3] / 50e6);
            System.out.printf("live findings equal a batch audit: %s%n",
                    engine.audit(live.dataset()).findings().equals(live.findings()));
        }
    }

    /** A district: streets, community committees, branches of 20 members, posts, trainings, activities, dues. */
    static Dataset district(Random rnd, int members, LocalDate asOf) {
        LiveWorld w = new LiveWorld(rnd);
        Dataset.Builder b = Dataset.builder(asOf);
        b.add(w.org("d", OrgType.DISTRICT_COMMITTEE, Sector.ORGAN, null));
        int branches = Math.max(1, members / 20);
        List<String> branchIds = new ArrayList<>();
        for (int i = 0; i < branches; i++) {
            String street = "s" + (i / 50);
            String committee = "c" + (i / 10);
            if (i % 50 == 0) {
                b.add(w.org(street, OrgType.STREET_WORKING_COMMITTEE, Sector.ORGAN, "d"));
            }
            if (i % 10 == 0) {
                b.add(w.org(committee, OrgType.PARTY_COMMITTEE, Sector.COMMUNITY, street));
            }
            String id = "b" + i;
            b.add(w.org(id, OrgType.BRANCH, Sector.COMMUNITY, committee));
            branchIds.add(id);
        }
        Dataset orgs = b.build();
        for (int p = 0; p < members; p++) {
            String id = "p" + p;
            String branch = branchIds.get(p / 20 % branchIds.size());
            b.add(w.person(id));
            Membership m = w.membership(orgs, id);
            b.add(new Membership(id, branch, rnd.nextInt(10) == 0 ? MembershipStatus.PROBATIONARY : MembershipStatus.FULL,
                    m.admitted(), m.fullSince(), m.probationExtendedUntil(), m.activistSince(), m.candidateSince(),
                    m.preAdmissionTrainingHours(), m.category(), m.workUnitId(), false, Optional.empty(),
                    Optional.empty(), m.monthlyIncomeYuan(), Optional.empty(), Optional.empty()));
            if (p % 20 < 3) {
                b.add(new Position(id, branch, p % 20 == 0 ? Role.SECRETARY : Role.COMMITTEE_MEMBER,
                        LiveWorld.LONG_AGO, Optional.empty(), Optional.of(false), Optional.of(true), Optional.empty()));
            }
            for (int t = 0; t < 2; t++) {
                b.add(new Training(id, LocalDate.of(2020, 1 + rnd.nextInt(6), 1 + rnd.nextInt(28)), 4 + rnd.nextInt(20),
                        false, org.dangjian.model.OrganizerLevel.STREET, Optional.empty()));
            }
            for (int month = 1; month <= asOf.getMonthValue(); month++) {
                b.add(new DuesPayment(id, YearMonth.of(2020, month), 10 + rnd.nextInt(50), Optional.empty()));
            }
        }
        int a = 0;
        for (String branch : branchIds) {
            for (int month = 1; month <= asOf.getMonthValue(); month++) {
                for (ActivityType type : List.of(ActivityType.THEME_PARTY_DAY, ActivityType.COMMITTEE_MEETING)) {
                    if (rnd.nextInt(10) > 0) {
                        b.add(new Activity("a" + a++, branch, type, LocalDate.of(2020, month, 1 + rnd.nextInt(28)),
                                Optional.empty(), Optional.empty()));
                    }
                }
            }
        }
        return b.build();
    }
}
