package org.dangjian.rules.vocabulary;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether an organization belongs to a scope of the cadence table is unknown from {@code from} to
 * {@code until} (both inclusive): the dataset leaves out {@code field}, the flag the scope is
 * read from (today {@code hasCommittee}, for {@code GRASSROOTS_WITH_COMMITTEE}). A field left out
 * is unknown, not "no": the cadence mechanism lists the organization as not judged for the rows
 * of that scope instead of passing it (docs/data-format.md, "Fields left out").
 */
public record ScopeUnknown(String orgId, String scope, String field, LocalDate from, LocalDate until)
        implements OrganizationFact {

    public ScopeUnknown {
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
    }
}
