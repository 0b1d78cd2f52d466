package org.dangjian.model;

/** The gender (性别), as the dataset contract spells it. */
public enum Gender {
    MALE,
    FEMALE
}
