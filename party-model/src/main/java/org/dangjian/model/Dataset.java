package org.dangjian.model;

import com.google.common.collect.ImmutableList;
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

    // Indexes hold positions, not records: the big kinds are columns (see ColumnList) whose
    // records exist only while used, and positions cost less than map entries anyway.
    private final KeyIndex orgById;
    private final KeyIndex personById;
    private final KeyIndex hostUnitById;
    private final KeyIndex membershipByPerson;
    private final KeyIndex childrenByOrg;
    private final KeyIndex membershipsByOrg;
    private final KeyIndex positionsByOrg;
    private final KeyIndex positionsByPerson;
    private final KeyIndex trainingsByPerson;
    private final KeyIndex activitiesByOrg;

    /**
     * A dataset of {@code records}; where it is a changed copy of {@code origin} (a builder from
     * {@link #toBuilder()}), the lists and indexes of the kinds not {@code touched} are
     * {@code origin}'s own: they are immutable, and a live audit makes a changed copy at every
     * change, which would otherwise index a city's records again each time.
     */
    private Dataset(LocalDate asOf, Map<RecordKind, List<?>> records, Set<RecordKind> present,
                    Dataset origin, Set<RecordKind> touched) {
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        EnumMap<RecordKind, List<?>> copy = new EnumMap<>(RecordKind.class);
        for (RecordKind k : RecordKind.values()) {
            List<?> list = records.getOrDefault(k, List.of());
            if (origin != null && !touched.contains(k)) {
                copy.put(k, origin.records.get(k));
            } else {
                copy.put(k, list instanceof ColumnList<?> c ? c.frozen() : ImmutableList.copyOf(list));
            }
        }
        this.records = copy;
        EnumSet<RecordKind> p = EnumSet.noneOf(RecordKind.class);
        p.addAll(present);
        p.add(RecordKind.ORGANIZATIONS);
        this.present = java.util.Collections.unmodifiableSet(p);

        boolean orgs = origin != null && !touched.contains(RecordKind.ORGANIZATIONS);
        boolean people = origin != null && !touched.contains(RecordKind.PEOPLE);
        boolean units = origin != null && !touched.contains(RecordKind.HOST_UNITS);
        boolean members = origin != null && !touched.contains(RecordKind.MEMBERSHIPS);
        boolean posts = origin != null && !touched.contains(RecordKind.POSITIONS);
        boolean trained = origin != null && !touched.contains(RecordKind.TRAININGS);
        boolean acts = origin != null && !touched.contains(RecordKind.ACTIVITIES);
        this.orgById = orgs ? origin.orgById : index(organizations(), Organization::id);
        this.personById = people ? origin.personById : index(people(), Person::id);
        this.hostUnitById = units ? origin.hostUnitById : index(hostUnits(), HostUnit::id);
        // The first record wins where ids repeat; the validator reports the duplicate.
        this.membershipByPerson = members ? origin.membershipByPerson : index(memberships(), Membership::personId);
        this.childrenByOrg = orgs ? origin.childrenByOrg : index(organizations(), o -> o.parentId().orElse(null));
        this.membershipsByOrg = members ? origin.membershipsByOrg : index(memberships(), Membership::organizationId);
        this.positionsByOrg = posts ? origin.positionsByOrg : index(positions(), Position::organizationId);
        this.positionsByPerson = posts ? origin.positionsByPerson : index(positions(), Position::personId);
        this.trainingsByPerson = trained ? origin.trainingsByPerson : trainings() instanceof TrainingColumns t
                ? new KeyIndex(t.size(), t::keyAt) : index(trainings(), Training::personId);
        this.activitiesByOrg = acts ? origin.activitiesByOrg : activities() instanceof ActivityColumns a
                ? new KeyIndex(a.size(), a::keyAt) : index(activities(), Activity::organizationId);
    }

    private static <T> KeyIndex index(List<T> list, Function<T, String> key) {
        return new KeyIndex(list.size(), i -> key.apply(list.get(i)));
    }

    private static <T> Optional<T> first(List<T> list, KeyIndex index, String key) {
        int i = index.first(key);
        return i < 0 ? Optional.empty() : Optional.of(list.get(i));
    }

    /** A builder for a dataset as of {@code asOf}. */
    public static Builder builder(LocalDate asOf) {
        return new Builder(asOf);
    }

    /** A builder holding this dataset's records, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder(asOf);
        b.origin = this;
        records.forEach((k, list) -> {
            if (list instanceof ColumnList<?> c) {
                @SuppressWarnings("unchecked")
                List<Object> shared = (List<Object>) c.sharing(); // copied only if the builder writes
                b.records.put(k, shared);
            } else {
                // The origin's immutable list, copied only if the builder writes this kind.
                @SuppressWarnings("unchecked")
                List<Object> borrowed = (List<Object>) list;
                b.records.put(k, borrowed);
                b.borrowed.add(k);
            }
        });
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

    /** The dues payments field by field, without making records (see {@link Tables}). */
    public Tables.Dues duesTable() {
        return duesPayments() instanceof Tables.Dues t ? t : Tables.dues(duesPayments());
    }

    /** The trainings field by field, without making records. */
    public Tables.Trainings trainingTable() {
        return trainings() instanceof Tables.Trainings t ? t : Tables.trainings(trainings());
    }

    /** The activities field by field, without making records. */
    public Tables.Activities activityTable() {
        return activities() instanceof Tables.Activities t ? t : Tables.activities(activities());
    }

    public Optional<Organization> organization(String id) { return first(organizations(), orgById, id); }
    public Optional<Person> person(String id) { return first(people(), personById, id); }
    public Optional<HostUnit> hostUnit(String id) { return first(hostUnits(), hostUnitById, id); }

    /** The membership of a person, if they are a member. */
    public Optional<Membership> membershipOf(String personId) {
        return first(memberships(), membershipByPerson, personId);
    }

    /**
     * Every membership of a person, in input order: one, but a dataset the validator rejects may
     * list more (the first is {@link #membershipOf}).
     */
    public List<Membership> membershipsOfPerson(String personId) {
        return membershipByPerson.of(memberships(), personId);
    }

    /** The direct children of an organization. */
    public List<Organization> children(String orgId) { return childrenByOrg.of(organizations(), orgId); }

    /** The organization itself and every organization below it, parents before children. */
    public List<Organization> subtree(String orgId) {
        List<Organization> out = new ArrayList<>();
        Organization root = organization(orgId).orElse(null);
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
                todo.addAll(children(o.id()));
            }
        }
        return out;
    }

    /** The organizations above {@code orgId}, nearest first (the organization itself excluded). */
    public List<Organization> ancestors(String orgId) {
        List<Organization> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        Organization o = organization(orgId).orElse(null);
        while (o != null && o.parentId().isPresent() && seen.add(o.id())) {
            o = organization(o.parentId().get()).orElse(null);
            if (o != null) {
                out.add(o);
            }
        }
        return out;
    }

    /** The memberships whose organization is {@code orgId} (not its subtree). */
    public List<Membership> membershipsOf(String orgId) { return membershipsByOrg.of(memberships(), orgId); }

    /** The memberships of every organization in the subtree of {@code orgId}. */
    public List<Membership> membershipsInSubtree(String orgId) {
        List<Membership> out = new ArrayList<>();
        for (Organization o : subtree(orgId)) {
            out.addAll(membershipsOf(o.id()));
        }
        return out;
    }

    public List<Position> positionsOf(String orgId) { return positionsByOrg.of(positions(), orgId); }
    public List<Position> positionsHeldBy(String personId) { return positionsByPerson.of(positions(), personId); }
    public List<Training> trainingsOf(String personId) { return trainingsByPerson.of(trainings(), personId); }
    public List<Activity> activitiesOf(String orgId) { return activitiesByOrg.of(activities(), orgId); }

    /** The positions in {@link #trainingTable()} of a person's trainings, in input order: {@link #trainingsOf} without records. */
    public Tables.Rows trainingRowsOf(String personId) { return trainingsByPerson.rows(personId); }

    /** The positions in {@link #activityTable()} of an organization's activities, in input order: {@link #activitiesOf} without records. */
    public Tables.Rows activityRowsOf(String orgId) { return activitiesByOrg.rows(orgId); }

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
        /** The dataset this builder was made from, if any, whose untouched kinds the build reuses. */
        private Dataset origin;
        /** The kinds whose records were added, removed or replaced since. */
        private final EnumSet<RecordKind> touched = EnumSet.noneOf(RecordKind.class);
        /** The kinds whose list is still the origin's own (immutable): copied on the first write. */
        private final EnumSet<RecordKind> borrowed = EnumSet.noneOf(RecordKind.class);

        private Builder(LocalDate asOf) {
            this.asOf = Objects.requireNonNull(asOf, "asOf");
            for (RecordKind k : RecordKind.values()) {
                records.put(k, newList(k));
            }
        }

        /** Columns for the kinds a million-member dataset has tens of millions of (memory). */
        @SuppressWarnings("unchecked")
        private static List<Object> newList(RecordKind k) {
            List<?> list = switch (k) {
                case DUES_PAYMENTS -> new DuesColumns();
                case TRAININGS -> new TrainingColumns();
                case ACTIVITIES -> new ActivityColumns();
                default -> new ArrayList<>();
            };
            return (List<Object>) list;
        }

        /** Changes the date the records are as of. */
        public Builder asOf(LocalDate date) {
            this.asOf = Objects.requireNonNull(date, "asOf");
            return this;
        }

        /** Adds a record of any kind; its kind becomes present. */
        public Builder add(Object record) {
            RecordKind k = RecordKind.of(record);
            writable(k).add(record);
            present.add(k);
            touched.add(k);
            return this;
        }

        /**
         * For a reader: adds a record of {@code kind} given as its components, in the order its
         * record class declares them (a primitive boxed, an {@code Optional}'s content or null when
         * absent, a list of ids as a {@code List<String>}), without making the record, when the kind
         * is kept as columns (dues payments, trainings, activities); the array is not kept. False,
         * and nothing added, for any other kind: add the record itself.
         */
        public boolean addComponents(RecordKind kind, Object[] components) {
            if (!(records.get(kind) instanceof ColumnList<?> columns) || borrowed.contains(kind)) {
                return false;
            }
            columns.addComponents(components);
            present.add(kind);
            touched.add(kind);
            return true;
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
            RecordKind k = RecordKind.of(record);
            if (!(borrowed.contains(k) ? records.get(k).contains(record) && writable(k).remove(record)
                    : records.get(k).remove(record))) {
                return false;
            }
            touched.add(k);
            return true;
        }

        /** Replaces the first record equal to {@code old} by {@code replacement}, of the same kind. */
        public boolean replace(Object old, Object replacement) {
            RecordKind k = RecordKind.of(old);
            int i = records.get(k).indexOf(old);
            if (i < 0) {
                return false;
            }
            writable(k).set(i, replacement);
            touched.add(k);
            touched.add(RecordKind.of(replacement));
            return true;
        }

        /** The list of kind {@code k}, the builder's own to write. */
        private List<Object> writable(RecordKind k) {
            if (borrowed.remove(k)) {
                records.put(k, new ArrayList<>(records.get(k)));
            }
            return records.get(k);
        }

        public Dataset build() {
            return new Dataset(asOf, new EnumMap<>(records), present, origin, touched);
        }
    }
}
