package org.dangjian.rules.vocabulary.development;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The members of an {@link AdmissionCohort}, sorted by person id, immutable, with the person ids
 * of each part the rules ask for ({@link AdmissionCohort#youngerThan}, {@code educatedAtLeast},
 * {@code female} …) worked out once per cohort and kept. Why: a change of one new member derives
 * the cohorts above them again (the district's: every new member of the year), and DEV-001, DEV-002
 * and DEV-007 asked the new cohort for the same parts a dozen times between their conditions,
 * measures and evidence, each a stream over all of it (65% of a new member's change at 100,000
 * members). The parts are computed on first asking: a cohort no rule asks about costs nothing more.
 */
final class CohortMembers extends AbstractList<NewMember> implements RandomAccess {

    private static final Comparator<NewMember> BY_PERSON = Comparator.comparing(NewMember::personId);

    private final NewMember[] members;
    /**
     * The person ids of each part asked for, by what was asked: an age ({@link Integer}), an
     * education level, or one of {@link AdmissionCohort}'s constants (keys that hash cheaply: a
     * record's hash would cost more than the answer at a branch's size).
     */
    private final Map<Object, List<String>> parts = new ConcurrentHashMap<>();
    /** The list's hash, worked out once (0: not yet). */
    private int hash;

    private CohortMembers(NewMember[] members) {
        this.members = members;
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
        return new CohortMembers(a);
    }

    /** The person ids of the members {@code test} keeps, in order; computed once per {@code part}. */
    List<String> ids(Object part, Predicate<NewMember> test) {
        List<String> kept = parts.get(part);
        if (kept == null) {
            String[] out = new String[members.length];
            int n = 0;
            for (NewMember m : members) {
                if (test.test(m)) {
                    out[n++] = m.personId();
                }
            }
            kept = List.of(n == out.length ? out : Arrays.copyOf(out, n));
            parts.putIfAbsent(part, kept);
        }
        return kept;
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
