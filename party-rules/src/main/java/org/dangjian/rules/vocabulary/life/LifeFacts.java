package org.dangjian.rules.vocabulary.life;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.dangjian.model.Activity;
import org.dangjian.model.ActivityType;
import org.dangjian.model.AuditPeriod;
import org.dangjian.model.Dataset;
import org.dangjian.model.Membership;
import org.dangjian.model.MembershipStatus;
import org.dangjian.model.Organization;
import org.dangjian.model.PeriodKind;
import org.dangjian.model.Periods;
import org.dangjian.model.Position;
import org.dangjian.model.RecordKind;
import org.dangjian.model.Role;
import org.dangjian.rules.vocabulary.life.DualLifeQuarter;
import org.dangjian.rules.vocabulary.life.FixedDay;
import org.dangjian.rules.vocabulary.life.MemberAbsence;
import org.dangjian.rules.vocabulary.Params;
import org.dangjian.rules.vocabulary.life.ThemeDays;
import org.dangjian.rules.vocabulary.life.VolunteerParticipation;
import org.dangjian.rules.vocabulary.life.VolunteerService;
import org.dangjian.rules.InvalidParametersException;
import org.dangjian.rules.internal.KeyedDeriver;
import org.dangjian.rules.internal.RecordsByKey;
import org.dangjian.model.Tables;
import org.dangjian.rules.internal.FactSink;
import org.dangjian.rules.internal.OrgKinds;
import org.dangjian.rules.internal.AsOfMove;

/**
 * Facts of the LIFE area (组织生活) beyond the cadence table's activity counts: theme party days
 * by month, volunteer service and participation per grassroots organization, the dual
 * organizational life of members in post at committee level per quarter, and members' absence from organizational
 * life. Activities after {@code asOf} are not yet held and never count.
 */
final class LifeFacts implements KeyedDeriver {

    /**
     * Posts whose holders in a committee-level organization live a dual organizational life: every
     * role, as the catalog says "a member holding a post in a committee-level org" (the seeds speak
     * of leading cadres, 党员领导干部; the catalog's row does not narrow it).
     */
    static final Set<Role> DUAL_LIFE_ROLES = EnumSet.allOf(Role.class);

    private static final Set<RecordKind> READS = Set.of(
            RecordKind.ACTIVITIES, RecordKind.ORGANIZATIONS, RecordKind.MEMBERSHIPS, RecordKind.POSITIONS);

    @Override
    public Set<RecordKind> reads() {
        return READS;
    }

    /** The whole pass: every key derived as a live audit derives one. */
    @Override
    public void derive(Dataset d, Params params, FactSink out) {
        ByKey keys = new ByKey(d, true);
        keys.keys(d, k -> keys.derive(d, params, k, out));
    }

    @Override
    public KeyedDeriver.Live live(Dataset dataset) {
        return new ByKey(dataset, false);
    }

    /** The key of an organization's {@link ThemeDays}. */
    private record Themes(String orgId) {
    }

    /** The key of the {@link VolunteerService} and {@link VolunteerParticipation} of the organizations of an id. */
    private record Volunteers(String orgId) {
    }

    /** The key of a person's {@link DualLifeQuarter}s. */
    private record Dual(String personId) {
    }

    /** The key of the {@link MemberAbsence}s of an organization's members. */
    private record Absences(String orgId) {
    }

    /**
     * Keys: an organization's theme days, its volunteers, its members' absences; a person's dual
     * organizational life. Kept between changes: the organizations by id, and the dates on which
     * each person took part in a volunteer service.
     */
    private static final class ByKey implements KeyedDeriver.Live {
        private final Map<String, List<Organization>> orgs = new HashMap<>();
        private final Map<String, List<LocalDate>> volunteered = new HashMap<>();
        /** The whole pass only: an organization's activities with its subtree's, shared by its leaders. */
        private final Map<String, List<Held>> under;
        /**
         * A live audit only: the same for the dataset of one change (a function of it, so kept
         * while the dataset derived from is the same instance), shared by the absences of an
         * organization's members and the dual life of its leaders, which a change of an
         * activity derives together.
         */
        private Map<String, List<Held>> underNow = new HashMap<>();
        private Dataset underNowOf;
        private static final int KEPT_UNDER = 256;
        private boolean fixedDayChecked;

        ByKey(Dataset d, boolean batch) {
            under = batch ? new HashMap<>() : null;
            d.organizations().forEach(this::added);
            Tables.Activities t = d.activityTable();
            for (int i = 0, n = t.size(); i < n; i++) {
                if (t.type(i) == ActivityType.VOLUNTEER_SERVICE) {
                    LocalDate date = LocalDate.ofEpochDay(t.epochDay(i));
                    for (int k = 0, m = t.attendeeCount(i); k < m; k++) {
                        addVolunteer(t.attendee(i, k), date);
                    }
                }
            }
        }

        @Override
        public void added(Object record) {
            if (record instanceof Organization o) {
                orgs.computeIfAbsent(o.id(), k -> new ArrayList<>(1)).add(o);
            } else if (record instanceof Activity a && a.type() == ActivityType.VOLUNTEER_SERVICE) {
                a.attendees().ifPresent(l -> l.forEach(p -> addVolunteer(p, a.date())));
            }
        }

        @Override
        public void removed(Object record) {
            if (record instanceof Organization o) {
                RecordsByKey.drop(orgs, o.id(), o);
            } else if (record instanceof Activity a && a.type() == ActivityType.VOLUNTEER_SERVICE) {
                a.attendees().ifPresent(l -> l.forEach(p -> RecordsByKey.drop(volunteered, p, a.date())));
            }
        }

        private void addVolunteer(String personId, LocalDate date) {
            volunteered.computeIfAbsent(personId, k -> new ArrayList<>(2)).add(date);
        }

        /** Whether {@code personId} took part in a volunteer service of the audit year up to {@code asOf}. */
        private boolean volunteered(String personId, LocalDate asOf) {
            for (LocalDate date : volunteered.getOrDefault(personId, List.of())) {
                if (date.getYear() == asOf.getYear() && !date.isAfter(asOf)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void keys(Dataset d, Consumer<Object> out) {
            Set<String> active = new java.util.LinkedHashSet<>();
            Tables.Activities t = d.activityTable();
            for (int i = 0, n = t.size(); i < n; i++) {
                if (t.type(i) == ActivityType.THEME_PARTY_DAY) {
                    active.add(t.organizationId(i));
                }
            }
            active.forEach(id -> out.accept(new Themes(id)));
            orgs.keySet().forEach(id -> {
                out.accept(new Volunteers(id));
                out.accept(new Absences(id));
            });
            Set<String> holders = new java.util.LinkedHashSet<>();
            d.positions().forEach(p -> holders.add(p.personId()));
            holders.forEach(p -> out.accept(new Dual(p)));
        }

        @Override
        public void touched(Dataset d, Object record, Consumer<Object> out) {
            if (record instanceof Activity a) {
                if (a.type() == ActivityType.THEME_PARTY_DAY) {
                    out.accept(new Themes(a.organizationId()));
                }
                List<String> above = new ArrayList<>();
                above.add(a.organizationId());
                d.ancestors(a.organizationId()).forEach(o -> above.add(o.id()));
                for (String id : above) {
                    // The organizations whose subtree holds it: their members' absences and leaders' dual life.
                    out.accept(new Absences(id));
                    leadersIn(d, id, out);
                    if (a.type() == ActivityType.VOLUNTEER_SERVICE) {
                        out.accept(new Volunteers(id));
                    }
                }
                if (a.type() == ActivityType.VOLUNTEER_SERVICE) {
                    // Its participants count for the organizations above their own.
                    a.attendees().ifPresent(l -> l.forEach(p -> d.membershipsOfPerson(p).forEach(m -> {
                        out.accept(new Volunteers(m.organizationId()));
                        d.ancestors(m.organizationId()).forEach(o -> out.accept(new Volunteers(o.id())));
                    })));
                }
            } else if (record instanceof Membership m) {
                out.accept(new Dual(m.personId()));
                out.accept(new Absences(m.organizationId()));
                out.accept(new Volunteers(m.organizationId()));
                d.ancestors(m.organizationId()).forEach(o -> out.accept(new Volunteers(o.id())));
            } else if (record instanceof Position p) {
                out.accept(new Dual(p.personId()));
            } else if (record instanceof Organization o) {
                // Its type makes posts in it committee-level; its dates and place, the subtrees above it.
                d.positionsOf(o.id()).forEach(p -> out.accept(new Dual(p.personId())));
                List<String> above = new ArrayList<>();
                above.add(o.id());
                d.ancestors(o.id()).forEach(x -> above.add(x.id()));
                for (String id : above) {
                    out.accept(new Absences(id));
                    out.accept(new Volunteers(id));
                    leadersIn(d, id, out);
                }
                d.subtree(o.id()).forEach(s -> out.accept(new Volunteers(s.id())));
            }
        }

        /** The members of {@code orgId} holding a post somewhere: those whose dual life it may hold. */
        private static void leadersIn(Dataset d, String orgId, Consumer<Object> out) {
            for (Membership m : d.membershipsOf(orgId)) {
                if (!d.positionsHeldBy(m.personId()).isEmpty()) {
                    out.accept(new Dual(m.personId()));
                }
            }
        }

        @Override
        public void derive(Dataset d, Params params, Object key, FactSink out) {
            if (!fixedDayChecked) {
                checkFixedDay(params);
                fixedDayChecked = true;
            }
            if (key instanceof Themes t) {
                if (out.wants(ThemeDays.class)) {
                    themeDays(d, t.orgId(), out);
                }
            } else if (key instanceof Volunteers v) {
                if (out.wants(VolunteerService.class) || out.wants(VolunteerParticipation.class)) {
                    for (Organization o : orgs.getOrDefault(v.orgId(), List.of())) {
                        volunteers(d, o, out);
                    }
                }
            } else if (key instanceof Dual p) {
                if (out.wants(DualLifeQuarter.class)) {
                    dualLife(d, p.personId(), activitiesUnder(d), out);
                }
            } else if (key instanceof Absences a) {
                if (out.wants(MemberAbsence.class)) {
                    // The whole pass keeps nothing for absences: one organization's members each.
                    absences(d, a.orgId(), under == null ? activitiesUnder(d) : new HashMap<>(), out);
                }
            }
        }

        /** The activities under organizations, as far as gathered for {@code d}. */
        private Map<String, List<Held>> activitiesUnder(Dataset d) {
            if (under != null) {
                return under;
            }
            // A change derives a few organizations; every key (asOf moved) is not kept whole.
            if (underNowOf != d || underNow.size() >= KEPT_UNDER) {
                underNow = new HashMap<>();
                underNowOf = d;
            }
            return underNow;
        }

        private void volunteers(Dataset d, Organization o, Consumer<Object> out) {
            if (!OrgKinds.GRASSROOTS.contains(o.type())) {
                return;
            }
            AuditPeriod year = AuditPeriod.year(d.auditYear());
            Set<String> services = new TreeSet<>();
            boolean recorded = true;
            Set<String> members = new TreeSet<>();
            Tables.Activities t = d.activityTable();
            for (Organization s : d.subtree(o.id())) {
                Tables.Rows rows = d.activityRowsOf(s.id());
                for (int k = 0; k < rows.size(); k++) {
                    int i = rows.at(k);
                    if (t.type(i) == ActivityType.VOLUNTEER_SERVICE && inAuditYear(t.epochDay(i), d.asOf())) {
                        services.add(t.id(i));
                        recorded &= t.attendeeCount(i) >= 0;
                    }
                }
                for (Membership m : d.membershipsOf(s.id())) {
                    // As TRN-002: only members for the whole year (admitted by 1 January) are counted.
                    if (m.status() != MembershipStatus.SUSPENDED && !m.exempt()
                            && !m.admitted().isAfter(LocalDate.of(d.auditYear(), 1, 1))) {
                        members.add(m.personId());
                    }
                }
            }
            out.accept(new VolunteerService(o.id(), year, List.copyOf(services)));
            // Participation is unknown where a service did not record who took part.
            if (recorded && !members.isEmpty()) {
                List<String> participants = members.stream().filter(p -> volunteered(p, d.asOf())).toList();
                out.accept(new VolunteerParticipation(o.id(), year, participants, List.copyOf(members)));
            }
        }

        /**
         * A move of asOf inside the year: what an activity dated between the days touches (theme
         * days, volunteers, absences and dual life above it and of its participants); every
         * person's dual life when a quarter ended between them; and every organization's
         * members' absences, always: a member's absence counts whole months to asOf from a day
         * that their attendance decides, so any day may complete a month for someone, and
         * finding whom costs what deriving them costs.
         */
        @Override
        public boolean movedKeys(Dataset d, AsOfMove move, Consumer<Object> out) {
            Set<Object> keys = new java.util.LinkedHashSet<>();
            Tables.Activities t = d.activityTable();
            List<org.dangjian.model.Activity> activities = d.activities();
            for (int i = 0, n = t.size(); i < n; i++) {
                if (move.counted(t.epochDay(i))) {
                    touched(d, activities.get(i), keys::add);
                }
            }
            boolean quarterEnded = AuditPeriod.allOf(PeriodKind.QUARTER, d.auditYear()).stream().anyMatch(move::ended);
            if (quarterEnded) {
                d.positions().forEach(p -> keys.add(new Dual(p.personId())));
            }
            orgs.keySet().forEach(id -> keys.add(new Absences(id)));
            keys.forEach(out);
            return true;
        }
    }

    /** A fixed day that cannot be read is a parameter error, reported before any rule runs. */
    private static void checkFixedDay(Params params) {
        if (!params.has("life.fixedDay")) {
            return; // a pack without LIFE-006 (one that replaces the built-in pack) need not set it
        }
        try {
            FixedDay.parse(params.text("life.fixedDay"));
        } catch (IllegalArgumentException e) {
            throw new InvalidParametersException(List.of("parameter 'life.fixedDay': " + e.getMessage()));
        }
    }

    /** Activities of the audit year up to {@code asOf}. */
    private static boolean inAuditYear(long epochDay, LocalDate asOf) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        return date.getYear() == asOf.getYear() && !date.isAfter(asOf);
    }

    private static void themeDays(Dataset d, String orgId, Consumer<Object> out) {
        TreeMap<Integer, List<Integer>> months = new TreeMap<>(); // positions in the activity table by month
        Tables.Activities t = d.activityTable();
        Tables.Rows rows = d.activityRowsOf(orgId);
        for (int k = 0; k < rows.size(); k++) {
            int i = rows.at(k);
            if (t.type(i) == ActivityType.THEME_PARTY_DAY && inAuditYear(t.epochDay(i), d.asOf())) {
                months.computeIfAbsent(LocalDate.ofEpochDay(t.epochDay(i)).getMonthValue(), x -> new ArrayList<>()).add(i);
            }
        }
        if (months.isEmpty()) {
            return;
        }
        List<AuditPeriod> periods = AuditPeriod.allOf(PeriodKind.MONTH, d.auditYear());
        months.forEach((month, list) -> {
            TreeSet<LocalDate> dates = new TreeSet<>();
            TreeSet<String> ids = new TreeSet<>();
            list.forEach(i -> {
                dates.add(LocalDate.ofEpochDay(t.epochDay(i)));
                ids.add(t.id(i));
            });
            out.accept(new ThemeDays(orgId, periods.get(month - 1),
                    List.copyOf(dates), List.copyOf(ids)));
        });
    }

    /** An activity held: its day (epoch day), its id and its position in the dataset's activity table. */
    private record Held(long day, String id, int at) {
        LocalDate date() {
            return LocalDate.ofEpochDay(day);
        }
    }

    /** The activities of an organization and of the organizations under it (its party groups), up to {@code asOf}, in date order. */
    private static List<Held> activitiesUnder(Dataset d, String orgId, Map<String, List<Held>> cache) {
        return cache.computeIfAbsent(orgId, id -> {
            List<Held> out = new ArrayList<>();
            Tables.Activities t = d.activityTable();
            for (Organization s : d.subtree(id)) {
                Tables.Rows rows = d.activityRowsOf(s.id());
                for (int k = 0; k < rows.size(); k++) {
                    int i = rows.at(k);
                    if (t.epochDay(i) <= d.asOf().toEpochDay()) {
                        out.add(new Held(t.epochDay(i), t.id(i), i));
                    }
                }
            }
            out.sort(Comparator.comparingLong(Held::day).thenComparing(Held::id));
            return out;
        });
    }

    private static boolean attended(Tables.Activities t, int i, String personId) {
        for (int k = 0, n = t.attendeeCount(i); k < n; k++) {
            if (t.attendee(i, k).equals(personId)) {
                return true;
            }
        }
        return false;
    }

    /** A person's dual organizational life, if they hold a post in a committee-level organization. */
    private static void dualLife(Dataset d, String personId, Map<String, List<Held>> cache, Consumer<Object> out) {
        boolean leader = false;
        for (Position p : d.positionsHeldBy(personId)) {
            boolean committeeLevel = d.organization(p.organizationId())
                    .map(o -> OrgKinds.COMMITTEE_LEVEL.contains(o.type())).orElse(false);
            leader |= committeeLevel && DUAL_LIFE_ROLES.contains(p.role());
        }
        if (!leader) {
            return;
        }
        Membership m = d.membershipOf(personId).orElse(null);
        if (m == null || m.status() == MembershipStatus.SUSPENDED || m.exempt()) {
            return;
        }
        Organization own = d.organization(m.organizationId()).orElse(null);
        if (own == null) {
            return;
        }
        for (AuditPeriod q : Periods.completedWithin(PeriodKind.QUARTER, d.asOf(), own)) {
            if (m.admitted().isAfter(q.start())) {
                continue;
            }
            Set<String> postOrgs = new TreeSet<>();
            for (Position p : d.positionsHeldBy(personId)) {
                Organization po = d.organization(p.organizationId()).orElse(null);
                boolean throughout = Periods.inForce(p.start(), p.end(), q.start())
                        && Periods.inForce(p.start(), p.end(), q.end());
                if (po != null && !po.id().equals(own.id()) && OrgKinds.COMMITTEE_LEVEL.contains(po.type())
                        && DUAL_LIFE_ROLES.contains(p.role()) && throughout) {
                    postOrgs.add(po.id());
                }
            }
            if (postOrgs.isEmpty()) {
                continue;
            }
            List<String> attended = new ArrayList<>();
            int unrecorded = 0;
            Tables.Activities t = d.activityTable();
            long first = q.start().toEpochDay();
            long last = q.end().toEpochDay();
            for (Held a : activitiesUnder(d, own.id(), cache)) {
                if (a.day() >= first && a.day() <= last) {
                    if (t.attendeeCount(a.at()) < 0) {
                        unrecorded++;
                    } else if (attended(t, a.at(), personId)) {
                        attended.add(a.id());
                    }
                }
            }
            attended.sort(null);
            out.accept(new DualLifeQuarter(personId, own.id(), List.copyOf(postOrgs), q, attended, unrecorded));
        }
    }

    /** What an organization's activities (with its party groups) tell about attendance, computed once per organization. */
    private record Attendance(List<Held> activities, LocalDate lastUnrecorded, Map<String, LocalDate> lastAttended) {

        static Attendance of(Tables.Activities t, List<Held> activities) {
            LocalDate unrecorded = null;
            Map<String, LocalDate> last = new HashMap<>();
            for (Held a : activities) { // in date order
                int n = t.attendeeCount(a.at());
                LocalDate date = a.date();
                if (n < 0) {
                    unrecorded = date;
                }
                for (int k = 0; k < n; k++) {
                    last.put(t.attendee(a.at(), k), date);
                }
            }
            return new Attendance(activities, unrecorded, last);
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    /** The absences of the members of the first organization of {@code orgId}, if it exists on asOf. */
    private static void absences(Dataset d, String orgId, Map<String, List<Held>> cache, Consumer<Object> out) {
        LocalDate asOf = d.asOf();
        // A repeated id (an invalid dataset) is the first organization's, as in Dataset's index.
        Organization own = d.organization(orgId).orElse(null);
        if (own == null || !OrgKinds.exists(own, asOf)) {
            return;
        }
        Attendance att = null;
        for (Membership m : d.membershipsOf(own.id())) {
            if (m.status() == MembershipStatus.SUSPENDED || m.exempt()) {
                continue;
            }
            if (att == null) {
                att = Attendance.of(d.activityTable(), activitiesUnder(d, own.id(), cache));
            }
            absence(m, own, att, asOf, out);
        }
    }

    private static void absence(Membership m, Organization own, Attendance att, LocalDate asOf, Consumer<Object> out) {
        LocalDate last = att.lastAttended().get(m.personId());
        // Absence is proven from the latest of: admission, establishment, the first activity on record,
        // the day after the last recorded attendance, the day after an activity without a record
        // (the member may have been there).
        LocalDate since = later(m.admitted(), own.established());
        // Before the organization's first activity in the dataset the records say nothing.
        since = later(since, att.activities().isEmpty() ? null : att.activities().get(0).date());
        since = later(since, last == null ? null : last.plusDays(1));
        since = later(since, att.lastUnrecorded() == null ? null : att.lastUnrecorded().plusDays(1));
        // The catalog's duration: absent since 1 July is 5 months on 31 December, 6 on 1 January.
        int months = (int) Periods.monthsBetween(since, asOf);
        if (months < 1) {
            return;
        }
        List<String> missed = new ArrayList<>();
        List<Held> acts = att.activities();
        for (int i = acts.size() - 1; i >= 0 && acts.get(i).day() >= since.toEpochDay(); i--) {
            missed.add(acts.get(i).id());
        }
        if (missed.isEmpty()) {
            return; // the organization held nothing to attend: not the member's absence
        }
        missed.sort(null);
        out.accept(new MemberAbsence(m.personId(), own.id(), since, last == null ? List.of() : List.of(last),
                months, missed));
    }
}
