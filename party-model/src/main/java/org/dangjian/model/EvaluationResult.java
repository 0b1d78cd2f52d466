package org.dangjian.model;

/** The result of the democratic evaluation of a member (民主评议结果), as the dataset contract spells it. */
public enum EvaluationResult {
    EXCELLENT,
    QUALIFIED,
    BASICALLY_QUALIFIED,
    UNQUALIFIED
}
