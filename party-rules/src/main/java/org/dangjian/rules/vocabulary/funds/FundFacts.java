package org.dangjian.rules.vocabulary.funds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.dangjian.rules.internal.KeyedDeriver;
import org.dangjian.rules.internal.RecordsByKey;
import org.dangjian.rules.internal.FactSink;
import org.dangjian.rules.internal.AsOfMove;

/**
 * FUND: funds and facilities (经费和阵地). Ratios are computed in decimal from the figures as
 * written, so that a boundary (exactly 10 yuan a household, exactly 1%) is not missed by binary
 * rounding. An organization or unit lacking a figure has no fact: it is not judged.
 */
final class FundFacts implements KeyedDeriver {

    private static final int SCALE = 10;

    private static final Set<RecordKind> READS = Set.of(RecordKind.ORGANIZATIONS, RecordKind.HOST_UNITS);

    @Override
    public Set<RecordKind> reads() {
        return READS;
    }

    @Override
    public KeyedDeriver.Live live(Dataset dataset) {
        return new ByKey(dataset);
    }

    /** The key of the facts of the organizations of an id. */
    private record Org(String id) {
    }

    /** The key of the facts of the host units of an id. */
    private record Unit(String id) {
    }

    /** Keys: an organization's figures, a unit's. Kept between changes: both by id. */
    private static final class ByKey implements KeyedDeriver.Live {
        private final Map<String, List<Organization>> orgs = new HashMap<>();
        private final Map<String, List<HostUnit>> units = new HashMap<>();

        ByKey(Dataset d) {
            d.organizations().forEach(this::added);
            d.hostUnits().forEach(this::added);
        }

        @Override
        public void added(Object record) {
            if (record instanceof Organization o) {
                orgs.computeIfAbsent(o.id(), k -> new ArrayList<>(1)).add(o);
            } else if (record instanceof HostUnit h) {
                units.computeIfAbsent(h.id(), k -> new ArrayList<>(1)).add(h);
            }
        }

        @Override
        public void removed(Object record) {
            if (record instanceof Organization o) {
                RecordsByKey.drop(orgs, o.id(), o);
            } else if (record instanceof HostUnit h) {
                RecordsByKey.drop(units, h.id(), h);
            }
        }

        @Override
        public void keys(Dataset d, Consumer<Object> out) {
            orgs.keySet().forEach(id -> out.accept(new Org(id)));
            units.keySet().forEach(id -> out.accept(new Unit(id)));
        }

        @Override
        public void touched(Dataset d, Object record, Consumer<Object> out) {
            if (record instanceof Organization o) {
                out.accept(new Org(o.id()));
            } else if (record instanceof HostUnit h) {
                out.accept(new Unit(h.id()));
            }
        }

        @Override
        public void derive(Dataset d, Params params, Object key, FactSink out) {
            if (key instanceof Org k) {
                orgs.getOrDefault(k.id(), List.of()).forEach(o -> organization(o, out));
            } else if (key instanceof Unit k) {
                units.getOrDefault(k.id(), List.of()).forEach(h -> unit(h, out));
            }
        }

        /** A move of asOf: nothing here reads it (households, funds, areas and wages as recorded). */
        @Override
        public boolean movedKeys(Dataset d, AsOfMove move, Consumer<Object> out) {
            return true;
        }
    }

    private static void organization(Organization o, Consumer<Object> out) {
        if (o.households().isEmpty() || o.households().getAsInt() <= 0) {
            return;
        }
        int households = o.households().getAsInt();
        o.fundsYuan().ifPresent(funds -> out.accept(new FundsPerHousehold(o.id(), households, funds,
                ratio(BigDecimal.valueOf(funds), households))));
        o.serviceAreaSqm().ifPresent(area -> out.accept(new ServiceAreaRatio(o.id(), households, area,
                ratio(BigDecimal.valueOf(area).multiply(BigDecimal.valueOf(100)), households))));
    }

    private static void unit(HostUnit h, Consumer<Object> out) {
        if (h.partyFundsYuan().isPresent() && h.annualWagesYuan().isPresent() && h.annualWagesYuan().getAsDouble() > 0) {
            double funds = h.partyFundsYuan().getAsDouble();
            double wages = h.annualWagesYuan().getAsDouble();
            out.accept(new PartyFundsShare(h.id(), funds, wages, BigDecimal.valueOf(funds)
                    .divide(BigDecimal.valueOf(wages), SCALE, RoundingMode.HALF_UP).doubleValue()));
        }
    }

    private static double ratio(BigDecimal amount, int households) {
        return amount.divide(BigDecimal.valueOf(households), SCALE, RoundingMode.HALF_UP).doubleValue();
    }
}
