package org.dangjian.rules.vocabulary.development;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.dangjian.model.Education;
import org.dangjian.model.Gender;
import org.dangjian.model.Membership;
import org.dangjian.model.MembershipStatus;
import org.dangjian.model.Person;

/**
 * A cohort derived from the one held by the people changed ({@link CohortMembers#with}) is the
 * cohort sorted whole from its members, and so is each part it patched; a part the change leaves
 * as it was is the very list held (what lets a finding raised again compare by identity).
 */
class CohortMembersProperties {

    private static final LocalDate ADMITTED = LocalDate.of(2020, 6, 1);
    private static final List<Function<CohortMembers, List<String>>> PARTS = List.of(
            c -> c.youngerThan(35), c -> c.youngerThan(40), c -> c.educatedAtLeast(Education.HIGH_SCHOOL),
            c -> c.educatedAtLeast(Education.JUNIOR_COLLEGE), CohortMembers::female, CohortMembers::fromTwoNewUnits);

    @Property(tries = 200)
    void patchedIsWhatSortingWholeGives(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int people,
                                        @ForAll @IntRange(min = 1, max = 5) int changed) {
        Random rnd = new Random(seed);
        TreeMap<String, List<NewMember>> byPerson = new TreeMap<>();
        for (int p = 0; p < people; p++) {
            List<NewMember> members = members(rnd, "p" + rnd.nextInt(people * 2));
            if (!members.isEmpty()) {
                byPerson.put(members.get(0).personId(), members);
            }
        }
        if (byPerson.isEmpty()) {
            byPerson.put("p0", List.of(member(rnd, "p0")));
        }
        CohortMembers held = CohortMembers.sorted(flat(byPerson));
        // The parts the rules asked the held cohort for: some, not all, so that others start afresh.
        List<Function<CohortMembers, List<String>>> asked = PARTS.stream().filter(x -> rnd.nextBoolean()).toList();
        asked.forEach(part -> part.apply(held));
        TreeMap<String, List<NewMember>> now = new TreeMap<>();
        for (int i = 0; i < changed; i++) {
            String id = "p" + rnd.nextInt(people * 2);
            List<NewMember> kept = byPerson.get(id);
            // Sometimes the person's very members again, so that the parts may stay as they were.
            now.put(id, kept != null && rnd.nextInt(3) == 0 ? kept : members(rnd, id));
        }
        CohortMembers patched = held.with(now);
        TreeMap<String, List<NewMember>> after = new TreeMap<>(byPerson);
        now.forEach((id, members) -> {
            if (members.isEmpty()) {
                after.remove(id);
            } else {
                after.put(id, members);
            }
        });
        CohortMembers whole = CohortMembers.sorted(flat(after));
        assertEquals(whole, patched);
        assertEquals(whole.personIds(), patched.personIds());
        for (Function<CohortMembers, List<String>> part : PARTS) {
            List<String> was = asked.contains(part) ? part.apply(held) : null;
            List<String> is = part.apply(patched);
            assertEquals(part.apply(whole), is);
            if (was != null && was.equals(is)) {
                assertSame(was, is, "a part the change leaves as it was is the list held");
            }
        }
        if (held.personIds().equals(patched.personIds())) {
            assertSame(held.personIds(), patched.personIds());
        }
    }

    private static List<NewMember> flat(TreeMap<String, List<NewMember>> byPerson) {
        List<NewMember> out = new ArrayList<>();
        byPerson.values().forEach(out::addAll);
        return out;
    }

    /** Zero to two new members of one person, their age, education, gender and unit drawn. */
    private static List<NewMember> members(Random rnd, String personId) {
        List<NewMember> out = new ArrayList<>();
        int n = rnd.nextInt(4) == 0 ? 0 : 1 + rnd.nextInt(2);
        for (int i = 0; i < n; i++) {
            out.add(member(rnd, personId));
        }
        return out;
    }

    private static NewMember member(Random rnd, String personId) {
        Person person = new Person(personId, "党员" + personId, rnd.nextBoolean() ? Gender.FEMALE : Gender.MALE,
                ADMITTED.minusYears(30 + rnd.nextInt(15)).plusDays(rnd.nextInt(3) - 1),
                Education.values()[rnd.nextInt(Education.values().length)], Optional.empty());
        Membership m = new Membership(personId, "b" + rnd.nextInt(3), MembershipStatus.PROBATIONARY, ADMITTED,
                null, null, null, null, null, null, null, false, null, null, null, null, null);
        return NewMember.of(m, person, rnd.nextBoolean());
    }
}
