package org.dangjian.rules;

import static org.dangjian.rules.Fixtures.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.dangjian.model.Activity;
import org.dangjian.model.ActivityType;
import org.dangjian.model.Assessment;
import org.dangjian.model.AssessmentResult;
import org.dangjian.model.InspectionCriterion;
import org.dangjian.model.InspectionFlag;
import org.dangjian.model.OrgType;
import org.dangjian.model.Organization;
import org.dangjian.model.Petition;
import org.dangjian.model.Position;
import org.dangjian.model.Rectification;
import org.dangjian.model.RectificationKind;
import org.dangjian.model.Role;
import org.dangjian.model.Sector;
import org.dangjian.model.Survey;

/** Records for the weak-organization tests (WEAK area), next to the shared {@link Fixtures}. */
final class WeakFixtures {

    private WeakFixtures() {
    }

    /** A community branch with a service area, so that WEAK-009 stays quiet unless a test is about it. */
    static Organization community(String id, String parentId) {
        return serviceArea(org(id, OrgType.BRANCH, Sector.COMMUNITY, parentId), 120);
    }

    /** A branch of a government organ: grassroots, neither community nor village. */
    static Organization organBranch(String id) {
        return org(id, OrgType.BRANCH, Sector.ORGAN, null);
    }

    static Organization serviceArea(Organization o, double sqm) {
        return withArea(o, OptionalDouble.of(sqm));
    }

    /** WEAK-009's criterion: a service area of 0 m². */
    static Organization noServiceArea(Organization o) {
        return withArea(o, OptionalDouble.of(0));
    }

    /** A service area the dataset leaves out: unknown, not 0. */
    static Organization areaNotRecorded(Organization o) {
        return withArea(o, OptionalDouble.empty());
    }

    private static Organization withArea(Organization o, OptionalDouble area) {
        return new Organization(o.id(), o.name(), o.type(), o.sector(), o.parentId(), o.established(), o.dissolved(),
                o.joint(), o.hasCommittee(), o.committeeSeats(), o.lastElection(), o.electionExtendedUntil(),
                o.households(), area, o.fundsYuan(), o.starRating(), o.demonstrationPoint(), o.hostUnitId());
    }

    static Position secretary(String personId, String orgId, LocalDate start, LocalDate end) {
        return new Position(personId, orgId, Role.SECRETARY, start, Optional.ofNullable(end), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    static Assessment assessment(String personId, int year, AssessmentResult result) {
        return new Assessment(personId, year, result, Optional.empty(), false);
    }

    static InspectionFlag flag(String orgId, InspectionCriterion criterion, LocalDate date) {
        return new InspectionFlag(orgId, criterion, date, Optional.empty());
    }

    static Petition petition(String orgId, LocalDate date, int count) {
        return new Petition(orgId, date, count);
    }

    static Survey survey(String orgId, LocalDate date, double satisfaction) {
        return new Survey(orgId, date, satisfaction);
    }

    static Rectification rectification(String orgId, RectificationKind kind, LocalDate start, LocalDate end,
                                       boolean accepted) {
        return new Rectification(orgId, kind, start, Optional.ofNullable(end), accepted);
    }

    /** One activity of {@code type} on the 5th of each of {@code months} of 2020. */
    static List<Activity> monthly(String orgId, ActivityType type, int... months) {
        List<Activity> out = new ArrayList<>();
        for (int m : months) {
            out.add(Fixtures.activity(orgId + "-" + type + "-" + m, orgId, type, LocalDate.of(2020, m, 5)));
        }
        return out;
    }

    /** The records as one varargs array: single records and lists of records mixed. */
    static Object[] all(Object... parts) {
        List<Object> out = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof List<?> list) {
                out.addAll(list);
            } else {
                out.add(p);
            }
        }
        return out.toArray();
    }
}
