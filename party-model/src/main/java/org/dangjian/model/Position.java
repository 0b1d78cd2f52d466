package org.dangjian.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A post (职务) held by a person in an organization; the person need not be a member.
 *
 * <p>Required fields are never null; optional fields of the dataset contract are {@code Optional}s,
 * and an optional flag that is absent is {@code false}.
 */
public record Position(
        String personId,
        String organizationId,
        Role role,
        LocalDate start,
        Optional<LocalDate> end,
        boolean fullTime,
        boolean archiveKept,
        Optional<LocalDate> filedWithDistrict) {

    public Position {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(start, "start");
        end = end == null ? Optional.empty() : end;
        filedWithDistrict = filedWithDistrict == null ? Optional.empty() : filedWithDistrict;
    }
}
