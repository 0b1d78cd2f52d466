package org.dangjian.spark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.dangjian.model.ContactPoint;
import org.dangjian.model.Dataset;
import org.dangjian.model.Membership;
import org.dangjian.model.Organization;
import org.dangjian.model.Person;
import org.dangjian.model.Position;
import org.dangjian.model.ReserveCadre;
import org.dangjian.rules.internal.GroupAudit;
import scala.Tuple2;

/**
 * Who goes where, planned on the driver: the groups of each key {@link Routing} gives a record.
 * A person goes to each group they belong to, an organization's records to its group. A group
 * also needs what its records are derived with, and no more: the organizations its records name
 * (its own, those its members belong to or hold posts in elsewhere, the community a mobile member
 * reports to) with every organization above them, and the host units its members work in or its
 * organizations are set up in. So a group's dataset grows with its subtrees, not with the
 * district: no task is given every organization or every host unit.
 */
final class Destinations {

    private final Dataset whole;
    private final GroupAudit.Grouping grouping;
    private final Map<String, Integer> groupOf;
    /** Per group, the organizations it needs (its own among them). */
    private final List<Set<String>> organizations = new ArrayList<>();
    /** Per group, the host units it needs. */
    private final List<Set<String>> hostUnits = new ArrayList<>();

    private Destinations(Dataset whole, GroupAudit.Grouping grouping) {
        this.whole = whole;
        this.grouping = grouping;
        this.groupOf = grouping.organizations(whole);
        for (int g = 0; g < grouping.groups(); g++) {
            organizations.add(new HashSet<>());
            hostUnits.add(new HashSet<>());
        }
    }

    /**
     * Every key with each group it goes to (groups from 1: the top's records go nowhere). The
     * people who belong to the top are added to {@code topPeople}.
     */
    static List<Tuple2<String, Integer>> of(Dataset whole, GroupAudit.Grouping grouping, Set<String> topPeople) {
        return new Destinations(whole, grouping).plan(topPeople);
    }

    private List<Tuple2<String, Integer>> plan(Set<String> topPeople) {
        List<Tuple2<String, Integer>> out = new ArrayList<>(whole.people().size() + whole.organizations().size() * 2);
        for (Person p : whole.people()) {
            grouping.groupsOfPerson(p.id(), g -> {
                if (g > 0) {
                    out.add(new Tuple2<>(Routing.person(p.id()), g));
                } else {
                    topPeople.add(p.id());
                }
            });
        }
        for (Organization o : whole.organizations()) {
            int g = groupOf.get(o.id());
            if (g > 0) {
                out.add(new Tuple2<>(Routing.organization(o.id()), g));
                needs(g, o.id());
            }
        }
        // The records a group receives through its people name organizations and host units.
        for (Membership m : whole.memberships()) {
            groupsOf(m.organizationId(), m.personId(), g -> {
                needs(g, m.organizationId());
                m.reportedToCommunityId().ifPresent(id -> needs(g, id));
                m.workUnitId().ifPresent(hostUnits.get(g)::add);
            });
        }
        for (Position p : whole.positions()) {
            groupsOf(p.organizationId(), p.personId(), g -> needs(g, p.organizationId()));
        }
        for (ReserveCadre r : whole.reserveCadres()) {
            groupsOf(r.organizationId(), r.personId(), g -> needs(g, r.organizationId()));
        }
        for (ContactPoint c : whole.contactPoints()) {
            groupsOf(c.organizationId(), c.personId(), g -> needs(g, c.organizationId()));
        }
        for (int g = 1; g < grouping.groups(); g++) {
            for (String id : organizations.get(g)) {
                if (groupOf.getOrDefault(id, 0) != g) {
                    out.add(new Tuple2<>(Routing.context(id), g));
                }
                whole.organization(id).flatMap(Organization::hostUnitId).ifPresent(hostUnits.get(g)::add);
            }
            for (String id : hostUnits.get(g)) {
                out.add(new Tuple2<>(Routing.hostUnit(id), g));
            }
        }
        return out;
    }

    /** The groups (from 1) a record of organization {@code orgId} held by person {@code personId} reaches. */
    private void groupsOf(String orgId, String personId, IntConsumer to) {
        int own = groupOf.getOrDefault(orgId, 0);
        if (own > 0) {
            to.accept(own);
        }
        grouping.groupsOfPerson(personId, g -> {
            if (g > 0 && g != own) {
                to.accept(g);
            }
        });
    }

    /** Group {@code g} needs organization {@code id} and every organization above it. */
    private void needs(int g, String id) {
        Set<String> held = organizations.get(g);
        String at = id;
        while (at != null && held.add(at)) {
            at = whole.organization(at).flatMap(Organization::parentId).orElse(null);
        }
    }
}
