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
    private final PositionIndex orgById;
    private final PositionIndex personById;
    private final PositionIndex hostUnitById;
    private final PositionIndex membershipByPerson;
    private final PositionIndex childrenByOrg;
    private final PositionIndex membershipsByOrg;
    private final PositionIndex positionsByOrg;
    private final PositionIndex positionsByPerson;
    private final PositionIndex trainingsByPerson;
    private final PositionIndex activitiesByOrg;
    /**
     * By kind, the positions of its records by {@link #locatorKey}, to find the record a changed
     * copy removes or replaces without going over the kind; built when first needed (only a
     * changed copy asks), then patched along with the kind. The kinds whose own index is by the
     * same key use it instead.
     */
    private final java.util.concurrent.atomic.AtomicReferenceArray<PositionIndex> locators =
            new java.util.concurrent.atomic.AtomicReferenceArray<>(RecordKind.values().length);
    /**
     * Each subtree asked for, by its root's id, kept: in a live audit several areas ask for the
     * same subtrees at each change (the district's, 12,000 organizations at 100,000 members), and a
     * changed copy that does not write organizations shares its origin's. Only subtrees of
     * {@link #KEPT_SUBTREE} organizations or more: the small ones cost little to walk, and keeping
     * them all would hold every organization several times over in a batch audit.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, List<Organization>> subtrees;
    private static final int KEPT_SUBTREE = 32;

    /** A dataset of {@code records}, indexed whole (a changed copy is made by the constructor below). */
    private Dataset(LocalDate asOf, Map<RecordKind, List<?>> records, Set<RecordKind> present) {
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        EnumMap<RecordKind, List<?>> copy = new EnumMap<>(RecordKind.class);
        for (RecordKind k : RecordKind.values()) {
            List<?> list = records.getOrDefault(k, List.of());
            copy.put(k, list instanceof ColumnList<?> c ? c.frozen() : ImmutableList.copyOf(list));
        }
        this.records = copy;
        EnumSet<RecordKind> p = EnumSet.noneOf(RecordKind.class);
        p.addAll(present);
        p.add(RecordKind.ORGANIZATIONS);
        this.present = java.util.Collections.unmodifiableSet(p);
        this.subtrees = new java.util.concurrent.ConcurrentHashMap<>();

        this.orgById = index(organizations(), Organization::id);
        this.personById = index(people(), Person::id);
        this.hostUnitById = index(hostUnits(), HostUnit::id);
        // The first record wins where ids repeat; the validator reports the duplicate.
        this.membershipByPerson = index(memberships(), Membership::personId);
        this.childrenByOrg = index(organizations(), o -> o.parentId().orElse(null));
        this.membershipsByOrg = index(memberships(), Membership::organizationId);
        this.positionsByOrg = index(positions(), Position::organizationId);
        this.positionsByPerson = index(positions(), Position::personId);
        this.trainingsByPerson = trainings() instanceof TrainingColumns t
                ? new KeyIndex(t.size(), t::keyAt) : index(trainings(), Training::personId);
        this.activitiesByOrg = activities() instanceof ActivityColumns a
                ? new KeyIndex(a.size(), a::keyAt) : index(activities(), Activity::organizationId);
    }

    /**
     * A changed copy of {@code origin}: the kinds {@code edits} wrote are {@link PatchedList}s over
     * {@code origin}'s and their indexes {@code origin}'s patched with the positions written, so
     * that the copy costs what changed, not the kind; a kind written so much that patches would
     * cost more ({@link PatchedList#worn()}) is built whole again, as a dataset read from a file.
     * Every other kind, list and index, is {@code origin}'s own.
     */
    private Dataset(Dataset origin, LocalDate asOf, Set<RecordKind> present,
                    Map<RecordKind, PatchedList.Editor<Object>> edits) {
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        EnumMap<RecordKind, List<?>> copy = new EnumMap<>(origin.records);
        EnumSet<RecordKind> whole = EnumSet.noneOf(RecordKind.class);
        edits.forEach((k, e) -> {
            PatchedList<Object> p = e.list();
            if (p.worn()) {
                List<Object> fresh = Builder.newList(k);
                fresh.addAll(p);
                copy.put(k, fresh instanceof ColumnList<?> c ? c.frozen() : ImmutableList.copyOf(fresh));
                whole.add(k);
            } else {
                copy.put(k, p);
            }
        });
        this.records = copy;
        EnumSet<RecordKind> p = EnumSet.noneOf(RecordKind.class);
        p.addAll(present);
        p.add(RecordKind.ORGANIZATIONS);
        this.present = java.util.Collections.unmodifiableSet(p);
        Patcher x = new Patcher(origin, edits, whole);
        this.subtrees = edits.containsKey(RecordKind.ORGANIZATIONS)
                ? new java.util.concurrent.ConcurrentHashMap<>() : origin.subtrees;
        this.orgById = x.index(origin.orgById, RecordKind.ORGANIZATIONS, r -> ((Organization) r).id(),
                () -> index(organizations(), Organization::id));
        this.personById = x.index(origin.personById, RecordKind.PEOPLE, r -> ((Person) r).id(),
                () -> index(people(), Person::id));
        this.hostUnitById = x.index(origin.hostUnitById, RecordKind.HOST_UNITS, r -> ((HostUnit) r).id(),
                () -> index(hostUnits(), HostUnit::id));
        this.membershipByPerson = x.index(origin.membershipByPerson, RecordKind.MEMBERSHIPS,
                r -> ((Membership) r).personId(), () -> index(memberships(), Membership::personId));
        this.childrenByOrg = x.index(origin.childrenByOrg, RecordKind.ORGANIZATIONS,
                r -> ((Organization) r).parentId().orElse(null), () -> index(organizations(), o -> o.parentId().orElse(null)));
        this.membershipsByOrg = x.index(origin.membershipsByOrg, RecordKind.MEMBERSHIPS,
                r -> ((Membership) r).organizationId(), () -> index(memberships(), Membership::organizationId));
        this.positionsByOrg = x.index(origin.positionsByOrg, RecordKind.POSITIONS,
                r -> ((Position) r).organizationId(), () -> index(positions(), Position::organizationId));
        this.positionsByPerson = x.index(origin.positionsByPerson, RecordKind.POSITIONS,
                r -> ((Position) r).personId(), () -> index(positions(), Position::personId));
        this.trainingsByPerson = x.index(origin.trainingsByPerson, RecordKind.TRAININGS,
                r -> ((Training) r).personId(), () -> trainings() instanceof TrainingColumns t
                        ? new KeyIndex(t.size(), t::keyAt) : index(trainings(), Training::personId));
        this.activitiesByOrg = x.index(origin.activitiesByOrg, RecordKind.ACTIVITIES,
                r -> ((Activity) r).organizationId(), () -> activities() instanceof ActivityColumns a
                        ? new KeyIndex(a.size(), a::keyAt) : index(activities(), Activity::organizationId));
        for (RecordKind k : RecordKind.values()) {
            PositionIndex was = origin.locators.get(k.ordinal());
            if (was != null && !whole.contains(k)) {
                locators.set(k.ordinal(), x.index(was, k, Dataset::locatorKey, () -> null));
            }
        }
    }

    /** How a changed copy's indexes are made from its origin's. */
    private record Patcher(Dataset origin, Map<RecordKind, PatchedList.Editor<Object>> edits, Set<RecordKind> whole) {
        PositionIndex index(PositionIndex was, RecordKind kind, Function<Object, String> key,
                            java.util.function.Supplier<PositionIndex> fresh) {
            PatchedList.Editor<Object> e = edits.get(kind);
            if (e == null) {
                return was;
            }
            return whole.contains(kind) ? fresh.get() : PatchedIndex.patch(was, e.writes(), key);
        }
    }

    /**
     * The key a record is found by when a changed copy removes or replaces it: the key of the
     * kind's own index where it has one by a field of the record, else the record's hash.
     */
    static String locatorKey(Object record) {
        if (record instanceof Organization o) {
            return o.id();
        } else if (record instanceof Person p) {
            return p.id();
        } else if (record instanceof HostUnit h) {
            return h.id();
        } else if (record instanceof Membership m) {
            return m.personId();
        } else if (record instanceof Position p) {
            return p.personId();
        } else if (record instanceof Training t) {
            return t.personId();
        } else if (record instanceof Activity a) {
            return a.organizationId();
        } else if (record instanceof DuesPayment d) {
            return d.personId();
        }
        return Integer.toString(record.hashCode());
    }

    /** The positions of {@code kind}'s records by {@link #locatorKey}. */
    private PositionIndex locator(RecordKind kind) {
        switch (kind) {
            case ORGANIZATIONS: return orgById;
            case PEOPLE: return personById;
            case HOST_UNITS: return hostUnitById;
            case MEMBERSHIPS: return membershipByPerson;
            case POSITIONS: return positionsByPerson;
            case TRAININGS: return trainingsByPerson;
            case ACTIVITIES: return activitiesByOrg;
            default: break;
        }
        PositionIndex l = locators.get(kind.ordinal());
        if (l == null) {
            List<?> list = records.get(kind);
            l = list instanceof DuesColumns c ? new KeyIndex(c.size(), c::keyAt)
                    : new KeyIndex(list.size(), i -> locatorKey(list.get(i)));
            locators.compareAndSet(kind.ordinal(), null, l);
        }
        return l;
    }

    private static <T> KeyIndex index(List<T> list, Function<T, String> key) {
        return new KeyIndex(list.size(), i -> key.apply(list.get(i)));
    }

    private static <T> Optional<T> first(List<T> list, PositionIndex index, String key) {
        int i = index.first(key);
        return i < 0 ? Optional.empty() : Optional.of(list.get(i));
    }

    /** A builder for a dataset as of {@code asOf}. */
    public static Builder builder(LocalDate asOf) {
        return new Builder(asOf);
    }

    /**
     * A builder holding this dataset's records, to derive a changed copy. The copy shares with this
     * dataset every record and index it does not change, so that it costs what changed, not the
     * dataset. In it a record removed leaves its place to the last record of its kind (no other
     * record moves); records added go last.
     */
    public Builder toBuilder() {
        Builder b = new Builder(asOf);
        b.origin = this;
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
        if (duesPayments() instanceof PatchedList<DuesPayment> p && p.base() instanceof Tables.Dues t) {
            return PatchedTables.dues(p, t);
        }
        return duesPayments() instanceof Tables.Dues t ? t : Tables.dues(duesPayments());
    }

    /** The trainings field by field, without making records. */
    public Tables.Trainings trainingTable() {
        if (trainings() instanceof PatchedList<Training> p && p.base() instanceof Tables.Trainings t) {
            return PatchedTables.trainings(p, t);
        }
        return trainings() instanceof Tables.Trainings t ? t : Tables.trainings(trainings());
    }

    /** The activities field by field, without making records. */
    public Tables.Activities activityTable() {
        if (activities() instanceof PatchedList<Activity> p && p.base() instanceof Tables.Activities t) {
            return PatchedTables.activities(p, t);
        }
        return activities() instanceof Tables.Activities t ? t : Tables.activities(activities());
    }

    public Optional<Organization> organization(String id) { return first(organizations(), orgById, id); }

    /**
     * Every organization of the id, in input order: one, but a dataset the validator rejects may
     * list more (the first is {@link #organization}; {@link #subtree} walks below all of them).
     */
    public List<Organization> organizationsWithId(String id) { return orgById.of(organizations(), id); }
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

    /** The organization itself and every organization below it, parents before children (unmodifiable). */
    public List<Organization> subtree(String orgId) {
        List<Organization> kept = subtrees.get(orgId);
        if (kept == null) {
            kept = java.util.Collections.unmodifiableList(walkSubtree(orgId));
            if (kept.size() >= KEPT_SUBTREE) {
                subtrees.putIfAbsent(orgId, kept);
            }
        }
        return kept;
    }

    private List<Organization> walkSubtree(String orgId) {
        List<Organization> out = new ArrayList<>();
        visitSubtree(orgId, out::add);
        return out;
    }

    /**
     * Gives {@code visit} the organization itself and every organization below it, in
     * {@link #subtree}'s order, until it returns false: for a reader that may stop early, without
     * the subtree listed first (a changed copy that writes organizations keeps no subtree listed).
     */
    public void visitSubtree(String orgId, java.util.function.Predicate<Organization> visit) {
        Organization root = organization(orgId).orElse(null);
        if (root == null) {
            return;
        }
        Deque<Organization> todo = new ArrayDeque<>();
        todo.add(root);
        Set<String> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            Organization o = todo.poll();
            if (seen.add(o.id())) { // a cycle is a validation error; never loop on one
                if (!visit.test(o)) {
                    return;
                }
                todo.addAll(children(o.id()));
            }
        }
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

    /**
     * The positions in {@link #duesTable()} of a person's dues payments. Its index is built when
     * first asked (a batch audit never asks; a live audit, to derive one person's dues, and a changed
     * copy, to find a payment it removes, share it) and then patched along with the payments.
     */
    public Tables.Rows duesRowsOf(String personId) { return locator(RecordKind.DUES_PAYMENTS).rows(personId); }

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
        /** The dataset this builder was made from ({@link #toBuilder()}), if any: then it writes {@link #edits}. */
        private Dataset origin;
        /** From a dataset: the kinds written, each as the positions written over the dataset's list. */
        private final EnumMap<RecordKind, PatchedList.Editor<Object>> edits = new EnumMap<>(RecordKind.class);

        private Builder(LocalDate asOf) {
            this.asOf = Objects.requireNonNull(asOf, "asOf");
            for (RecordKind k : RecordKind.values()) {
                records.put(k, newList(k));
            }
        }

        /** Columns for the kinds a million-member dataset has tens of millions of (memory). */
        @SuppressWarnings("unchecked")
        static List<Object> newList(RecordKind k) {
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
            if (origin != null) {
                edit(k).add(record);
            } else {
                records.get(k).add(record);
            }
            present.add(k);
            return this;
        }

        /**
         * For a reader: adds a record of {@code kind} given as its components, in the order its
         * record class declares them (a primitive boxed, an {@code Optional}'s content when present
         * and {@link Optional#empty()} when absent, a list of ids as a {@code List<String>}), without
         * making the record, when the kind is kept as columns (dues payments, trainings, activities);
         * the array is not kept. False, and nothing added, for any other kind, and in a builder from
         * {@link Dataset#toBuilder()} (whose changes are kept apart from the dataset's columns): add
         * the record itself.
         *
         * @throws NullPointerException if a component is null (an absent value is {@code Optional.empty()})
         */
        public boolean addComponents(RecordKind kind, Object[] components) {
            for (int i = 0; i < components.length; i++) {
                if (components[i] == null) {
                    throw new NullPointerException("components[" + i + "] of " + kind + " is null; an absent value is Optional.empty()");
                }
            }
            if (origin != null || !(records.get(kind) instanceof ColumnList<?> columns)) {
                return false;
            }
            columns.addComponents(components);
            present.add(kind);
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
            return removeFirst(record).isPresent();
        }

        /**
         * Removes the first record equal to {@code record} and returns the one removed: the
         * builder's own instance (for the kinds kept as columns, an equal one made from them).
         * In a builder from {@link Dataset#toBuilder()} the last record of the kind takes its place.
         */
        public Optional<Object> removeFirst(Object record) {
            RecordKind k = RecordKind.of(record);
            if (origin != null) {
                int i = find(k, record);
                return i < 0 ? Optional.empty() : Optional.of(edit(k).remove(i));
            }
            List<Object> list = records.get(k);
            int i = list.indexOf(record);
            return i < 0 ? Optional.empty() : Optional.of(list.remove(i));
        }

        /** Replaces the first record equal to {@code old} by {@code replacement}, of the same kind. */
        public boolean replace(Object old, Object replacement) {
            return replaceFirst(old, replacement).isPresent();
        }

        /**
         * Replaces the first record equal to {@code old} by {@code replacement}, of the same kind,
         * and returns the one replaced (the builder's own instance, as {@link #removeFirst}).
         */
        public Optional<Object> replaceFirst(Object old, Object replacement) {
            RecordKind k = RecordKind.of(old);
            if (RecordKind.of(replacement) != k) {
                throw new IllegalArgumentException("a record is replaced by one of its kind: "
                        + k.jsonName() + " by " + RecordKind.of(replacement).jsonName());
            }
            if (origin != null) {
                int i = find(k, old);
                return i < 0 ? Optional.empty() : Optional.of(edit(k).set(i, replacement));
            }
            List<Object> list = records.get(k);
            int i = list.indexOf(old);
            return i < 0 ? Optional.empty() : Optional.of(list.set(i, replacement));
        }

        private PatchedList.Editor<Object> edit(RecordKind k) {
            return edits.computeIfAbsent(k, x -> PatchedList.edit(origin.records(x)));
        }

        /**
         * The position of the first record equal to {@code record} in a builder from a dataset, or
         * -1: among the dataset's records of its key those not written since, and those written.
         */
        private int find(RecordKind k, Object record) {
            PatchedList.Editor<Object> e = edits.get(k);
            List<Object> was = origin.records(k);
            int size = e == null ? was.size() : e.size();
            int best = -1;
            for (int i : origin.locator(k).positions(locatorKey(record))) {
                if (i < size && (e == null ? was.get(i) : e.get(i)).equals(record)) {
                    best = i;
                    break;
                }
            }
            if (e != null) {
                for (PatchedList.Write w : e.writes()) {
                    int i = w.position();
                    if (w.now() != null && (best < 0 || i < best) && i < size && e.get(i).equals(record)) {
                        best = i;
                    }
                }
            }
            return best;
        }

        public Dataset build() {
            if (origin != null) {
                return new Dataset(origin, asOf, present, edits);
            }
            return new Dataset(asOf, new EnumMap<>(records), present);
        }
    }
}
