package org.dangjian.rules.vocabulary.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.dangjian.model.Training;
import org.dangjian.rules.vocabulary.Params;
import org.dangjian.rules.vocabulary.training.PostInForce;
import org.dangjian.rules.vocabulary.training.SecretaryInduction;
import org.dangjian.rules.vocabulary.training.SubtreeTraining;
import org.dangjian.rules.vocabulary.training.TrainingMember;
import org.dangjian.rules.vocabulary.training.YearlyTraining;
import org.dangjian.rules.internal.FactDeriver;
import org.dangjian.rules.internal.FactSink;
import org.dangjian.rules.internal.OrgKinds;

/**
 * TRN: the facts of education and training (教育培训). Sums each person's trainings dated in the
 * audit year up to {@code asOf} ({@link YearlyTraining}, zeros for the people the rules judge),
 * names the members judged ({@link TrainingMember}) and the posts in force ({@link PostInForce}),
 * gathers members over subtrees for the participation rules ({@link SubtreeTraining}) and follows
 * new secretaries' trainings ({@link SecretaryInduction}).
 */
final class TrainingFacts implements FactDeriver {

    /** Organizer levels that count as "district level or above" (区级以上). */
    private static final Set<OrganizerLevel> DISTRICT_OR_ABOVE = Set.of(
            OrganizerLevel.DISTRICT, OrganizerLevel.CITY, OrganizerLevel.PROVINCE, OrganizerLevel.CENTRAL);

    // People only size a map: who is judged comes from memberships and posts, not from people.
    private static final Set<RecordKind> READS = Set.of(
            RecordKind.TRAININGS, RecordKind.MEMBERSHIPS, RecordKind.POSITIONS, RecordKind.ORGANIZATIONS);

    @Override
    public Set<RecordKind> reads() {
        return READS;
    }

    @Override
    public void derive(Dataset d, Params params, FactSink out) {
        LocalDate asOf = d.asOf();
        LocalDate yearStart = LocalDate.of(d.auditYear(), 1, 1);

        Map<String, Tally> tallies = new HashMap<>(d.people().size() * 2);
        for (Training t : d.trainings()) {
            if (!t.date().isBefore(yearStart) && !t.date().isAfter(asOf)) {
                Tally tally = tallies.get(t.personId());
                if (tally == null) {
                    tally = new Tally();
                    tallies.put(t.personId(), tally);
                }
                tally.add(t);
            }
        }
        List<TrainingMember> members = new ArrayList<>();
        for (Membership m : d.memberships()) {
            if (judged(m, yearStart)) {
                members.add(new TrainingMember(m.personId(), m));
            }
        }
        members.forEach(m -> tallies.computeIfAbsent(m.personId(), k -> new Tally()));
        for (Position p : d.positions()) {
            if (Periods.inForce(p.start(), p.end(), asOf)) {
                out.accept(PostInForce.of(p));
                tallies.computeIfAbsent(p.personId(), k -> new Tally());
            }
        }
        // Facts are compared by value, never by order: a hash map will do (SubtreeTraining sorts its own).
        Map<String, YearlyTraining> yearly = new HashMap<>(tallies.size() * 2);
        tallies.forEach((person, tally) -> yearly.put(person, tally.toFact(person)));
        yearly.values().forEach(out);
        members.forEach(out);
        if (out.wants(SubtreeTraining.class)) {
            subtrees(d, members, yearly, out);
        }
        if (out.wants(SecretaryInduction.class)) {
            inductions(d, out);
        }
    }

    /** FULL or PROBATIONARY, not exempt, and a member on 1 January of the audit year. */
    static boolean judged(Membership m, LocalDate yearStart) {
        return m.status() != MembershipStatus.SUSPENDED && !m.exempt() && !m.admitted().isAfter(yearStart);
    }

    /** Each judged member counts for every grassroots org and street working committee at or above their own. */
    private static void subtrees(Dataset d, List<TrainingMember> members, Map<String, YearlyTraining> yearly,
                                 Consumer<Object> out) {
        Map<String, List<String>> chains = new HashMap<>();
        Map<String, TreeMap<String, YearlyTraining>> byOrg = new TreeMap<>();
        for (TrainingMember m : members) {
            List<String> chain = chains.computeIfAbsent(m.orgId(), id -> counted(d, id));
            for (String orgId : chain) {
                byOrg.computeIfAbsent(orgId, k -> new TreeMap<>()).put(m.personId(), yearly.get(m.personId()));
            }
        }
        byOrg.forEach((orgId, map) -> out.accept(new SubtreeTraining(orgId, map)));
    }

    /** The organization and those above it that count members over their subtree, if they exist on asOf. */
    private static List<String> counted(Dataset d, String orgId) {
        List<Organization> chain = new ArrayList<>();
        d.organization(orgId).ifPresent(chain::add);
        chain.addAll(d.ancestors(orgId));
        List<String> out = new ArrayList<>();
        for (Organization o : chain) {
            boolean kind = OrgKinds.GRASSROOTS.contains(o.type()) || o.type() == OrgType.STREET_WORKING_COMMITTEE;
            if (kind && OrgKinds.exists(o, d.asOf())) {
                out.add(o.id());
            }
        }
        return out;
    }

    /** Grassroots SECRETARY posts that were new appointments, with the trainings (of any kind) since. */
    private static void inductions(Dataset d, Consumer<Object> out) {
        for (Position p : d.positions()) {
            if (p.role() != Role.SECRETARY || !grassroots(d, p.organizationId()) || continuing(d, p)) {
                continue;
            }
            List<LocalDate> dates = new ArrayList<>();
            for (Training t : d.trainingsOf(p.personId())) {
                if (!t.date().isBefore(p.start()) && !t.date().isAfter(d.asOf())) {
                    dates.add(t.date());
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

        void add(Training t) {
            double h = t.hours();
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
            if (t.centralized()) {
                centralized++;
                if (hours == null) {
                    centralizedUnits += u;
                } else {
                    centralizedHours = centralizedHours.add(BigDecimal.valueOf(h));
                }
                if (DISTRICT_OR_ABOVE.contains(t.organizerLevel())) {
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
