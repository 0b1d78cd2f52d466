package org.dangjian.rules.vocabulary.organization;

import java.util.List;
import java.util.Objects;
import org.dangjian.rules.vocabulary.TopFact;

/**
 * The full members (正式党员) who work in a host unit: memberships of status FULL whose
 * {@code workUnitId} is the unit, as person ids (sorted). {@code ownOrganization}: the unit names
 * its own party organization ({@code ownOrganizationId}), that organization exists on
 * {@code asOf}, and it is not a joint branch (联合支部, not set up by the unit on its own), or an
 * organization set up in the unit ({@code hostUnitId}) is. {@code ownOrganizationUnknown}: none
 * is known to be, but an organization so linked leaves {@code joint} out, so whether it is the
 * unit's own is unknown. Derived for every unit with at least one full member.
 */
public record HostUnitMembers(String hostUnitId, List<String> fullMemberIds, boolean ownOrganization,
                              boolean ownOrganizationUnknown) implements TopFact {

    public HostUnitMembers {
        Objects.requireNonNull(hostUnitId, "hostUnitId");
        fullMemberIds = List.copyOf(fullMemberIds);
    }

    /** The number of full members working in the unit. */
    public int fullMembers() {
        return fullMemberIds.size();
    }
}
