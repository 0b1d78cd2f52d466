package org.dangjian.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A unit where members work (企业, 社会组织, 机关, 学校 …), the host of a party organization.
 *
 * <p>Required fields are never null; optional fields of the dataset contract are {@code Optional}s,
 * and an optional flag that is absent is {@code false}.
 */
public record HostUnit(
        String id,
        String name,
        Sector kind,
        Optional<String> ownOrganizationId,
        Optional<String> supervisingOrganizationId,
        OptionalInt employees,
        OptionalDouble annualWagesYuan,
        OptionalDouble partyFundsYuan) {

    public HostUnit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        ownOrganizationId = ownOrganizationId == null ? Optional.empty() : ownOrganizationId;
        supervisingOrganizationId = supervisingOrganizationId == null ? Optional.empty() : supervisingOrganizationId;
        employees = employees == null ? OptionalInt.empty() : employees;
        annualWagesYuan = annualWagesYuan == null ? OptionalDouble.empty() : annualWagesYuan;
        partyFundsYuan = partyFundsYuan == null ? OptionalDouble.empty() : partyFundsYuan;
    }
}
