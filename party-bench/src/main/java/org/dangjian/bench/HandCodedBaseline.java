package org.dangjian.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dangjian.model.ActivityType;
import org.dangjian.model.Dataset;
import org.dangjian.model.Membership;
import org.dangjian.model.MembershipStatus;
import org.dangjian.model.OrgType;
import org.dangjian.model.Organization;
import org.dangjian.model.Periods;
import org.dangjian.model.Person;
import org.dangjian.model.Position;
import org.dangjian.model.RecordKind;
import org.dangjian.model.Tables;
import org.dangjian.model.Role;
import org.dangjian.rules.Finding;
import org.dangjian.rules.Parameters;
import org.dangjian.rules.Severity;

/**
 * Six checks of the catalog written by hand as plain Java (手写基线): TRN-001, TRN-003, DEV-001,
 * ORG-002, LIFE-005 and MEM-001, with exactly the built-in rules' semantics (who is judged, the
 * boundaries, the periods, exempt members, lifetimes; each area's notes), in one pass over each
 * record array they read and no rule engine. The big kinds (trainings, activities, dues) are read
 * straight from the dataset's columns ({@code Dataset.trainingTable()} …), never as records made
 * on access: the fastest the data allows. What this machine can do at best, to measure the
 * engine against: {@code EngineVsBaselineBenchmark} runs both in the same JMH run, and
 * {@code BaselineEqualityTest} shows that both find the same things.
 *
 * <pre>{@code
 * List<Check> checks = new HandCodedBaseline(HandCodedBaseline.Thresholds.of(engine.parameters())).run(dataset);
 * }</pre>
 */
public final class HandCodedBaseline {

    /** The rules this baseline implements. */
    public static final Set<String> RULE_IDS = Set.of("TRN-001", "TRN-003", "DEV-001", "ORG-002", "LIFE-005", "MEM-001");

    private static final Set<OrgType> GRASSROOTS = EnumSet.of(OrgType.PARTY_COMMITTEE, OrgType.GENERAL_BRANCH, OrgType.BRANCH);
    private static final Set<OrgType> COMMITTEE_LEVEL = EnumSet.of(
            OrgType.DISTRICT_COMMITTEE, OrgType.STREET_WORKING_COMMITTEE, OrgType.PARTY_COMMITTEE);
    private static final Set<Role> TRN_003_ROLES = EnumSet.of(Role.SECRETARY, Role.DEPUTY_SECRETARY, Role.COMMITTEE_MEMBER);
    /** Training hours are summed exactly in ten-thousandths of an hour, as the engine sums them in decimal. */
    private static final double UNITS = 10_000;

    /** The thresholds of the six checks, as the pack's parameters give them. */
    public record Thresholds(double memberMinHours, double secretaryMinHours, int youngAge, double under40Share,
                             double branchMinFullMembers, double duesSelfWithdrawalMonths, int themeDaysPerMonth) {

        /** The thresholds of a pack's parameters ({@code ComplianceEngine.parameters()}); LIFE-005's minimum is its cadence row's 1. */
        public static Thresholds of(Parameters p) {
            return new Thresholds(p.num("trn.memberMinHours"), p.num("trn.secretaryMinHours"), p.integer("dev.youngAge"),
                    p.num("dev.under40Share"), p.num("org.branchMinFullMembers"), p.num("mem.duesSelfWithdrawalMonths"), 1);
        }
    }

    /**
     * One thing found: the identity of a finding (rule, subject, period) with what was measured
     * as text ({@code 31.5}, {@code 0.75}) and the severity.
     */
    public record Check(String ruleId, String subjectId, String period, String measured, Severity severity) {

        /** The same view of an engine finding. */
        public static Check of(Finding f) {
            return new Check(f.ruleId(), f.subjectId(), f.period().orElse(""),
                    f.measured().map(HandCodedBaseline::text).orElse(""), f.severity());
        }

        static final Comparator<Check> ORDER = Comparator.comparing(Check::ruleId).thenComparing(Check::subjectId)
                .thenComparing(Check::period);
    }

    private final Thresholds t;

    public HandCodedBaseline(Thresholds thresholds) {
        this.t = thresholds;
    }

    /** Every check raised on {@code d}, in (rule, subject, period) order, one per identity. */
    public List<Check> run(Dataset d) {
        Pass p = new Pass(d);
        if (d.has(RecordKind.MEMBERSHIPS)) {
            p.memberships();
        }
        if (d.has(RecordKind.POSITIONS) && d.has(RecordKind.TRAININGS)) {
            p.posts();
        }
        if (d.has(RecordKind.ACTIVITIES)) {
            p.themeDays();
        }
        if (d.has(RecordKind.DUES_PAYMENTS) && d.has(RecordKind.MEMBERSHIPS)) {
            p.dues();
        }
        List<Check> out = new ArrayList<>(p.out.values());
        out.sort(Check.ORDER);
        return out;
    }

    /** The state of one run over one dataset. */
    private final class Pass {
        final Dataset d;
        final LocalDate asOf;
        final LocalDate yearStart;
        final String year;
        final boolean yearComplete;
        final Map<String, Check> out = new LinkedHashMap<>();
        /** Committee-level organizations at or above an organization, by organization id. */
        final Map<String, List<String>> chains = new HashMap<>();
        /** Training hours of the audit year up to asOf, in ten-thousandths, by person; made on first use. */
        Map<String, long[]> units;

        Pass(Dataset d) {
            this.d = d;
            this.asOf = d.asOf();
            this.yearStart = LocalDate.of(asOf.getYear(), 1, 1);
            this.year = String.valueOf(asOf.getYear());
            this.yearComplete = MonthDay.from(asOf).equals(MonthDay.of(12, 31));
        }

        void raise(String rule, String subject, String period, String measured, Severity sev) {
            Check c = new Check(rule, subject, period, measured, sev);
            out.putIfAbsent(rule + '\u0000' + subject + '\u0000' + period, c);
        }

        /** An annual check before 31 December is INFO progress. */
        Severity annual(Severity s) {
            return yearComplete ? s : Severity.INFO;
        }

        boolean active(Organization o) {
            return !o.established().isAfter(asOf) && o.dissolved().map(x -> x.isAfter(asOf)).orElse(true);
        }

        /** TRN-001 per judged member, ORG-002 over full members per branch, DEV-001 over the year's admissions. */
        void memberships() {
            boolean trainings = d.has(RecordKind.TRAININGS);
            boolean people = d.has(RecordKind.PEOPLE);
            Map<String, int[]> full = new HashMap<>();
            Map<String, int[]> cohorts = new HashMap<>(); // young, all
            for (Membership m : d.memberships()) {
                if (m.status() == MembershipStatus.FULL) {
                    full.computeIfAbsent(m.organizationId(), k -> new int[1])[0]++;
                }
                if (trainings && m.status() != MembershipStatus.SUSPENDED && !m.exempt() && !m.admitted().isAfter(yearStart)) {
                    long units = yearlyUnits(m.personId());
                    if (units < t.memberMinHours() * UNITS) {
                        raise("TRN-001", m.personId(), year, hours(units), annual(Severity.MEDIUM));
                    }
                }
                if (people && !m.admitted().isBefore(yearStart) && !m.admitted().isAfter(asOf)) {
                    Optional<Person> person = d.person(m.personId());
                    if (person.isPresent()) {
                        boolean young = Periods.ageOn(person.get().birthDate(), m.admitted()) < t.youngAge();
                        for (String orgId : chains.computeIfAbsent(m.organizationId(), this::committeeChain)) {
                            int[] c = cohorts.computeIfAbsent(orgId, k -> new int[2]);
                            c[0] += young ? 1 : 0;
                            c[1]++;
                        }
                    }
                }
            }
            for (Organization o : d.organizations()) {
                if (o.type() == OrgType.BRANCH && active(o)) {
                    int n = full.getOrDefault(o.id(), new int[1])[0];
                    if (n < t.branchMinFullMembers()) {
                        raise("ORG-002", o.id(), "", String.valueOf(n), Severity.HIGH);
                    }
                }
            }
            cohorts.forEach((orgId, c) -> d.organization(orgId).filter(this::active).ifPresent(o -> {
                if ((double) c[0] / c[1] < t.under40Share()) {
                    String share = BigDecimal.valueOf(c[0]).divide(BigDecimal.valueOf(c[1]), 4, RoundingMode.HALF_UP)
                            .stripTrailingZeros().toPlainString();
                    raise("DEV-001", orgId, year, share, annual(Severity.MEDIUM));
                }
            }));
        }

        /** The organization and those above it that are committee-level. */
        List<String> committeeChain(String orgId) {
            List<String> chain = new ArrayList<>(3);
            Set<String> seen = new java.util.HashSet<>();
            Organization o = d.organization(orgId).orElse(null);
            while (o != null && seen.add(o.id())) {
                if (COMMITTEE_LEVEL.contains(o.type())) {
                    chain.add(o.id());
                }
                o = o.parentId().flatMap(d::organization).orElse(null);
            }
            return chain;
        }

        /** Training hours of the audit year up to asOf, in ten-thousandths. */
        long yearlyUnits(String personId) {
            if (units == null) {
                units = new HashMap<>();
                Tables.Trainings tr = d.trainingTable();
                long from = yearStart.toEpochDay();
                long to = asOf.toEpochDay();
                for (int i = 0; i < tr.size(); i++) {
                    long day = tr.epochDay(i);
                    if (day >= from && day <= to) {
                        units.computeIfAbsent(tr.personId(i), k -> new long[1])[0] += Math.round(tr.hours(i) * UNITS);
                    }
                }
            }
            long[] u = units.get(personId);
            return u == null ? 0 : u[0];
        }

        String hours(long units) {
            return BigDecimal.valueOf(units, 4).stripTrailingZeros().toPlainString();
        }

        /** TRN-003: secretaries, deputies and committee members of active grassroots organizations, in post all year. */
        void posts() {
            for (Position p : d.positions()) {
                if (!TRN_003_ROLES.contains(p.role()) || p.start().isAfter(yearStart)
                        || !Periods.inForce(p.start(), p.end(), asOf)) {
                    continue;
                }
                Organization o = d.organization(p.organizationId()).orElse(null);
                if (o == null || !GRASSROOTS.contains(o.type()) || !active(o)) {
                    continue;
                }
                long units = yearlyUnits(p.personId());
                if (units < t.secretaryMinHours() * UNITS) {
                    raise("TRN-003", p.personId(), year, hours(units), annual(Severity.HIGH));
                }
            }
        }

        /** LIFE-005: every month ended by asOf that a branch lived through whole, with a theme party day. */
        void themeDays() {
            int year = asOf.getYear();
            Map<String, int[]> held = new HashMap<>(); // per branch: activities per month
            Tables.Activities acts = d.activityTable();
            long from = LocalDate.of(year, 1, 1).toEpochDay();
            long to = asOf.toEpochDay();
            for (int i = 0; i < acts.size(); i++) {
                long day = acts.epochDay(i);
                if (acts.type(i) == ActivityType.THEME_PARTY_DAY && day >= from && day <= to) {
                    held.computeIfAbsent(acts.organizationId(i), k -> new int[12])[LocalDate.ofEpochDay(day).getMonthValue() - 1]++;
                }
            }
            int[] none = new int[12];
            for (Organization o : d.organizations()) {
                if (o.type() != OrgType.BRANCH) {
                    continue;
                }
                int[] months = held.getOrDefault(o.id(), none);
                for (int m = 1; m <= 12; m++) {
                    YearMonth ym = YearMonth.of(year, m);
                    LocalDate start = ym.atDay(1);
                    LocalDate end = ym.atEndOfMonth();
                    if (end.isAfter(asOf)) {
                        break;
                    }
                    boolean throughout = !o.established().isAfter(start) && o.dissolved().map(x -> x.isAfter(end)).orElse(true);
                    if (throughout && months[m - 1] < t.themeDaysPerMonth()) {
                        raise("LIFE-005", o.id(), ym.toString(), String.valueOf(months[m - 1]), Severity.MEDIUM);
                    }
                }
            }
        }

        /** MEM-001: the run of unpaid months ending at the last month due, from the month of admission. */
        void dues() {
            YearMonth current = YearMonth.from(asOf);
            YearMonth lastDue = asOf.equals(current.atEndOfMonth()) ? current : current.minusMonths(1);
            long lastDueIndex = index(lastDue);
            Map<String, long[]> latestPaid = new HashMap<>(); // person: latest month paid, at or before lastDue
            Tables.Dues dues = d.duesTable();
            long asOfDay = asOf.toEpochDay();
            for (int j = 0; j < dues.size(); j++) {
                if (dues.hasPaidOn(j) && dues.paidOnEpochDay(j) > asOfDay) {
                    continue;
                }
                long i = dues.monthIndex(j);
                if (i <= lastDueIndex) {
                    long[] l = latestPaid.computeIfAbsent(dues.personId(j), k -> new long[] {Long.MIN_VALUE});
                    l[0] = Math.max(l[0], i);
                }
            }
            for (Membership m : d.memberships()) {
                if (m.status() == MembershipStatus.SUSPENDED) {
                    continue;
                }
                long[] paid = latestPaid.get(m.personId());
                long from = Math.max(index(YearMonth.from(m.admitted())), paid == null ? Long.MIN_VALUE : paid[0] + 1);
                long unpaid = lastDueIndex - from + 1;
                if (unpaid >= t.duesSelfWithdrawalMonths()) {
                    raise("MEM-001", m.personId(), "", String.valueOf(unpaid), Severity.CRITICAL);
                }
            }
        }
    }

    private static long index(YearMonth ym) {
        return ym.getYear() * 12L + ym.getMonthValue() - 1;
    }

    /** A measured value as text: numbers without trailing zeros, anything else as it prints. */
    static String text(Object measured) {
        if (measured instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(measured);
    }
}
