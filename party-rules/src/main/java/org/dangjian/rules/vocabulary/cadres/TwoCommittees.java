package org.dangjian.rules.vocabulary.cadres;

import java.util.List;
import java.util.Objects;
import org.dangjian.rules.Expect;
import org.dangjian.rules.vocabulary.OrganizationFact;

/**
 * The members of an organization's “两委” on {@code asOf}: the distinct people holding a post in
 * force in the organization itself as SECRETARY, DEPUTY_SECRETARY, COMMITTEE_MEMBER (the party
 * committee) or RESIDENTS_DIRECTOR (the residents' committee), with their average age (whole years
 * on {@code asOf}, averaged to one decimal) and those with junior college (大专) or above. People
 * without a record in {@code people} are left out. Derived where there is at least one member;
 * CAD-009 reports those of community orgs.
 */
public record TwoCommittees(String orgId, List<String> members, List<String> juniorCollegeOrAbove, double averageAge) implements OrganizationFact {

    public TwoCommittees {
        Objects.requireNonNull(orgId, "orgId");
        members = List.copyOf(members);
        juniorCollegeOrAbove = List.copyOf(juniorCollegeOrAbove);
    }

    /** The share with junior college or above, to four places. */
    public double shareJuniorCollegeOrAbove() {
        return Expect.share(juniorCollegeOrAbove.size(), members.size());
    }

    /** Both figures as one text: {@code 45.2 / 60%} (average age / share junior college or above). */
    public String summary() {
        return Expect.number(averageAge) + " / " + Expect.percent(shareJuniorCollegeOrAbove());
    }
}
