package org.dangjian.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A post (职务) held by a person in an organization; the person need not be a member.
 *
 * <p>Required fields are never null; optional fields of the dataset contract are {@code Optional}s.
 * Whether a post is full-time (专职) and whether a cadre's archive (档案) is kept are facts the
 * dataset may not know: left out is unknown, not {@code false}, and ORG-006 / ORG-007 / CAD-004 list
 * what they could not judge (docs/data-format.md, "Fields left out").
 */
public record Position(
        String personId,
        String organizationId,
        Role role,
        LocalDate start,
        Optional<LocalDate> end,
        Optional<Boolean> fullTime,
        Optional<Boolean> archiveKept,
        Optional<LocalDate> filedWithDistrict) {

    public Position {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(start, "start");
        end = end == null ? Optional.empty() : end;
        fullTime = fullTime == null ? Optional.empty() : fullTime;
        archiveKept = archiveKept == null ? Optional.empty() : archiveKept;
        filedWithDistrict = filedWithDistrict == null ? Optional.empty() : filedWithDistrict;
    }
}
