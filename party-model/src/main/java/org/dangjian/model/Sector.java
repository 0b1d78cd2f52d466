package org.dangjian.model;

/** The sector of an organization or a host unit (领域), as the dataset contract spells it. */
public enum Sector {
    COMMUNITY,
    VILLAGE,
    ORGAN,
    SCHOOL,
    STATE_ENTERPRISE,
    INSTITUTION,
    NON_PUBLIC_ENTERPRISE,
    SOCIAL_ORGANIZATION,
    OTHER
}
