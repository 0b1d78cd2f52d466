package org.dangjian.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A post (职务) held by a person in an organization; the person need not be a member.
 *
 * <p>Required fields are never null; optional fields of the dataset contract are {@code Optional}s,
 * and an optional flag that is absent is {@code false}, except {@code archiveKept}: whether a
 * cadre's archive (档案) is kept is a fact the dataset may not know, and CAD-004 does not judge a
 * post whose archive is not recorded either way (docs/data-format.md, "Fields left out").
 */
public record Position(
        String personId,
        String organizationId,
        Role role,
        LocalDate start,
        Optional<LocalDate> end,
        boolean fullTime,
        Optional<Boolean> archiveKept,
        Optional<LocalDate> filedWithDistrict) {

    public Position {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(start, "start");
        end = end == null ? Optional.empty() : end;
        archiveKept = archiveKept == null ? Optional.empty() : archiveKept;
        filedWithDistrict = filedWithDistrict == null ? Optional.empty() : filedWithDistrict;
    }
}
