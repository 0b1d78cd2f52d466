package org.dangjian.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A personal-matters report (个人有关事项报告) filed by a cadre for one year.
 *
 * <p>Required fields are never null; optional fields of the dataset contract are {@code Optional}s,
 * and an optional flag that is absent is {@code false}.
 */
public record PersonalMattersReport(
        String personId,
        int year,
        LocalDate filed) {

    public PersonalMattersReport {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(filed, "filed");
    }
}
