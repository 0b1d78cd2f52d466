package org.dangjian.rules.vocabulary.life;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
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
import org.dangjian.rules.internal.OrgChanges;

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
     * The volunteers of an organization: its {@link VolunteerService}, whether every service
     * recorded who took part, and its members' participation (derived as a fact only if they did
     * and there are members).
     */
    private record KeptVolunteers(VolunteerService service, boolean recorded, VolunteerParticipation participation) {
    }

    /**
     * Keys: an organization's theme days, its volunteers, its members' absences; a person's dual
     * organizational life. Kept between changes: the organizations by id, and the dates on which
     * each person took part in a volunteer service.
     */
    private static final class ByKey implements KeyedDeriver.Live {
        private final Map<String, List<Organization>> orgs = new HashMap<>();
        private final Map<String, List<LocalDate>> volunteered = new HashMap<>();
        /**
         * The own activities of the organizations derived lately ({@link OrgActivities}, at most
         * {@value #KEPT_ACTIVITIES}, the least recently read dropped first), shared by the
         * absences of an organization's members and the dual life of its leaders. A live audit
         * changes them with each activity added or removed (they hold every date, so a move of
         * asOf keeps them too). Why: an activity re-derives its branch's absences and its
         * leaders' dual life, and gathering every attendance of the branch's activities again
         * was a third of its cost; now it costs its own attendees.
         */
        private final Map<String, OrgActivities> own = new java.util.LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, OrgActivities> eldest) {
                return size() > KEPT_ACTIVITIES;
            }
        };
        private static final int KEPT_ACTIVITIES = 2048;
        private boolean fixedDayChecked;
        /**
         * A live audit only (null in the whole pass): each grassroots organization's volunteers
         * as last derived, for {@link #keptAsOf}. Why: a membership changes one member of the
         * subtrees above it; their participation is the one held with that member derived again,
         * O(depth + 64 + n/64), where gathering each subtree's members and services again cost
         * O(subtree) (81% of a membership's change at 1,000,000 members). Dropped for the
         * organizations an organization's change or a volunteer service's touches, and all of
         * them when asOf moves.
         */
        private final Map<String, KeptVolunteers> keptVolunteers;
        /** A live audit only: the people a change touched in each organization's volunteers kept, to derive again there. */
        private final Map<String, Set<String>> volunteersPending;
        /** The asOf {@link #keptVolunteers} were derived for. */
        private LocalDate keptAsOf;
        /**
         * A live audit only (null in the whole pass and while opening): the organizations told
         * since the volunteers kept were last brought up to a change ({@link #settleVolunteers}).
         */
        private OrgChanges orgChanges;
        /**
         * A live audit only (null in the whole pass): by organization id, the day (epoch day)
         * from which each of its members' absence runs, as its absences were last derived (on
         * any asOf: with the same records, a move of asOf changes a run's start only through an
         * activity dated between the days, which touches the organization). Why: a move of asOf
         * derived every organization's absences again; now only those of which a member's whole
         * months of absence differ between the days (see {@link #movedKeys}).
         */
        private final Map<String, long[]> absentSince;

        ByKey(Dataset d, boolean batch) {
            keptVolunteers = batch ? null : new HashMap<>();
            volunteersPending = batch ? null : new HashMap<>();
            absentSince = batch ? null : new HashMap<>();
            d.organizations().forEach(this::added);
            orgChanges = batch ? null : new OrgChanges();
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
                if (orgChanges != null) {
                    orgChanges.added(o);
                }
            } else if (record instanceof Activity a) {
                if (a.type() == ActivityType.VOLUNTEER_SERVICE) {
                    a.attendees().ifPresent(l -> l.forEach(p -> addVolunteer(p, a.date())));
                }
                OrgActivities kept = own.get(a.organizationId());
                if (kept != null) {
                    kept.add(a);
                }
            }
        }

        @Override
        public void removed(Object record) {
            if (record instanceof Organization o) {
                RecordsByKey.drop(orgs, o.id(), o);
                if (orgChanges != null) {
                    orgChanges.removed(o);
                }
            } else if (record instanceof Activity a) {
                if (a.type() == ActivityType.VOLUNTEER_SERVICE) {
                    a.attendees().ifPresent(l -> l.forEach(p -> RecordsByKey.drop(volunteered, p, a.date())));
                }
                OrgActivities kept = own.get(a.organizationId());
                if (kept != null) {
                    kept.remove(a);
                }
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
                // Every id whose subtree walk meets its organization (an id held twice: each of its
                // organizations' chains), as the absences and dual life gather activities below an id.
                List<String> above = new ArrayList<>();
                above.add(a.organizationId());
                above.addAll(OrgChanges.idsAbove(d, a.organizationId()));
                for (String id : above) {
                    // The organizations whose subtree holds it: their members' absences and leaders' dual life.
                    out.accept(new Absences(id));
                    leadersIn(d, id, out);
                    if (a.type() == ActivityType.VOLUNTEER_SERVICE) {
                        touchVolunteers(id, null, out); // their services: gathered again
                    }
                }
                if (a.type() == ActivityType.VOLUNTEER_SERVICE) {
                    // Its participants count for the organizations above their own.
                    a.attendees().ifPresent(l -> l.forEach(p -> d.membershipsOfPerson(p).forEach(m ->
                            chain(d, m.organizationId()).forEach(id -> touchVolunteers(id, p, out)))));
                }
            } else if (record instanceof Membership m) {
                out.accept(new Dual(m.personId()));
                out.accept(new Absences(m.organizationId()));
                chain(d, m.organizationId()).forEach(id -> touchVolunteers(id, m.personId(), out));
            } else if (record instanceof Position p) {
                out.accept(new Dual(p.personId()));
            } else if (record instanceof Organization o) {
                // Its type makes posts in it committee-level; its dates and place, the subtrees above it.
                d.positionsOf(o.id()).forEach(p -> out.accept(new Dual(p.personId())));
                // Above every organization of its id and above this one, which may be a second of it
                // (a subtree walk meets its activities wherever it stands).
                List<String> above = new ArrayList<>();
                above.add(o.id());
                OrgChanges.idsAbove(d, o).forEach(above::add);
                // The volunteers kept read where organizations are (the first of an id, its parent),
                // not what they are: when one is added, removed or moved (in one of the datasets it
                // is not where it is in the other), those it may have entered or left are gathered
                // again ({@link #settleVolunteers}).
                boolean placed = d.organization(o.id()).map(x -> x.parentId().equals(o.parentId())).orElse(false);
                for (String id : above) {
                    out.accept(new Absences(id));
                    out.accept(new Volunteers(id)); // its type: whether it is grassroots
                    leadersIn(d, id, out);
                }
                if (!placed) {
                    d.subtree(o.id()).forEach(s -> out.accept(new Volunteers(s.id())));
                }
            }
        }

        /**
         * The volunteers of {@code orgId}, which {@code record} touches: for a person's record,
         * that person is to be derived again there (if they are kept); otherwise all of them.
         */
        private void touchVolunteers(String orgId, String personId, Consumer<Object> out) {
            out.accept(new Volunteers(orgId));
            if (keptVolunteers != null && keptVolunteers.containsKey(orgId)) {
                if (personId == null) {
                    keptVolunteers.remove(orgId);
                    volunteersPending.remove(orgId);
                } else {
                    volunteersPending.computeIfAbsent(orgId, k -> new HashSet<>()).add(personId);
                }
            }
        }

        /** The ids on the chain of parents of {@code orgId}: itself, then those above it, nearest first. */
        private static List<String> chain(Dataset d, String orgId) {
            List<Organization> above = d.ancestors(orgId);
            List<String> out = new ArrayList<>(above.size() + 1);
            out.add(orgId);
            above.forEach(o -> out.add(o.id()));
            return out;
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
            if (keptVolunteers != null) {
                settleVolunteers(d);
            }
            if (key instanceof Themes t) {
                if (out.wants(ThemeDays.class)) {
                    themeDays(d, t.orgId(), out);
                }
            } else if (key instanceof Volunteers v) {
                if (out.wants(VolunteerService.class) || out.wants(VolunteerParticipation.class)) {
                    volunteers(d, v.orgId(), out);
                }
            } else if (key instanceof Dual p) {
                if (out.wants(DualLifeQuarter.class)) {
                    dualLife(d, p.personId(), id -> activitiesUnder(d, id), out);
                }
            } else if (key instanceof Absences a) {
                if (out.wants(MemberAbsence.class)) {
                    long[] since = absences(d, a.orgId(), id -> activitiesUnder(d, id), out);
                    if (absentSince != null) {
                        absentSince.put(a.orgId(), since);
                    }
                }
            }
        }

        /**
         * The own activities of {@code orgId} and of the organizations under it (its party
         * groups), as kept (read from {@code d} where not kept).
         */
        private List<OrgActivities> activitiesUnder(Dataset d, String orgId) {
            List<OrgActivities> out = new ArrayList<>();
            for (Organization s : d.subtree(orgId)) {
                OrgActivities a = own.get(s.id());
                if (a == null) {
                    a = OrgActivities.of(d, s.id());
                    own.put(s.id(), a);
                }
                out.add(a);
            }
            return out;
        }

        /** The volunteers of each grassroots organization of {@code orgId} (one for a valid dataset). */
        private void volunteers(Dataset d, String orgId, Consumer<Object> out) {
            KeptVolunteers v = null;
            for (Organization o : orgs.getOrDefault(orgId, List.of())) {
                if (OrgKinds.GRASSROOTS.contains(o.type())) {
                    v = v != null ? v : volunteersOf(d, orgId);
                    out.accept(v.service());
                    // Participation is unknown where a service did not record who took part.
                    if (v.recorded() && !v.participation().byMember().isEmpty()) {
                        out.accept(v.participation());
                    }
                }
            }
            if (v == null && keptVolunteers != null) {
                keptVolunteers.remove(orgId);
                volunteersPending.remove(orgId);
            }
        }

        /** The volunteers of {@code orgId}: kept live and patched, or gathered whole (and kept live). */
        private KeptVolunteers volunteersOf(Dataset d, String orgId) {
            if (keptVolunteers == null) {
                return wholeVolunteers(d, orgId);
            }
            if (!d.asOf().equals(keptAsOf)) {
                keptVolunteers.clear();
                volunteersPending.clear();
                orgChanges.take();
                keptAsOf = d.asOf();
            }
            KeptVolunteers kept = keptVolunteers.get(orgId);
            Set<String> people = volunteersPending.remove(orgId);
            if (kept == null) {
                kept = wholeVolunteers(d, orgId);
            } else if (people != null) {
                VolunteerParticipation p = kept.participation();
                for (String personId : people) {
                    p = countedIn(d, personId, orgId) ? p.with(personId, volunteered(personId, d.asOf())) : p.without(personId);
                }
                kept = new KeptVolunteers(kept.service(), kept.recorded(), p);
            }
            keptVolunteers.put(orgId, kept);
            return kept;
        }

        /**
         * Brings the volunteers kept up to the organizations told since (before the first
         * derivation after a change): kept if each was changed in place with its parent; else
         * those of every organization whose subtree, by the chains of parents, an organization
         * may have entered or left are forgotten (gathered again when derived): the ids whose
         * place the change may have moved ({@link OrgChanges.Told#placed}) and the ids on their
         * chains after the change and, through each organization told that was removed, before
         * it. Why: forgetting all of them cleared the kept map's whole table (growing with the
         * district) and gathered again the volunteers of every organization a later change
         * touched. All are forgotten when one of those ids is held by more than one organization
         * (a chain may then go through another organization of it).
         */
        private void settleVolunteers(Dataset d) {
            if (!orgChanges.any()) {
                return;
            }
            OrgChanges.Told told = orgChanges.take();
            if (told.inPlace(d, (a, b) -> a.parentId().equals(b.parentId()))) {
                return;
            }
            Optional<Map<String, Set<String>>> placed = told.placed(d);
            if (placed.isEmpty()) {
                keptVolunteers.clear();
                volunteersPending.clear();
                return;
            }
            Set<String> forget = new HashSet<>();
            placed.get().forEach((id, chain) -> {
                forget.add(id);
                forget.addAll(chain);
            });
            for (Organization o : told.removed()) {
                forget.addAll(chainBefore(d, o, told));
            }
            for (String id : forget) {
                keptVolunteers.remove(id);
                volunteersPending.remove(id);
            }
        }

        /**
         * The ids above {@code removed} before the change, from {@code after}: by the parents the
         * organizations told as removed had, and those of the others, whose parents the change
         * kept (each id held by one organization, {@link OrgChanges.Told#placed} asked first); an
         * id only added was not there. Stops at a parent met twice (a cycle mid-edit).
         */
        private static Set<String> chainBefore(Dataset after, Organization removed, OrgChanges.Told told) {
            Map<String, Organization> was = new HashMap<>();
            told.removed().forEach(o -> was.putIfAbsent(o.id(), o));
            Set<String> added = new HashSet<>();
            told.added().forEach(o -> added.add(o.id()));
            Set<String> out = new java.util.LinkedHashSet<>();
            Optional<String> parent = removed.parentId();
            while (parent.isPresent() && out.add(parent.get())) {
                String id = parent.get();
                Organization o = was.containsKey(id) ? was.get(id)
                        : added.contains(id) ? null : after.organization(id).orElse(null);
                parent = o == null ? Optional.empty() : o.parentId();
            }
            return out;
        }

        /**
         * Whether a membership of {@code personId} counts among the members of {@code orgId}'s
         * subtree: the whole gathering's test, per membership (see {@link #wholeVolunteers}).
         */
        private static boolean countedIn(Dataset d, String personId, String orgId) {
            LocalDate yearStart = LocalDate.of(d.auditYear(), 1, 1);
            for (Membership m : d.membershipsOfPerson(personId)) {
                if (countsAsMember(m, yearStart) && chain(d, m.organizationId()).contains(orgId)) {
                    return true;
                }
            }
            return false;
        }

        /** As TRN-002: only members for the whole year (admitted by 1 January) are counted, not suspended, not exempt. */
        private static boolean countsAsMember(Membership m, LocalDate yearStart) {
            return m.status() != MembershipStatus.SUSPENDED && !m.exempt() && !m.admitted().isAfter(yearStart);
        }

        /**
         * The volunteer services and members of {@code orgId}'s subtree, gathered whole. Below it
         * by the children's parents; counted in it by their organization's chain of parents,
         * which holds it (the same for every record of an organization; a chain that holds
         * {@code orgId} passes only through organizations below it, so the chain alone decides,
         * and the live audit's patch tests only the chain of a member's organization).
         */
        private KeptVolunteers wholeVolunteers(Dataset d, String orgId) {
            AuditPeriod year = AuditPeriod.year(d.auditYear());
            LocalDate yearStart = LocalDate.of(d.auditYear(), 1, 1);
            Set<String> services = new TreeSet<>();
            boolean recorded = true;
            Map<String, Boolean> members = new TreeMap<>();
            Tables.Activities t = d.activityTable();
            for (Organization s : d.subtree(orgId)) {
                if (!chain(d, s.id()).contains(orgId)) {
                    continue;
                }
                Tables.Rows rows = d.activityRowsOf(s.id());
                for (int k = 0; k < rows.size(); k++) {
                    int i = rows.at(k);
                    if (t.type(i) == ActivityType.VOLUNTEER_SERVICE && inAuditYear(t.epochDay(i), d.asOf())) {
                        services.add(t.id(i));
                        recorded &= t.attendeeCount(i) >= 0;
                    }
                }
                for (Membership m : d.membershipsOf(s.id())) {
                    if (countsAsMember(m, yearStart)) {
                        members.computeIfAbsent(m.personId(), p -> volunteered(p, d.asOf()));
                    }
                }
            }
            return new KeptVolunteers(new VolunteerService(orgId, year, List.copyOf(services)), recorded,
                    VolunteerParticipation.of(orgId, year, members));
        }

        /**
         * A move of asOf inside the year: what an activity dated between the days touches (theme
         * days, volunteers, absences and dual life above it and of its participants); every
         * person's dual life when a quarter ended between them; and the members' absences of
         * every organization that exists on one day only, or of which a member's whole months
         * of absence differ between the days, by the day their absence runs from as last derived
         * ({@link #absentSince}; with no activity between the days that day is the same on
         * both), or that was not derived live yet.
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
            for (String id : orgs.keySet()) {
                long[] since = absentSince == null ? null : absentSince.get(id);
                boolean exists = d.organization(id).map(move::existsDiffers).orElse(false);
                if (since == null || exists || monthsDiffer(since, move)) {
                    keys.add(new Absences(id));
                }
            }
            keys.forEach(out);
            return true;
        }
    }

    /** Whether the whole months since one of {@code since} (epoch days) differ between the two days of {@code move}. */
    private static boolean monthsDiffer(long[] since, AsOfMove move) {
        for (long day : since) {
            LocalDate from = LocalDate.ofEpochDay(day);
            if (Periods.monthsBetween(from, move.from()) != Periods.monthsBetween(from, move.to())) {
                return true;
            }
        }
        return false;
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

    /** A person's dual organizational life, if they hold a post in a committee-level organization. */
    private static void dualLife(Dataset d, String personId, Function<String, List<OrgActivities>> under,
                                 Consumer<Object> out) {
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
        List<OrgActivities> parts = null;
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
            long first = q.start().toEpochDay();
            long last = Math.min(q.end().toEpochDay(), d.asOf().toEpochDay());
            parts = parts != null ? parts : under.apply(own.id());
            for (OrgActivities a : parts) {
                a.attendedBetween(personId, first, last, attended);
                unrecorded += a.unrecordedBetween(first, last);
            }
            attended.sort(null);
            out.accept(new DualLifeQuarter(personId, own.id(), List.copyOf(postOrgs), q, attended, unrecorded));
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    /**
     * The absences of the members of the first organization of {@code orgId}, if it exists on
     * asOf; returns the day (epoch day) from which each member's absence runs (none if it does
     * not exist).
     */
    private static long[] absences(Dataset d, String orgId, Function<String, List<OrgActivities>> under,
                                   Consumer<Object> out) {
        LocalDate asOf = d.asOf();
        // A repeated id (an invalid dataset) is the first organization's, as in Dataset's index.
        Organization own = d.organization(orgId).orElse(null);
        if (own == null || !OrgKinds.exists(own, asOf)) {
            return NONE;
        }
        Attendance att = null;
        List<Membership> members = d.membershipsOf(own.id());
        long[] since = new long[members.size()];
        int n = 0;
        for (Membership m : members) {
            if (m.status() == MembershipStatus.SUSPENDED || m.exempt()) {
                continue;
            }
            if (att == null) {
                att = Attendance.of(under.apply(own.id()), asOf.toEpochDay());
            }
            since[n++] = absence(m, own, att, asOf, out).toEpochDay();
        }
        return n == 0 ? NONE : java.util.Arrays.copyOf(since, n);
    }

    private static final long[] NONE = new long[0];

    /**
     * What the activities of an organization and its party groups up to asOf tell every member:
     * the day of the first (before it the records say nothing) and of the last without an
     * attendance record; {@link Long#MAX_VALUE} and {@link Long#MIN_VALUE} where there is none.
     */
    private record Attendance(List<OrgActivities> parts, long asOf, long first, long lastUnrecorded) {

        static Attendance of(List<OrgActivities> parts, long asOf) {
            long first = Long.MAX_VALUE;
            long unrecorded = Long.MIN_VALUE;
            for (OrgActivities a : parts) {
                first = Math.min(first, a.firstUpTo(asOf));
                unrecorded = Math.max(unrecorded, a.lastUnrecordedUpTo(asOf));
            }
            return new Attendance(parts, asOf, first, unrecorded);
        }

        long lastAttended(String personId) {
            long last = Long.MIN_VALUE;
            for (OrgActivities a : parts) {
                last = Math.max(last, a.lastAttendedUpTo(personId, asOf));
            }
            return last;
        }
    }

    /** A member's absence, if proven; returns the day from which it runs. */
    private static LocalDate absence(Membership m, Organization own, Attendance att, LocalDate asOf, Consumer<Object> out) {
        long lastDay = att.lastAttended(m.personId());
        LocalDate last = lastDay == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(lastDay);
        // Absence is proven from the latest of: admission, establishment, the first activity on record,
        // the day after the last recorded attendance, the day after an activity without a record
        // (the member may have been there).
        LocalDate since = later(m.admitted(), own.established());
        // Before the organization's first activity in the dataset the records say nothing.
        since = later(since, att.first() == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(att.first()));
        since = later(since, last == null ? null : last.plusDays(1));
        since = later(since, att.lastUnrecorded() == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(att.lastUnrecorded() + 1));
        // The catalog's duration: absent since 1 July is 5 months on 31 December, 6 on 1 January.
        int months = (int) Periods.monthsBetween(since, asOf);
        if (months < 1) {
            return since;
        }
        List<String> missed = new ArrayList<>();
        for (OrgActivities a : att.parts()) {
            a.idsBetween(since.toEpochDay(), att.asOf(), missed);
        }
        if (missed.isEmpty()) {
            return since; // the organization held nothing to attend: not the member's absence
        }
        missed.sort(null);
        out.accept(new MemberAbsence(m.personId(), own.id(), since, last == null ? List.of() : List.of(last),
                months, missed));
        return since;
    }
}
