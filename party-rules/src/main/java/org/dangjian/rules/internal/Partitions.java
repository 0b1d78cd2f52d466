package org.dangjian.rules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.ToIntFunction;
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
 * to (their memberships, their posts, their reserve-cadre pools and contact points: so a rule that
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

    /** The key of each kind of record, by the same registrations as {@link #ROUTES}. */
    private static final Map<Class<?>, Function<Object, Key>> KEYS = new HashMap<>();

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

    /** What a record's partitions follow: an organization's id, a person's id, or the top (no id). */
    record Key(boolean person, String id) {
        static final Key TOP_KEY = new Key(false, null);
    }

    private static <T> void org(Class<T> type, Function<T, String> orgId) {
        ROUTES.put(type, (fact, p, to) -> to.accept(p.ofOrg(orgId.apply(type.cast(fact)))));
        KEYS.put(type, r -> new Key(false, orgId.apply(type.cast(r))));
    }

    private static <T> void person(Class<T> type, Function<T, String> personId) {
        ROUTES.put(type, (fact, p, to) -> p.ofPerson(personId.apply(type.cast(fact)), to));
        KEYS.put(type, r -> new Key(true, personId.apply(type.cast(r))));
    }

    private static void top(Class<?> type) {
        ROUTES.put(type, (fact, p, to) -> to.accept(TOP));
        KEYS.put(type, r -> Key.TOP_KEY);
    }

    /** What the partitions of a record of party-model follow. */
    static Key key(Object record) {
        Function<Object, Key> k = KEYS.get(record.getClass());
        if (k == null) {
            throw new IllegalArgumentException("not a record of the dataset: " + record.getClass().getName());
        }
        return k.apply(record);
    }

    /**
     * The person whose partitions a record makes ({@link #ofPerson}): the holder of a membership,
     * a post, a place in a reserve-cadre pool or a contact point. Such a record is also what a
     * fact about that person is derived from, wherever the person's other records are.
     */
    static java.util.Optional<String> personBelonging(Object record) {
        if (record instanceof Membership m) {
            return java.util.Optional.of(m.personId());
        } else if (record instanceof Position p) {
            return java.util.Optional.of(p.personId());
        } else if (record instanceof ReserveCadre r) {
            return java.util.Optional.of(r.personId());
        } else if (record instanceof ContactPoint c) {
            return java.util.Optional.of(c.personId());
        }
        return java.util.Optional.empty();
    }

    /** Whether every fact of {@code type} has a partition (else it goes everywhere). */
    static boolean routed(Class<?> type) {
        return ROUTES.containsKey(type) || OrganizationFact.class.isAssignableFrom(type)
                || MembershipFact.class.isAssignableFrom(type) || PersonFact.class.isAssignableFrom(type)
                || TopFact.class.isAssignableFrom(type) || DatasetFact.class.isAssignableFrom(type);
    }

    /** The dataset whose people are routed; a live audit's groups follow it ({@link #follow}). */
    private Dataset dataset;
    private final Map<String, Integer> byOrg;
    private final int count;
    /** Organizations a person belongs to besides membership and posts: reserve pools, contact points. */
    private final Map<String, List<String>> otherOrgsByPerson = new HashMap<>();
    /** Members in each partition: the weight by which partitions are grouped into sessions. */
    private final int[] members;

    private Partitions(Dataset dataset) {
        this(dataset, null);
    }

    /**
     * With {@code own} given, the organizations it accepts form partition 1 and every other one is
     * the top's: the partitions of one group's records on a machine of its own (the rest of the
     * dataset is elsewhere), where only the group's facts are kept.
     */
    private Partitions(Dataset dataset, java.util.function.Predicate<String> own) {
        this.dataset = dataset;
        this.byOrg = new HashMap<>(dataset.organizations().size() * 2);
        int next = 1;
        for (Organization o : dataset.organizations()) {
            if (own == null) {
                next = assign(o, next);
            } else {
                byOrg.put(o.id(), own.test(o.id()) ? 1 : TOP);
                next = 2;
            }
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

    /**
     * A live audit's groups ({@link GroupSessions}) as partitions: {@code groupOfOrg} gives each
     * organization's group (absent: the top's) and is the map the groups change; {@code groups} in all.
     */
    static Partitions ofGroups(Dataset dataset, Map<String, Integer> groupOfOrg, int groups) {
        return new Partitions(dataset, groupOfOrg, groups);
    }

    private Partitions(Dataset dataset, Map<String, Integer> groupOfOrg, int groups) {
        this.dataset = dataset;
        this.byOrg = groupOfOrg;
        this.count = groups;
        this.members = new int[0];
        for (ReserveCadre r : dataset.reserveCadres()) {
            otherOrgsByPerson.computeIfAbsent(r.personId(), k -> new ArrayList<>(1)).add(r.organizationId());
        }
        for (ContactPoint c : dataset.contactPoints()) {
            otherOrgsByPerson.computeIfAbsent(c.personId(), k -> new ArrayList<>(1)).add(c.organizationId());
        }
    }

    /**
     * Live: people are routed in {@code after} from now on, whose reserve places and contact
     * points differ from the dataset's before by {@code steps} ({removed or null, added or null}).
     */
    void follow(Dataset after, List<Object[]> steps) {
        for (Object[] step : steps) {
            if (step[0] instanceof ReserveCadre r) {
                otherOrgGone(r.personId(), r.organizationId());
            } else if (step[0] instanceof ContactPoint c) {
                otherOrgGone(c.personId(), c.organizationId());
            }
            if (step[1] instanceof ReserveCadre r) {
                otherOrgsByPerson.computeIfAbsent(r.personId(), k -> new ArrayList<>(1)).add(r.organizationId());
            } else if (step[1] instanceof ContactPoint c) {
                otherOrgsByPerson.computeIfAbsent(c.personId(), k -> new ArrayList<>(1)).add(c.organizationId());
            }
        }
        this.dataset = after;
    }

    private void otherOrgGone(String personId, String orgId) {
        List<String> orgs = otherOrgsByPerson.get(personId);
        if (orgs != null) {
            orgs.remove(orgId);
            if (orgs.isEmpty()) {
                otherOrgsByPerson.remove(personId);
            }
        }
    }

    /**
     * The organization or person whose partitions {@code fact} follows (a record or a derived
     * fact), as {@link #route} routes it; null for a fact of the top or of every partition.
     */
    static Key keyOfFact(Object fact) {
        if (everywhere(fact.getClass())) {
            return null;
        }
        Function<Object, Key> k = KEYS.get(fact.getClass());
        if (k != null) {
            return k.apply(fact);
        } else if (fact instanceof OrganizationFact f) {
            return new Key(false, f.orgId());
        } else if (fact instanceof MembershipFact f) {
            return new Key(false, f.membership().organizationId());
        } else if (fact instanceof PersonFact f) {
            return new Key(true, f.personId());
        }
        return null;
    }

    /**
     * The partitions of the records of one group (and of the records around it that its facts are
     * derived from): the organizations {@code own} accepts are partition 1, every other one the top.
     */
    static Partitions ofGroup(Dataset context, java.util.function.Predicate<String> own) {
        return new Partitions(context, own);
    }

    /** Partitions {@code o} and the organizations above it, numbering new roots from {@code next}. */
    private int assign(Organization o, int next) {
        int[] roots = {next};
        place(dataset, o, byOrg, root -> roots[0]++);
        return roots[0];
    }

    /**
     * Places {@code o} and the organizations above it, up to the first one {@code placed} knows
     * (by each one's parent in {@code d}), from the highest down: the top continues through the
     * committees above the grassroots, and the first organization below them roots a subtree,
     * placed where {@code root} says (a new partition, a live audit's group), which the
     * organizations below it on the way follow. With none known above (the chain ends, or a
     * cycle the validator reports closes it), the chain starts at the top.
     */
    static void place(Dataset d, Organization o, Map<String, Integer> placed, ToIntFunction<Organization> root) {
        List<Organization> path = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Organization at = o;
        Integer known = null;
        while (at != null && seen.add(at.id())) {
            known = placed.get(at.id());
            if (known != null) {
                break;
            }
            path.add(at);
            at = at.parentId().flatMap(d::organization).orElse(null);
        }
        int current = known == null ? TOP : known;
        boolean aboveGrassroots = current == TOP;
        for (int i = path.size() - 1; i >= 0; i--) {
            Organization x = path.get(i);
            if (aboveGrassroots && isTopType(x)) {
                current = TOP;
            } else if (aboveGrassroots) {
                current = root.applyAsInt(x);
                aboveGrassroots = false;
            }
            placed.put(x.id(), current);
        }
    }

    /** Whether {@code o} is a committee above the grassroots (a district's or a street's), which the top holds. */
    static boolean isTopType(Organization o) {
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
        // Every membership, not only the first: a dataset the validator rejects may list two, and
        // a rule joining the second with the person's facts must find them in its partition.
        for (Membership m : dataset.membershipsOfPerson(personId)) {
            orgs.add(m.organizationId());
        }
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
