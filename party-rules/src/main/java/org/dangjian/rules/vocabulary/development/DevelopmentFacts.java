package org.dangjian.rules.vocabulary.development;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.LinkedHashSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Set;
import java.util.function.Consumer;
import org.dangjian.model.Dataset;
import org.dangjian.model.HostUnit;
import org.dangjian.model.Membership;
import org.dangjian.model.MembershipStatus;
import org.dangjian.model.Organization;
import org.dangjian.model.Person;
import org.dangjian.model.RecordKind;
import org.dangjian.rules.vocabulary.development.AdmissionCohort;
import org.dangjian.rules.vocabulary.development.NewMember;
import org.dangjian.rules.vocabulary.Params;
import org.dangjian.rules.vocabulary.development.ProbationTerm;
import org.dangjian.rules.internal.KeyedDeriver;
import org.dangjian.rules.internal.FactSink;
import org.dangjian.rules.internal.OrgChanges;
import org.dangjian.rules.internal.OrgKinds;
import org.dangjian.rules.internal.AsOfMove;
import java.util.HashSet;

/**
 * DEV: the facts of developing new members (发展党员). The members admitted in the audit year up
 * to {@code asOf} ({@link NewMember}), gathered for every committee-level organization above them
 * ({@link AdmissionCohort}), and every probation still running ({@link ProbationTerm}).
 */
final class DevelopmentFacts implements KeyedDeriver {

    private static final Set<RecordKind> READS = Set.of(
            RecordKind.MEMBERSHIPS, RecordKind.PEOPLE, RecordKind.HOST_UNITS, RecordKind.ORGANIZATIONS);

    @Override
    public Set<RecordKind> reads() {
        return READS;
    }


    @Override
    public KeyedDeriver.Live live(Dataset dataset) {
        return new ByKey(dataset, false);
    }

    /**
     * The whole pass: every key derived as a live audit derives one, from records by key kept for
     * this pass only (no work units, which only a change reads; only the audit year's admissions).
     */
    @Override
    public void derive(Dataset dataset, Params params, FactSink out) {
        ByKey keys = new ByKey(dataset, true);
        keys.keys(dataset, k -> keys.derive(dataset, params, k, out));
    }

    /** The key of a committee-level organization's {@link AdmissionCohort}; a person's key is their id. */
    private record Cohort(String orgId) {
    }

    /**
     * Keys: a person (their {@link NewMember}s and {@link ProbationTerm}s) and a committee-level
     * organization (its {@link AdmissionCohort}). Kept between changes: the people working in each unit.
     */
    private static final class ByKey implements KeyedDeriver.Live {
        private final Map<String, List<String>> workers = new HashMap<>();
        /** The memberships by year of admission, then by organization: a cohort reads only its year's. */
        private final Map<Integer, Map<String, List<Membership>>> admitted = new HashMap<>();
        /** Live only: each committee-level organization's cohort as last derived, brought up to date person by person. */
        private final Cohorts cohorts;

        /** With {@code wholePass}, for one derivation of every key: what {@link #touched} reads is left out. */
        ByKey(Dataset d, boolean wholePass) {
            cohorts = wholePass ? null : new Cohorts(d);
            if (!wholePass) {
                d.memberships().forEach(this::added);
                return;
            }
            int year = d.auditYear();
            for (Membership m : d.memberships()) {
                if (m.admitted().getYear() == year) {
                    admitted.computeIfAbsent(year, k -> new HashMap<>())
                            .computeIfAbsent(m.organizationId(), k -> new ArrayList<>(2)).add(m);
                }
            }
        }

        @Override
        public void added(Object record) {
            if (record instanceof Organization o && cohorts != null) {
                cohorts.organization(o, true);
            }
            if (record instanceof Membership m) {
                admitted.computeIfAbsent(m.admitted().getYear(), k -> new HashMap<>())
                        .computeIfAbsent(m.organizationId(), k -> new ArrayList<>(2)).add(m);
            }
            if (record instanceof Membership m && m.workUnitId().isPresent()) {
                workers.computeIfAbsent(m.workUnitId().get(), k -> new ArrayList<>(2)).add(m.personId());
            }
        }

        @Override
        public void removed(Object record) {
            if (record instanceof Organization o && cohorts != null) {
                cohorts.organization(o, false);
            }
            if (record instanceof Membership m) {
                Map<String, List<Membership>> year = admitted.get(m.admitted().getYear());
                List<Membership> list = year.get(m.organizationId());
                list.remove(m);
                if (list.isEmpty()) {
                    year.remove(m.organizationId());
                }
            }
            if (record instanceof Membership m && m.workUnitId().isPresent()) {
                List<String> list = workers.get(m.workUnitId().get());
                list.remove(m.personId());
                if (list.isEmpty()) {
                    workers.remove(m.workUnitId().get());
                }
            }
        }

        @Override
        public void keys(Dataset d, Consumer<Object> out) {
            Set<String> people = new LinkedHashSet<>(2 * d.memberships().size());
            d.memberships().forEach(m -> people.add(m.personId()));
            people.forEach(out);
            Set<String> orgs = new LinkedHashSet<>();
            d.organizations().forEach(o -> orgs.add(o.id()));
            orgs.forEach(id -> out.accept(new Cohort(id)));
        }

        @Override
        public void touched(Dataset d, Object record, Consumer<Object> keys) {
            Consumer<Object> out = cohorts == null ? keys : cohorts.touching(keys);
            if (record instanceof Membership m) {
                member(d, m.personId(), out);
            } else if (record instanceof Person p) {
                member(d, p.id(), out);
            } else if (record instanceof HostUnit h) {
                workers.getOrDefault(h.id(), List.of()).forEach(p -> member(d, p, out));
            } else if (record instanceof Organization o) {
                // Its sector makes its members' units two-new; its type and place, the cohorts above.
                d.membershipsOf(o.id()).forEach(m -> out.accept(m.personId()));
                out.accept(new Cohort(o.id()));
                d.ancestors(o.id()).forEach(a -> out.accept(new Cohort(a.id())));
            }
        }

        /** A person's key and the cohorts their memberships count in. */
        private static void member(Dataset d, String personId, Consumer<Object> out) {
            out.accept(personId);
            for (Membership m : d.membershipsOfPerson(personId)) {
                committeeLevelChain(d, m.organizationId()).forEach(id -> out.accept(new Cohort(id)));
            }
        }

        @Override
        public void derive(Dataset d, Params params, Object key, FactSink out) {
            LocalDate yearStart = LocalDate.of(d.auditYear(), 1, 1);
            if (key instanceof Cohort c) {
                if (!out.wants(AdmissionCohort.class)) {
                    return;
                }
                Map<String, List<Membership>> ofYear = admitted.getOrDefault(d.auditYear(), Map.of());
                if (cohorts == null) {
                    AdmissionCohort a = cohort(d, c.orgId(), yearStart, ofYear, new TreeMap<>());
                    if (a != null) {
                        out.accept(a);
                    }
                } else {
                    cohorts.derive(d, c.orgId(), yearStart, ofYear, out);
                }
                return;
            }
            String personId = (String) key;
            boolean probations = out.wants(ProbationTerm.class);
            for (Membership m : d.membershipsOfPerson(personId)) {
                if (probations && m.status() == MembershipStatus.PROBATIONARY) {
                    out.accept(ProbationTerm.of(m));
                }
                NewMember n = newMember(d, m, yearStart);
                if (n != null) {
                    out.accept(n);
                }
            }
        }

        /**
         * A move of asOf inside the year: the new members admitted between the days (a person's
         * {@link NewMember} counts admissions up to asOf) and the cohorts they count in. A
         * probation's end is compared with asOf by the rules, not here: nothing else moves.
         */
        @Override
        public boolean movedKeys(Dataset d, AsOfMove move, Consumer<Object> out) {
            Set<String> people = new HashSet<>();
            admitted.getOrDefault(d.auditYear(), Map.of()).values().forEach(list -> list.forEach(m -> {
                if (move.counted(m.admitted())) {
                    people.add(m.personId());
                }
            }));
            Set<Object> keys = new LinkedHashSet<>();
            people.forEach(p -> member(d, p, keys::add));
            keys.forEach(out);
            return true;
        }
    }

    /** The member {@code m} as admitted in the audit year up to asOf, or null. */
    private static NewMember newMember(Dataset d, Membership m, LocalDate yearStart) {
        if (m.admitted().isBefore(yearStart) || m.admitted().isAfter(d.asOf())) {
            return null;
        }
        Optional<Person> person = d.person(m.personId());
        if (person.isEmpty()) {
            return null;
        }
        return NewMember.of(m, person.get(), fromTwoNewUnit(d, m));
    }

    /**
     * The new members counted in {@code orgId}: those whose committee-level chain holds it (as
     * many times as it holds it), found below it by the children's parents among those admitted in
     * the audit year ({@code ofYear}, by organization), then each person's
     * memberships in the order of the dataset.
     */
    private static AdmissionCohort cohort(Dataset d, String orgId, LocalDate yearStart,
                                          Map<String, List<Membership>> ofYear, TreeMap<String, List<NewMember>> byPerson) {
        Set<String> people = new TreeSet<>();
        Map<String, List<String>> chains = new HashMap<>();
        for (Organization s : d.subtree(orgId)) {
            for (Membership m : ofYear.getOrDefault(s.id(), List.of())) {
                if (!m.admitted().isBefore(yearStart) && !m.admitted().isAfter(d.asOf())
                        && chains.computeIfAbsent(m.organizationId(), id -> committeeLevelChain(d, id)).contains(orgId)) {
                    people.add(m.personId());
                }
            }
        }
        for (String personId : people) {
            List<NewMember> counted = counted(d, orgId, personId, yearStart, chains);
            if (!counted.isEmpty()) {
                byPerson.put(personId, counted);
            }
        }
        return of(orgId, byPerson);
    }

    /** The cohort of {@code orgId} whose members are {@code byPerson}'s, in its order; null if none. */
    private static AdmissionCohort of(String orgId, TreeMap<String, List<NewMember>> byPerson) {
        if (byPerson.isEmpty()) {
            return null;
        }
        int n = 0;
        for (List<NewMember> l : byPerson.values()) {
            n += l.size();
        }
        List<NewMember> members = new ArrayList<>(n); // sized: the district's cohort is every new member
        byPerson.values().forEach(members::addAll);
        return new AdmissionCohort(orgId, members);
    }

    /**
     * The new members of {@code personId} counted in {@code orgId}'s cohort: each membership in
     * the order of the dataset, as many times as its committee-level chain holds {@code orgId}.
     */
    private static List<NewMember> counted(Dataset d, String orgId, String personId, LocalDate yearStart,
                                           Map<String, List<String>> chains) {
        List<NewMember> members = new ArrayList<>(1);
        for (Membership m : d.membershipsOfPerson(personId)) {
            NewMember n = newMember(d, m, yearStart);
            if (n == null) {
                continue;
            }
            for (String id : chains.computeIfAbsent(m.organizationId(), x -> committeeLevelChain(d, x))) {
                if (id.equals(orgId)) {
                    members.add(n);
                }
            }
        }
        return members;
    }

    /**
     * A live audit's cohorts as last derived, each kept as its new members by person, so that a
     * change derives again only the people it touched, O(people touched × depth), instead of
     * walking the subtree of every committee-level organization above it (the district's: every
     * new member of the year). The people touched are the person keys {@link ByKey#touched}
     * names: a person's cohorts are touched whenever that person is (their memberships' chains,
     * before and after the change), so a cohort not derived again holds no one touched. Dropped
     * when {@code asOf} moves, and when an organization changes its place or type or comes or
     * goes (its chain and those below it; an organization changed in place, its households or
     * sector say, touches only its members).
     */
    private static final class Cohorts {
        private final Map<String, TreeMap<String, List<NewMember>>> byOrg = new HashMap<>();
        private final Map<String, AdmissionCohort> facts = new HashMap<>();
        /** The person keys touched by the change being derived. */
        private final Set<String> touched = new java.util.HashSet<>();
        /** The organizations the change removed and added. */
        private final OrgChanges orgsChanged;
        private LocalDate asOf;
        /** Whether a derivation came since the last keys were touched: the next touch starts a new change. */
        private boolean derived = true;

        Cohorts(Dataset d) {
            orgsChanged = new OrgChanges();
        }

        /** {@code out}, noting the person keys it is given as touched by the change. */
        Consumer<Object> touching(Consumer<Object> out) {
            if (derived) {
                derived = false;
                touched.clear();
            }
            return k -> {
                if (k instanceof String personId) {
                    touched.add(personId);
                }
                out.accept(k);
            };
        }

        void organization(Organization o, boolean added) {
            if (added) {
                orgsChanged.added(o);
            } else {
                orgsChanged.removed(o);
            }
        }

        void derive(Dataset d, String orgId, LocalDate yearStart, Map<String, List<Membership>> ofYear,
                    Consumer<Object> out) {
            if (!derived) {
                derived = true;
            }
            settle(d);
            TreeMap<String, List<NewMember>> byPerson = byOrg.get(orgId);
            AdmissionCohort fact;
            if (byPerson == null) {
                byPerson = new TreeMap<>();
                fact = cohort(d, orgId, yearStart, ofYear, byPerson);
            } else {
                TreeMap<String, List<NewMember>> changed = new TreeMap<>();
                Map<String, List<String>> chains = new HashMap<>();
                for (String personId : touched) {
                    List<NewMember> now = counted(d, orgId, personId, yearStart, chains);
                    List<NewMember> was = now.isEmpty() ? byPerson.remove(personId) : byPerson.put(personId, now);
                    if (!now.equals(was == null ? List.of() : was)) {
                        changed.put(personId, now);
                    }
                }
                AdmissionCohort held = facts.get(orgId);
                if (changed.isEmpty()) {
                    fact = held;
                } else if (held == null || byPerson.isEmpty()) {
                    fact = of(orgId, byPerson);
                } else {
                    // The cohort held with the people changed replaced: its members' columns copied, not read again.
                    fact = new AdmissionCohort(orgId, ((CohortMembers) held.members()).with(changed));
                }
            }
            byOrg.put(orgId, byPerson);
            if (fact == null) {
                facts.remove(orgId);
            } else {
                facts.put(orgId, fact);
                out.accept(fact);
            }
        }

        /**
         * Brings the cohorts kept up to the change's organizations, before its first cohort is
         * derived. Chains hold committee-level organizations: an organization's parent and type
         * make them, so one changed in place with those kept changes no cohort. Else the members
         * of the organizations whose place the change may have moved ({@link OrgChanges.Told#placed})
         * are judged again in each cohort derived, as the people a change touches are, O(those
         * members × depth); an organization told has its cohort counted again. Every cohort is
         * counted again when asOf moved, or when an id there is shared by two organizations.
         */
        private void settle(Dataset d) {
            if (!d.asOf().equals(asOf)) {
                byOrg.clear();
                facts.clear();
                orgsChanged.take();
                asOf = d.asOf();
                return;
            }
            if (!orgsChanged.any()) {
                return;
            }
            OrgChanges.Told told = orgsChanged.take();
            if (told.inPlace(d, (a, b) -> a.parentId().equals(b.parentId()) && a.type() == b.type())) {
                return;
            }
            Optional<Map<String, Set<String>>> placed = told.placed(d);
            if (placed.isEmpty()) {
                byOrg.clear();
                facts.clear();
                return;
            }
            for (List<Organization> list : List.of(told.removed(), told.added())) {
                for (Organization o : list) {
                    byOrg.remove(o.id());
                    facts.remove(o.id());
                }
            }
            for (String id : placed.get().keySet()) {
                d.membershipsOf(id).forEach(m -> touched.add(m.personId()));
            }
        }
    }

    /** The committee-level organizations at or above {@code orgId}. */
    private static List<String> committeeLevelChain(Dataset d, String orgId) {
        List<Organization> chain = new ArrayList<>();
        d.organization(orgId).ifPresent(chain::add);
        chain.addAll(d.ancestors(orgId));
        return chain.stream().filter(o -> OrgKinds.COMMITTEE_LEVEL.contains(o.type())).map(Organization::id).toList();
    }

    /** The work unit is a two-new unit; with no work unit given, the member's organization is of a two-new sector. */
    private static boolean fromTwoNewUnit(Dataset d, Membership m) {
        if (m.workUnitId().isPresent()) {
            return d.hostUnit(m.workUnitId().get()).map(HostUnit::kind).map(OrgKinds.TWO_NEW::contains).orElse(false);
        }
        return d.organization(m.organizationId()).map(o -> OrgKinds.TWO_NEW.contains(o.sector())).orElse(false);
    }
}
