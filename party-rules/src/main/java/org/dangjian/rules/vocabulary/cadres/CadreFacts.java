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
import org.dangjian.rules.internal.FactDeriver;
import org.dangjian.rules.internal.FactSink;
import org.dangjian.rules.internal.OrgKinds;

/**
 * CAD: cadres and reserves (干部和后备干部). Reserve pools, assessment streaks, district filing of
 * secretaries, “一肩挑” shares and the “两委” profile. Rules join {@code OrgProfile} for the
 * catalog's scopes, except CAD-008, whose subtree tally needs community orgs here.
 */
final class CadreFacts implements FactDeriver {

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
    public void derive(Dataset d, Params params, FactSink out) {
        if (out.wants(ReservePool.class)) {
            reservePools(d, out);
        }
        if (out.wants(AssessmentStreak.class)) {
            assessmentStreaks(d, out);
        }
        if (out.wants(SecretaryFiling.class)) {
            secretaryFilings(d, out);
        }
        if (out.wants(OneShoulderShare.class)) {
            oneShoulderShares(d, out);
        }
        if (out.wants(TwoCommittees.class)) {
            twoCommittees(d, out);
        }
        if (out.wants(ContactPointDays.class)) {
            contactPoints(d, out);
        }
    }

    /** CAD-006: each person's contact points of the audit year, days summed per organization (in decimal). */
    private static void contactPoints(Dataset d, Consumer<Object> out) {
        Map<String, Map<String, BigDecimal>> byPerson = new TreeMap<>();
        for (ContactPoint c : d.contactPoints()) {
            if (c.year() == d.auditYear()) {
                byPerson.computeIfAbsent(c.personId(), k -> new TreeMap<>())
                        .merge(c.organizationId(), BigDecimal.valueOf(c.daysOnSite()), BigDecimal::add);
            }
        }
        byPerson.forEach((personId, points) -> {
            TreeMap<String, Double> days = new TreeMap<>();
            points.forEach((org, sum) -> days.put(org, sum.doubleValue()));
            out.accept(new ContactPointDays(personId, d.auditYear(), days));
        });
    }

    /** CAD-001: distinct reserve cadres in force on asOf in every organization's subtree. */
    private static void reservePools(Dataset d, Consumer<Object> out) {
        Map<String, Set<String>> pools = new HashMap<>();
        for (ReserveCadre r : d.reserveCadres()) {
            if (!Periods.inForce(r.since(), r.until(), d.asOf())) {
                continue;
            }
            pools.computeIfAbsent(r.organizationId(), k -> new TreeSet<>()).add(r.personId());
            for (Organization a : d.ancestors(r.organizationId())) {
                pools.computeIfAbsent(a.id(), k -> new TreeSet<>()).add(r.personId());
            }
        }
        for (Organization o : d.organizations()) {
            out.accept(new ReservePool(o.id(), List.copyOf(pools.getOrDefault(o.id(), Set.of()))));
        }
    }

    /** CAD-003: consecutive INCOMPETENT years ending at the audit year (if assessed) or the year before. */
    private static void assessmentStreaks(Dataset d, Consumer<Object> out) {
        Map<String, Map<Integer, List<Assessment>>> byPerson = new TreeMap<>();
        for (Assessment a : d.assessments()) {
            if (a.year() <= d.auditYear()) {
                byPerson.computeIfAbsent(a.personId(), k -> new HashMap<>())
                        .computeIfAbsent(a.year(), k -> new ArrayList<>()).add(a);
            }
        }
        byPerson.forEach((personId, years) -> {
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
        });
    }

    private static boolean incompetent(List<Assessment> ofYear) {
        return ofYear != null && ofYear.stream().anyMatch(a -> a.result() == AssessmentResult.INCOMPETENT);
    }

    /** CAD-005: secretary posts begun by asOf and in force at some time in the audit year; the rule keeps the new ones. */
    private static void secretaryFilings(Dataset d, Consumer<Object> out) {
        LocalDate yearStart = LocalDate.of(d.auditYear(), 1, 1);
        for (Position p : d.positions()) {
            if (p.role() != Role.SECRETARY || p.start().isAfter(d.asOf())
                    || p.end().map(e -> e.isBefore(yearStart)).orElse(false)) {
                continue;
            }
            Optional<LocalDate> filed = p.filedWithDistrict().filter(f -> !f.isAfter(d.asOf()));
            // Unfiled: counted to asOf, or to the post's end if it ended before (nothing was owed after it).
            LocalDate unfiledUntil = p.end().filter(e -> e.isBefore(d.asOf())).orElse(d.asOf());
            long days = ChronoUnit.DAYS.between(p.start(), filed.orElse(unfiledUntil));
            out.accept(new SecretaryFiling(p, filed, days));
        }
    }

    /** CAD-008: per committee-level org on asOf, its community orgs (itself included) and the “一肩挑” ones. */
    private static void oneShoulderShares(Dataset d, Consumer<Object> out) {
        Set<String> communities = new HashSet<>();
        Set<String> oneShoulder = new HashSet<>();
        for (Organization o : d.organizations()) {
            if (OrgKinds.communityOrg(d, o) && OrgKinds.exists(o, d.asOf())) {
                communities.add(o.id());
                if (secretaryIsDirector(d, o.id())) {
                    oneShoulder.add(o.id());
                }
            }
        }
        if (communities.isEmpty()) {
            return;
        }
        for (Organization c : d.organizations()) {
            // A community's own party committee is committee-level too (the catalog's scope): its share is over itself.
            if (!OrgKinds.COMMITTEE_LEVEL.contains(c.type()) || !OrgKinds.exists(c, d.asOf())) {
                continue;
            }
            List<String> inSubtree = new ArrayList<>();
            List<String> yes = new ArrayList<>();
            for (Organization o : d.subtree(c.id())) {
                if (communities.contains(o.id())) {
                    inSubtree.add(o.id());
                    if (oneShoulder.contains(o.id())) {
                        yes.add(o.id());
                    }
                }
            }
            if (!inSubtree.isEmpty()) {
                inSubtree.sort(null);
                yes.sort(null);
                out.accept(new OneShoulderShare(c.id(), yes, inSubtree));
            }
        }
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

    /** CAD-009: the “两委” members of every organization that has any, their ages and education. */
    private static void twoCommittees(Dataset d, Consumer<Object> out) {
        Map<String, Set<String>> byOrg = new TreeMap<>();
        for (Position p : d.positions()) {
            if (TWO_COMMITTEES.contains(p.role()) && Periods.inForce(p.start(), p.end(), d.asOf())
                    && d.person(p.personId()).isPresent()) {
                byOrg.computeIfAbsent(p.organizationId(), k -> new TreeSet<>()).add(p.personId());
            }
        }
        byOrg.forEach((orgId, people) -> {
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
        });
    }
}
