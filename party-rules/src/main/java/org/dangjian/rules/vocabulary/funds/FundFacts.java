package org.dangjian.rules.vocabulary.funds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;
import java.util.function.Consumer;
import org.dangjian.model.Dataset;
import org.dangjian.model.HostUnit;
import org.dangjian.model.Organization;
import org.dangjian.model.RecordKind;
import org.dangjian.rules.vocabulary.funds.FundsPerHousehold;
import org.dangjian.rules.vocabulary.Params;
import org.dangjian.rules.vocabulary.funds.PartyFundsShare;
import org.dangjian.rules.vocabulary.funds.ServiceAreaRatio;
import org.dangjian.rules.internal.FactDeriver;
import org.dangjian.rules.internal.FactSink;

/**
 * FUND: funds and facilities (经费和阵地). Ratios are computed in decimal from the figures as
 * written, so that a boundary (exactly 10 yuan a household, exactly 1%) is not missed by binary
 * rounding. An organization or unit lacking a figure has no fact: it is not judged.
 */
final class FundFacts implements FactDeriver {

    private static final int SCALE = 10;

    private static final Set<RecordKind> READS = Set.of(RecordKind.ORGANIZATIONS, RecordKind.HOST_UNITS);

    @Override
    public Set<RecordKind> reads() {
        return READS;
    }

    @Override
    public void derive(Dataset d, Params params, FactSink out) {
        for (Organization o : d.organizations()) {
            if (o.households().isEmpty() || o.households().getAsInt() <= 0) {
                continue;
            }
            int households = o.households().getAsInt();
            o.fundsYuan().ifPresent(funds -> out.accept(new FundsPerHousehold(o.id(), households, funds,
                    ratio(BigDecimal.valueOf(funds), households))));
            o.serviceAreaSqm().ifPresent(area -> out.accept(new ServiceAreaRatio(o.id(), households, area,
                    ratio(BigDecimal.valueOf(area).multiply(BigDecimal.valueOf(100)), households))));
        }
        for (HostUnit h : d.hostUnits()) {
            if (h.partyFundsYuan().isPresent() && h.annualWagesYuan().isPresent() && h.annualWagesYuan().getAsDouble() > 0) {
                double funds = h.partyFundsYuan().getAsDouble();
                double wages = h.annualWagesYuan().getAsDouble();
                out.accept(new PartyFundsShare(h.id(), funds, wages, BigDecimal.valueOf(funds)
                        .divide(BigDecimal.valueOf(wages), SCALE, RoundingMode.HALF_UP).doubleValue()));
            }
        }
    }

    private static double ratio(BigDecimal amount, int households) {
        return amount.divide(BigDecimal.valueOf(households), SCALE, RoundingMode.HALF_UP).doubleValue();
    }
}
