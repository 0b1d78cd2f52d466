package org.dangjian.rules.vocabulary.cadres;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
import org.dangjian.model.Assessment;
import org.dangjian.model.ContactPoint;
import org.dangjian.model.AssessmentResult;
import org.dangjian.model.Dataset;
import org.dangjian.model.Education;
import org.dangjian.model.Organization;
import org.dangjian.model.Periods;
import org.dangjian.model.Person;
import org.dangjian.model.Position;
import org.dangjian.model.RecordKind;
import org.dangjian.model.ReserveCadre;
import org.dangjian.model.Role;
import org.dangjian.model.Sector;
import org.dangjian.rules.vocabulary.cadres.AssessmentStreak;
import org.dangjian.rules.vocabulary.cadres.ContactPointDays;
import org.dangjian.rules.vocabulary.cadres.OneShoulderShare;
import org.dangjian.rules.vocabulary.Params;
import org.dangjian.rules.vocabulary.cadres.ReservePool;
import org.dangjian.rules.vocabulary.cadres.SecretaryFiling;
import org.dangjian.rules.vocabulary.cadres.TwoCommittees;
import org.dangjian.rules.internal.KeyedDeriver;
import org.dangjian.rules.internal.RecordsByKey;
import org.dangjian.rules.internal.FactSink;
import org.dangjian.rules.internal.OrgChanges;
import org.dangjian.rules.internal.OrgKinds;
import org.dangjian.rules.internal.AsOfMove;

/**
 * CAD: cadres and reserves (干部和后备干部). Reserve pools, assessment streaks, district filing of
 * secretaries, “一肩挑” shares and the “两委” profile. Rules join {@code OrgProfile} for the
 * catalog's scopes, except CAD-008, whose subtree tally needs community orgs here.
 */
final class CadreFacts implements KeyedDeriver {

    /** The posts of the “两委”: the party committee and the residents' committee director. */
    static final Set<Role> TWO_COMMITTEES = EnumSet.of(
            Role.SECRETARY, Role.DEPUTY_SECRETARY, Role.COMMITTEE_MEMBER, Role.RESIDENTS_DIRECTOR);

    private static final Set<RecordKind> READS = Set.of(
            RecordKind.ORGANIZATIONS, RecordKind.RESERVE_CADRES, RecordKind.ASSESSMENTS, RecordKind.POSITIONS, RecordKind.PEOPLE,
            RecordKind.CONTACT_POINTS);

    @Override
    public Set<RecordKind> reads() {
        return READS;
    }

    @Override
    public KeyedDeriver.Live live(Dataset dataset) {
        return new ByKey(dataset);
    }

    /** The key of a person's contact points, assessments and secretary filings. */
    private record Cadre(String personId) {
    }

    /** The key of the reserve pool and the “一肩挑” share of the organizations of an id. */
    private record Pool(String orgId) {
    }

    /** The key of an organization's “两委”. */
    private record Committees(String orgId) {
    }

    /**
     * Keys: a person, an organization's subtree (reserves, “一肩挑”), an organization's “两委”.
     * Kept between changes: the organizations by id, reserve cadres by organization, and
     * assessments and contact points by person.
     */
    private static final class ByKey implements KeyedDeriver.Live {
        private final Map<String, List<Organization>> orgs = new HashMap<>();
        private final Map<String, List<ReserveCadre>> reserves = new HashMap<>();
        /** The reserve cadres by person: whether one is in a pool still, after the subtree of another moved. */
        private final Map<String, List<ReserveCadre>> reservesOf = new HashMap<>();
        private final Map<String, List<Assessment>> assessments = new HashMap<>();
        private final Map<String, List<ContactPoint>> contacts = new HashMap<>();
        /**
         * By organization id, what its pool key derived last: its reserve pool, the community orgs
         * in its subtree, and whether its secretary directs its residents' committee; each part
         * dropped for the keys a record of a kind it reads touches (the touched keys are those
         * whose facts may change), all of them when {@code asOf} moves. A change of a post thus
         * asks again only whether its organization's secretary is the director, not which of the
         * district's organizations are community orgs.
         */
        private final Map<String, List<String>> pools = new HashMap<>();
        private final Map<String, List<String>> communities = new HashMap<>();
        private final Map<String, Boolean> oneShoulder = new HashMap<>();
        /** Whether some organization of the id is a community org on asOf (its chain of ancestors read). */
        private final Map<String, Boolean> isCommunity = new HashMap<>();
        private LocalDate keptAsOf;
        /** The organizations the change removed and added, and the ids whose kept parts they may change. */
        private final OrgChanges orgsChanged;
        private final Set<String> placed = new HashSet<>();

        ByKey(Dataset d) {
            orgsChanged = new OrgChanges();
            d.organizations().forEach(o -> RecordsByKey.add(orgs, o.id(), o));
            d.reserveCadres().forEach(this::added);
            d.assessments().forEach(this::added);
            d.contactPoints().forEach(this::added);
        }

        @Override
        public void added(Object record) {
            if (record instanceof Organization o) {
                RecordsByKey.add(orgs, o.id(), o);
                orgsChanged.added(o);
            } else if (record instanceof ReserveCadre r) {
                RecordsByKey.add(reserves, r.organizationId(), r);
                RecordsByKey.add(reservesOf, r.personId(), r);
            } else if (record instanceof Assessment a) {
                RecordsByKey.add(assessments, a.personId(), a);
            } else if (record instanceof ContactPoint c) {
                RecordsByKey.add(contacts, c.personId(), c);
            }
        }

        @Override
        public void removed(Object record) {
            if (record instanceof Organization o) {
                RecordsByKey.drop(orgs, o.id(), o);
                orgsChanged.removed(o);
            } else if (record instanceof ReserveCadre r) {
                RecordsByKey.drop(reserves, r.organizationId(), r);
                RecordsByKey.drop(reservesOf, r.personId(), r);
            } else if (record instanceof Assessment a) {
                RecordsByKey.drop(assessments, a.personId(), a);
            } else if (record instanceof ContactPoint c) {
                RecordsByKey.drop(contacts, c.personId(), c);
            }
        }

        @Override
        public void keys(Dataset d, Consumer<Object> out) {
            Set<String> people = new java.util.LinkedHashSet<>(assessments.keySet());
            people.addAll(contacts.keySet());
            d.positions().forEach(p -> people.add(p.personId()));
            people.forEach(p -> out.accept(new Cadre(p)));
            orgs.keySet().forEach(id -> out.accept(new Pool(id)));
            Set<String> held = new java.util.LinkedHashSet<>();
            d.positions().forEach(p -> held.add(p.organizationId()));
            held.forEach(id -> out.accept(new Committees(id)));
        }

        @Override
        public void touched(Dataset d, Object record, Consumer<Object> out) {
            if (record instanceof Assessment a) {
                out.accept(new Cadre(a.personId()));
            } else if (record instanceof ContactPoint c) {
                out.accept(new Cadre(c.personId()));
            } else if (record instanceof ReserveCadre r) {
                pool(r.organizationId(), pools::remove, out);
                d.ancestors(r.organizationId()).forEach(o -> pool(o.id(), pools::remove, out));
            } else if (record instanceof Position p) {
                out.accept(new Cadre(p.personId()));
                out.accept(new Committees(p.organizationId()));
                // Whether a community org's secretary directs its residents' committee: the shares
                // above it, above every organization of its id (a share's walk goes below an id by
                // its children, and counts the id whichever of its organizations it met).
                pool(p.organizationId(), oneShoulder::remove, out);
                OrgChanges.idsAbove(d, p.organizationId()).forEach(id -> out.accept(new Pool(id)));
            } else if (record instanceof Person p) {
                d.positionsHeldBy(p.id()).forEach(x -> out.accept(new Committees(x.organizationId())));
            } else if (record instanceof Organization o) {
                // Its place: the subtrees above it; its type and sector, the community orgs below it.
                // What is kept of them goes unless the organization changed in place (see derive).
                pool(o.id(), placed::add, out);
                for (Organization x : d.subtree(o.id())) {
                    pool(x.id(), placed::add, out);
                    if (d.organizationsWithId(x.id()).size() > 1) {
                        // Counted as a community org by its id's first chain: the subtrees above its other organizations too.
                        OrgChanges.idsAbove(d, x).forEach(id -> pool(id, placed::add, out));
                    }
                }
                d.ancestors(o.id()).forEach(x -> pool(x.id(), placed::add, out));
                OrgChanges.idsAbove(d, o).forEach(id -> pool(id, placed::add, out));
            }
        }

        /** Names the pool key of {@code orgId} as touched, and drops what is kept of it that the record changes. */
        private static void pool(String orgId, Consumer<String> drop, Consumer<Object> out) {
            drop.accept(orgId);
            out.accept(new Pool(orgId));
        }

        @Override
        public void derive(Dataset d, Params params, Object key, FactSink out) {
            if (!d.asOf().equals(keptAsOf)) {
                pools.clear();
                communities.clear();
                oneShoulder.clear();
                isCommunity.clear();
                keptAsOf = d.asOf();
            }
            if (orgsChanged.any() || !placed.isEmpty()) {
                // Pools, community orgs and shares read an organization's place, kind and dates.
                OrgChanges.Told told = orgsChanged.take();
                if (!told.inPlace(d, (a, b) -> a.parentId().equals(b.parentId()) && a.type() == b.type()
                        && a.sector() == b.sector() && a.established().equals(b.established())
                        && a.dissolved().equals(b.dissolved()))) {
                    Optional<Map<String, Set<String>>> moved = told.placed(d);
                    if (moved.isPresent()) {
                        moved(d, told, moved.get());
                    } else {
                        placed.forEach(this::forget);
                    }
                }
                placed.clear();
            }
            if (key instanceof Cadre c) {
                if (out.wants(AssessmentStreak.class)) {
                    assessmentStreak(d, c.personId(), assessments.getOrDefault(c.personId(), List.of()), out);
                }
                if (out.wants(SecretaryFiling.class)) {
                    secretaryFilings(d, c.personId(), out);
                }
                if (out.wants(ContactPointDays.class)) {
                    contactPoints(d, c.personId(), contacts.getOrDefault(c.personId(), List.of()), out);
                }
            } else if (key instanceof Pool p) {
                List<Organization> list = orgs.getOrDefault(p.orgId(), List.of());
                if (list.isEmpty()) {
                    return;
                }
                if (out.wants(ReservePool.class)) {
                    List<String> pool = pools.computeIfAbsent(p.orgId(), id -> reservePool(d, id));
                    list.forEach(o -> out.accept(new ReservePool(o.id(), pool)));
                }
                if (out.wants(OneShoulderShare.class)) {
                    for (Organization c : list) {
                        oneShoulderShare(d, c, out);
                    }
                }
            } else if (key instanceof Committees c) {
                if (out.wants(TwoCommittees.class)) {
                    twoCommittees(d, c.orgId(), out);
                }
            }
        }

        /** Drops what is kept of {@code id}'s pool key: derived again. */
        private void forget(String id) {
            pools.remove(id);
            communities.remove(id);
            oneShoulder.remove(id);
            isCommunity.remove(id);
        }

        /**
         * What is kept of the ids an organization's change touched ({@link #placed}), after a
         * change not in place: the ids whose place it may have moved ({@code moved}, {@link
         * OrgChanges.Told#placed}) and those told are derived again; the others, above them then
         * or now, keep their kind and chain, and their community orgs and pools are patched for
         * the ids moved (each judged by its chain of parents) and the people with reserves there,
         * O(that subtree × depth), instead of the district's subtree walked again.
         */
        private void moved(Dataset d, OrgChanges.Told told, Map<String, Set<String>> moved) {
            Set<String> toldIds = new HashSet<>();
            told.removed().forEach(o -> toldIds.add(o.id()));
            told.added().forEach(o -> toldIds.add(o.id()));
            moved.keySet().forEach(isCommunity::remove);
            Set<String> people = new TreeSet<>();
            moved.keySet().forEach(id -> reserves.getOrDefault(id, List.of()).forEach(r -> people.add(r.personId())));
            boolean poolsPatched = people.stream().allMatch(p -> placesOnce(d, p));
            for (String id : placed) {
                if (toldIds.contains(id) || moved.containsKey(id)) {
                    forget(id);
                    continue;
                }
                List<String> below = communities.get(id);
                if (below != null) {
                    communities.put(id, communitiesPatched(d, id, below, moved));
                }
                List<String> pool = pools.get(id);
                if (pool != null && !people.isEmpty()) {
                    if (poolsPatched) {
                        pools.put(id, poolPatched(d, id, pool, people));
                    } else {
                        pools.remove(id);
                    }
                }
            }
        }

        /** {@link #communitiesBelow} of {@code orgId} with the ids of {@code moved} judged again. */
        private List<String> communitiesPatched(Dataset d, String orgId, List<String> below,
                                                Map<String, Set<String>> moved) {
            List<String> out = new ArrayList<>(below);
            out.removeIf(moved::containsKey);
            moved.forEach((id, chain) -> {
                if (chain.contains(orgId) && isCommunity.computeIfAbsent(id, x -> community(d, x))) {
                    out.add(id);
                }
            });
            out.sort(null);
            return out.equals(below) ? below : List.copyOf(out);
        }

        /** {@link #reservePool} of {@code orgId} with {@code people} judged again, each by their reserves' chains. */
        private List<String> poolPatched(Dataset d, String orgId, List<String> pool, Set<String> people) {
            TreeSet<String> out = new TreeSet<>(pool);
            for (String person : people) {
                out.remove(person);
                for (ReserveCadre r : reservesOf.getOrDefault(person, List.of())) {
                    if (Periods.inForce(r.since(), r.until(), d.asOf()) && chainReaches(d, r.organizationId(), orgId)) {
                        out.add(person);
                        break;
                    }
                }
            }
            return out.equals(new TreeSet<>(pool)) ? pool : List.copyOf(out);
        }

        /**
         * Whether each of {@code person}'s reserves is in an organization whose id, and each id on
         * whose chain of parents, one organization holds: then the pool's subtree walk and the
         * chain agree ({@link #reservePool} asks both).
         */
        private boolean placesOnce(Dataset d, String person) {
            for (ReserveCadre r : reservesOf.getOrDefault(person, List.of())) {
                if (d.organizationsWithId(r.organizationId()).size() > 1
                        || d.ancestors(r.organizationId()).stream().anyMatch(a -> d.organizationsWithId(a.id()).size() > 1)) {
                    return false;
                }
            }
            return true;
        }

        /** CAD-001: distinct reserve cadres in force on asOf in the subtree of {@code orgId}, by their chain of parents. */
        private List<String> reservePool(Dataset d, String orgId) {
            Set<String> pool = new TreeSet<>();
            for (Organization s : d.subtree(orgId)) {
                List<ReserveCadre> here = reserves.get(s.id());
                if (here == null || !chainReaches(d, s.id(), orgId)) {
                    continue;
                }
                for (ReserveCadre r : here) {
                    if (Periods.inForce(r.since(), r.until(), d.asOf())) {
                        pool.add(r.personId());
                    }
                }
            }
            return List.copyOf(pool);
        }

        /** Whether {@code orgId} is {@code from} or above it, as {@link Dataset#ancestors} walks. */
        private static boolean chainReaches(Dataset d, String from, String orgId) {
            if (from.equals(orgId)) {
                return true;
            }
            return d.ancestors(from).stream().anyMatch(a -> a.id().equals(orgId));
        }

        /** Whether some organization of the id is a community org that exists on asOf. */
        private boolean community(Dataset d, String id) {
            for (Organization o : orgs.getOrDefault(id, List.of())) {
                if (OrgKinds.communityOrg(d, o) && OrgKinds.exists(o, d.asOf())) {
                    return true;
                }
            }
            return false;
        }

        /** CAD-008: a committee-level org on asOf, its community orgs (itself included) and the “一肩挑” ones. */
        private void oneShoulderShare(Dataset d, Organization c, Consumer<Object> out) {
            // A community's own party committee is committee-level too (the catalog's scope): its share is over itself.
            if (!OrgKinds.COMMITTEE_LEVEL.contains(c.type()) || !OrgKinds.exists(c, d.asOf())) {
                return;
            }
            List<String> inSubtree = communities.computeIfAbsent(c.id(), id -> communitiesBelow(d, id));
            List<String> yes = new ArrayList<>();
            for (String id : inSubtree) {
                if (oneShoulder.computeIfAbsent(id, x -> secretaryIsDirector(d, x))) {
                    yes.add(id);
                }
            }
            if (!inSubtree.isEmpty()) {
                out.accept(new OneShoulderShare(c.id(), yes, inSubtree));
            }
        }

        /** The community orgs existing on asOf in the subtree of {@code orgId} (itself included), sorted. */
        private List<String> communitiesBelow(Dataset d, String orgId) {
            List<String> inSubtree = new ArrayList<>();
            for (Organization o : d.subtree(orgId)) {
                if (isCommunity.computeIfAbsent(o.id(), id -> community(d, id))) {
                    inSubtree.add(o.id());
                }
            }
            inSubtree.sort(null);
            return List.copyOf(inSubtree);
        }

        /**
         * A move of asOf inside the year: a post in force on one day only (its holder, its
         * organization's “两委” and the shares above it); a secretary's filing whose days differ (an
         * unfiled post counts its days to asOf: every day moves it); a “两委” member whose age
         * differs on the two days (a birthday between them); a reserve cadre in force on one day
         * only (the pools above); an organization that exists on one day only (the pools and
         * shares of those above and below it).
         */
        @Override
        public boolean movedKeys(Dataset d, AsOfMove move, Consumer<Object> out) {
            Set<Object> keys = new java.util.LinkedHashSet<>();
            LocalDate yearStart = LocalDate.of(d.auditYear(), 1, 1);
            for (Position p : d.positions()) {
                if (move.inForceDiffers(p.start(), p.end())) {
                    touched(d, p, keys::add);
                    continue;
                }
                if (p.role() == Role.SECRETARY
                        && !java.util.Objects.equals(filing(p, yearStart, move.from()), filing(p, yearStart, move.to()))) {
                    keys.add(new Cadre(p.personId()));
                }
                if (TWO_COMMITTEES.contains(p.role()) && Periods.inForce(p.start(), p.end(), move.to())
                        && d.person(p.personId()).map(x -> move.differs(a -> Periods.ageOn(x.birthDate(), a))).orElse(false)) {
                    keys.add(new Committees(p.organizationId()));
                }
            }
            reserves.values().forEach(list -> list.stream().filter(r -> move.inForceDiffers(r.since(), r.until()))
                    .forEach(r -> touched(d, r, keys::add)));
            orgs.values().forEach(list -> list.stream().filter(move::existsDiffers).forEach(o -> touched(d, o, keys::add)));
            keys.forEach(out);
            return true;
        }
    }

    /** CAD-006: a person's contact points of the audit year, days summed per organization (in decimal). */
    private static void contactPoints(Dataset d, String personId, List<ContactPoint> list, Consumer<Object> out) {
        Map<String, BigDecimal> points = new TreeMap<>();
        for (ContactPoint c : list) {
            if (c.year() == d.auditYear()) {
                points.merge(c.organizationId(), BigDecimal.valueOf(c.daysOnSite()), BigDecimal::add);
            }
        }
        if (points.isEmpty()) {
            return;
        }
        TreeMap<String, Double> days = new TreeMap<>();
        points.forEach((org, sum) -> days.put(org, sum.doubleValue()));
        out.accept(new ContactPointDays(personId, d.auditYear(), days));
    }

    /** CAD-003: consecutive INCOMPETENT years ending at the audit year (if assessed) or the year before. */
    private static void assessmentStreak(Dataset d, String personId, List<Assessment> list, Consumer<Object> out) {
        Map<Integer, List<Assessment>> years = new HashMap<>();
        for (Assessment a : list) {
            if (a.year() <= d.auditYear()) {
                years.computeIfAbsent(a.year(), k -> new ArrayList<>()).add(a);
            }
        }
        if (years.isEmpty()) {
            return;
        }
        int through = years.containsKey(d.auditYear()) ? d.auditYear() : d.auditYear() - 1;
        List<String> run = new ArrayList<>();
        for (int y = through; incompetent(years.get(y)); y--) {
            run.add(0, String.valueOf(y));
        }
        if (!run.isEmpty()) {
            boolean dissatisfied = years.get(through).stream().anyMatch(a -> a.result() == AssessmentResult.INCOMPETENT
                    && a.massesSatisfied().equals(Optional.of(false)));
            boolean recorded = years.get(through).stream().anyMatch(a -> a.result() == AssessmentResult.INCOMPETENT
                    && a.massesSatisfied().isPresent());
            out.accept(new AssessmentStreak(personId, through, run.size(), run, dissatisfied, recorded));
        }
    }

    private static boolean incompetent(List<Assessment> ofYear) {
        return ofYear != null && ofYear.stream().anyMatch(a -> a.result() == AssessmentResult.INCOMPETENT);
    }

    /** CAD-005: a person's secretary posts begun by asOf and in force at some time in the audit year; the rule keeps the new ones. */
    private static void secretaryFilings(Dataset d, String personId, Consumer<Object> out) {
        LocalDate yearStart = LocalDate.of(d.auditYear(), 1, 1);
        for (Position p : d.positionsHeldBy(personId)) {
            SecretaryFiling f = filing(p, yearStart, d.asOf());
            if (f != null) {
                out.accept(f);
            }
        }
    }

    /** The filing of post {@code p} on {@code asOf}, or null if it is not a secretary post begun by then and in force in the year. */
    private static SecretaryFiling filing(Position p, LocalDate yearStart, LocalDate asOf) {
        if (p.role() != Role.SECRETARY || p.start().isAfter(asOf)
                || p.end().map(e -> e.isBefore(yearStart)).orElse(false)) {
            return null;
        }
        Optional<LocalDate> filed = p.filedWithDistrict().filter(f -> !f.isAfter(asOf));
        // Unfiled: counted to asOf, or to the post's end if it ended before (nothing was owed after it).
        LocalDate unfiledUntil = p.end().filter(e -> e.isBefore(asOf)).orElse(asOf);
        long days = ChronoUnit.DAYS.between(p.start(), filed.orElse(unfiledUntil));
        return new SecretaryFiling(p, filed, days);
    }

    private static boolean secretaryIsDirector(Dataset d, String orgId) {
        Set<String> secretaries = new HashSet<>();
        Set<String> directors = new HashSet<>();
        for (Position p : d.positionsOf(orgId)) {
            if (Periods.inForce(p.start(), p.end(), d.asOf())) {
                if (p.role() == Role.SECRETARY) {
                    secretaries.add(p.personId());
                } else if (p.role() == Role.RESIDENTS_DIRECTOR) {
                    directors.add(p.personId());
                }
            }
        }
        secretaries.retainAll(directors);
        return !secretaries.isEmpty();
    }

    /** CAD-009: the “两委” members of an organization, if it has any, their ages and education. */
    private static void twoCommittees(Dataset d, String orgId, Consumer<Object> out) {
        Set<String> people = new TreeSet<>();
        for (Position p : d.positionsOf(orgId)) {
            if (TWO_COMMITTEES.contains(p.role()) && Periods.inForce(p.start(), p.end(), d.asOf())
                    && d.person(p.personId()).isPresent()) {
                people.add(p.personId());
            }
        }
        if (people.isEmpty()) {
            return;
        }
        long ages = 0;
        List<String> educated = new ArrayList<>();
        for (String id : people) {
            Person p = d.person(id).get();
            ages += Periods.ageOn(p.birthDate(), d.asOf());
            if (p.education().compareTo(Education.JUNIOR_COLLEGE) >= 0) {
                educated.add(id);
            }
        }
        double average = BigDecimal.valueOf(ages).divide(BigDecimal.valueOf(people.size()), 1, RoundingMode.HALF_UP)
                .doubleValue();
        out.accept(new TwoCommittees(orgId, List.copyOf(people), educated, average));
    }
}
