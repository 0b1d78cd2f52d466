package org.dangjian.rules.vocabulary.development;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The members of an {@link AdmissionCohort}, sorted by person id, immutable, with what the rules
 * ask of them kept in columns (person id, age at admission, education, woman, two-new unit) and the
 * person ids of each part asked for ({@link AdmissionCohort#youngerThan}, {@code educatedAtLeast},
 * {@code female} …) worked out once per cohort. Why: a change of one new member derives the
 * cohorts above them again (the district's: every new member of the year), and DEV-001, DEV-002 and
 * DEV-007 asked the new cohort for the same parts a dozen times between their conditions, measures
 * and evidence, each a stream over all of it, reading every member's records (65% of a new member's
 * change at 100,000 members). A cohort derived again from the one held ({@link #with}) copies the
 * columns of the members it keeps and reads only the records of the people changed.
 */
final class CohortMembers extends AbstractList<NewMember> implements RandomAccess {

    private static final Comparator<NewMember> BY_PERSON = Comparator.comparing(NewMember::personId);

    private final NewMember[] members;
    // Columns, member by member: what NewMember's personId, ageAtAdmission, education, female
    // and fromTwoNewUnit give (the parts test them as NewMember's youngerThan, educatedAtLeast … do).
    private final String[] personIds;
    private final int[] ages;
    private final org.dangjian.model.Education[] education;
    private final boolean[] female;
    private final boolean[] twoNew;
    /**
     * The person ids of each part asked for, by what was asked: an age ({@link Integer}), an
     * education level, or one of the constants below (keys that hash cheaply).
     */
    private final Map<Object, List<String>> parts = new ConcurrentHashMap<>();
    private static final Object FEMALE = new Object();
    private static final Object TWO_NEW = new Object();
    /** The list's hash, worked out once (0: not yet). */
    private int hash;

    private CohortMembers(int n) {
        members = new NewMember[n];
        personIds = new String[n];
        ages = new int[n];
        education = new org.dangjian.model.Education[n];
        female = new boolean[n];
        twoNew = new boolean[n];
    }

    /** Puts {@code m} at {@code i}, its columns read from it. */
    private void put(int i, NewMember m) {
        members[i] = m;
        personIds[i] = m.personId();
        ages[i] = m.ageAtAdmission();
        education[i] = m.education();
        female[i] = m.female();
        twoNew[i] = m.fromTwoNewUnit();
    }

    /** Copies {@code n} members with their columns from {@code from} at {@code at} to {@code to}. */
    private void copy(CohortMembers from, int at, int to, int n) {
        System.arraycopy(from.members, at, members, to, n);
        System.arraycopy(from.personIds, at, personIds, to, n);
        System.arraycopy(from.ages, at, ages, to, n);
        System.arraycopy(from.education, at, education, to, n);
        System.arraycopy(from.female, at, female, to, n);
        System.arraycopy(from.twoNew, at, twoNew, to, n);
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
        CohortMembers out = new CohortMembers(a.length);
        for (int i = 0; i < a.length; i++) {
            out.put(i, a[i]);
        }
        return out;
    }

    /**
     * These members with those of each person of {@code now} replaced by theirs there (none: the
     * person leaves the cohort), placed as {@link #sorted} places them: what sorting the whole
     * list again gives, at the cost of copying the columns kept.
     */
    CohortMembers with(SortedMap<String, List<NewMember>> now) {
        int k = now.size();
        int[] from = new int[k];
        int[] to = new int[k];
        int size = members.length;
        int j = 0;
        for (Map.Entry<String, List<NewMember>> e : now.entrySet()) {
            from[j] = bound(e.getKey(), false);
            to[j] = bound(e.getKey(), true);
            size += e.getValue().size() - (to[j] - from[j]);
            j++;
        }
        CohortMembers out = new CohortMembers(size);
        int read = 0;
        int write = 0;
        j = 0;
        for (List<NewMember> people : now.values()) {
            out.copy(this, read, write, from[j] - read);
            write += from[j] - read;
            for (NewMember m : people) {
                out.put(write++, Objects.requireNonNull(m, "a cohort's member"));
            }
            read = to[j];
            j++;
        }
        out.copy(this, read, write, members.length - read);
        return out;
    }

    /** The first position whose person id is after {@code personId} ({@code after}), or not before it. */
    private int bound(String personId, boolean after) {
        int lo = 0;
        int hi = personIds.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int cmp = personIds[mid].compareTo(personId);
            if (cmp < 0 || after && cmp == 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Every member's person id. */
    List<String> personIds() {
        return Collections.unmodifiableList(Arrays.asList(personIds)); // never written once made
    }

    /** Those younger than {@code age} on the day of admission ({@link NewMember#youngerThan}). */
    List<String> youngerThan(int age) {
        return parts.computeIfAbsent(age, a -> {
            boolean[] in = new boolean[ages.length];
            for (int i = 0; i < ages.length; i++) {
                in[i] = ages[i] < age;
            }
            return ids(in);
        });
    }

    /** Those educated to {@code level} or above ({@link NewMember#educatedAtLeast}). */
    List<String> educatedAtLeast(org.dangjian.model.Education level) {
        return parts.computeIfAbsent(level, l -> {
            boolean[] in = new boolean[education.length];
            for (int i = 0; i < education.length; i++) {
                in[i] = education[i].compareTo(level) >= 0;
            }
            return ids(in);
        });
    }

    /** The women. */
    List<String> female() {
        return parts.computeIfAbsent(FEMALE, x -> ids(female));
    }

    /** Those working in two-new units. */
    List<String> fromTwoNewUnits() {
        return parts.computeIfAbsent(TWO_NEW, x -> ids(twoNew));
    }

    /** The person ids where {@code in} holds, in order. */
    private List<String> ids(boolean[] in) {
        String[] out = new String[in.length];
        int n = 0;
        for (int i = 0; i < in.length; i++) {
            if (in[i]) {
                out[n++] = personIds[i];
            }
        }
        return Collections.unmodifiableList(Arrays.asList(n == out.length ? out : Arrays.copyOf(out, n)));
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
