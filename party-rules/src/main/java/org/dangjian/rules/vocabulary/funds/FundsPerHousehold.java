package org.dangjian.rules.vocabulary.funds;

import java.util.Objects;
import org.dangjian.rules.vocabulary.OrganizationFact;

/**
 * An organization's party work funds of the audit year (党建工作经费) per household it serves, for
 * organizations that record both {@code fundsYuan} and a positive {@code households}
 * ({@code yuanPerHousehold} computed in decimal, exact to ten places).
 */
public record FundsPerHousehold(String orgId, int households, double fundsYuan, double yuanPerHousehold) implements OrganizationFact {

    public FundsPerHousehold {
        Objects.requireNonNull(orgId, "orgId");
    }
}
