package org.dangjian.model;

/** The role of a post (职务), as the dataset contract spells it. */
public enum Role {
    SECRETARY,
    DEPUTY_SECRETARY,
    COMMITTEE_MEMBER,
    PARTY_WORKER,
    RESIDENTS_DIRECTOR,
    SECTION_CADRE
}
