package org.dangjian.model;

import java.util.Objects;

/**
 * The democratic evaluation (民主评议) of a member in one year.
 *
 * <p>Required fields are never null; optional fields of the dataset contract are {@code Optional}s,
 * and an optional flag that is absent is {@code false}.
 */
public record MemberEvaluation(
        String personId,
        int year,
        EvaluationResult result,
        boolean handled) {

    public MemberEvaluation {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(result, "result");
    }
}
