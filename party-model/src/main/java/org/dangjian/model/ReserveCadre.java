package org.dangjian.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A reserve cadre (后备干部) of an organization.
 *
 * <p>Required fields are never null; optional fields of the dataset contract are {@code Optional}s,
 * and an optional flag that is absent is {@code false}.
 */
public record ReserveCadre(
        String personId,
        String organizationId,
        LocalDate since,
        Optional<LocalDate> until) {

    public ReserveCadre {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(since, "since");
        until = until == null ? Optional.empty() : until;
    }
}
