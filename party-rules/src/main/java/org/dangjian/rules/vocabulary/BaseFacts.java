package org.dangjian.rules.vocabulary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
import org.dangjian.rules.internal.FactDeriver;
import org.dangjian.rules.internal.OrgKinds;
import org.dangjian.rules.internal.FactSink;

/** The facts every area builds on: the audit year, judged periods, organization profiles and scopes, activity counts. */
final class BaseFacts implements FactDeriver {

    private static final Set<RecordKind> READS = Set.of(
            RecordKind.ORGANIZATIONS, RecordKind.MEMBERSHIPS, RecordKind.RECTIFICATIONS, RecordKind.ACTIVITIES);

    @Override
    public Set<RecordKind> reads() {
        return READS;
    }

    @Override
    public void derive(Dataset d, Params params, FactSink out) {
        LocalDate asOf = d.asOf();
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
        profiles(d, out);
        if (out.wants(ActivityCount.class)) {
            activityCounts(d, out);
        }
    }

    private static void profiles(Dataset d, FactSink out) {
        Map<String, int[]> counts = new HashMap<>(); // full, probationary, suspended
        for (Membership m : d.memberships()) {
            int[] c = counts.computeIfAbsent(m.organizationId(), k -> new int[3]);
            c[m.status().ordinal()]++;
        }
        Map<String, int[]> subtree = new HashMap<>(); // full, members
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            addUp(d, e.getKey(), subtree, c[MembershipStatus.FULL.ordinal()],
                    c[MembershipStatus.FULL.ordinal()] + c[MembershipStatus.PROBATIONARY.ordinal()]);
        }
        boolean scopes = out.wants(OrgScope.class);
        Map<String, List<Rectification>> rectifications = new HashMap<>();
        if (scopes) {
            for (Rectification r : d.rectifications()) {
                rectifications.computeIfAbsent(r.organizationId(), k -> new ArrayList<>()).add(r);
            }
        }
        for (Organization o : d.organizations()) {
            int[] c = counts.getOrDefault(o.id(), new int[3]);
            int[] s = subtree.getOrDefault(o.id(), new int[2]);
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

    /** Adds an organization's own counts to it and to every organization above it. */
    private static void addUp(Dataset d, String orgId, Map<String, int[]> subtree, int full, int members) {
        Set<String> seen = new HashSet<>();
        String id = orgId;
        while (id != null && seen.add(id)) {
            int[] s = subtree.computeIfAbsent(id, k -> new int[2]);
            s[0] += full;
            s[1] += members;
            id = d.organization(id).flatMap(Organization::parentId).orElse(null);
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

    private static void activityCounts(Dataset d, FactSink out) {
        int year = d.auditYear();
        Map<String, EnumMap<org.dangjian.model.ActivityType, int[]>> byOrg = new HashMap<>();
        for (Activity a : d.activities()) {
            if (a.date().getYear() != year || a.date().isAfter(d.asOf())) {
                continue;
            }
            int[] slots = byOrg.computeIfAbsent(a.organizationId(), k -> new EnumMap<>(org.dangjian.model.ActivityType.class))
                    .computeIfAbsent(a.type(), k -> new int[12]);
            slots[a.date().getMonthValue() - 1]++;
        }
        // Periods that have not ended are judged only as the year in progress: with only the cadence
        // table reading counts, the others need no fact.
        boolean judgedOnly = out.activityCountsJudgedOnly();
        boolean complete = Periods.yearComplete(d.asOf());
        Map<PeriodKind, List<AuditPeriod>> periods = new EnumMap<>(PeriodKind.class);
        for (PeriodKind kind : PeriodKind.values()) {
            periods.put(kind, AuditPeriod.allOf(kind, year));
        }
        byOrg.forEach((orgId, types) -> types.forEach((type, months) -> {
            for (PeriodKind kind : PeriodKind.values()) {
                if (!out.wantsActivityCounts(type, kind)) {
                    continue;
                }
                for (int i = 0; i < kind.perYear(); i++) {
                    AuditPeriod period = periods.get(kind).get(i);
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
        }));
    }
}
