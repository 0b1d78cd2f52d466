package org.dangjian.examples.generator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.dangjian.model.Activity;
import org.dangjian.model.ActivityType;
import org.dangjian.model.Dataset;
import org.dangjian.model.Membership;
import org.dangjian.model.Organization;
import org.dangjian.model.Person;
import org.dangjian.model.Position;
import org.dangjian.model.RecordKind;
import org.dangjian.model.Role;
import org.dangjian.model.Training;

/**
 * A dataset being edited: its records as lists, with the lookups and edits the sample's
 * injections are written in — change a record, drop an activity while its attendees keep their
 * month's attendance, move a member to another branch with their attendance, take a person out.
 */
final class Draft {

    /** Activities a member attends as part of their branch's organizational life. */
    static final Set<ActivityType> MEMBER_LIFE = EnumSet.of(ActivityType.THEME_PARTY_DAY, ActivityType.MEMBER_ASSEMBLY,
            ActivityType.PARTY_LESSON, ActivityType.ORGANIZATIONAL_LIFE_MEETING, ActivityType.DEMOCRATIC_EVALUATION,
            ActivityType.VOLUNTEER_SERVICE);

    final LocalDate asOf;
    private final EnumMap<RecordKind, List<Object>> lists = new EnumMap<>(RecordKind.class);
    private final Set<RecordKind> present;
    private int added;
    /** The people injections have changed, so that no two of them pick the same person. */
    final Set<String> used = new java.util.HashSet<>();

    Draft(Dataset d) {
        this.asOf = d.asOf();
        for (RecordKind k : RecordKind.values()) {
            lists.put(k, new ArrayList<>(d.records(k)));
        }
        this.present = EnumSet.copyOf(d.present());
    }

    Dataset build() {
        Dataset.Builder b = Dataset.builder(asOf);
        present.forEach(b::present);
        lists.forEach((k, l) -> l.forEach(b::add));
        return b.build();
    }

    // ---- lookups

    @SuppressWarnings("unchecked")
    <T> List<T> all(RecordKind kind) {
        return (List<T>) (List<?>) lists.get(kind);
    }

    <T> List<T> where(RecordKind kind, Predicate<T> p) {
        List<T> out = new ArrayList<>();
        for (Object o : lists.get(kind)) {
            @SuppressWarnings("unchecked") T t = (T) o;
            if (p.test(t)) {
                out.add(t);
            }
        }
        return out;
    }

    <T> T one(RecordKind kind, Predicate<T> p, String what) {
        List<T> found = where(kind, p);
        if (found.isEmpty()) {
            throw new IllegalStateException("the sample has no " + what);
        }
        return found.get(0);
    }

    Organization org(String id) {
        return one(RecordKind.ORGANIZATIONS, (Organization o) -> o.id().equals(id), "organization " + id);
    }

    Person person(String id) {
        return one(RecordKind.PEOPLE, (Person p) -> p.id().equals(id), "person " + id);
    }

    Membership membership(String personId) {
        return one(RecordKind.MEMBERSHIPS, (Membership m) -> m.personId().equals(personId), "membership of " + personId);
    }

    List<Membership> members(String orgId) {
        return where(RecordKind.MEMBERSHIPS, (Membership m) -> m.organizationId().equals(orgId));
    }

    /** The posts of {@code role} in force on {@code asOf} in {@code orgId}. */
    List<Position> posts(String orgId, Role role) {
        return where(RecordKind.POSITIONS, (Position p) -> p.organizationId().equals(orgId) && p.role() == role
                && org.dangjian.model.Periods.inForce(p.start(), p.end(), asOf));
    }

    Position secretary(String orgId) {
        List<Position> s = posts(orgId, Role.SECRETARY);
        if (s.isEmpty()) {
            throw new IllegalStateException(orgId + " has no secretary in the sample");
        }
        return s.get(0);
    }

    /** Whether the person holds any post in force. */
    boolean holdsPost(String personId) {
        return !where(RecordKind.POSITIONS, (Position p) -> p.personId().equals(personId)
                && org.dangjian.model.Periods.inForce(p.start(), p.end(), asOf)).isEmpty();
    }

    List<Activity> activities(String orgId, ActivityType type) {
        return where(RecordKind.ACTIVITIES, (Activity a) -> a.organizationId().equals(orgId) && a.type() == type);
    }

    List<Training> trainings(String personId) {
        return where(RecordKind.TRAININGS, (Training t) -> t.personId().equals(personId));
    }

    // ---- edits

    /** Replaces {@code old} by {@code changed} where it stands. */
    <T> T replace(T old, T changed) {
        List<Object> list = lists.get(RecordKind.of(old));
        int i = list.indexOf(old);
        if (i < 0) {
            throw new IllegalStateException("not in the sample: " + old);
        }
        list.set(i, changed);
        return changed;
    }

    /** Replaces a record by a copy with one field changed (see {@link Records#with}). */
    <T extends Record> T set(T record, String field, Object value) {
        return replace(record, Records.with(record, field, value));
    }

    /** Changes every record of {@code kind} that {@code which} picks. */
    <T> void change(RecordKind kind, Predicate<T> which, UnaryOperator<T> how) {
        List<Object> list = lists.get(kind);
        for (int i = 0; i < list.size(); i++) {
            @SuppressWarnings("unchecked") T t = (T) list.get(i);
            if (which.test(t)) {
                list.set(i, how.apply(t));
            }
        }
    }

    void add(Object record) {
        lists.get(RecordKind.of(record)).add(record);
    }

    <T> void removeIf(RecordKind kind, Predicate<T> which) {
        @SuppressWarnings("unchecked") Predicate<Object> p = (Predicate<Object>) which;
        lists.get(kind).removeIf(p);
    }

    /** Adds an activity with a fresh id and no attendance record. */
    Activity addActivity(String orgId, ActivityType type, LocalDate date, String title) {
        Activity a = new Activity(String.format(Locale.ROOT, "%s-X%02d", orgId, ++added), orgId, type, date, Optional.empty(), Optional.of(title));
        add(a);
        return a;
    }

    /**
     * Takes out an activity that was not held. Its attendees keep their attendance of that month:
     * each is added to another organizational-life activity of the organization in the month (or
     * the quarter), so that taking out a meeting breaks nothing but its own cadence.
     */
    void dropActivity(Activity a) {
        lists.get(RecordKind.ACTIVITIES).remove(a);
        for (String person : a.attendees().orElse(List.of())) {
            keepAttendance(person, a.organizationId(), a.date());
        }
    }

    private void keepAttendance(String person, String orgId, LocalDate date) {
        YearMonth month = YearMonth.from(date);
        int quarter = (date.getMonthValue() - 1) / 3;
        List<Activity> same = where(RecordKind.ACTIVITIES, (Activity x) -> x.organizationId().equals(orgId)
                && MEMBER_LIFE.contains(x.type()) && x.attendees().isPresent() && YearMonth.from(x.date()).equals(month));
        if (same.isEmpty()) {
            same = where(RecordKind.ACTIVITIES, (Activity x) -> x.organizationId().equals(orgId) && MEMBER_LIFE.contains(x.type())
                    && x.attendees().isPresent() && x.date().getYear() == date.getYear()
                    && (x.date().getMonthValue() - 1) / 3 == quarter);
        }
        if (same.isEmpty() || same.stream().anyMatch(x -> x.attendees().get().contains(person))) {
            return;
        }
        attend(same.get(0), person);
    }

    /** Adds {@code person} to the attendees of {@code a}. */
    Activity attend(Activity a, String person) {
        List<String> ids = new ArrayList<>(a.attendees().orElse(List.of()));
        if (!ids.contains(person)) {
            ids.add(person);
        }
        return replace(a, Records.with(a, "attendees", ids));
    }

    /** Takes {@code person} off the attendees of every activity {@code which} picks. */
    void unattend(String person, Predicate<Activity> which) {
        change(RecordKind.ACTIVITIES, (Activity a) -> which.test(a) && a.attendees().map(l -> l.contains(person)).orElse(false),
                a -> Records.with(a, "attendees", a.attendees().get().stream().filter(p -> !p.equals(person)).toList()));
    }

    /**
     * Moves a member to another branch from 1 January: their membership, and their attendance at
     * the old branch's activities to the new branch's activities of the same kind and month.
     */
    void transfer(String personId, String toOrgId) {
        Membership m = membership(personId);
        String from = m.organizationId();
        List<Activity> attended = where(RecordKind.ACTIVITIES, (Activity a) -> a.organizationId().equals(from)
                && a.attendees().map(l -> l.contains(personId)).orElse(false));
        unattend(personId, a -> a.organizationId().equals(from));
        set(m, "organizationId", toOrgId);
        for (Activity old : attended) {
            List<Activity> twin = where(RecordKind.ACTIVITIES, (Activity x) -> x.organizationId().equals(toOrgId)
                    && x.type() == old.type() && YearMonth.from(x.date()).equals(YearMonth.from(old.date())));
            if (!twin.isEmpty()) {
                attend(twin.get(0), personId);
            } else {
                keepAttendance(personId, toOrgId, old.date());
            }
        }
    }

    /** Takes a person out of the dataset altogether: every record that names them. */
    void removePerson(String personId) {
        for (RecordKind k : RecordKind.values()) {
            if (k == RecordKind.ACTIVITIES) {
                unattend(personId, a -> true);
                continue;
            }
            lists.get(k).removeIf(r -> {
                try {
                    var accessor = r.getClass().getMethod(k == RecordKind.PEOPLE ? "id" : "personId");
                    return personId.equals(accessor.invoke(r));
                } catch (NoSuchMethodException e) {
                    return false;
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }
}
