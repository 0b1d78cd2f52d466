package org.dangjian.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One training (培训) attended by a person.
 *
 * <p>Required fields are never null; optional fields of the dataset contract are {@code Optional}s,
 * and an optional flag that is absent is {@code false}.
 */
public record Training(
        String personId,
        LocalDate date,
        double hours,
        boolean centralized,
        OrganizerLevel organizerLevel,
        Optional<String> title) {

    public Training {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(organizerLevel, "organizerLevel");
        title = title == null ? Optional.empty() : title;
    }
}
