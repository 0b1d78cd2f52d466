package org.dangjian.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What is recorded of a mobile member (流动党员): since when, whether at a fixed place, and the “三个一” (certificate, file, yearly evaluation).
 *
 * <p>Required fields are never null; optional fields of the dataset contract are {@code Optional}s,
 * and an optional flag that is absent is {@code false}.
 */
public record MobileInfo(
        LocalDate since,
        boolean fixedPlace,
        boolean certificate,
        boolean fileKept,
        OptionalInt lastEvaluationYear) {

    public MobileInfo {
        Objects.requireNonNull(since, "since");
        lastEvaluationYear = lastEvaluationYear == null ? OptionalInt.empty() : lastEvaluationYear;
    }
}
