package org.dangjian.rules.vocabulary.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import org.kie.api.definition.type.ClassReactive;
import org.dangjian.rules.vocabulary.OrganizationFact;

/**
 * The training of an organization's members over its subtree (党员参训情况): every
 * {@link TrainingMember} held in the organization or in any organization below it, with their
 * {@link YearlyTraining}. Derived for every grassroots organization and street working committee
 * with at least one such member. TRN-002 reads {@link #participation()}; TRN-008 reads
 * {@link #withFewerCentralized(int)} with its own minimum, so the threshold stays in the rule.
 *
 * @param orgId the organization at the top of the subtree
 * @param members each member's yearly training, by person id
 */
// Rules call its methods with thresholds as arguments, which property reactivity cannot follow;
// the fact is immutable, so class reactivity costs nothing and keeps Drools from warning.
@ClassReactive
public record SubtreeTraining(String orgId, SortedMap<String, YearlyTraining> members) implements OrganizationFact {

    public SubtreeTraining {
        Objects.requireNonNull(orgId, "orgId");
        // Sorted arrays, not a tree: a member sits in the fact of every organization above them,
        // millions of entries in a city, and a tree entry costs five times an array slot.
        members = com.google.common.collect.ImmutableSortedMap.copyOf(members);
    }

    /** Every member's id, sorted: a participation share's denominator. */
    public List<String> memberIds() {
        return List.copyOf(members.keySet());
    }

    /** The members who took part in any training in the year, sorted: the numerator. */
    public List<String> trainedIds() {
        List<String> out = new ArrayList<>();
        members.forEach((id, t) -> {
            if (t.trained()) {
                out.add(id);
            }
        });
        return out;
    }

    /** The share of members who took part in any training, exact (0 to 1). */
    public double participation() {
        return members.isEmpty() ? 0 : (double) trainedIds().size() / members.size();
    }

    /** The members with fewer than {@code minimum} centralized trainings in the year, sorted. */
    public List<String> withFewerCentralized(int minimum) {
        List<String> out = new ArrayList<>();
        members.forEach((id, t) -> {
            if (t.centralizedCount() < minimum) {
                out.add(id);
            }
        });
        return out;
    }

    /** How many members have fewer than {@code minimum} centralized trainings in the year. */
    public int countWithFewerCentralized(int minimum) {
        return withFewerCentralized(minimum).size();
    }
}
