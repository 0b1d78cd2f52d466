package org.dangjian.rules.vocabulary.twonew;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.Set;
import java.util.function.Consumer;
import org.dangjian.model.Dataset;
import org.dangjian.model.OrgType;
import org.dangjian.model.Organization;
import org.dangjian.model.RecordKind;
import org.dangjian.rules.vocabulary.Params;
import org.dangjian.rules.vocabulary.twonew.TwoNewTally;
import org.dangjian.rules.internal.FactDeriver;
import org.dangjian.rules.internal.FactSink;
import org.dangjian.rules.internal.OrgKinds;

/**
 * TWO: two-new organizations (“两新”组织). For every district committee existing on {@code asOf},
 * the two-new grassroots orgs of its subtree that exist on {@code asOf}: demonstration points and
 * star ratings. The rule compares them with the targets (and the star level) of the parameters.
 */
final class TwoNewFacts implements FactDeriver {

    private static final Set<RecordKind> READS = Set.of(RecordKind.ORGANIZATIONS);

    @Override
    public Set<RecordKind> reads() {
        return READS;
    }

    @Override
    public void derive(Dataset d, Params params, FactSink out) {
        for (Organization district : d.organizations()) {
            if (district.type() != OrgType.DISTRICT_COMMITTEE || !OrgKinds.exists(district, d.asOf())) {
                continue;
            }
            List<String> points = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            TreeMap<String, Integer> stars = new TreeMap<>();
            for (Organization o : d.subtree(district.id())) {
                if (twoNew(o) && OrgKinds.exists(o, d.asOf())) {
                    if (o.demonstrationPoint().isEmpty()) {
                        unknown.add(o.id());
                    } else if (o.demonstrationPoint().get()) {
                        points.add(o.id());
                    }
                    o.starRating().ifPresent(s -> stars.put(o.id(), s));
                }
            }
            points.sort(null);
            unknown.sort(null);
            out.accept(new TwoNewTally(district.id(), points, unknown, stars));
        }
    }

    /** The catalog's two-new org, as {@code OrgProfile.twoNew}: a grassroots org of a two-new sector. */
    static boolean twoNew(Organization o) {
        return OrgKinds.GRASSROOTS.contains(o.type()) && OrgKinds.TWO_NEW.contains(o.sector());
    }
}
