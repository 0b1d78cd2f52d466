package org.dangjian.model;

/** The highest education (学历), in increasing order, as the dataset contract spells it. */
public enum Education {
    PRIMARY,
    JUNIOR_HIGH,
    HIGH_SCHOOL,
    TECHNICAL_SECONDARY,
    JUNIOR_COLLEGE,
    BACHELOR,
    MASTER,
    DOCTORATE
}
