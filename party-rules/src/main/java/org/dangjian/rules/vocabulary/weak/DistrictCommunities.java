package org.dangjian.rules.vocabulary.weak;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dangjian.rules.vocabulary.TopFact;

/**
 * The community organizations (社区党组织) in a district committee's subtree that exist on
 * {@code asOf}, and those among them under rectification (either kind) at some time in the audit
 * year up to {@code asOf}. Exists only for a district committee with at least one community
 * organization. WEAK-101 adds the rectification candidates (WEAK-100) to {@code rectifiedOrgIds}.
 *
 * <p>A {@link TopFact}: WEAK-101 joins it with the findings of every community org it lists, and
 * only the top partition is given the findings of the others. A district committee is at the
 * top but where a dataset the validator rejects puts it below a grassroots organization; there
 * its partition would not hold the findings of a community org its walk meets through a second
 * organization of an id whose first is elsewhere.
 */
public record DistrictCommunities(String districtId, Set<String> communityOrgIds, Set<String> rectifiedOrgIds) implements TopFact {

    public DistrictCommunities {
        communityOrgIds = Set.copyOf(communityOrgIds);
        rectifiedOrgIds = Set.copyOf(rectifiedOrgIds);
    }

    /** The community organizations under rectification or named by {@code candidates}, sorted. */
    public List<String> numerator(Collection<?> candidates) {
        TreeSet<String> out = new TreeSet<>(rectifiedOrgIds);
        for (Object c : candidates) {
            String id = String.valueOf(c);
            if (communityOrgIds.contains(id)) {
                out.add(id);
            }
        }
        return List.copyOf(out);
    }

    /** The numerator's share of the community organizations. */
    public double share(Collection<?> candidates) {
        // Plain division: k / (10 k) is the same double as 0.1, so "at least 10%" passes at exactly 10%.
        return (double) numerator(candidates).size() / communityOrgIds.size();
    }
}
