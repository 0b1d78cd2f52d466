package org.dangjian.model;

/** The status of a membership (党员状态): full (正式), probationary (预备), suspended (停止党籍), as the dataset contract spells it. */
public enum MembershipStatus {
    FULL,
    PROBATIONARY,
    SUSPENDED
}
