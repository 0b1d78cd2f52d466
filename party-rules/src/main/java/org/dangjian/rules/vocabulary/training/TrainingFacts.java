package org.dangjian.rules.vocabulary.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.dangjian.model.Dataset;
import org.dangjian.model.Membership;
import org.dangjian.model.MembershipStatus;
import org.dangjian.model.OrgType;
import org.dangjian.model.Organization;
import org.dangjian.model.OrganizerLevel;
import org.dangjian.model.Periods;
import org.dangjian.model.Position;
import org.dangjian.model.RecordKind;
import org.dangjian.model.Role;
import org.dangjian.model.Tables;
import org.dangjian.model.Training;
import org.dangjian.rules.vocabulary.Params;
import org.dangjian.rules.vocabulary.training.PostInForce;
import org.dangjian.rules.vocabulary.training.SecretaryInduction;
import org.dangjian.rules.vocabulary.training.SubtreeTraining;
import org.dangjian.rules.vocabulary.training.TrainingMember;
import org.dangjian.rules.vocabulary.training.YearlyTraining;
import org.dangjian.rules.internal.KeyedDeriver;
import org.dangjian.rules.internal.FactSink;
import org.dangjian.rules.internal.OrgKinds;
import org.dangjian.rules.internal.OrgChanges;
import org.dangjian.rules.internal.AsOfMove;

/**
 * TRN: the facts of education and training (教育培训). Sums each person's trainings dated in the
 * audit year up to {@code asOf} ({@link YearlyTraining}, zeros for the people the rules judge),
 * names the members judged ({@link TrainingMember}) and the posts in force ({@link PostInForce}),
 * gathers members over subtrees for the participation rules ({@link SubtreeTraining}) and follows
 * new secretaries' trainings ({@link SecretaryInduction}).
 */
final class TrainingFacts implements KeyedDeriver {

    /** Organizer levels that count as "district level or above" (区级以上). */
    private static final Set<OrganizerLevel> DISTRICT_OR_ABOVE = EnumSet.of(
            OrganizerLevel.DISTRICT, OrganizerLevel.CITY, OrganizerLevel.PROVINCE, OrganizerLevel.CENTRAL);

    // People only size a map: who is judged comes from memberships and posts, not from people.
    private static final Set<RecordKind> READS = Set.of(
            RecordKind.TRAININGS, RecordKind.MEMBERSHIPS, RecordKind.POSITIONS, RecordKind.ORGANIZATIONS);

    @Override
    public Set<RecordKind> reads() {
        return READS;
    }

    /**
     * The whole pass: every key derived as a live audit derives one (people first, then the
     * subtrees, which read the people's sums; the sums are kept for them only if a rule reads
     * the subtrees).
     */
    @Override
    public void derive(Dataset d, Params params, FactSink out) {
        ByKey keys = new ByKey(out.wants(SubtreeTraining.class) ? new HashMap<>() : null);
        keys.keys(d, k -> keys.derive(d, params, k, out));
    }

    @Override
    public KeyedDeriver.Live live(Dataset dataset) {
        return new ByKey(null, new HashMap<>(), new OrgChanges());
    }

    /** The key of an organization's {@link SubtreeTraining}; a person's key is their id. */
    private record Subtree(String orgId) {
    }

    /**
     * Keys: a person (their {@link YearlyTraining}, {@link TrainingMember}s, {@link PostInForce}s and
     * {@link SecretaryInduction}s) and an organization's subtree ({@link SubtreeTraining}, which
     * sums its members' trainings again: the dataset indexes them by person).
     */
    private static final class ByKey implements KeyedDeriver.Live {

        /**
         * In the whole pass only, and only if a rule reads the subtrees (null otherwise, and in a
         * live audit): each person's sum as their own key gave
         * it, for the subtrees above them, derived after every person. Why: a member counted in
         * three subtrees had four equal sums, 130 MB of them at a million members.
         */
        private final Map<String, YearlyTraining> wholePassSums;
        /**
         * In a live audit only (null in the whole pass): each person's sum as last computed, for
         * the subtrees above them, dropped when a training of theirs comes or goes and all of them
         * when the audit year or {@code asOf} moves (what else a sum reads). Why: a training
         * re-derives the subtrees above its member, and summing every member of the district's
         * again was most of the change's cost.
         */
        private final Map<String, YearlyTraining> liveSums;
        /** The asOf {@link #liveSums} and {@link #subtreeFacts} were computed for. */
        private LocalDate liveSumsAsOf;
        /**
         * In a live audit only (null in the whole pass): each counting organization's
         * {@link SubtreeTraining} as last derived (with no members where it had none), for the
         * asOf above. Why: a training or a membership changes one member of the subtrees above
         * it; the new fact is the one held with that member changed, O(64 + n/64), where summing
         * the subtree again cost O(members) (a district's 100,000). Dropped for the subtrees an
         * organization's change touches, and all of them when asOf moves.
         */
        private final Map<String, SubtreeTraining> subtreeFacts;
        /** In a live audit only: the people a change touched in each subtree kept, to derive again there. */
        private final Map<String, java.util.Set<String>> pending;
        /** In a live audit only: the organizations that came and went, to tell a change in place. */
        private final OrgChanges orgChanges;
        /**
         * In a live audit only: the subtrees an organization's change touched, whose facts kept are
         * dropped unless the organizations were changed in place ({@link #settle}).
         */
        private final java.util.Set<String> orgTouched;

        ByKey(Map<String, YearlyTraining> wholePassSums) {
            this(wholePassSums, null, null);
        }

        ByKey(Map<String, YearlyTraining> wholePassSums, Map<String, YearlyTraining> liveSums, OrgChanges orgChanges) {
            this.wholePassSums = wholePassSums;
            this.liveSums = liveSums;
            this.subtreeFacts = liveSums == null ? null : new HashMap<>();
            this.pending = liveSums == null ? null : new HashMap<>();
            this.orgChanges = orgChanges;
            this.orgTouched = liveSums == null ? null : new java.util.HashSet<>();
        }

        /**
         * A subtree {@code record} touches: for a person's record, that person is to be derived
         * again there; for an organization's ({@code personId} null), the fact kept is dropped
         * when the change is known, unless it changed organizations in place ({@link #settle}).
         */
        private void touch(String orgId, String personId, Consumer<Object> out) {
            out.accept(new Subtree(orgId));
            if (subtreeFacts != null && subtreeFacts.containsKey(orgId)) {
                if (personId == null) {
                    orgTouched.add(orgId);
                } else {
                    pending.computeIfAbsent(orgId, k -> new java.util.HashSet<>()).add(personId);
                }
            }
        }

        /** Drops the fact kept of {@code orgId}: it is summed again. */
        private void drop(String orgId) {
            subtreeFacts.remove(orgId);
            pending.remove(orgId);
        }

        /**
         * Before a live change's first derivation: the subtrees its organizations touched keep
         * their facts if each organization was changed in place with what the subtrees read kept
         * (type, parent, dates: which organizations count members, and whose). Why: an
         * organization edited in place (its households, its name) changes no subtree's members,
         * and summing the street's again was an eighth of such a change. Else (an organization
         * created, removed, moved, retyped) only the members of the organizations whose place it
         * may have moved ({@link OrgChanges.Told#placed}) are judged again in each subtree kept
         * above or below them, as a membership's change judges its member, O(those members ×
         * depth); a subtree whose own organization was told is summed again (whether it counts,
         * and from when, may have changed). All of them are summed again only when an id there is
         * shared by two organizations.
         */
        private void settle(Dataset d) {
            if (orgChanges == null) {
                return; // the whole pass
            }
            if (!orgChanges.any()) {
                orgTouched.clear();
                return;
            }
            OrgChanges.Told told = orgChanges.take();
            if (!orgTouched.isEmpty() && !told.inPlace(d, (a, b) -> a.type() == b.type()
                    && a.parentId().equals(b.parentId()) && a.established().equals(b.established())
                    && a.dissolved().equals(b.dissolved()))) {
                java.util.Optional<Map<String, java.util.Set<String>>> placed = told.placed(d);
                if (placed.isPresent()) {
                    judgeAgain(d, told, placed.get().keySet());
                } else {
                    orgTouched.forEach(this::drop);
                }
            }
            orgTouched.clear();
        }

        /**
         * The subtrees touched: those of an organization told dropped, the others to judge the
         * members of {@code placed} again.
         */
        private void judgeAgain(Dataset d, OrgChanges.Told told, java.util.Set<String> placed) {
            java.util.Set<String> toldIds = new java.util.HashSet<>();
            told.removed().forEach(o -> toldIds.add(o.id()));
            told.added().forEach(o -> toldIds.add(o.id()));
            List<String> people = new ArrayList<>();
            for (String id : placed) {
                d.membershipsOf(id).forEach(m -> people.add(m.personId()));
            }
            for (String orgId : orgTouched) {
                if (toldIds.contains(orgId)) {
                    drop(orgId);
                } else if (subtreeFacts.containsKey(orgId) && !people.isEmpty()) {
                    pending.computeIfAbsent(orgId, k -> new java.util.HashSet<>()).addAll(people);
                }
            }
        }

        @Override
        public void added(Object record) {
            forget(record);
            if (orgChanges != null && record instanceof Organization o) {
                orgChanges.added(o);
            }
        }

        @Override
        public void removed(Object record) {
            forget(record);
            if (orgChanges != null && record instanceof Organization o) {
                orgChanges.removed(o);
            }
        }

        private void forget(Object record) {
            if (liveSums != null && record instanceof Training t) {
                liveSums.remove(t.personId());
            }
        }

        @Override
        public void keys(Dataset d, Consumer<Object> out) {
            java.util.Set<String> people = new java.util.LinkedHashSet<>(2 * d.memberships().size());
            LocalDate yearStart = LocalDate.of(d.auditYear(), 1, 1);
            Tables.Trainings t = d.trainingTable();
            for (int i = 0, n = t.size(); i < n; i++) {
                if (inYear(t.epochDay(i), yearStart, d.asOf())) {
                    people.add(t.personId(i));
                }
            }
            d.memberships().forEach(m -> people.add(m.personId()));
            d.positions().forEach(p -> people.add(p.personId()));
            people.forEach(out);
            java.util.Set<String> orgs = new java.util.LinkedHashSet<>();
            d.organizations().forEach(o -> orgs.add(o.id()));
            orgs.forEach(id -> out.accept(new Subtree(id)));
        }

        @Override
        public void touched(Dataset d, Object record, Consumer<Object> out) {
            LocalDate yearStart = LocalDate.of(d.auditYear(), 1, 1);
            if (record instanceof Training t) {
                out.accept(t.personId());
                for (Membership m : d.membershipsOfPerson(t.personId())) {
                    if (judged(m, yearStart)) {
                        counted(d, m.organizationId()).forEach(id -> touch(id, t.personId(), out));
                    }
                }
            } else if (record instanceof Membership m) {
                out.accept(m.personId());
                counted(d, m.organizationId()).forEach(id -> touch(id, m.personId(), out));
            } else if (record instanceof Position p) {
                out.accept(p.personId());
            } else if (record instanceof Organization o) {
                // Its type makes posts in it grassroots or not; its place, type and dates, the chains through it.
                d.positionsOf(o.id()).forEach(p -> out.accept(p.personId()));
                touch(o.id(), null, out);
                d.subtree(o.id()).forEach(s -> touch(s.id(), null, out));
                d.ancestors(o.id()).forEach(a -> touch(a.id(), null, out));
            }
        }

        @Override
        public void derive(Dataset d, Params params, Object key, FactSink out) {
            settle(d);
            if (key instanceof Subtree s) {
                if (out.wants(SubtreeTraining.class)) {
                    subtree(d, s.orgId(), out);
                }
            } else {
                person(d, (String) key, out);
            }
        }

        /** A person's sum of their trainings in the audit year up to asOf. */
        private static YearlyTraining sum(Dataset d, String personId) {
            LocalDate yearStart = LocalDate.of(d.auditYear(), 1, 1);
            Tally tally = new Tally();
            Tables.Trainings t = d.trainingTable();
            Tables.Rows rows = d.trainingRowsOf(personId);
            for (int k = 0; k < rows.size(); k++) {
                int i = rows.at(k);
                if (inYear(t.epochDay(i), yearStart, d.asOf())) {
                    tally.add(t, i);
                }
            }
            return tally.toFact(personId);
        }

        /** The sums kept live, for {@code d}'s asOf (all dropped when it moved). */
        private Map<String, YearlyTraining> keptSums(Dataset d) {
            if (!d.asOf().equals(liveSumsAsOf)) {
                liveSums.clear();
                subtreeFacts.clear();
                pending.clear();
                liveSumsAsOf = d.asOf();
            }
            return liveSums;
        }

        /** A person's sum: the one their own key gave in the whole pass, or kept live, else summed now. */
        private YearlyTraining sumOf(Dataset d, String personId) {
            if (liveSums != null) {
                return keptSums(d).computeIfAbsent(personId, p -> sum(d, p));
            }
            YearlyTraining y = wholePassSums == null ? null : wholePassSums.get(personId);
            return y != null ? y : sum(d, personId);
        }

        /** A person's sum, the memberships judged, the posts in force and the new secretaries' trainings. */
        private void person(Dataset d, String personId, FactSink out) {
            LocalDate asOf = d.asOf();
            LocalDate yearStart = LocalDate.of(d.auditYear(), 1, 1);
            Tally tally = null;
            Tables.Trainings t = d.trainingTable();
            Tables.Rows rows = d.trainingRowsOf(personId);
            for (int k = 0; k < rows.size(); k++) {
                int i = rows.at(k);
                if (inYear(t.epochDay(i), yearStart, asOf)) {
                    tally = tally == null ? new Tally() : tally;
                    tally.add(t, i);
                }
            }
            // A sum for everyone trained, and, with zeros, for everyone a rule judges.
            boolean summed = tally != null;
            for (Membership m : d.membershipsOfPerson(personId)) {
                if (judged(m, yearStart)) {
                    out.accept(new TrainingMember(m.personId(), m));
                    summed = true;
                }
            }
            for (Position p : d.positionsHeldBy(personId)) {
                if (Periods.inForce(p.start(), p.end(), asOf)) {
                    out.accept(PostInForce.of(p));
                    summed = true;
                }
            }
            YearlyTraining y = (tally == null ? new Tally() : tally).toFact(personId);
            if (summed) {
                out.accept(y);
                if (wholePassSums != null) {
                    wholePassSums.put(personId, y);
                }
            }
            if (liveSums != null) {
                // The very fact the person's key holds: the subtrees above share it, not a copy.
                keptSums(d).put(personId, y);
            }
            if (out.wants(SecretaryInduction.class)) {
                inductions(d, personId, out);
            }
        }

        /** The judged members in the subtree of {@code orgId}, if it counts members over its subtree. */
        private void subtree(Dataset d, String orgId, FactSink out) {
            Organization o = d.organization(orgId).orElse(null);
            if (o == null || !counts(o, d.asOf())) {
                if (subtreeFacts != null) {
                    subtreeFacts.remove(orgId);
                    pending.remove(orgId);
                }
                return;
            }
            SubtreeTraining fact;
            if (subtreeFacts == null) {
                fact = whole(d, orgId);
            } else {
                fact = keptSubtree(d, orgId);
                fact = fact == null ? whole(d, orgId) : patched(d, fact);
                subtreeFacts.put(orgId, fact);
                pending.remove(orgId);
            }
            if (!fact.members().isEmpty()) {
                out.accept(fact);
            }
        }

        /** The fact of {@code orgId} kept live for {@code d}'s asOf, or null. */
        private SubtreeTraining keptSubtree(Dataset d, String orgId) {
            keptSums(d);
            return subtreeFacts.get(orgId);
        }

        /**
         * The fact kept with the people a change touched derived again: each is in it if a judged
         * membership of theirs is counted in it (the whole derivation's test, per membership),
         * with their sum.
         */
        private SubtreeTraining patched(Dataset d, SubtreeTraining kept) {
            java.util.Set<String> people = pending.get(kept.orgId());
            if (people == null) {
                return kept;
            }
            LocalDate yearStart = LocalDate.of(d.auditYear(), 1, 1);
            SubtreeTraining fact = kept;
            for (String personId : new java.util.TreeSet<>(people)) {
                boolean in = false;
                for (Membership m : d.membershipsOfPerson(personId)) {
                    if (judged(m, yearStart) && counted(d, m.organizationId()).contains(kept.orgId())) {
                        in = true;
                        break;
                    }
                }
                fact = in ? fact.with(personId, sumOf(d, personId)) : fact.without(personId);
            }
            return fact;
        }

        /** The subtree's fact from its members (with no members if it has none). */
        private SubtreeTraining whole(Dataset d, String orgId) {
            LocalDate yearStart = LocalDate.of(d.auditYear(), 1, 1);
            Map<String, List<String>> chains = new HashMap<>();
            // Each member's sum from their trainings (or kept live, dropped when their trainings
            // change): a person's own key may be derived after the subtrees above them in the same
            // change, so the sum their key held before could be stale.
            TreeMap<String, YearlyTraining> members = new TreeMap<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Organization s : d.subtree(orgId)) {
                if (!seen.add(s.id())) {
                    continue;
                }
                // Below it by the children's parents; counted in it by the member's chain of parents
                // (the same for every membership of s: each names s). A chain that holds orgId
                // passes only through organizations below it, so the chain alone decides (the
                // live audit's patch tests only the chain).
                if (!chains.computeIfAbsent(s.id(), id -> counted(d, id)).contains(orgId)) {
                    continue;
                }
                for (Membership m : d.membershipsOf(s.id())) {
                    if (judged(m, yearStart)) {
                        members.put(m.personId(), sumOf(d, m.personId()));
                    }
                }
            }
            return SubtreeTraining.of(orgId, members);
        }

        /**
         * A move of asOf inside the year: the people trained between the days (their sums and
         * new secretaries' trainings; the subtrees above them), the holders of a post in force on
         * one day only, and the subtrees of an organization that exists on one day only. The sums
         * kept live are dropped for the people trained between the days only (no other sum reads
         * asOf), and the subtree facts kept live are patched for them, as for a training.
         */
        @Override
        public boolean movedKeys(Dataset d, AsOfMove move, Consumer<Object> out) {
            java.util.Set<Object> keys = new java.util.LinkedHashSet<>();
            java.util.Set<String> trained = new java.util.HashSet<>();
            Tables.Trainings t = d.trainingTable();
            for (int i = 0, n = t.size(); i < n; i++) {
                if (move.counted(t.epochDay(i)) && trained.add(t.personId(i))) {
                    touched(d, d.trainings().get(i), keys::add);
                }
            }
            if (liveSums != null && move.from().equals(liveSumsAsOf)) {
                trained.forEach(liveSums::remove);
                liveSumsAsOf = move.to();
            }
            for (Position p : d.positions()) {
                if (move.inForceDiffers(p.start(), p.end())) {
                    keys.add(p.personId());
                }
            }
            for (Organization o : d.organizations()) {
                if (move.existsDiffers(o)) {
                    // It starts or stops counting: summed again (or dropped) whatever else the change holds.
                    keys.add(new Subtree(o.id()));
                    if (subtreeFacts != null) {
                        drop(o.id());
                    }
                }
            }
            keys.forEach(out);
            return true;
        }
    }

    private static boolean inYear(long epochDay, LocalDate yearStart, LocalDate asOf) {
        return epochDay >= yearStart.toEpochDay() && epochDay <= asOf.toEpochDay();
    }

    /** FULL or PROBATIONARY, not exempt, and a member on 1 January of the audit year. */
    static boolean judged(Membership m, LocalDate yearStart) {
        return m.status() != MembershipStatus.SUSPENDED && !m.exempt() && !m.admitted().isAfter(yearStart);
    }

    /** A grassroots org or street working committee that exists on asOf counts its subtree's members. */
    private static boolean counts(Organization o, LocalDate asOf) {
        boolean kind = OrgKinds.GRASSROOTS.contains(o.type()) || o.type() == OrgType.STREET_WORKING_COMMITTEE;
        return kind && OrgKinds.exists(o, asOf);
    }

    /** The organization and those above it that count members over their subtree, if they exist on asOf. */
    private static List<String> counted(Dataset d, String orgId) {
        List<Organization> chain = new ArrayList<>();
        d.organization(orgId).ifPresent(chain::add);
        chain.addAll(d.ancestors(orgId));
        List<String> out = new ArrayList<>();
        for (Organization o : chain) {
            if (counts(o, d.asOf())) {
                out.add(o.id());
            }
        }
        return out;
    }

    /** The person's grassroots SECRETARY posts that were new appointments, with the trainings (of any kind) since. */
    private static void inductions(Dataset d, String personId, Consumer<Object> out) {
        for (Position p : d.positionsHeldBy(personId)) {
            if (p.role() != Role.SECRETARY || !grassroots(d, p.organizationId()) || continuing(d, p)) {
                continue;
            }
            List<LocalDate> dates = new ArrayList<>();
            Tables.Trainings t = d.trainingTable();
            Tables.Rows rows = d.trainingRowsOf(p.personId());
            for (int k = 0; k < rows.size(); k++) {
                long day = t.epochDay(rows.at(k));
                if (day >= p.start().toEpochDay() && day <= d.asOf().toEpochDay()) {
                    dates.add(LocalDate.ofEpochDay(day));
                }
            }
            out.accept(new SecretaryInduction(p, dates));
        }
    }

    private static boolean grassroots(Dataset d, String orgId) {
        return d.organization(orgId).map(o -> OrgKinds.GRASSROOTS.contains(o.type())).orElse(false);
    }

    /** Whether the person already held a grassroots secretary post on the day before {@code p} started. */
    private static boolean continuing(Dataset d, Position p) {
        LocalDate dayBefore = p.start().minusDays(1);
        return d.positionsHeldBy(p.personId()).stream().anyMatch(other -> !other.equals(p)
                && other.role() == Role.SECRETARY && grassroots(d, other.organizationId())
                && Periods.inForce(other.start(), other.end(), dayBefore));
    }

    /**
     * Sums in decimal, so the total does not depend on the order of the records: in whole
     * ten-thousandths of an hour while every figure has at most four decimals (exact, and fast),
     * in {@link BigDecimal} beyond.
     */
    private static final class Tally {
        private static final double UNITS = 10_000;
        private long units;
        private long centralizedUnits;
        private BigDecimal hours;
        private BigDecimal centralizedHours;
        private int centralized;
        private int districtLevel;
        private int count;

        void add(Tables.Trainings t, int i) {
            double h = t.hours(i);
            long u = Math.round(h * UNITS);
            boolean exact = u / UNITS == h && Math.abs(u) < (1L << 40);
            if (!exact && hours == null) {
                hours = BigDecimal.valueOf(units, 4);
                centralizedHours = BigDecimal.valueOf(centralizedUnits, 4);
            }
            if (hours == null) {
                units += u;
            } else {
                hours = hours.add(BigDecimal.valueOf(h));
            }
            count++;
            if (t.centralized(i)) {
                centralized++;
                if (hours == null) {
                    centralizedUnits += u;
                } else {
                    centralizedHours = centralizedHours.add(BigDecimal.valueOf(h));
                }
                if (DISTRICT_OR_ABOVE.contains(t.organizerLevel(i))) {
                    districtLevel++;
                }
            }
        }

        YearlyTraining toFact(String personId) {
            double total = hours == null ? units / UNITS : hours.doubleValue();
            double central = hours == null ? centralizedUnits / UNITS : centralizedHours.doubleValue();
            return new YearlyTraining(personId, total, centralized, districtLevel, central, count);
        }
    }
}
