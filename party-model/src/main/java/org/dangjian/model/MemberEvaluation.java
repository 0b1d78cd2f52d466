package org.dangjian.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The democratic evaluation (民主评议) of a member in one year.
 *
 * <p>Required fields are never null; {@code handled} (处置) is an {@code Optional}: left out, whether an
 * UNQUALIFIED member was handled is unknown, and MEM-009 lists the member as not judged.
 */
public record MemberEvaluation(
        String personId,
        int year,
        EvaluationResult result,
        Optional<Boolean> handled) {

    public MemberEvaluation {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(result, "result");
        handled = handled == null ? Optional.empty() : handled;
    }
}
