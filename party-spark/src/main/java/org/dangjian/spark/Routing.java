package org.dangjian.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.dangjian.model.HostUnit;
import org.dangjian.model.Organization;
import org.dangjian.model.RecordKind;
import org.dangjian.rules.internal.GroupAudit;
import scala.Tuple2;

/**
 * Keys each record by what decides its groups, by the routes of the one-machine partitioned
 * audit; the join with who goes where ({@link Destinations}) then sends it there. A record of an
 * organization goes to that organization's group (key {@code o:}); a record of a person, and a
 * membership, post, reserve-cadre place or contact point, to every group of that person
 * ({@code p:}). An organization also goes, as context, to every other group that needs it
 * ({@code c:}: the groups below it, and those whose records name it), and a host unit to the
 * groups whose records name it ({@code h:}). The top's records find no group: the driver audits
 * the top.
 */
final class Routing implements PairFlatMapFunction<Iterator<Line>, String, Line> {

    private static final long serialVersionUID = 1L;

    /** Holds a group's place in the shuffle when it has no record of its own. */
    static final Line MARKER = new Line(-1, -1, "");

    /** The key of a person's records. */
    static String person(String id) {
        return "p:" + id;
    }

    /** The key of an organization's records, its own included: they go to its group. */
    static String organization(String id) {
        return "o:" + id;
    }

    /** The key of an organization sent as context to groups other than its own. */
    static String context(String id) {
        return "c:" + id;
    }

    /** The key of a host unit. */
    static String hostUnit(String id) {
        return "h:" + id;
    }

    /** Whether a key is that of an organization sent as context. */
    static boolean isContext(String key) {
        return key.startsWith("c:");
    }

    @Override
    public Iterator<Tuple2<String, Line>> call(Iterator<Line> lines) {
        RecordLines decoder = new RecordLines();
        List<Tuple2<String, Line>> out = new ArrayList<>();
        while (lines.hasNext()) {
            Line l = lines.next();
            RecordKind kind = RecordKind.values()[l.kind()];
            Object record = decoder.decode(kind, l.json(), kind.jsonName() + " #" + l.place());
            GroupAudit.Key key = GroupAudit.keyOf(record);
            switch (key.kind()) {
                case ORGANIZATION -> out.add(new Tuple2<>(organization(key.id()), l));
                case PERSON -> out.add(new Tuple2<>(person(key.id()), l));
                case TOP -> {
                    // the driver's, but for a host unit: the groups whose records name it
                }
            }
            if (record instanceof Organization o) {
                out.add(new Tuple2<>(context(o.id()), l));
            } else if (record instanceof HostUnit h) {
                out.add(new Tuple2<>(hostUnit(h.id()), l));
            }
            GroupAudit.personBelonging(record).ifPresent(p -> out.add(new Tuple2<>(person(p), l)));
        }
        return out.iterator();
    }
}
