package org.dangjian.rules.vocabulary.organization;

import java.util.List;
import java.util.Objects;
import org.dangjian.rules.vocabulary.OrganizationFact;

/**
 * The committee seats (委员职数) of an organization that has an approved number
 * ({@code committeeSeats}) and exists on {@code asOf}: the approved number and the people holding
 * a seat on {@code asOf} (posts SECRETARY, DEPUTY_SECRETARY and COMMITTEE_MEMBER in force; a
 * person in two such posts fills one seat).
 */
public record CommitteeSeats(String orgId, int approved, List<String> holders) implements OrganizationFact {

    public CommitteeSeats {
        Objects.requireNonNull(orgId, "orgId");
        holders = List.copyOf(holders);
    }

    /** The seats filled on {@code asOf}. */
    public int filled() {
        return holders.size();
    }
}
