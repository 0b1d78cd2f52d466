package org.dangjian.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A satisfaction survey of the masses (群众满意度测评) of an organization; satisfaction from 0 to 1.
 *
 * <p>Required fields are never null; optional fields of the dataset contract are {@code Optional}s,
 * and an optional flag that is absent is {@code false}.
 */
public record Survey(
        String organizationId,
        LocalDate date,
        double satisfaction) {

    public Survey {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(date, "date");
    }
}
