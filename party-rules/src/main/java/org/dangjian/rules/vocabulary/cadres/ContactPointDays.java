package org.dangjian.rules.vocabulary.cadres;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dangjian.rules.Expect;
import org.dangjian.rules.vocabulary.PersonFact;

/**
 * A cadre's contact points (蹲点联系点) of one year: the days on site at each organization, summed
 * over that year's records of the pair. CAD-006 judges every point, so a cadre with two points
 * short of the minimum has both in one finding (the finding's identity is the person and year).
 *
 * @param daysByOrg days on site by the contact point's organization id, at least one
 */
public record ContactPointDays(String personId, int year, SortedMap<String, Double> daysByOrg) implements PersonFact {

    public ContactPointDays {
        Objects.requireNonNull(personId, "personId");
        daysByOrg = Collections.unmodifiableSortedMap(new TreeMap<>(daysByOrg));
        if (daysByOrg.isEmpty()) {
            throw new IllegalArgumentException("no contact point");
        }
    }

    /** The fewest days at any of the points: below the minimum when some point is short. */
    public double fewestDays() {
        return daysByOrg.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    /** The organizations of the points with fewer than {@code minDays} days, by id. */
    public List<String> shortPoints(double minDays) {
        List<String> out = new ArrayList<>();
        daysByOrg.forEach((org, days) -> {
            if (days < minDays) {
                out.add(org);
            }
        });
        return out;
    }

    /** {@code org:days} for each point with fewer than {@code minDays} days, by organization id. */
    public List<String> shortfalls(double minDays) {
        List<String> out = new ArrayList<>();
        daysByOrg.forEach((org, days) -> {
            if (days < minDays) {
                out.add(org + ":" + Expect.number(days));
            }
        });
        return out;
    }

    /** The first point by organization id (a person without membership or post belongs to it). */
    public String firstOrganizationId() {
        return daysByOrg.firstKey();
    }
}
