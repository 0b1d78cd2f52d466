package org.dangjian.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A rectification (整顿) of an organization: of a weak and lax organization (软弱涣散) or of a backward community.
 *
 * <p>Required fields are never null; optional fields of the dataset contract are {@code Optional}s.
 * {@code accepted} left out means not accepted: acceptance (验收) is an act that is recorded when it
 * is given (docs/data-format.md, "Fields left out").
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
