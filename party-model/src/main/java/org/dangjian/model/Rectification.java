package org.dangjian.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A rectification (整顿) of an organization: of a weak and lax organization (软弱涣散) or of a backward community.
 *
 * <p>Required fields are never null; optional fields of the dataset contract are {@code Optional}s,
 * and an optional flag that is absent is {@code false}.
 */
public record Rectification(
        String organizationId,
        RectificationKind kind,
        LocalDate start,
        Optional<LocalDate> end,
        boolean accepted) {

    public Rectification {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        end = end == null ? Optional.empty() : end;
    }
}
