package org.dangjian.model;

/** The level of the organizer of a training (组织层级), in increasing order, as the dataset contract spells it. */
public enum OrganizerLevel {
    BRANCH,
    COMMUNITY,
    STREET,
    DISTRICT,
    CITY,
    PROVINCE,
    CENTRAL
}
