package org.dangjian.model;

/** The result of the yearly assessment of a person in post (年度考核结果), as the dataset contract spells it. */
public enum AssessmentResult {
    EXCELLENT,
    COMPETENT,
    BASICALLY_COMPETENT,
    INCOMPETENT
}
