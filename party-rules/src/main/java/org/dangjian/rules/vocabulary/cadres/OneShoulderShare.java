package org.dangjian.rules.vocabulary.cadres;

import java.util.List;
import java.util.Objects;
import org.dangjian.rules.Expect;
import org.dangjian.rules.vocabulary.OrganizationFact;

/**
 * For a committee-level organization on {@code asOf}: the community orgs in its subtree
 * ({@code communities}) and those whose secretary also holds the post of residents' committee
 * director in the same organization, “一肩挑” ({@code oneShoulder}). Only organizations with at
 * least one community org in their subtree (a community's own PARTY_COMMITTEE: itself) have this fact.
 */
public record OneShoulderShare(String orgId, List<String> oneShoulder, List<String> communities) implements OrganizationFact {

    public OneShoulderShare {
        Objects.requireNonNull(orgId, "orgId");
        oneShoulder = List.copyOf(oneShoulder);
        communities = List.copyOf(communities);
    }

    /** {@code oneShoulder / communities}, to four places. */
    public double share() {
        return Expect.share(oneShoulder.size(), communities.size());
    }
}
