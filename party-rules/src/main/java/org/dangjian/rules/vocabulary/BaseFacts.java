package org.dangjian.rules.vocabulary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.dangjian.model.Activity;
import org.dangjian.model.AuditPeriod;
import org.dangjian.model.Dataset;
import org.dangjian.model.Membership;
import org.dangjian.model.MembershipStatus;
import org.dangjian.model.OrgType;
import org.dangjian.model.Organization;
import org.dangjian.model.PeriodKind;
import org.dangjian.model.Periods;
import org.dangjian.model.RecordKind;
import org.dangjian.model.Rectification;
import org.dangjian.model.RectificationKind;
import org.dangjian.model.Sector;
import org.dangjian.rules.vocabulary.ActivityCount;
import org.dangjian.rules.vocabulary.AuditYear;
import org.dangjian.rules.vocabulary.JudgedPeriod;
import org.dangjian.rules.vocabulary.OrgProfile;
import org.dangjian.rules.vocabulary.OrgScope;
import org.dangjian.rules.vocabulary.Params;
import org.dangjian.rules.internal.AsOfMove;
import org.dangjian.rules.internal.KeyedDeriver;
import org.dangjian.rules.internal.OrgChanges;
import org.dangjian.rules.internal.RecordsByKey;
import org.dangjian.model.Tables;
import org.dangjian.rules.internal.OrgKinds;
import org.dangjian.rules.internal.FactSink;

/**
 * The facts every area builds on: the audit year, judged periods, organization profiles and scopes,
 * activity counts. Keyed ({@link KeyedDeriver}): the year and its periods are one key, an
 * organization's profile and scopes another (by id: every record of the id), its activity counts
 * a third, so that an activity derives only its organization's counts and a membership only the
 * profiles of its organization and those above it.
 */
final class BaseFacts implements KeyedDeriver {

    private static final Set<RecordKind> READS = Set.of(
            RecordKind.ORGANIZATIONS, RecordKind.MEMBERSHIPS, RecordKind.RECTIFICATIONS, RecordKind.ACTIVITIES);

    @Override
    public Set<RecordKind> reads() {
        return READS;
    }

    @Override
    public KeyedDeriver.Live live(Dataset dataset) {
        return new ByKey(dataset);
    }

    /** The key of the audit year and its judged periods. */
    private record Year() {
    }

    /** The key of the profile and scopes of the organizations of an id. */
    private record Profile(String orgId) {
    }

    /** The key of an organization's activity counts. */
    private record Counts(String orgId) {
    }

    private static final Year YEAR = new Year();

    /**
     * The records by key: memberships counted by organization and status, the organizations and
     * the rectifications by organization id, kept up to date as records come and go.
     */
    private static final class ByKey implements KeyedDeriver.Live {
        private final Map<String, int[]> counts = new HashMap<>(); // full, probationary, suspended
        private final Map<String, List<Organization>> orgs = new HashMap<>();
        private final Map<String, List<Rectification>> rectifications = new HashMap<>();
        /** The subtree counts, kept up to date by the changes ({@link SubtreeSums}). */
        private final SubtreeSums sums = new SubtreeSums();

        ByKey(Dataset d) {
            d.memberships().forEach(this::added);
            d.organizations().forEach(this::added);
            d.rectifications().forEach(this::added);
        }

        @Override
        public void added(Object record) {
            if (record instanceof Membership m) {
                counts.computeIfAbsent(m.organizationId(), k -> new int[3])[m.status().ordinal()]++;
                sums.membership(m, 1);
            } else if (record instanceof Organization o) {
                orgs.computeIfAbsent(o.id(), k -> new ArrayList<>(1)).add(o);
                sums.added(o);
            } else if (record instanceof Rectification r) {
                rectifications.computeIfAbsent(r.organizationId(), k -> new ArrayList<>(1)).add(r);
            }
        }

        @Override
        public void removed(Object record) {
            if (record instanceof Membership m) {
                int[] c = counts.get(m.organizationId());
                if (--c[m.status().ordinal()] == 0 && c[0] + c[1] + c[2] == 0) {
                    counts.remove(m.organizationId());
                }
                sums.membership(m, -1);
            } else if (record instanceof Organization o) {
                RecordsByKey.drop(orgs, o.id(), o);
                sums.removed(o);
            } else if (record instanceof Rectification r) {
                RecordsByKey.drop(rectifications, r.organizationId(), r);
            }
        }

        @Override
        public void keys(Dataset d, Consumer<Object> out) {
            out.accept(YEAR);
            orgs.keySet().forEach(id -> out.accept(new Profile(id)));
            Set<String> active = new java.util.LinkedHashSet<>();
            Tables.Activities t = d.activityTable();
            for (int i = 0, n = t.size(); i < n; i++) {
                active.add(t.organizationId(i));
            }
            active.forEach(id -> out.accept(new Counts(id)));
        }

        @Override
        public void touched(Dataset d, Object record, Consumer<Object> out) {
            if (record instanceof Activity a) {
                out.accept(new Counts(a.organizationId()));
            } else if (record instanceof Membership m) {
                // Its organization's own counts and the subtree counts of those above it.
                out.accept(new Profile(m.organizationId()));
                d.ancestors(m.organizationId()).forEach(o -> out.accept(new Profile(o.id())));
            } else if (record instanceof Rectification r) {
                out.accept(new Profile(r.organizationId()));
            } else if (record instanceof Organization o) {
                // Its place changes the subtree counts above it; its type and sector, whether those below are community or village orgs.
                out.accept(new Profile(o.id()));
                d.subtree(o.id()).forEach(s -> out.accept(new Profile(s.id())));
                d.ancestors(o.id()).forEach(s -> out.accept(new Profile(s.id())));
            }
        }

        @Override
        public void derive(Dataset d, Params params, Object key, FactSink out) {
            if (key instanceof Counts c) {
                if (out.wants(ActivityCount.class)) {
                    activityCounts(d, c.orgId(), out);
                }
            } else if (key instanceof Profile p) {
                profiles(d, p.orgId(), out);
            } else {
                year(d.asOf(), out);
            }
        }

        /** The profile and scopes of every organization of {@code orgId}. */
        private void profiles(Dataset d, String orgId, FactSink out) {
            List<Organization> list = orgs.getOrDefault(orgId, List.of());
            if (list.isEmpty()) {
                return;
            }
            int[] c = counts.getOrDefault(orgId, new int[3]);
            int[] s = subtreeCounts(d, orgId);
            boolean scopes = out.wants(OrgScope.class);
            for (Organization o : list) {
                boolean grassroots = OrgKinds.GRASSROOTS.contains(o.type());
                boolean community = OrgKinds.communityOrg(d, o);
                boolean village = OrgKinds.villageOrg(d, o);
                OrgProfile p = new OrgProfile(o.id(), o.name(), o.type(), o.sector(), o.parentId(), o.established(),
                        o.dissolved(), OrgKinds.exists(o, d.asOf()), o.hasCommittee(), grassroots, community, village,
                        grassroots && OrgKinds.TWO_NEW.contains(o.sector()), OrgKinds.COMMITTEE_LEVEL.contains(o.type()),
                        c[0], c[1], c[2], c[0] + c[1], s[0], s[1]);
                out.accept(p);
                if (scopes) {
                    scopes(o, p, rectifications.getOrDefault(o.id(), List.of()), out);
                }
            }
        }

        /**
         * Full members and members over the subtree of {@code orgId}: the counts of every
         * organization whose chain of parents (by id, as {@link Dataset#organization} finds them)
         * reaches it.
         */
        private int[] subtreeCounts(Dataset d, String orgId) {
            return sums.of(d, counts, orgId);
        }

        /**
         * A move of asOf inside the year: the year's key (its {@link AuditYear} holds asOf itself,
         * which the rules read, and its judged periods), the profiles of the organizations that
         * exist on one day only ({@code active}), and the activity counts of the organizations
         * with an activity dated between the days or in a period that ended between them (the
         * periods not ended are not counted but as the year in progress).
         */
        @Override
        public boolean movedKeys(Dataset d, AsOfMove move, Consumer<Object> out) {
            out.accept(YEAR);
            orgs.forEach((id, list) -> {
                if (list.stream().anyMatch(move::existsDiffers)) {
                    out.accept(new Profile(id));
                }
            });
            int year = d.auditYear();
            boolean[] endedMonths = new boolean[13];
            for (PeriodKind kind : PeriodKind.values()) {
                for (AuditPeriod p : AuditPeriod.allOf(kind, year)) {
                    if (kind != PeriodKind.YEAR && move.ended(p.end())) {
                        for (int m = p.start().getMonthValue(); m <= p.end().getMonthValue(); m++) {
                            endedMonths[m] = true;
                        }
                    }
                }
            }
            Set<String> counted = new HashSet<>();
            Tables.Activities t = d.activityTable();
            for (int i = 0, n = t.size(); i < n; i++) {
                long day = t.epochDay(i);
                if (move.counted(day)) {
                    counted.add(t.organizationId(i));
                } else {
                    LocalDate date = LocalDate.ofEpochDay(day);
                    if (date.getYear() == year && endedMonths[date.getMonthValue()]) {
                        counted.add(t.organizationId(i));
                    }
                }
            }
            counted.forEach(id -> out.accept(new Counts(id)));
            return true;
        }
    }

    /**
     * The subtree counts of every organization id (full members, and full and probationary
     * members), kept between changes so that a membership changes the counts of the ids on its
     * organization's chain of parents, O(depth), instead of summing each subtree above it again.
     * Each organization id's counts are added to every id on its chain: the id itself, then the
     * parent of the first organization of each id as {@link Dataset#organization} finds it, up to
     * an id with no organization or no parent, or one met before (a cycle, which the validator
     * rejects). That is the set of organizations the subtree walk found below an id and checked
     * by their chain.
     *
     * <p>Built from the counts by organization at the first derivation; a membership added or
     * removed is a delta, applied with the dataset the next derivation reads; organizations that
     * came or went make it build again unless they were changed in place with their parent kept
     * ({@link OrgChanges#inPlace}, the test the other areas' kept totals use: each one the only
     * organization of its id, replaced by one with the same parent), since then every chain of
     * parents is what it was.
     */
    private static final class SubtreeSums {
        /** Counts by id; null: to be built. */
        private Map<String, int[]> sums;
        /** The organizations told since the sums were last brought up to date (null while there are none). */
        private OrgChanges orgs;
        /** Deltas of memberships added and removed since, by organization id. */
        private final Map<String, int[]> pending = new HashMap<>();

        void membership(Membership m, int sign) {
            if (sums == null) {
                return;
            }
            int[] p = pending.computeIfAbsent(m.organizationId(), k -> new int[2]);
            p[0] += sign * (m.status() == MembershipStatus.FULL ? 1 : 0);
            p[1] += sign * (m.status() == MembershipStatus.SUSPENDED ? 0 : 1);
        }

        void removed(Organization o) {
            if (sums != null) {
                orgs.removed(o);
            }
        }

        void added(Organization o) {
            if (sums != null) {
                orgs.added(o);
            }
        }

        /** The counts of {@code orgId} in {@code d}, whose memberships by organization are {@code counts}. */
        int[] of(Dataset d, Map<String, int[]> counts, String orgId) {
            if (sums != null && orgs.any()) {
                OrgChanges.Told told = orgs.take();
                if (!told.inPlace(d, (a, b) -> a.parentId().equals(b.parentId())) && !chainedAgain(d, counts, told)) {
                    sums = null;
                }
            }
            if (sums == null) {
                build(d, counts);
            } else if (!pending.isEmpty()) {
                pending.forEach((id, delta) -> add(d, id, delta[0], delta[1]));
            }
            pending.clear();
            int[] s = sums.get(orgId);
            return s != null ? s : new int[2];
        }

        /**
         * The counts of the ids whose place the change may have moved ({@link OrgChanges.Told#placed})
         * taken off their chains as they were before it and added to their chains now,
         * O(those ids × depth), instead of every chain built again; false (nothing done) when an
         * id there, or one told, was or is held by more than one organization. Before the change,
         * an id's chain ran as now but through an organization told, which went on from the
         * parent of the one removed (or ended, where one was only added): a chain that left the
         * ids placed left them through one told.
         */
        private boolean chainedAgain(Dataset d, Map<String, int[]> counts, OrgChanges.Told told) {
            Optional<Map<String, Set<String>>> placed = told.placed(d);
            if (placed.isEmpty()) {
                return false;
            }
            // Each id told: the parent of the organization it had before the change, if it had one.
            Map<String, Optional<String>> parentBefore = new HashMap<>();
            told.added().forEach(o -> parentBefore.put(o.id(), Optional.empty()));
            told.removed().forEach(o -> parentBefore.put(o.id(), Optional.empty()));
            for (String id : parentBefore.keySet()) {
                List<Organization> gone = new ArrayList<>(told.removed().stream().filter(o -> o.id().equals(id)).toList());
                List<Organization> came = told.added().stream().filter(o -> o.id().equals(id)).toList();
                int before = d.organizationsWithId(id).size() - came.size() + gone.size();
                came.forEach(gone::remove); // what came and went again in the change was not there before it
                if (before > 1 || gone.size() != before) {
                    return false;
                }
                if (before == 1) {
                    parentBefore.put(id, gone.get(0).parentId());
                }
            }
            for (String id : placed.get().keySet()) {
                // What the sums hold of the id: its counts now less the deltas not yet added (a
                // membership that left it may have left it with none, and no counts).
                int[] c = counts.getOrDefault(id, new int[3]);
                int[] p = pending.getOrDefault(id, new int[2]);
                int full = c[MembershipStatus.FULL.ordinal()] - p[0];
                int members = c[MembershipStatus.FULL.ordinal()] + c[MembershipStatus.PROBATIONARY.ordinal()] - p[1];
                addBefore(d, id, -full, -members, parentBefore);
                add(d, id, full, members);
            }
            return true;
        }

        /** {@link #add} on the chain of {@code from} as it was before the change ({@link #chainedAgain}). */
        private void addBefore(Dataset d, String from, int full, int members, Map<String, Optional<String>> parentBefore) {
            if (full == 0 && members == 0) {
                return;
            }
            Set<String> seen = new HashSet<>();
            String id = from;
            while (id != null && seen.add(id)) {
                int[] s = sums.computeIfAbsent(id, k -> new int[2]);
                s[0] += full;
                s[1] += members;
                Optional<String> before = parentBefore.get(id);
                id = before != null ? before.orElse(null) : d.organization(id).flatMap(Organization::parentId).orElse(null);
            }
        }

        private void build(Dataset d, Map<String, int[]> counts) {
            sums = new HashMap<>();
            orgs = new OrgChanges();
            counts.forEach((id, c) -> add(d, id, c[MembershipStatus.FULL.ordinal()],
                    c[MembershipStatus.FULL.ordinal()] + c[MembershipStatus.PROBATIONARY.ordinal()]));
        }

        /** Adds {@code full} and {@code members} to every id on the chain of {@code from} now (no parent taken as before). */
        private void add(Dataset d, String from, int full, int members) {
            addBefore(d, from, full, members, Map.of());
        }
    }

    private static void year(LocalDate asOf, FactSink out) {
        boolean complete = Periods.yearComplete(asOf);
        out.accept(new AuditYear(asOf.getYear(), asOf, complete));
        for (PeriodKind kind : PeriodKind.values()) {
            for (AuditPeriod p : Periods.completed(kind, asOf)) {
                out.accept(new JudgedPeriod(p, true));
            }
        }
        if (!complete) {
            out.accept(new JudgedPeriod(AuditPeriod.year(asOf.getYear()), false));
        }
    }

    private static void scopes(Organization o, OrgProfile p, List<Rectification> rectifications, Consumer<Object> out) {
        LocalDate from = o.established();
        LocalDate until = o.dissolved().map(x -> x.minusDays(1)).orElse(LocalDate.MAX);
        Consumer<String> scope = name -> out.accept(new OrgScope(o.id(), name, from, until));
        scope.accept(o.type().name());
        if (p.grassroots()) {
            scope.accept("GRASSROOTS");
            if (o.hasCommittee().orElse(false)) {
                scope.accept("GRASSROOTS_WITH_COMMITTEE");
            } else if (o.hasCommittee().isEmpty()) {
                // Left out: unknown, so the committee's cadences list the organization as not judged.
                out.accept(new ScopeUnknown(o.id(), "GRASSROOTS_WITH_COMMITTEE", "hasCommittee", from, until));
            }
        }
        if (p.communityOrg()) {
            scope.accept("COMMUNITY_ORG");
        }
        if (p.communityOrg() || p.villageOrg()) {
            scope.accept("COMMUNITY_OR_VILLAGE_ORG");
        }
        if (p.twoNew()) {
            scope.accept("TWO_NEW");
        }
        if (p.committeeLevel()) {
            scope.accept("COMMITTEE_LEVEL");
        }
        for (Rectification r : rectifications) {
            String name = r.kind() == RectificationKind.WEAK ? "UNDER_WEAK_RECTIFICATION" : "UNDER_BACKWARD_RECTIFICATION";
            LocalDate rFrom = r.start().isAfter(from) ? r.start() : from;
            LocalDate rUntil = r.end().filter(e -> e.isBefore(until)).orElse(until);
            out.accept(new OrgScope(o.id(), name, rFrom, rUntil));
        }
    }

    private static void activityCounts(Dataset d, String orgId, FactSink out) {
        int year = d.auditYear();
        EnumMap<org.dangjian.model.ActivityType, int[]> types = new EnumMap<>(org.dangjian.model.ActivityType.class);
        Tables.Activities t = d.activityTable();
        Tables.Rows rows = d.activityRowsOf(orgId);
        for (int k = 0; k < rows.size(); k++) {
            int i = rows.at(k);
            LocalDate date = LocalDate.ofEpochDay(t.epochDay(i));
            if (date.getYear() != year || date.isAfter(d.asOf())) {
                continue;
            }
            types.computeIfAbsent(t.type(i), x -> new int[12])[date.getMonthValue() - 1]++;
        }
        // Periods that have not ended are judged only as the year in progress: with only the cadence
        // table reading counts, the others need no fact.
        boolean judgedOnly = out.activityCountsJudgedOnly();
        boolean complete = Periods.yearComplete(d.asOf());
        types.forEach((type, months) -> {
            for (PeriodKind kind : PeriodKind.values()) {
                if (!out.wantsActivityCounts(type, kind)) {
                    continue;
                }
                List<AuditPeriod> periods = AuditPeriod.allOf(kind, year);
                for (int i = 0; i < kind.perYear(); i++) {
                    AuditPeriod period = periods.get(i);
                    if (judgedOnly && period.end().isAfter(d.asOf()) && (kind != PeriodKind.YEAR || complete)) {
                        continue;
                    }
                    int n = 0;
                    for (int m = i * kind.months(); m < (i + 1) * kind.months(); m++) {
                        n += months[m];
                    }
                    if (n > 0) {
                        out.accept(new ActivityCount(orgId, type, period, n));
                    }
                }
            }
        });
    }
}
