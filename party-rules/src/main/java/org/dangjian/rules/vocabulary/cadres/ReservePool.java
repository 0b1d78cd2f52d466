package org.dangjian.rules.vocabulary.cadres;

import java.util.List;
import java.util.Objects;
import org.dangjian.rules.vocabulary.OrganizationFact;

/**
 * The reserve cadres (后备干部) of an organization on {@code asOf}: the distinct people with a
 * reserve record in force on that day in the organization's subtree, sorted. Derived for every
 * organization (an empty pool too); CAD-001 judges those of community orgs.
 */
public record ReservePool(String orgId, List<String> reserveCadres) implements OrganizationFact {

    public ReservePool {
        Objects.requireNonNull(orgId, "orgId");
        reserveCadres = List.copyOf(reserveCadres);
    }

    /** How many reserve cadres the pool holds. */
    public int count() {
        return reserveCadres.size();
    }
}
