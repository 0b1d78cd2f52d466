package org.dangjian.examples.generator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.dangjian.model.Activity;
import org.dangjian.model.ActivityType;
import org.dangjian.model.OrgType;
import org.dangjian.model.PeriodKind;

/**
 * A year of meetings and activities with attendance, at the cadences of the catalog: for a branch
 * the monthly theme party day on the first Tuesday (主题党日) and committee meeting, the quarterly
 * assembly and party lesson (三会一课), the yearly organizational life meeting and democratic
 * evaluation, volunteer services; monthly party group meetings; for committees their meetings,
 * party-building meetings and volunteer services; for communities affairs disclosure and feedback
 * on in-service members; for streets and the district the supervision cadence.
 *
 * <p>Every active member attends their branch at least monthly (exempt and mobile members
 * quarterly), and every active member who is not exempt serves as a volunteer at least once.
 */
final class Activities {

    private static final Set<ActivityType> MEMBER_LIFE = Set.of(ActivityType.THEME_PARTY_DAY, ActivityType.MEMBER_ASSEMBLY,
            ActivityType.PARTY_LESSON, ActivityType.ORGANIZATIONAL_LIFE_MEETING, ActivityType.DEMOCRATIC_EVALUATION,
            ActivityType.VOLUNTEER_SERVICE);

    /** An activity being planned; attendance is filled in after. */
    private static final class Draft {
        final OrgNode org;
        final ActivityType type;
        final LocalDate date;
        final String title;
        final List<Member> pool;
        final Map<Member, Integer> index;
        final boolean[] in;

        Draft(OrgNode org, ActivityType type, LocalDate date, String title, List<Member> pool, Map<Member, Integer> index) {
            this.org = org;
            this.type = type;
            this.date = date;
            this.title = title;
            this.pool = pool;
            this.index = index;
            this.in = pool == null ? null : new boolean[pool.size()];
        }

        boolean attends(Member m) {
            Integer i = index.get(m);
            return i != null && in[i];
        }

        void attend(Member m) {
            Integer i = index.get(m);
            if (i != null) {
                in[i] = true;
            }
        }
    }

    private final Ctx ctx;

    Activities(Ctx ctx) {
        this.ctx = ctx;
    }

    /**
     * The activities of every organization of the unit, organization by organization, by date.
     * {@code evaluations} receives each branch's democratic evaluation day.
     */
    List<Activity> unit(Rng rng, OrgNode top, Map<OrgNode, LocalDate> evaluations) {
        List<Activity> out = new ArrayList<>();
        for (OrgNode o : top.subtree()) {
            List<Draft> drafts = plan(rng, o);
            attend(rng, o, drafts);
            drafts.sort(Comparator.comparing((Draft d) -> d.date).thenComparing(d -> d.type));
            int n = 0;
            for (Draft d : drafts) {
                Optional<List<String>> attendees = Optional.empty();
                if (d.pool != null) {
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < d.pool.size(); i++) {
                        if (d.in[i]) {
                            ids.add(d.pool.get(i).id());
                        }
                    }
                    attendees = Optional.of(ids);
                }
                out.add(new Activity(String.format(Locale.ROOT, "%s-A%03d", o.id, ++n), o.id, d.type, d.date, attendees,
                        Optional.of(d.title)));
                if (d.type == ActivityType.DEMOCRATIC_EVALUATION) {
                    evaluations.put(o, d.date);
                }
            }
        }
        return out;
    }

    // ---- what each organization holds

    private List<Draft> plan(Rng rng, OrgNode o) {
        Planner p = new Planner(rng, o);
        int y = ctx.year;
        switch (o.type) {
            case DISTRICT_COMMITTEE -> {
                p.cadence(ActivityType.COMMITTEE_MEETING, PeriodKind.MONTH, m -> Dates.workday(rng, m, 1, 12),
                        m -> m.getMonthValue() + "月区委常委会会议", seats(o));
                p.cadence(ActivityType.PARTY_BUILDING_MEETING, PeriodKind.MONTH, m -> Dates.workday(rng, m, 13, 26),
                        m -> m.getMonthValue() + "月区委常委会专题研究党建工作", null);
                p.cadence(ActivityType.PARTY_BUILDING_REPORT, PeriodKind.MONTH, m -> Dates.workday(rng, m, 1, 26),
                        m -> m.getMonthValue() + "月区委书记听取党建工作汇报", null);
                p.cadence(ActivityType.SYMPOSIUM, PeriodKind.BIMONTH, m -> Dates.workday(rng, m.plusMonths(1), 5, 25),
                        m -> "基层党建工作座谈会", null);
                p.cadence(ActivityType.SECRETARY_EXCHANGE, PeriodKind.BIMONTH, m -> Dates.workday(rng, m, 5, 25),
                        m -> "城市基层党建工作交流活动", null);
                p.cadence(ActivityType.INSPECTION, PeriodKind.QUARTER, m -> Dates.workday(rng, m.plusMonths(2), 5, 25),
                        m -> Titles.quarter(quarter(m)) + "全区党建工作全面检查", null);
                p.cadence(ActivityType.ASSESSMENT_RANKING, PeriodKind.HALF_YEAR, m -> Dates.workday(rng, m.plusMonths(5), 15, 28),
                        m -> (m.getMonthValue() == 1 ? "半年" : "年终") + "党建工作考核排名", null);
            }
            case STREET_WORKING_COMMITTEE -> {
                p.cadence(ActivityType.COMMITTEE_MEETING, PeriodKind.MONTH, m -> Dates.workday(rng, m, 1, 12),
                        m -> m.getMonthValue() + "月党工委会议", seats(o));
                p.cadence(ActivityType.PARTY_BUILDING_MEETING, PeriodKind.MONTH, m -> Dates.workday(rng, m, 13, 26),
                        m -> m.getMonthValue() + "月党建工作专题会议", null);
                p.cadence(ActivityType.DUAL_LIFE_CHECK, PeriodKind.MONTH, m -> Dates.workday(rng, m, 20, 28),
                        m -> m.getMonthValue() + "月班子成员双重组织生活检查讲评", null);
                p.cadence(ActivityType.MUTUAL_LEARNING, PeriodKind.QUARTER, m -> Dates.workday(rng, m.plusMonths(1), 5, 25),
                        m -> Titles.quarter(quarter(m)) + "党组织相互学习借鉴", null);
                p.cadence(ActivityType.WEAK_ORG_SCREENING, PeriodKind.HALF_YEAR, m -> Dates.workday(rng, m.plusMonths(4), 5, 25),
                        m -> Titles.half(half(m)) + "软弱涣散党组织自查排查", null);
            }
            case PARTY_COMMITTEE, GENERAL_BRANCH -> {
                String body = o.type == OrgType.PARTY_COMMITTEE ? "党委会" : "总支委员会";
                p.cadence(ActivityType.COMMITTEE_MEETING, PeriodKind.MONTH, m -> Dates.workday(rng, m, 1, 12),
                        m -> m.getMonthValue() + "月" + body, seats(o));
                if (o.type == OrgType.PARTY_COMMITTEE) {
                    p.cadence(ActivityType.PARTY_BUILDING_MEETING, PeriodKind.MONTH, m -> Dates.workday(rng, m, 13, 26),
                            m -> m.getMonthValue() + "月党建工作专题会议", null);
                }
                p.volunteering(o.subtreeMembers());
            }
            case BRANCH -> branch(rng, p, o, y);
            case PARTY_GROUP -> p.cadence(ActivityType.GROUP_MEETING, PeriodKind.MONTH, m -> Dates.workday(rng, m, 14, 28),
                    m -> m.getMonthValue() + "月党小组会", o.groupMembers);
            default -> { }
        }
        if (o.communityOrg) {
            p.cadence(ActivityType.AFFAIRS_DISCLOSURE, PeriodKind.QUARTER, m -> Dates.workday(rng, m.plusMonths(2), 10, 25),
                    m -> Titles.quarter(quarter(m)) + "居务财务公开", null);
            p.cadence(ActivityType.IN_SERVICE_FEEDBACK, PeriodKind.HALF_YEAR, m -> Dates.workday(rng, m.plusMonths(5), 5, 20),
                    m -> Titles.half(half(m)) + "在职党员到社区报到表现反馈", null);
        }
        o.backwardSince.ifPresent(since -> {
            p.cadence(ActivityType.RECTIFICATION_MEETING, PeriodKind.MONTH, m -> Dates.max(since, Dates.workday(rng, m, 8, 26)),
                    m -> m.getMonthValue() + "月整顿工作例会", null);
            p.cadence(ActivityType.REPORT_AND_EVALUATION, PeriodKind.HALF_YEAR, m -> Dates.workday(rng, m.plusMonths(5), 10, 25),
                    m -> Titles.half(half(m)) + "“四报告一评议”", null);
        });
        return p.drafts;
    }

    private void branch(Rng rng, Planner p, OrgNode o, int y) {
        List<Member> members = o.members;
        boolean noJuly = ctx.hit(rng, Fault.NO_JULY_EDUCATION);
        int offDay = ctx.hit(rng, Fault.THEME_DAY_OFF_FIXED_DAY) ? rng.between(1, 12) : 0;
        p.cadence(ActivityType.THEME_PARTY_DAY, PeriodKind.MONTH, m -> m.getMonthValue() == offDay
                        ? Dates.firstTuesday(m).plusDays(rng.between(8, 16)) : Dates.firstTuesday(m),
                m -> noJuly && m.getMonthValue() == 7 ? null : Titles.theme(y, m.getMonthValue()), members);
        if (o.hasCommittee) {
            p.cadence(ActivityType.COMMITTEE_MEETING, PeriodKind.MONTH, m -> Dates.workday(rng, m, 1, 12),
                    m -> m.getMonthValue() + "月支委会", seats(o));
        }
        p.cadence(ActivityType.MEMBER_ASSEMBLY, PeriodKind.QUARTER, m -> Dates.workday(rng, m.plusMonths(1), 8, 26),
                m -> Titles.quarter(quarter(m)) + "支部党员大会", members);
        int[] lessonMonth = {3, 6, noJuly ? 8 : 7, 11}; // the third quarter's in the party-spirit month of July
        p.cadence(ActivityType.PARTY_LESSON, PeriodKind.QUARTER,
                m -> Dates.workday(rng, YearMonth.of(y, lessonMonth[quarter(m) - 1]), 8, 26),
                m -> quarter(m) == 3 && !noJuly ? "七一专题党课：做合格共产党员" : Titles.quarter(quarter(m)) + "专题党课", members);
        p.cadence(ActivityType.ORGANIZATIONAL_LIFE_MEETING, PeriodKind.YEAR, m -> Dates.workday(rng, YearMonth.of(y, 12), 8, 18),
                m -> "年度组织生活会", members);
        p.cadence(ActivityType.DEMOCRATIC_EVALUATION, PeriodKind.YEAR, m -> Dates.workday(rng, YearMonth.of(y, 12), 19, 28),
                m -> "民主评议党员", members);
        p.volunteering(members);
    }

    /** The committee seats of {@code o} in force some time in the year: who may attend its meetings. */
    private List<Member> seats(OrgNode o) {
        List<Member> out = new ArrayList<>();
        for (Post post : o.posts) {
            if (post.seat() && !out.contains(post.holder())) {
                out.add(post.holder());
            }
        }
        return out;
    }

    private static int quarter(YearMonth m) {
        return (m.getMonthValue() - 1) / 3 + 1;
    }

    private static int half(YearMonth m) {
        return m.getMonthValue() <= 6 ? 1 : 2;
    }

    /** Lays out one organization's activities, dropping what its faults drop. */
    private final class Planner {
        final Rng rng;
        final OrgNode org;
        final List<Draft> drafts = new ArrayList<>();
        /** Positions in each pool, shared by the drafts that use the same pool (looked up by identity). */
        final Map<List<Member>, Map<Member, Integer>> indexes = new IdentityHashMap<>();
        /** Months without any activity (a branch that went quiet). */
        final Set<Integer> quiet = new HashSet<>();

        Planner(Rng rng, OrgNode org) {
            this.rng = rng;
            this.org = org;
            int last = ctx.asOf.getMonthValue();
            if (org.grassroots() && !org.communityOrg && last >= 5 && ctx.hit(rng, Fault.INACTIVE_ORGANIZATION)) {
                int from = rng.between(2, last - 3);
                for (int m = from; m < from + 3; m++) {
                    quiet.add(m);
                }
            }
        }

        /**
         * One activity in each period of {@code kind}, on the day {@code day} gives for the period's
         * first month, titled by {@code title} (null: not held); {@code pool} may attend (null: not recorded).
         */
        void cadence(ActivityType type, PeriodKind kind, Function<YearMonth, LocalDate> day,
                     Function<YearMonth, String> title, List<Member> pool) {
            int periods = kind.perYear();
            int missed = ctx.hit(rng, Fault.MISSED_PERIOD) ? rng.between(1, periods) : 0;
            for (int i = 1; i <= periods; i++) {
                YearMonth first = YearMonth.of(ctx.year, (i - 1) * kind.months() + 1);
                LocalDate date = day.apply(first);
                String t = title.apply(first);
                if (i != missed && t != null) {
                    add(type, date, t, pool);
                }
            }
        }

        /** Six to eight volunteer services (志愿服务) in different months. */
        void volunteering(List<Member> pool) {
            int n = ctx.hit(rng, Fault.FEW_VOLUNTEER_SERVICES) ? rng.between(3, 5) : rng.between(6, 8);
            List<Integer> months = new ArrayList<>(List.of(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 1));
            for (int i = 0; i < n && !months.isEmpty(); i++) {
                int month = months.remove(i < 2 ? 0 : rng.between(0, months.size() - 1));
                LocalDate date = Dates.workday(rng, YearMonth.of(ctx.year, month), 1, 28);
                add(ActivityType.VOLUNTEER_SERVICE, date, Titles.volunteer(date), pool);
            }
        }

        private void add(ActivityType type, LocalDate date, String title, List<Member> pool) {
            if (date.isAfter(ctx.asOf) || date.isBefore(org.established) || quiet.contains(date.getMonthValue())
                    || date.getYear() != ctx.year) {
                return;
            }
            drafts.add(new Draft(org, type, date, title, pool, pool == null ? null : indexes.computeIfAbsent(pool, Activities::index)));
        }
    }

    private static Map<Member, Integer> index(List<Member> pool) {
        Map<Member, Integer> out = new IdentityHashMap<>(pool.size() * 2);
        for (int i = 0; i < pool.size(); i++) {
            out.putIfAbsent(pool.get(i), i);
        }
        return out;
    }

    // ---- attendance

    private void attend(Rng rng, OrgNode o, List<Draft> drafts) {
        boolean lowTurnout = ctx.hit(rng, Fault.LOW_VOLUNTEER_TURNOUT);
        Set<Member> neverVolunteer = new HashSet<>();
        for (Draft d : drafts) {
            if (d.pool == null) {
                continue;
            }
            if (lowTurnout && d.type == ActivityType.VOLUNTEER_SERVICE && neverVolunteer.isEmpty()) {
                for (Member m : d.pool) {
                    if (rng.chance(0.2)) {
                        neverVolunteer.add(m);
                    }
                }
            }
            for (int i = 0; i < d.pool.size(); i++) {
                Member m = d.pool.get(i);
                if (!m.canAttend(d.date) || skips(m, o, d) || (d.type == ActivityType.VOLUNTEER_SERVICE && neverVolunteer.contains(m))) {
                    continue;
                }
                double p = switch (d.type) {
                    case VOLUNTEER_SERVICE -> o.type == OrgType.BRANCH ? 0.35 : 0.1;
                    case COMMITTEE_MEETING -> d.org.posts.stream().anyMatch(x -> x.holder() == m && x.seat() && x.inForce(d.date)) ? 0.95 : 0;
                    case GROUP_MEETING -> 0.85;
                    default -> m.exempt() ? 0.3 : m.mobile() ? 0.45 : 0.92;
                };
                d.in[i] = rng.chance(p);
            }
        }
        if (o.type == OrgType.BRANCH) {
            everyMonth(o, drafts);
        }
        volunteerOnce(rng, drafts, neverVolunteer, o);
    }

    /** Whether a leader who skips their branch this quarter (双重组织生活 missed) skips {@code d}. */
    private static boolean skips(Member m, OrgNode o, Draft d) {
        return m.skipsQuarter > 0 && (d.date.getMonthValue() - 1) / 3 + 1 == m.skipsQuarter
                && (o == m.branch || o.parent == m.branch);
    }

    /** Each member attends their branch every month (exempt and mobile members every quarter). */
    private void everyMonth(OrgNode o, List<Draft> drafts) {
        for (Member m : o.members) {
            int step = m.exempt() || m.mobile() ? 3 : 1;
            for (int start = 1; start <= 12; start += step) {
                int from = start;
                int to = start + step - 1;
                List<Draft> window = drafts.stream().filter(d -> MEMBER_LIFE.contains(d.type)
                        && d.date.getMonthValue() >= from && d.date.getMonthValue() <= to
                        && m.canAttend(d.date) && !skips(m, o, d)).toList();
                if (!window.isEmpty() && window.stream().noneMatch(d -> d.attends(m))) {
                    window.get(0).attend(m);
                }
            }
        }
    }

    /** Each active member who is not exempt serves as a volunteer at least once a year in each organization. */
    private void volunteerOnce(Rng rng, List<Draft> drafts, Set<Member> never, OrgNode o) {
        List<Draft> services = drafts.stream().filter(d -> d.type == ActivityType.VOLUNTEER_SERVICE).toList();
        if (services.isEmpty()) {
            return;
        }
        for (Member m : services.get(0).pool) {
            if (m.exempt() || never.contains(m) || services.stream().anyMatch(d -> d.attends(m))) {
                continue;
            }
            List<Draft> possible = services.stream().filter(d -> m.canAttend(d.date) && !skips(m, o, d)).toList();
            if (possible.isEmpty() && m.active() && m.absentFrom.isEmpty()) {
                // admitted after the year's last service: they served as a candidate (发展对象), before admission
                possible = services.stream().filter(d -> !skips(m, o, d)).toList();
            }
            if (!possible.isEmpty()) {
                possible.get(rng.between(0, possible.size() - 1)).attend(m);
            }
        }
    }
}
