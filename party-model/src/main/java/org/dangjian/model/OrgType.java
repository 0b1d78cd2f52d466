package org.dangjian.model;

/** The type of a party organization (党组织类型), as the dataset contract spells it. */
public enum OrgType {
    DISTRICT_COMMITTEE,
    STREET_WORKING_COMMITTEE,
    PARTY_COMMITTEE,
    GENERAL_BRANCH,
    BRANCH,
    PARTY_GROUP
}
