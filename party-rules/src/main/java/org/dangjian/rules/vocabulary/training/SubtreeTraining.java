package org.dangjian.rules.vocabulary.training;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kie.api.definition.type.ClassReactive;
import org.dangjian.rules.vocabulary.ChunkedSortedMap;
import org.dangjian.rules.vocabulary.OrganizationFact;

/**
 * The training of an organization's members over its subtree (党员参训情况): every
 * {@link TrainingMember} held in the organization or in any organization below it, with their
 * {@link YearlyTraining}. Derived for every grassroots organization and street working committee
 * with at least one such member. TRN-002 reads {@link #participation()}; TRN-008 reads
 * {@link #countWithFewerCentralized(int)} with its own minimum, so the threshold stays in the rule.
 *
 * <p>The counts the rules compare are kept in the fact, so that comparing costs no pass over the
 * members; the lists of ids ({@link #trainedIds()}, {@link #memberIds()},
 * {@link #withFewerCentralized(int)}) are made when a rule's action asks for them. A live audit
 * derives the fact of a subtree from the one it held, member by member changed
 * ({@link ChunkedSortedMap}: the members a change leaves alone are shared, not copied).
 *
 * @param orgId the organization at the top of the subtree
 * @param members each member's yearly training, by person id
 * @param trained how many members took part in any training in the year
 * @param byCentralized how many members took part in each number of centralized trainings
 *        (those with none under 0)
 */
// Rules call its methods with thresholds as arguments, which property reactivity cannot follow;
// the fact is immutable, so class reactivity costs nothing and keeps Drools from warning.
@ClassReactive
public record SubtreeTraining(String orgId, ChunkedSortedMap<String, YearlyTraining> members, int trained,
                              ChunkedSortedMap<Integer, Integer> byCentralized) implements OrganizationFact {

    /** The counts must be those of the members (checked as far as it costs no pass over them). */
    public SubtreeTraining {
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(byCentralized, "byCentralized");
        int counted = 0;
        for (int n : byCentralized.values()) {
            counted += n;
        }
        if (trained < 0 || trained > members.size() || counted != members.size()) {
            throw new IllegalArgumentException("the counts of " + orgId + " are not those of its " + members.size() + " members");
        }
    }

    /** The fact of {@code members}, counted (one pass over them). */
    public static SubtreeTraining of(String orgId, Map<String, YearlyTraining> members) {
        int trained = 0;
        java.util.TreeMap<Integer, Integer> byCentralized = new java.util.TreeMap<>();
        for (YearlyTraining t : members.values()) {
            trained += t.trained() ? 1 : 0;
            byCentralized.merge(t.centralizedCount(), 1, Integer::sum);
        }
        return new SubtreeTraining(orgId, ChunkedSortedMap.copyOf(members), trained, ChunkedSortedMap.copyOf(byCentralized));
    }

    /** This fact with {@code personId}'s training {@code t} (added, or in place of theirs): O(64 + n/64). */
    SubtreeTraining with(String personId, YearlyTraining t) {
        YearlyTraining old = members.get(personId);
        if (t.equals(old)) {
            return this;
        }
        SubtreeTraining out = old == null ? this : without(personId);
        return new SubtreeTraining(orgId, out.members.with(personId, t), out.trained + (t.trained() ? 1 : 0),
                count(out.byCentralized, t.centralizedCount(), 1));
    }

    /** This fact without {@code personId}: itself if they are not a member. */
    SubtreeTraining without(String personId) {
        YearlyTraining old = members.get(personId);
        if (old == null) {
            return this;
        }
        return new SubtreeTraining(orgId, members.without(personId), trained - (old.trained() ? 1 : 0),
                count(byCentralized, old.centralizedCount(), -1));
    }

    private static ChunkedSortedMap<Integer, Integer> count(ChunkedSortedMap<Integer, Integer> counts, int key, int by) {
        int n = counts.getOrDefault(key, 0) + by;
        return n == 0 ? counts.without(key) : counts.with(key, n);
    }

    /** Every member's id, sorted: a participation share's denominator. */
    public List<String> memberIds() {
        return members.keyList();
    }

    /** The members who took part in any training in the year, sorted: the numerator. */
    public List<String> trainedIds() {
        return members.keysWhere(YearlyTraining::trained);
    }

    /** The share of members who took part in any training, exact (0 to 1). */
    public double participation() {
        return members.isEmpty() ? 0 : (double) trained / members.size();
    }

    /** The members with fewer than {@code minimum} centralized trainings in the year, sorted. */
    public List<String> withFewerCentralized(int minimum) {
        return members.keysWhere(t -> t.centralizedCount() < minimum);
    }

    /** How many members have fewer than {@code minimum} centralized trainings in the year. */
    public int countWithFewerCentralized(int minimum) {
        int n = 0;
        for (Map.Entry<Integer, Integer> e : byCentralized.entrySet()) {
            if (e.getKey() >= minimum) {
                break;
            }
            n += e.getValue();
        }
        return n;
    }
}
