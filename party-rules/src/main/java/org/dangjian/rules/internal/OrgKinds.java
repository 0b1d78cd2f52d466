package org.dangjian.rules.internal;

import java.time.LocalDate;
import java.util.Set;
import org.dangjian.model.Dataset;
import org.dangjian.model.OrgType;
import org.dangjian.model.Organization;
import org.dangjian.model.Sector;

/**
 * Kinds of organization the catalog areas' derivers share: grassroots organizations (基层党组织),
 * committee level, "two new" sectors (两新组织), the community and village organizations. Here and
 * not in one area's deriver, so that the areas depend on one another through nothing but the
 * vocabulary and the engine.
 */
public final class OrgKinds {

    public static final Set<OrgType> GRASSROOTS = Set.of(OrgType.PARTY_COMMITTEE, OrgType.GENERAL_BRANCH, OrgType.BRANCH);
    public static final Set<OrgType> COMMITTEE_LEVEL = Set.of(
            OrgType.DISTRICT_COMMITTEE, OrgType.STREET_WORKING_COMMITTEE, OrgType.PARTY_COMMITTEE);
    public static final Set<Sector> TWO_NEW = Set.of(Sector.NON_PUBLIC_ENTERPRISE, Sector.SOCIAL_ORGANIZATION);

    private OrgKinds() {
    }

    /** Whether {@code o} exists on {@code date}: established by then and not yet dissolved. */
    public static boolean exists(Organization o, LocalDate date) {
        return !o.established().isAfter(date) && o.dissolved().map(x -> x.isAfter(date)).orElse(true);
    }

    /** The community org (社区党组织): the grassroots org of sector COMMUNITY highest in its tree. */
    public static boolean communityOrg(Dataset d, Organization o) {
        return highestOfSector(d, o, Sector.COMMUNITY);
    }

    /** A community org, or its village counterpart (村党组织). */
    public static boolean communityOrVillageOrg(Dataset d, Organization o) {
        return highestOfSector(d, o, Sector.COMMUNITY) || highestOfSector(d, o, Sector.VILLAGE);
    }

    /** Whether {@code o} is a grassroots org of {@code sector} with none of that sector above it. */
    private static boolean highestOfSector(Dataset d, Organization o, Sector sector) {
        return GRASSROOTS.contains(o.type()) && o.sector() == sector && d.ancestors(o.id()).stream()
                .noneMatch(a -> GRASSROOTS.contains(a.type()) && a.sector() == sector);
    }

    /** The village org (村党组织): the grassroots org of sector VILLAGE highest in its tree. */
    public static boolean villageOrg(Dataset d, Organization o) {
        return highestOfSector(d, o, Sector.VILLAGE);
    }
}
