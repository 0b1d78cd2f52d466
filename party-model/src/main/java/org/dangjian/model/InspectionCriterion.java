package org.dangjian.model;

/** The what an inspector saw that records cannot show (检查发现), as the dataset contract spells it. */
public enum InspectionCriterion {
    DISUNITY,
    VOTE_BUYING,
    INTERFERENCE,
    SECRETARY_INCOMPETENT,
    OTHER
}
