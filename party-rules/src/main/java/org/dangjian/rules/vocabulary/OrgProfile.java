package org.dangjian.rules.vocabulary;

import java.time.LocalDate;
import java.util.Optional;
import org.dangjian.model.OrgType;
import org.dangjian.model.Sector;

/**
 * What rules need to know of an organization, derived once per audit: its kind in the catalog's
 * scopes and its member counts. {@code fullMembers} and {@code members} count the memberships held
 * directly in it (members of a party group belong to its branch); the {@code subtree} counts add
 * every organization below it. {@code members} counts FULL and PROBATIONARY, not SUSPENDED.
 *
 * {@code active}: the organization exists on {@code asOf}; rules about a state judge only active ones.
 *
 * <p>Scopes: grassroots org = PARTY_COMMITTEE, GENERAL_BRANCH or BRANCH; community org = the
 * grassroots org of sector COMMUNITY highest in its tree (likewise village org); two-new =
 * grassroots org of sector NON_PUBLIC_ENTERPRISE or SOCIAL_ORGANIZATION; committee level =
 * DISTRICT_COMMITTEE, STREET_WORKING_COMMITTEE, PARTY_COMMITTEE.
 */
public record OrgProfile(
        String orgId,
        String name,
        OrgType type,
        Sector sector,
        Optional<String> parentId,
        LocalDate established,
        Optional<LocalDate> dissolved,
        boolean active,
        Optional<Boolean> hasCommittee,
        boolean grassroots,
        boolean communityOrg,
        boolean villageOrg,
        boolean twoNew,
        boolean committeeLevel,
        int fullMembers,
        int probationaryMembers,
        int suspendedMembers,
        int members,
        int subtreeFullMembers,
        int subtreeMembers) implements OrganizationFact {

    /** Whether the organization exists on {@code date} (established on or before, not yet dissolved). */
    public boolean existsOn(LocalDate date) {
        return !established.isAfter(date) && dissolved.map(d -> d.isAfter(date)).orElse(true);
    }
}
