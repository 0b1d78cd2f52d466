package org.dangjian.model;

import java.util.Objects;

/**
 * The contact point (联系点) of a section-level cadre in one year, with the days spent on site (蹲点).
 *
 * <p>Required fields are never null; optional fields of the dataset contract are {@code Optional}s,
 * and an optional flag that is absent is {@code false}.
 */
public record ContactPoint(
        String personId,
        String organizationId,
        int year,
        double daysOnSite) {

    public ContactPoint {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(organizationId, "organizationId");
    }
}
