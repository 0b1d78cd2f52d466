package org.dangjian.examples;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.dangjian.model.Activity;
import org.dangjian.model.ActivityType;
import org.dangjian.model.DuesPayment;
import org.dangjian.model.Education;
import org.dangjian.model.Gender;
import org.dangjian.model.MemberCategory;
import org.dangjian.model.Membership;
import org.dangjian.model.MembershipStatus;
import org.dangjian.model.OrgType;
import org.dangjian.model.Organization;
import org.dangjian.model.Person;
import org.dangjian.model.Sector;

/**
 * The records of the examples, with the fields an example does not care about filled in: a
 * member system would map its own tables to these records of the dataset contract.
 */
public final class ExampleRecords {

    private static final LocalDate LONG_AGO = LocalDate.of(2010, 1, 1);

    private ExampleRecords() {
    }

    /** A community party branch (党支部) set up long ago, without a committee. */
    public static Organization branch(String id, String name) {
        return new Organization(id, name, OrgType.BRANCH, Sector.COMMUNITY, Optional.empty(), LONG_AGO,
                Optional.empty(), Optional.of(false), Optional.of(false), OptionalInt.empty(), Optional.empty(), Optional.empty(),
                OptionalInt.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalInt.empty(), Optional.of(false),
                Optional.empty());
    }

    /** A person born on {@code birthDate}. */
    public static Person person(String id, String name, LocalDate birthDate) {
        return new Person(id, name, Gender.MALE, birthDate, Education.BACHELOR, Optional.empty());
    }

    /** A full member of {@code orgId} since 2010. */
    public static Membership member(String personId, String orgId) {
        return new Membership(personId, orgId, MembershipStatus.FULL, LONG_AGO, Optional.of(LONG_AGO.plusYears(1)),
                Optional.empty(), Optional.empty(), Optional.empty(), OptionalDouble.empty(), MemberCategory.DIRECT,
                Optional.empty(), false, Optional.empty(), Optional.empty(), OptionalDouble.empty(),
                Optional.empty(), Optional.empty());
    }

    /** An activity of {@code type} that {@code orgId} held on {@code date}. */
    public static Activity activity(String id, String orgId, ActivityType type, LocalDate date) {
        return new Activity(id, orgId, type, date, Optional.empty(), Optional.empty());
    }

    /** Dues of {@code month}, paid on the 5th of the month. */
    public static DuesPayment dues(String personId, YearMonth month, double yuan) {
        return new DuesPayment(personId, month, yuan, Optional.of(month.atDay(5)));
    }
}
