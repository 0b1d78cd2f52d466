package org.dangjian.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The yearly assessment (年度考核) of a person in post.
 *
 * <p>Required fields are never null; optional fields of the dataset contract are {@code Optional}s,
 * and an optional flag that is absent is {@code false}.
 */
public record Assessment(
        String personId,
        int year,
        AssessmentResult result,
        Optional<Boolean> massesSatisfied,
        boolean rankedLast) {

    public Assessment {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(result, "result");
        massesSatisfied = massesSatisfied == null ? Optional.empty() : massesSatisfied;
    }
}
