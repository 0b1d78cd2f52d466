package org.dangjian.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Multimaps;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The records of one jurisdiction as of a date (截至日期), as the dataset contract defines them,
 * with the indexes that rules need: by id, the children and subtree of an organization, and
 * memberships, posts, trainings and activities by organization and by person.
 *
 * <p>Immutable and safe to share between threads. Indexes are built once, on construction.
 * {@link #present()} tells which arrays the input had at all: a rule whose inputs are absent is
 * not evaluated, which is not the same as an empty array.
 *
 * <pre>{@code
 * Dataset d = Dataset.builder(LocalDate.of(2020, 12, 31))
 *         .add(branch).add(person).add(membership)
 *         .build();
 * d.membershipsOf("o-1");
 * }</pre>
 */
public final class Dataset {

    private final LocalDate asOf;
    private final Map<RecordKind, List<?>> records;
    private final Set<RecordKind> present;

    private final Map<String, Organization> orgById;
    private final Map<String, Person> personById;
    private final Map<String, HostUnit> hostUnitById;
    private final Map<String, Membership> membershipByPerson;
    private final ImmutableListMultimap<String, Organization> childrenByOrg;
    private final ImmutableListMultimap<String, Membership> membershipsByOrg;
    private final ImmutableListMultimap<String, Position> positionsByOrg;
    private final ImmutableListMultimap<String, Position> positionsByPerson;
    private final ImmutableListMultimap<String, Training> trainingsByPerson;
    private final ImmutableListMultimap<String, Activity> activitiesByOrg;

    private Dataset(LocalDate asOf, Map<RecordKind, List<?>> records, Set<RecordKind> present) {
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        EnumMap<RecordKind, List<?>> copy = new EnumMap<>(RecordKind.class);
        for (RecordKind k : RecordKind.values()) {
            copy.put(k, ImmutableList.copyOf(records.getOrDefault(k, List.of())));
        }
        this.records = copy;
        EnumSet<RecordKind> p = EnumSet.noneOf(RecordKind.class);
        p.addAll(present);
        p.add(RecordKind.ORGANIZATIONS);
        this.present = java.util.Collections.unmodifiableSet(p);

        this.orgById = uniqueIndex(organizations(), Organization::id);
        this.personById = uniqueIndex(people(), Person::id);
        this.hostUnitById = uniqueIndex(hostUnits(), HostUnit::id);
        this.membershipByPerson = uniqueIndex(memberships(), Membership::personId);
        ImmutableListMultimap.Builder<String, Organization> children = ImmutableListMultimap.builder();
        for (Organization o : organizations()) {
            o.parentId().ifPresent(parent -> children.put(parent, o));
        }
        this.childrenByOrg = children.build();
        this.membershipsByOrg = Multimaps.index(memberships(), Membership::organizationId);
        this.positionsByOrg = Multimaps.index(positions(), Position::organizationId);
        this.positionsByPerson = Multimaps.index(positions(), Position::personId);
        this.trainingsByPerson = Multimaps.index(trainings(), Training::personId);
        this.activitiesByOrg = Multimaps.index(activities(), Activity::organizationId);
    }

    /** The first record wins where ids repeat; the validator reports the duplicate. */
    private static <T> Map<String, T> uniqueIndex(List<T> list, Function<T, String> key) {
        Map<String, T> m = new java.util.HashMap<>(list.size() * 2);
        for (T t : list) {
            m.putIfAbsent(key.apply(t), t);
        }
        return ImmutableMap.copyOf(m);
    }

    /** A builder for a dataset as of {@code asOf}. */
    public static Builder builder(LocalDate asOf) {
        return new Builder(asOf);
    }

    /** A builder holding this dataset's records, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder(asOf);
        records.forEach((k, list) -> b.records.get(k).addAll(list));
        b.present.addAll(present);
        return b;
    }

    /** The date the records are as of; the audit year is its year. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The calendar year of {@link #asOf()}. */
    public int auditYear() {
        return asOf.getYear();
    }

    /** The kinds whose array the input had (organizations always). */
    public Set<RecordKind> present() {
        return present;
    }

    /** Whether the input had the array of {@code kind}, even an empty one. */
    public boolean has(RecordKind kind) {
        return present.contains(kind);
    }

    /** The records of one kind, in input order. */
    @SuppressWarnings("unchecked")
    public <T> List<T> records(RecordKind kind) {
        return (List<T>) records.get(kind);
    }

    /** Every record of every kind, organizations first, in input order. */
    public List<Object> allRecords() {
        List<Object> all = new ArrayList<>(size());
        for (RecordKind k : RecordKind.values()) {
            all.addAll(records.get(k));
        }
        return all;
    }

    /** The number of records of all kinds. */
    public int size() {
        int n = 0;
        for (List<?> l : records.values()) {
            n += l.size();
        }
        return n;
    }

    public List<Organization> organizations() { return records(RecordKind.ORGANIZATIONS); }
    public List<HostUnit> hostUnits() { return records(RecordKind.HOST_UNITS); }
    public List<Person> people() { return records(RecordKind.PEOPLE); }
    public List<Membership> memberships() { return records(RecordKind.MEMBERSHIPS); }
    public List<Position> positions() { return records(RecordKind.POSITIONS); }
    public List<ReserveCadre> reserveCadres() { return records(RecordKind.RESERVE_CADRES); }
    public List<Training> trainings() { return records(RecordKind.TRAININGS); }
    public List<Activity> activities() { return records(RecordKind.ACTIVITIES); }
    public List<DuesPayment> duesPayments() { return records(RecordKind.DUES_PAYMENTS); }
    public List<Assessment> assessments() { return records(RecordKind.ASSESSMENTS); }
    public List<MemberEvaluation> memberEvaluations() { return records(RecordKind.MEMBER_EVALUATIONS); }
    public List<ContactPoint> contactPoints() { return records(RecordKind.CONTACT_POINTS); }
    public List<PersonalMattersReport> personalMattersReports() { return records(RecordKind.PERSONAL_MATTERS_REPORTS); }
    public List<Petition> petitions() { return records(RecordKind.PETITIONS); }
    public List<Survey> surveys() { return records(RecordKind.SURVEYS); }
    public List<Rectification> rectifications() { return records(RecordKind.RECTIFICATIONS); }
    public List<InspectionFlag> inspectionFlags() { return records(RecordKind.INSPECTION_FLAGS); }

    public Optional<Organization> organization(String id) { return Optional.ofNullable(orgById.get(id)); }
    public Optional<Person> person(String id) { return Optional.ofNullable(personById.get(id)); }
    public Optional<HostUnit> hostUnit(String id) { return Optional.ofNullable(hostUnitById.get(id)); }

    /** The membership of a person, if they are a member. */
    public Optional<Membership> membershipOf(String personId) {
        return Optional.ofNullable(membershipByPerson.get(personId));
    }

    /** The direct children of an organization. */
    public List<Organization> children(String orgId) { return childrenByOrg.get(orgId); }

    /** The organization itself and every organization below it, parents before children. */
    public List<Organization> subtree(String orgId) {
        List<Organization> out = new ArrayList<>();
        Organization root = orgById.get(orgId);
        if (root == null) {
            return out;
        }
        Deque<Organization> todo = new ArrayDeque<>();
        todo.add(root);
        Set<String> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            Organization o = todo.poll();
            if (seen.add(o.id())) { // a cycle is a validation error; never loop on one
                out.add(o);
                todo.addAll(childrenByOrg.get(o.id()));
            }
        }
        return out;
    }

    /** The organizations above {@code orgId}, nearest first (the organization itself excluded). */
    public List<Organization> ancestors(String orgId) {
        List<Organization> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        Organization o = orgById.get(orgId);
        while (o != null && o.parentId().isPresent() && seen.add(o.id())) {
            o = orgById.get(o.parentId().get());
            if (o != null) {
                out.add(o);
            }
        }
        return out;
    }

    /** The memberships whose organization is {@code orgId} (not its subtree). */
    public List<Membership> membershipsOf(String orgId) { return membershipsByOrg.get(orgId); }

    /** The memberships of every organization in the subtree of {@code orgId}. */
    public List<Membership> membershipsInSubtree(String orgId) {
        List<Membership> out = new ArrayList<>();
        for (Organization o : subtree(orgId)) {
            out.addAll(membershipsByOrg.get(o.id()));
        }
        return out;
    }

    public List<Position> positionsOf(String orgId) { return positionsByOrg.get(orgId); }
    public List<Position> positionsHeldBy(String personId) { return positionsByPerson.get(personId); }
    public List<Training> trainingsOf(String personId) { return trainingsByPerson.get(personId); }
    public List<Activity> activitiesOf(String orgId) { return activitiesByOrg.get(orgId); }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dataset d && asOf.equals(d.asOf) && present.equals(d.present) && records.equals(d.records);
    }

    @Override
    public int hashCode() {
        return Objects.hash(asOf, records);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Dataset[asOf=").append(asOf);
        records.forEach((k, l) -> {
            if (!l.isEmpty()) {
                sb.append(", ").append(k.jsonName()).append('=').append(l.size());
            }
        });
        return sb.append(']').toString();
    }

    /** Collects records; {@link #build()} makes the immutable dataset. Not thread-safe. */
    public static final class Builder {
        private LocalDate asOf;
        private final EnumMap<RecordKind, List<Object>> records = new EnumMap<>(RecordKind.class);
        private final EnumSet<RecordKind> present = EnumSet.of(RecordKind.ORGANIZATIONS);

        private Builder(LocalDate asOf) {
            this.asOf = Objects.requireNonNull(asOf, "asOf");
            for (RecordKind k : RecordKind.values()) {
                records.put(k, new ArrayList<>());
            }
        }

        /** Changes the date the records are as of. */
        public Builder asOf(LocalDate date) {
            this.asOf = Objects.requireNonNull(date, "asOf");
            return this;
        }

        /** Adds a record of any kind; its kind becomes present. */
        public Builder add(Object record) {
            RecordKind k = RecordKind.of(record);
            records.get(k).add(record);
            present.add(k);
            return this;
        }

        /** Adds records of any kinds. */
        public Builder addAll(Collection<?> list) {
            list.forEach(this::add);
            return this;
        }

        /** Marks an array as present even if it stays empty (the input had {@code "trainings": []}). */
        public Builder present(RecordKind kind) {
            present.add(kind);
            return this;
        }

        /** Removes the first record equal to {@code record}; true if one was there. */
        public boolean remove(Object record) {
            return records.get(RecordKind.of(record)).remove(record);
        }

        /** Replaces the first record equal to {@code old} by {@code replacement}, of the same kind. */
        public boolean replace(Object old, Object replacement) {
            List<Object> list = records.get(RecordKind.of(old));
            int i = list.indexOf(old);
            if (i < 0) {
                return false;
            }
            list.set(i, replacement);
            return true;
        }

        public Dataset build() {
            return new Dataset(asOf, new EnumMap<>(records), present);
        }
    }
}
