package org.dangjian.rules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.dangjian.model.Activity;
import org.dangjian.model.Assessment;
import org.dangjian.model.ContactPoint;
import org.dangjian.model.Dataset;
import org.dangjian.model.DuesPayment;
import org.dangjian.model.HostUnit;
import org.dangjian.model.InspectionFlag;
import org.dangjian.model.MemberEvaluation;
import org.dangjian.model.Membership;
import org.dangjian.model.OrgType;
import org.dangjian.model.Organization;
import org.dangjian.model.Person;
import org.dangjian.model.PersonalMattersReport;
import org.dangjian.model.Petition;
import org.dangjian.model.Position;
import org.dangjian.model.Rectification;
import org.dangjian.model.ReserveCadre;
import org.dangjian.model.Survey;
import org.dangjian.model.Training;

import org.dangjian.rules.vocabulary.DatasetFact;
import org.dangjian.rules.vocabulary.MembershipFact;
import org.dangjian.rules.vocabulary.OrganizationFact;
import org.dangjian.rules.vocabulary.PersonFact;
import org.dangjian.rules.vocabulary.TopFact;

/**
 * The independent organization subtrees (分区) of a dataset, and which of them each fact belongs
 * to. The <em>top</em> (partition 0) holds the district and street working committees, which
 * stand above everything, and the host units; every organization below them roots a partition
 * with its whole subtree (a community's party committee and its branches, an enterprise's branch).
 *
 * <p>A fact about an organization goes to that organization's partition; a fact about a
 * membership to its organization's; a fact about a person to every partition the person belongs
 * to (their membership, their posts, their reserve-cadre pools and contact points: so a rule that
 * joins a post with its holder's training total finds both); parameters, the audit year, judged
 * periods and cadence rows to every partition. Subtree totals over the top (a street's training
 * participation, the district's new members) are derived in Java over the whole dataset and go to
 * the top like any organization's fact, so rules never need facts of two partitions at once. The
 * findings of the partitions are given to the top session, whose rules may read them (WEAK-101
 * counts the communities' WEAK-100 candidates).
 */
final class Partitions {

    static final int TOP = 0;

    /** Whether every partition holds the facts of {@code type}: whole-dataset facts, and facts with no partition key. */
    static boolean everywhere(Class<?> type) {
        return DatasetFact.class.isAssignableFrom(type) || !routed(type);
    }

    /**
     * The routes of party-model's records (which know nothing of partitions). Derived facts say
     * their own partition key by the interface they implement: {@link OrganizationFact},
     * {@link MembershipFact}, {@link PersonFact}, {@link TopFact} or {@link DatasetFact}.
     */
    private static final Map<Class<?>, Router> ROUTES = new HashMap<>();

    static {
        // Records.
        org(Organization.class, Organization::id);
        top(HostUnit.class);
        person(Person.class, Person::id);
        org(Membership.class, Membership::organizationId);
        org(Position.class, Position::organizationId);
        org(ReserveCadre.class, ReserveCadre::organizationId);
        person(Training.class, Training::personId);
        org(Activity.class, Activity::organizationId);
        person(DuesPayment.class, DuesPayment::personId);
        person(Assessment.class, Assessment::personId);
        person(MemberEvaluation.class, MemberEvaluation::personId);
        org(ContactPoint.class, ContactPoint::organizationId);
        person(PersonalMattersReport.class, PersonalMattersReport::personId);
        org(Petition.class, Petition::organizationId);
        org(Survey.class, Survey::organizationId);
        org(Rectification.class, Rectification::organizationId);
        org(InspectionFlag.class, InspectionFlag::organizationId);
    }

    /** Sends a fact to partitions. */
    private interface Router {
        void route(Object fact, Partitions p, IntConsumer to);
    }

    private static <T> void org(Class<T> type, Function<T, String> orgId) {
        ROUTES.put(type, (fact, p, to) -> to.accept(p.ofOrg(orgId.apply(type.cast(fact)))));
    }

    private static <T> void person(Class<T> type, Function<T, String> personId) {
        ROUTES.put(type, (fact, p, to) -> p.ofPerson(personId.apply(type.cast(fact)), to));
    }

    private static void top(Class<?> type) {
        ROUTES.put(type, (fact, p, to) -> to.accept(TOP));
    }

    /** Whether every fact of {@code type} has a partition (else it goes everywhere). */
    static boolean routed(Class<?> type) {
        return ROUTES.containsKey(type) || OrganizationFact.class.isAssignableFrom(type)
                || MembershipFact.class.isAssignableFrom(type) || PersonFact.class.isAssignableFrom(type)
                || TopFact.class.isAssignableFrom(type) || DatasetFact.class.isAssignableFrom(type);
    }

    private final Dataset dataset;
    private final Map<String, Integer> byOrg;
    private final int count;
    /** Organizations a person belongs to besides membership and posts: reserve pools, contact points. */
    private final Map<String, List<String>> otherOrgsByPerson = new HashMap<>();
    /** Members in each partition: the weight by which partitions are grouped into sessions. */
    private final int[] members;

    private Partitions(Dataset dataset) {
        this.dataset = dataset;
        this.byOrg = new HashMap<>(dataset.organizations().size() * 2);
        int next = 1;
        for (Organization o : dataset.organizations()) {
            next = assign(o, next);
        }
        this.count = next;
        for (ReserveCadre r : dataset.reserveCadres()) {
            otherOrgsByPerson.computeIfAbsent(r.personId(), k -> new ArrayList<>(1)).add(r.organizationId());
        }
        for (ContactPoint c : dataset.contactPoints()) {
            otherOrgsByPerson.computeIfAbsent(c.personId(), k -> new ArrayList<>(1)).add(c.organizationId());
        }
        this.members = new int[count];
        for (Membership m : dataset.memberships()) {
            members[ofOrg(m.organizationId())]++;
        }
    }

    /** The partitions of {@code dataset}. */
    static Partitions of(Dataset dataset) {
        return new Partitions(dataset);
    }

    /** Partitions {@code o} and the organizations above it, numbering new roots from {@code next}. */
    private int assign(Organization o, int next) {
        List<Organization> path = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Organization at = o;
        Integer known = null;
        while (at != null && seen.add(at.id())) {
            known = byOrg.get(at.id());
            if (known != null) {
                break;
            }
            path.add(at);
            at = at.parentId().flatMap(dataset::organization).orElse(null);
        }
        if (at != null && known == null) {
            known = TOP; // a cycle (the validator reports it): keep it whole, at the top
        }
        // From the highest unassigned organization down: the top continues through committees
        // above the grassroots; the first organization below them roots a new partition.
        int current = known == null ? TOP : known;
        boolean aboveGrassroots = known == null || known == TOP;
        for (int i = path.size() - 1; i >= 0; i--) {
            Organization x = path.get(i);
            if (aboveGrassroots && isTopType(x)) {
                current = TOP;
            } else if (aboveGrassroots) {
                current = next++;
                aboveGrassroots = false;
            }
            byOrg.put(x.id(), current);
        }
        return next;
    }

    private static boolean isTopType(Organization o) {
        return o.type() == OrgType.DISTRICT_COMMITTEE || o.type() == OrgType.STREET_WORKING_COMMITTEE;
    }

    /** The number of partitions, the top included. */
    int count() {
        return count;
    }

    /** The members whose membership is held in partition {@code i}. */
    int members(int i) {
        return members[i];
    }

    /** The partition of an organization; the top for an id no organization has. */
    int ofOrg(String orgId) {
        Integer p = byOrg.get(orgId);
        return p == null ? TOP : p;
    }

    /** Every partition a person belongs to; the top for someone who belongs nowhere. */
    void ofPerson(String personId, IntConsumer to) {
        int first = -1;
        Set<Integer> more = null;
        List<String> orgs = new ArrayList<>(2);
        dataset.membershipOf(personId).ifPresent(m -> orgs.add(m.organizationId()));
        for (Position p : dataset.positionsHeldBy(personId)) {
            orgs.add(p.organizationId());
        }
        orgs.addAll(otherOrgsByPerson.getOrDefault(personId, List.of()));
        for (String orgId : orgs) {
            int p = ofOrg(orgId);
            if (first < 0) {
                first = p;
                to.accept(p);
            } else if (p != first) {
                if (more == null) {
                    more = new HashSet<>();
                }
                if (more.add(p)) {
                    to.accept(p);
                }
            }
        }
        if (first < 0) {
            to.accept(TOP);
        }
    }

    private void everywhere(IntConsumer to) {
        for (int i = 0; i < count; i++) {
            to.accept(i);
        }
    }

    /**
     * Sends {@code fact} to its partitions; a fact of a class with no route goes everywhere (a
     * rule reading it alone then raises the same finding in each, which the merge keeps once).
     */
    void route(Object fact, IntConsumer to) {
        Router r = ROUTES.get(fact.getClass());
        if (r != null) {
            r.route(fact, this, to);
        } else if (fact instanceof OrganizationFact f) {
            to.accept(ofOrg(f.orgId()));
        } else if (fact instanceof MembershipFact f) {
            to.accept(ofOrg(f.membership().organizationId()));
        } else if (fact instanceof PersonFact f) {
            ofPerson(f.personId(), to);
        } else if (fact instanceof TopFact) {
            to.accept(TOP);
        } else {
            everywhere(to);
        }
    }


}
