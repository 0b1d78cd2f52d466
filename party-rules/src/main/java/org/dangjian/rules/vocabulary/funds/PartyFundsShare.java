package org.dangjian.rules.vocabulary.funds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.dangjian.rules.vocabulary.TopFact;

/**
 * A host unit's party work funds as a share of its total annual wages (职工年度工资总额), for units
 * that record both and positive wages ({@code wageShare} computed in decimal, exact to ten places).
 */
public record PartyFundsShare(String hostUnitId, double partyFundsYuan, double annualWagesYuan, double wageShare) implements TopFact {

    public PartyFundsShare {
        Objects.requireNonNull(hostUnitId, "hostUnitId");
    }

    /** The funds beyond {@code maxShare} of the wages, in yuan (0 when within). */
    public double excessOver(double maxShare) {
        return Math.max(0, BigDecimal.valueOf(partyFundsYuan)
                .subtract(BigDecimal.valueOf(annualWagesYuan).multiply(BigDecimal.valueOf(maxShare)))
                .setScale(2, RoundingMode.HALF_UP).doubleValue());
    }
}
