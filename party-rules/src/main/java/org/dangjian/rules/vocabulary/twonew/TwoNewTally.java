package org.dangjian.rules.vocabulary.twonew;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dangjian.rules.vocabulary.OrganizationFact;

/**
 * The two-new (“两新”) grassroots orgs in a district committee's subtree on {@code asOf}: those
 * that are demonstration points (示范点), sorted, those whose {@code demonstrationPoint} the
 * dataset leaves out ({@code demonstrationUnknown}, unknown rather than "no"), and the star rating
 * (星级) of each rated one.
 */
public record TwoNewTally(String orgId, List<String> demonstrationPoints, List<String> demonstrationUnknown,
                          SortedMap<String, Integer> starRatings) implements OrganizationFact {

    public TwoNewTally {
        Objects.requireNonNull(orgId, "orgId");
        demonstrationPoints = List.copyOf(demonstrationPoints);
        demonstrationUnknown = List.copyOf(demonstrationUnknown);
        starRatings = Collections.unmodifiableSortedMap(new TreeMap<>(starRatings));
    }

    /** How many demonstration points the dataset records. */
    public int demonstrationCount() {
        return demonstrationPoints.size();
    }

    /** How many demonstration points there could be: those recorded and those left unknown. */
    public int demonstrationAtMost() {
        return demonstrationPoints.size() + demonstrationUnknown.size();
    }

    /** The orgs rated {@code stars} or more, sorted. */
    public List<String> ratedAtLeast(int stars) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : starRatings.entrySet()) {
            if (e.getValue() >= stars) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /** How many orgs are rated {@code stars} or more. */
    public int countRatedAtLeast(int stars) {
        return ratedAtLeast(stars).size();
    }

    /**
     * The targets missed, by the names used in evidence: {@code demonstrationPoints} when fewer
     * than {@code demonstrationTarget} even counting the unknown ones, {@code threeStarOrAbove} when fewer than
     * {@code starTarget} orgs are rated {@code starLevel} or more.
     */
    public List<String> targetsMissed(int demonstrationTarget, int starLevel, int starTarget) {
        List<String> out = new ArrayList<>();
        if (demonstrationAtMost() < demonstrationTarget) {
            out.add("demonstrationPoints");
        }
        if (countRatedAtLeast(starLevel) < starTarget) {
            out.add("threeStarOrAbove");
        }
        return out;
    }
}
