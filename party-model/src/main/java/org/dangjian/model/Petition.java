package org.dangjian.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Petitions (信访) concerning an organization on one date.
 *
 * <p>Required fields are never null; optional fields of the dataset contract are {@code Optional}s,
 * and an optional flag that is absent is {@code false}.
 */
public record Petition(
        String organizationId,
        LocalDate date,
        int count) {

    public Petition {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(date, "date");
    }
}
