package org.dangjian.rules.vocabulary.development;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.dangjian.model.Education;
import org.dangjian.rules.vocabulary.SortedIds;

/**
 * The members of an {@link AdmissionCohort}, sorted by person id, immutable, with the person ids
 * of each part asked for ({@link AdmissionCohort#youngerThan}, {@code educatedAtLeast},
 * {@code female} …) worked out once per cohort, as {@link SortedIds} that evidence keeps as they
 * are. Why: a change of one new member derives the cohorts above them again (the district's:
 * every new member of the year, 12,000 at 1,000,000 members), and DEV-001, DEV-002 and DEV-007
 * ask each cohort for the same parts between their conditions, measures and evidence. A cohort
 * derived again from the one held ({@link #with}) copies the members it keeps and patches each
 * part the held one had worked out by the people changed: a part they leave as it was is the very
 * list held, so a finding raised again with it compares equal by identity, not id by id.
 */
final class CohortMembers extends AbstractList<NewMember> implements RandomAccess {

    private static final Comparator<NewMember> BY_PERSON = Comparator.comparing(NewMember::personId);
    private static final Object FEMALE = new Object();
    private static final Object TWO_NEW = new Object();

    private final NewMember[] members;
    private final SortedIds personIds;
    /**
     * The person ids of each part asked for, by what was asked: an age ({@link Integer}), an
     * education level, or one of the constants above (keys that hash cheaply).
     */
    private final Map<Object, SortedIds> parts = new ConcurrentHashMap<>();
    /** The list's hash, worked out once (0: not yet). */
    private int hash;

    private CohortMembers(NewMember[] members, SortedIds personIds) {
        this.members = members;
        this.personIds = personIds;
    }

    /**
     * {@code list} sorted by person id (a stable sort: members of one person keep their order), as
     * one of these; the very list when it is one already.
     */
    static CohortMembers sorted(List<NewMember> list) {
        if (list instanceof CohortMembers c) {
            return c;
        }
        NewMember[] a = list.toArray(new NewMember[0]);
        for (NewMember m : a) {
            Objects.requireNonNull(m, "a cohort's member");
        }
        for (int i = 1; i < a.length; i++) {
            if (BY_PERSON.compare(a[i - 1], a[i]) > 0) {
                Arrays.sort(a, BY_PERSON);
                break;
            }
        }
        return new CohortMembers(a, SortedIds.copyOf(Arrays.stream(a).map(NewMember::personId).toList()));
    }

    /**
     * These members with those of each person of {@code now} replaced by theirs there (none: the
     * person leaves the cohort), placed as {@link #sorted} places them: what sorting the whole
     * list again gives, at the cost of copying the members kept. Each part worked out here is
     * patched by the people of {@code now}, not worked out again.
     */
    CohortMembers with(SortedMap<String, List<NewMember>> now) {
        int k = now.size();
        int[] from = new int[k];
        int[] to = new int[k];
        int size = members.length;
        int j = 0;
        for (Map.Entry<String, List<NewMember>> e : now.entrySet()) {
            // The person ids stand member by member: their runs are the members' places.
            from[j] = personIds.bound(e.getKey(), false);
            to[j] = personIds.bound(e.getKey(), true);
            size += e.getValue().size() - (to[j] - from[j]);
            j++;
        }
        NewMember[] out = new NewMember[size];
        int read = 0;
        int write = 0;
        j = 0;
        for (List<NewMember> people : now.values()) {
            System.arraycopy(members, read, out, write, from[j] - read);
            write += from[j] - read;
            for (NewMember m : people) {
                out[write++] = Objects.requireNonNull(m, "a cohort's member");
            }
            read = to[j];
            j++;
        }
        System.arraycopy(members, read, out, write, members.length - read);
        CohortMembers next = new CohortMembers(out, personIds.withCounts(counts(now, m -> true)));
        parts.forEach((key, part) -> next.parts.put(key, part.withCounts(counts(now, test(key)))));
        return next;
    }

    /** How many of each person's members in {@code now} pass {@code in}. */
    private static SortedMap<String, Integer> counts(SortedMap<String, List<NewMember>> now, Predicate<NewMember> in) {
        SortedMap<String, Integer> out = new TreeMap<>();
        now.forEach((personId, people) -> {
            int n = 0;
            for (NewMember m : people) {
                n += in.test(m) ? 1 : 0;
            }
            out.put(personId, n);
        });
        return out;
    }

    /** Every member's person id. */
    SortedIds personIds() {
        return personIds;
    }

    /** Those younger than {@code age} on the day of admission ({@link NewMember#youngerThan}). */
    SortedIds youngerThan(int age) {
        return part(age);
    }

    /** Those educated to {@code level} or above ({@link NewMember#educatedAtLeast}). */
    SortedIds educatedAtLeast(Education level) {
        return part(Objects.requireNonNull(level, "level"));
    }

    /** The women. */
    SortedIds female() {
        return part(FEMALE);
    }

    /** Those working in two-new units. */
    SortedIds fromTwoNewUnits() {
        return part(TWO_NEW);
    }

    /** The person ids of the members that pass what {@code key} asks, worked out once. */
    private SortedIds part(Object key) {
        return parts.computeIfAbsent(key, x -> {
            Predicate<NewMember> in = test(key);
            List<String> ids = new ArrayList<>();
            for (NewMember m : members) {
                if (in.test(m)) {
                    ids.add(m.personId());
                }
            }
            return SortedIds.copyOf(ids);
        });
    }

    /** What a part's key asks of a member. */
    private static Predicate<NewMember> test(Object key) {
        if (key instanceof Integer age) {
            return m -> m.youngerThan(age);
        } else if (key instanceof Education level) {
            return m -> m.educatedAtLeast(level);
        } else if (key == FEMALE) {
            return NewMember::female;
        }
        return NewMember::fromTwoNewUnit;
    }

    @Override
    public NewMember get(int index) {
        return members[index];
    }

    @Override
    public int size() {
        return members.length;
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = super.hashCode();
            hash = h;
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof CohortMembers c) {
            // Member by member: a cohort derived again shares all but the members changed with the
            // one held, so most compare by identity (a hash first would walk every member's records).
            return c == this || Arrays.equals(members, c.members);
        }
        return super.equals(o);
    }

    @Override
    public Object[] toArray() {
        return members.clone();
    }
}
