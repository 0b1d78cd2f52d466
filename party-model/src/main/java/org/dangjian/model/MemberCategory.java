package org.dangjian.model;

/** The category of a member for management and dues (党员类别), as the dataset contract spells it. */
public enum MemberCategory {
    DIRECT,
    IN_SERVICE,
    MOBILE,
    RETIRED
}
