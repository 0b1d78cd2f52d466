package org.dangjian.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What is recorded of a mobile member (流动党员): since when, whether at a fixed place, and the “三个一” (certificate, file, yearly evaluation).
 *
 * <p>Required fields are never null; the flags are {@code Optional}s: left out is unknown, not
 * {@code false}, and MEM-005 / MEM-006 list the member as not judged for them.
 */
public record MobileInfo(
        LocalDate since,
        Optional<Boolean> fixedPlace,
        Optional<Boolean> certificate,
        Optional<Boolean> fileKept,
        OptionalInt lastEvaluationYear) {

    public MobileInfo {
        Objects.requireNonNull(since, "since");
        fixedPlace = fixedPlace == null ? Optional.empty() : fixedPlace;
        certificate = certificate == null ? Optional.empty() : certificate;
        fileKept = fileKept == null ? Optional.empty() : fileKept;
        lastEvaluationYear = lastEvaluationYear == null ? OptionalInt.empty() : lastEvaluationYear;
    }
}
