package org.dangjian.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.dangjian.model.RecordKind;
import org.dangjian.rules.internal.GroupAudit;
import scala.Tuple2;

/**
 * Sends each record toward its groups, by the routes of the one-machine partitioned audit: a
 * record of an organization to that organization's group; a record of a person, and a
 * membership, post, reserve-cadre place or contact point, to every group of that person (joined
 * with who goes where). The top's records stay on the driver, which audits the top.
 */
final class Routing implements PairFlatMapFunction<Iterator<Line>, String, Line> {

    private static final long serialVersionUID = 1L;

    /** Holds a group's place in the shuffle when it has no record of its own. */
    static final Line MARKER = new Line(-1, -1, "");

    private final Broadcast<GroupContext> context;

    Routing(Broadcast<GroupContext> context) {
        this.context = context;
    }

    /** The key of a person's records. */
    static String person(String id) {
        return "p:" + id;
    }

    /** The key of records bound for group {@code g} itself. */
    static String group(int g) {
        return "g:" + g;
    }

    @Override
    public Iterator<Tuple2<String, Line>> call(Iterator<Line> lines) {
        GroupContext c = context.value();
        RecordLines decoder = new RecordLines();
        List<Tuple2<String, Line>> out = new ArrayList<>();
        while (lines.hasNext()) {
            Line l = lines.next();
            RecordKind kind = RecordKind.values()[l.kind()];
            Object record = decoder.decode(kind, l.json(), kind.jsonName() + " #" + l.place());
            GroupAudit.Key key = GroupAudit.keyOf(record);
            switch (key.kind()) {
                case ORGANIZATION -> {
                    Integer g = c.groupOfOrganization().get(key.id());
                    if (g != null && g > 0) {
                        out.add(new Tuple2<>(group(g), l));
                    }
                }
                case PERSON -> out.add(new Tuple2<>(person(key.id()), l));
                case TOP -> {
                    // the driver's
                }
            }
            GroupAudit.personBelonging(record).ifPresent(p -> out.add(new Tuple2<>(person(p), l)));
        }
        return out.iterator();
    }
}
