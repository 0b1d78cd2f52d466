package org.dangjian.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.dangjian.model.Activity;
import org.dangjian.model.ActivityType;
import org.dangjian.model.Education;
import org.dangjian.model.Gender;
import org.dangjian.model.MemberCategory;
import org.dangjian.model.Membership;
import org.dangjian.model.MembershipStatus;
import org.dangjian.model.OrgType;
import org.dangjian.model.OrganizerLevel;
import org.dangjian.model.Organization;
import org.dangjian.model.Person;
import org.dangjian.model.Position;
import org.dangjian.model.Role;
import org.dangjian.model.Sector;
import org.dangjian.model.Training;

/**
 * Small, readable records for rule tests. Defaults are the plain case (an organization since
 * 2010, a person born 1980 with a bachelor's degree, a full member since 2010); tests change only
 * what the boundary is about, with the record's own {@code with}-style copies where needed.
 */
public final class Fixtures {

    public static final LocalDate YEAR_END = LocalDate.of(2020, 12, 31);
    public static final LocalDate MID_YEAR = LocalDate.of(2020, 6, 30);
    public static final LocalDate LONG_AGO = LocalDate.of(2010, 1, 1);

    private Fixtures() {
    }

    /**
     * An organization established long ago, its optional fields left out as a JSON record that does
     * not mention them: {@code joint}, {@code hasCommittee} and {@code demonstrationPoint} unknown.
     */
    public static Organization org(String id, OrgType type, Sector sector, String parentId) {
        return new Organization(id, "组织" + id, type, sector, Optional.ofNullable(parentId), LONG_AGO,
                Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty(),
                OptionalInt.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalInt.empty(), Optional.empty(),
                Optional.empty());
    }

    public static Organization branch(String id, String parentId) {
        return org(id, OrgType.BRANCH, Sector.COMMUNITY, parentId);
    }

    public static Organization established(Organization o, LocalDate date) {
        return new Organization(o.id(), o.name(), o.type(), o.sector(), o.parentId(), date, o.dissolved(), o.joint(),
                o.hasCommittee(), o.committeeSeats(), o.lastElection(), o.electionExtendedUntil(), o.households(),
                o.serviceAreaSqm(), o.fundsYuan(), o.starRating(), o.demonstrationPoint(), o.hostUnitId());
    }

    public static Organization dissolved(Organization o, LocalDate date) {
        return new Organization(o.id(), o.name(), o.type(), o.sector(), o.parentId(), o.established(),
                Optional.of(date), o.joint(), o.hasCommittee(), o.committeeSeats(), o.lastElection(),
                o.electionExtendedUntil(), o.households(), o.serviceAreaSqm(), o.fundsYuan(), o.starRating(),
                o.demonstrationPoint(), o.hostUnitId());
    }

    public static Organization withCommittee(Organization o) {
        return new Organization(o.id(), o.name(), o.type(), o.sector(), o.parentId(), o.established(),
                o.dissolved(), o.joint(), Optional.of(true), o.committeeSeats(), o.lastElection(), o.electionExtendedUntil(),
                o.households(), o.serviceAreaSqm(), o.fundsYuan(), o.starRating(), o.demonstrationPoint(),
                o.hostUnitId());
    }

    public static Person person(String id) {
        return person(id, LocalDate.of(1980, 5, 1));
    }

    public static Person person(String id, LocalDate birth) {
        return new Person(id, "党员" + id, Gender.MALE, birth, Education.BACHELOR, Optional.empty());
    }

    public static Membership member(String personId, String orgId) {
        return member(personId, orgId, MembershipStatus.FULL, LONG_AGO);
    }

    public static Membership member(String personId, String orgId, MembershipStatus status, LocalDate admitted) {
        return new Membership(personId, orgId, status, admitted, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), OptionalDouble.empty(), MemberCategory.DIRECT, Optional.empty(),
                false, Optional.empty(), Optional.empty(), OptionalDouble.empty(), Optional.empty(), Optional.empty());
    }

    public static Position post(String personId, String orgId, Role role, LocalDate start) {
        return new Position(personId, orgId, role, start, Optional.empty(), Optional.of(false), Optional.empty(), Optional.empty());
    }

    public static Training training(String personId, LocalDate date, double hours) {
        return new Training(personId, date, hours, false, OrganizerLevel.BRANCH, Optional.empty());
    }

    public static Activity activity(String id, String orgId, ActivityType type, LocalDate date) {
        return new Activity(id, orgId, type, date, Optional.empty(), Optional.empty());
    }

    public static Activity attended(String id, String orgId, ActivityType type, LocalDate date, List<String> attendees) {
        return new Activity(id, orgId, type, date, Optional.of(attendees), Optional.empty());
    }

    public static YearMonth month(int year, int month) {
        return YearMonth.of(year, month);
    }
}
