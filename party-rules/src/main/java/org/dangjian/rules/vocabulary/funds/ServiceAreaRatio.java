package org.dangjian.rules.vocabulary.funds;

import java.util.Objects;
import org.dangjian.rules.vocabulary.OrganizationFact;

/**
 * An organization's service facility area (综合服务设施使用面积) per 100 households, for
 * organizations that record both {@code serviceAreaSqm} and a positive {@code households}
 * ({@code sqmPer100Households} computed in decimal, exact to ten places).
 */
public record ServiceAreaRatio(String orgId, int households, double areaSqm, double sqmPer100Households) implements OrganizationFact {

    public ServiceAreaRatio {
        Objects.requireNonNull(orgId, "orgId");
    }
}
