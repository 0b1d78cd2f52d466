package org.dangjian.examples.generator;

import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.model.HostUnit;

/**
 * Turns a finished unit into records and sends them on: its organizations, host units, people
 * and memberships, posts, the year's trainings, activities and dues, assessments and
 * evaluations, and whatever the unit's builder added. Nothing of the unit is kept afterwards.
 */
final class UnitWriter {

    private final Ctx ctx;
    private final Trainings trainings;
    private final Activities activities;
    private final Dues dues;
    private final Paperwork paperwork;

    UnitWriter(Ctx ctx) {
        this.ctx = ctx;
        this.trainings = new Trainings(ctx);
        this.activities = new Activities(ctx);
        this.dues = new Dues(ctx);
        this.paperwork = new Paperwork(ctx);
    }

    Paperwork paperwork() {
        return paperwork;
    }

    /** Writes the unit under {@code top} with its host units and extra records (reserve cadres, petitions …). */
    void write(Rng rng, OrgNode top, List<HostUnit> hosts, List<?> extra) {
        RecordSink out = ctx.out;
        List<OrgNode> orgs = top.subtree();
        List<Member> members = top.subtreeMembers();
        orgs.forEach(o -> out.add(o.toRecord()));
        hosts.forEach(out::add);
        for (Member m : members) {
            out.add(m.person);
            out.add(m.membership);
        }
        for (OrgNode o : orgs) {
            o.posts.forEach(p -> out.add(p.toRecord()));
        }
        extra.forEach(out::add);
        for (Member m : members) {
            trainings.of(rng, m).forEach(out::add);
        }
        Map<OrgNode, LocalDate> evaluated = new IdentityHashMap<>();
        activities.unit(rng, top, evaluated).forEach(out::add);
        for (Member m : members) {
            dues.of(m).forEach(out::add);
        }
        for (Member m : members) {
            if (m.hasPost) {
                paperwork.assessments(rng, m).forEach(out::add);
            }
        }
        for (OrgNode o : orgs) {
            LocalDate day = evaluated.get(o);
            if (day != null) {
                for (Member m : o.members) {
                    paperwork.evaluation(rng, m, day).ifPresent(out::add);
                }
            }
        }
    }
}
