package org.dangjian.model.testing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.dangjian.model.Activity;
import org.dangjian.model.ActivityType;
import org.dangjian.model.DuesPayment;
import org.dangjian.model.Education;
import org.dangjian.model.Gender;
import org.dangjian.model.Membership;
import org.dangjian.model.MembershipStatus;
import org.dangjian.model.OrgType;
import org.dangjian.model.Organization;
import org.dangjian.model.OrganizerLevel;
import org.dangjian.model.Person;
import org.dangjian.model.Position;
import org.dangjian.model.Role;
import org.dangjian.model.Sector;
import org.dangjian.model.Training;

/**
 * Short factories for hand-built test records: the fields a test is about are parameters, the
 * rest are plain defaults (established 2000-01-01, born 1980-01-01, admitted 2005-07-01 …).
 * Derive variants with the record's constructor or a {@code with…} of your own.
 *
 * <pre>{@code
 * Dataset d = Dataset.builder(AS_OF)
 *         .add(org("o-1", OrgType.BRANCH)).add(person("p-1")).add(member("p-1", "o-1"))
 *         .build();
 * }</pre>
 */
public final class TestRecords {

    /** The as-of date of most test datasets. */
    public static final LocalDate AS_OF = LocalDate.of(2020, 12, 31);

    private TestRecords() {}

    /** A root organization of the community sector, established 2000-01-01. */
    public static Organization org(String id, OrgType type) {
        return org(id, type, Optional.empty());
    }

    /** An organization under {@code parentId}. */
    public static Organization org(String id, OrgType type, String parentId) {
        return org(id, type, Optional.of(parentId));
    }

    private static Organization org(String id, OrgType type, Optional<String> parentId) {
        return new Organization(id, "组织 " + id, type, Sector.COMMUNITY, parentId, LocalDate.of(2000, 1, 1),
                Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty(),
                OptionalInt.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalInt.empty(), Optional.empty(),
                Optional.empty());
    }

    /** A man born 1980-01-01 with a bachelor's degree. */
    public static Person person(String id) {
        return new Person(id, "人员 " + id, Gender.MALE, LocalDate.of(1980, 1, 1), Education.BACHELOR, Optional.empty());
    }

    /** A full member admitted 2005-07-01, category DIRECT. */
    public static Membership member(String personId, String orgId) {
        return new Membership(personId, orgId, MembershipStatus.FULL, LocalDate.of(2005, 7, 1),
                Optional.of(LocalDate.of(2006, 7, 1)), Optional.empty(), Optional.empty(), Optional.empty(),
                OptionalDouble.empty(), null, Optional.empty(), false, Optional.empty(), Optional.empty(),
                OptionalDouble.empty(), Optional.empty(), Optional.empty());
    }

    /** A post held since 2018-01-01, no end. */
    public static Position post(String personId, String orgId, Role role) {
        return new Position(personId, orgId, role, LocalDate.of(2018, 1, 1), Optional.empty(), Optional.of(false), Optional.of(false),
                Optional.empty());
    }

    /** A centralized training organized by the district. */
    public static Training training(String personId, LocalDate date, double hours) {
        return new Training(personId, date, hours, true, OrganizerLevel.DISTRICT, Optional.empty());
    }

    /** An activity with its attendance recorded. */
    public static Activity activity(String id, String orgId, ActivityType type, LocalDate date, List<String> attendees) {
        return new Activity(id, orgId, type, date, Optional.of(attendees), Optional.empty());
    }

    /** A dues payment for {@code month}. */
    public static DuesPayment dues(String personId, YearMonth month, double amountYuan) {
        return new DuesPayment(personId, month, amountYuan, Optional.empty());
    }
}
