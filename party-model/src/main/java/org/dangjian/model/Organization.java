package org.dangjian.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A party organization (党组织): a committee, general branch (党总支), branch (党支部) or party group (党小组).
 *
 * <p>Required fields are never null; optional fields of the dataset contract are {@code Optional}s.
 * A yes/no flag the dataset may leave out is an {@code Optional<Boolean>}: left out is unknown, not
 * {@code false}, and a rule that needs it lists the organization as not judged
 * (docs/data-format.md, "Fields left out").
 */
public record Organization(
        String id,
        String name,
        OrgType type,
        Sector sector,
        Optional<String> parentId,
        LocalDate established,
        Optional<LocalDate> dissolved,
        Optional<Boolean> joint,
        Optional<Boolean> hasCommittee,
        OptionalInt committeeSeats,
        Optional<LocalDate> lastElection,
        Optional<LocalDate> electionExtendedUntil,
        OptionalInt households,
        OptionalDouble serviceAreaSqm,
        OptionalDouble fundsYuan,
        OptionalInt starRating,
        Optional<Boolean> demonstrationPoint,
        Optional<String> hostUnitId) {

    public Organization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sector, "sector");
        parentId = parentId == null ? Optional.empty() : parentId;
        Objects.requireNonNull(established, "established");
        dissolved = dissolved == null ? Optional.empty() : dissolved;
        joint = joint == null ? Optional.empty() : joint;
        hasCommittee = hasCommittee == null ? Optional.empty() : hasCommittee;
        demonstrationPoint = demonstrationPoint == null ? Optional.empty() : demonstrationPoint;
        committeeSeats = committeeSeats == null ? OptionalInt.empty() : committeeSeats;
        lastElection = lastElection == null ? Optional.empty() : lastElection;
        electionExtendedUntil = electionExtendedUntil == null ? Optional.empty() : electionExtendedUntil;
        households = households == null ? OptionalInt.empty() : households;
        serviceAreaSqm = serviceAreaSqm == null ? OptionalDouble.empty() : serviceAreaSqm;
        fundsYuan = fundsYuan == null ? OptionalDouble.empty() : fundsYuan;
        starRating = starRating == null ? OptionalInt.empty() : starRating;
        hostUnitId = hostUnitId == null ? Optional.empty() : hostUnitId;
    }
}
