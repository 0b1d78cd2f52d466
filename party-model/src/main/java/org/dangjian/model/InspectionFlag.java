package org.dangjian.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What an inspector saw that records cannot show (检查发现), as a criterion of a weak organization.
 *
 * <p>Required fields are never null; optional fields of the dataset contract are {@code Optional}s,
 * and an optional flag that is absent is {@code false}.
 */
public record InspectionFlag(
        String organizationId,
        InspectionCriterion criterion,
        LocalDate date,
        Optional<String> note) {

    public InspectionFlag {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(date, "date");
        note = note == null ? Optional.empty() : note;
    }
}
