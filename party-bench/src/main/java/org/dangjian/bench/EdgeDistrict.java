package org.dangjian.bench;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.dangjian.model.Activity;
import org.dangjian.model.ActivityType;
import org.dangjian.model.Assessment;
import org.dangjian.model.AssessmentResult;
import org.dangjian.model.ContactPoint;
import org.dangjian.model.Dataset;
import org.dangjian.model.DuesPayment;
import org.dangjian.model.Education;
import org.dangjian.model.Gender;
import org.dangjian.model.HostUnit;
import org.dangjian.model.InspectionCriterion;
import org.dangjian.model.InspectionFlag;
import org.dangjian.model.MemberCategory;
import org.dangjian.model.Membership;
import org.dangjian.model.MembershipStatus;
import org.dangjian.model.OrgType;
import org.dangjian.model.Organization;
import org.dangjian.model.OrganizerLevel;
import org.dangjian.model.Person;
import org.dangjian.model.PersonalMattersReport;
import org.dangjian.model.Petition;
import org.dangjian.model.Position;
import org.dangjian.model.RecordKind;
import org.dangjian.model.Rectification;
import org.dangjian.model.RectificationKind;
import org.dangjian.model.ReserveCadre;
import org.dangjian.model.Role;
import org.dangjian.model.Sector;
import org.dangjian.model.Survey;
import org.dangjian.model.Training;

/**
 * A small district drawn at random to sit on the rules' edges (边界数据), for the equality tests:
 * training totals of exactly 32 and 56 hours and just below, trainings on 1 January, 31 December
 * and the day after {@code asOf}, admissions on 1 January and on 40th birthdays, branches
 * established on the first of a month or in mid-month, dissolved on a month's last day or the
 * day after, dues paid late (after {@code asOf}) or stopped, exempt and suspended members, people
 * holding posts in two communities and at the street (their facts belong to several subtrees).
 * Not realistic in its proportions: the district generator of party-examples is.
 */
public final class EdgeDistrict {

    private final SplittableRandom rng;
    private final LocalDate asOf;
    private final int year;
    private final LocalDate yearStart;
    private final Dataset.Builder b;
    private final List<String> people = new ArrayList<>();
    private final List<String> branches = new ArrayList<>();
    private final List<String> communities = new ArrayList<>();
    private int ids;

    private EdgeDistrict(long seed, LocalDate asOf) {
        this.rng = new SplittableRandom(seed);
        this.asOf = asOf;
        this.year = asOf.getYear();
        this.yearStart = LocalDate.of(year, 1, 1);
        this.b = Dataset.builder(asOf);
    }

    /** About {@code members} members as of {@code asOf}, the same for the same seed. */
    public static Dataset generate(int members, long seed, LocalDate asOf) {
        return new EdgeDistrict(seed, asOf).build(members);
    }

    private Dataset build(int members) {
        for (RecordKind k : RecordKind.values()) {
            b.present(k);
        }
        String district = org("D", OrgType.DISTRICT_COMMITTEE, Sector.ORGAN, null, LocalDate.of(2000, 1, 1), null);
        activitiesOf(district, ActivityType.PARTY_BUILDING_MEETING, ActivityType.PARTY_BUILDING_REPORT, ActivityType.INSPECTION);
        int streets = Math.max(2, members / 4000);
        List<String> streetIds = new ArrayList<>();
        for (int s = 0; s < streets; s++) {
            String street = org("S", OrgType.STREET_WORKING_COMMITTEE, Sector.ORGAN, district, LocalDate.of(2005, 1, 1), null);
            streetIds.add(street);
            activitiesOf(street, ActivityType.PARTY_BUILDING_MEETING, ActivityType.WEAK_ORG_SCREENING, ActivityType.MUTUAL_LEARNING);
        }
        // The district's own organ committee, and communities and enterprises under the streets.
        int remaining = members;
        String organ = org("PC", OrgType.PARTY_COMMITTEE, Sector.ORGAN, district, LocalDate.of(2001, 3, 1), null);
        remaining -= branchesUnder(organ, Sector.ORGAN, 3 + rng.nextInt(3));
        while (remaining > 0) {
            String street = streetIds.get(rng.nextInt(streetIds.size()));
            int kind = rng.nextInt(10);
            if (kind < 6) {
                String community = org("C", OrgType.PARTY_COMMITTEE, Sector.COMMUNITY, street, established(), dissolved());
                communities.add(community);
                activitiesOf(community, ActivityType.PARTY_BUILDING_MEETING, ActivityType.AFFAIRS_DISCLOSURE,
                        ActivityType.IN_SERVICE_FEEDBACK, ActivityType.VOLUNTEER_SERVICE);
                remaining -= branchesUnder(community, Sector.COMMUNITY, 2 + rng.nextInt(5));
            } else if (kind < 8) {
                String general = org("G", OrgType.GENERAL_BRANCH, Sector.SCHOOL, street, established(), dissolved());
                remaining -= branchesUnder(general, Sector.SCHOOL, 1 + rng.nextInt(3));
            } else {
                // A two-new enterprise's branch directly under the street, with its host unit.
                String unit = "H" + (++ids);
                String branch = branch(street, Sector.NON_PUBLIC_ENTERPRISE);
                b.add(new HostUnit(unit, "企业" + unit, Sector.NON_PUBLIC_ENTERPRISE,
                        rng.nextInt(3) == 0 ? Optional.empty() : Optional.of(branch), Optional.of(street),
                        OptionalInt.of(50 + rng.nextInt(500)), OptionalDouble.of(1_000_000 + rng.nextInt(5_000_000)),
                        OptionalDouble.of(rng.nextInt(60_000))));
                remaining -= membersOf(branch, unit);
            }
        }
        crossPosts(streetIds);
        weakSignals();
        return b.build();
    }

    private String org(String prefix, OrgType type, Sector sector, String parent, LocalDate establishedOn, LocalDate dissolvedOn) {
        String id = prefix + (++ids);
        LocalDate established = upToAsOf(establishedOn);
        LocalDate dissolved = dissolvedOn == null || dissolvedOn.isAfter(established) ? dissolvedOn : established.plusDays(1);
        boolean committee = type != OrgType.PARTY_GROUP && rng.nextInt(3) > 0;
        b.add(new Organization(id, prefix + "组织" + id, type, sector, Optional.ofNullable(parent), established,
                Optional.ofNullable(dissolved), Optional.of(false), Optional.of(committee), committee ? OptionalInt.of(3 + rng.nextInt(3)) : OptionalInt.empty(),
                Optional.of(LocalDate.of(year - 1 - rng.nextInt(6), 1 + rng.nextInt(12), 1)), Optional.empty(),
                sector == Sector.COMMUNITY ? OptionalInt.of(500 + rng.nextInt(3000)) : OptionalInt.empty(),
                sector == Sector.COMMUNITY ? OptionalDouble.of(rng.nextInt(200)) : OptionalDouble.empty(),
                sector == Sector.COMMUNITY ? OptionalDouble.of(rng.nextInt(40_000)) : OptionalDouble.empty(),
                rng.nextInt(4) == 0 ? OptionalInt.empty() : OptionalInt.of(1 + rng.nextInt(5)),
                Optional.of(rng.nextInt(20) == 0), Optional.empty()));
        return id;
    }

    private LocalDate upToAsOf(LocalDate date) {
        return date.isAfter(asOf) ? asOf : date;
    }

    /** Mostly long-established; some established this year on the 1st or in mid-month. */
    private LocalDate established() {
        return switch (rng.nextInt(8)) {
            case 0 -> LocalDate.of(year, 1 + rng.nextInt(12), 1);
            case 1 -> LocalDate.of(year, 1 + rng.nextInt(12), 2 + rng.nextInt(27));
            case 2 -> yearStart;
            default -> LocalDate.of(1990 + rng.nextInt(year - 1990), 1 + rng.nextInt(12), 1 + rng.nextInt(28));
        };
    }

    /** Mostly none; some dissolved on a month's last day, its first, or after asOf. */
    private LocalDate dissolved() {
        return switch (rng.nextInt(20)) {
            case 0 -> YearMonth.of(year, 1 + rng.nextInt(12)).atEndOfMonth();
            case 1 -> LocalDate.of(year, 1 + rng.nextInt(12), 1);
            case 2 -> asOf;
            case 3 -> asOf.plusDays(1);
            default -> null;
        };
    }

    private int branchesUnder(String parent, Sector sector, int n) {
        int count = 0;
        for (int i = 0; i < n; i++) {
            String branch = branch(parent, sector);
            count += membersOf(branch, null);
            if (rng.nextInt(4) == 0) {
                String group = org("P", OrgType.PARTY_GROUP, sector, branch, LocalDate.of(2010, 1, 1), null);
                activitiesOf(group, ActivityType.GROUP_MEETING);
            }
        }
        return count;
    }

    private String branch(String parent, Sector sector) {
        String branch = org("B", OrgType.BRANCH, sector, parent, rng.nextInt(3) == 0 ? established() : LocalDate.of(2008, 6, 1),
                rng.nextInt(3) == 0 ? dissolved() : null);
        branches.add(branch);
        activitiesOf(branch, ActivityType.THEME_PARTY_DAY, ActivityType.MEMBER_ASSEMBLY, ActivityType.PARTY_LESSON,
                ActivityType.COMMITTEE_MEETING, ActivityType.ORGANIZATIONAL_LIFE_MEETING);
        return branch;
    }

    /** Activities of each type in most months; some months missed, some dated outside the year or after asOf. */
    private void activitiesOf(String orgId, ActivityType... types) {
        for (ActivityType type : types) {
            int skip = rng.nextInt(4);
            for (int m = 1; m <= 12; m++) {
                if (rng.nextInt(12) < skip) {
                    continue;
                }
                LocalDate date = LocalDate.of(year, m, 1 + rng.nextInt(YearMonth.of(year, m).lengthOfMonth()));
                if (rng.nextInt(40) == 0) {
                    date = date.minusYears(1);
                }
                List<String> attendees = new ArrayList<>();
                for (int i = 0; i < 3 && !people.isEmpty(); i++) {
                    attendees.add(people.get(people.size() - 1 - rng.nextInt(Math.min(people.size(), 30))));
                }
                b.add(new Activity("A" + (++ids), orgId, type, date,
                        rng.nextInt(3) == 0 ? Optional.empty() : Optional.of(attendees.stream().distinct().toList()),
                        Optional.empty()));
            }
        }
    }

    /** A branch's members: few in some (hollow branches), up to sixty in others. */
    private int membersOf(String branch, String unit) {
        int n = switch (rng.nextInt(6)) {
            case 0 -> rng.nextInt(4);
            case 1 -> 40 + rng.nextInt(20);
            default -> 5 + rng.nextInt(25);
        };
        for (int i = 0; i < n; i++) {
            member(branch, unit);
        }
        post(branch, Role.SECRETARY);
        if (rng.nextBoolean()) {
            post(branch, Role.COMMITTEE_MEMBER);
        }
        return n;
    }

    private String person(LocalDate birth) {
        String id = "M" + (++ids);
        b.add(new Person(id, "党员" + id, rng.nextBoolean() ? Gender.MALE : Gender.FEMALE, birth,
                Education.values()[rng.nextInt(Education.values().length)], Optional.empty()));
        people.add(id);
        return id;
    }

    private void member(String orgId, String unit) {
        LocalDate admitted = switch (rng.nextInt(10)) {
            case 0 -> yearStart;
            case 1, 2 -> LocalDate.of(year, 1 + rng.nextInt(12), 1 + rng.nextInt(28));
            case 3 -> yearStart.minusDays(1);
            default -> LocalDate.of(1985 + rng.nextInt(year - 1985), 1 + rng.nextInt(12), 1 + rng.nextInt(28));
        };
        admitted = upToAsOf(admitted);
        int age = 18 + rng.nextInt(50);
        // Some are admitted on their 40th birthday, the day before, or the day after.
        LocalDate birth = rng.nextInt(8) == 0 ? admitted.minusYears(40).plusDays(rng.nextInt(3) - 1)
                : admitted.minusYears(age).minusDays(rng.nextInt(365));
        String id = person(birth);
        MembershipStatus status = rng.nextInt(15) == 0 ? MembershipStatus.SUSPENDED
                : admitted.isAfter(asOf.minusYears(1)) ? MembershipStatus.PROBATIONARY : MembershipStatus.FULL;
        if (rng.nextInt(12) == 0) {
            status = MembershipStatus.PROBATIONARY;
        }
        b.add(new Membership(id, orgId, status, admitted, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), OptionalDouble.empty(), rng.nextInt(5) == 0 ? MemberCategory.RETIRED : MemberCategory.DIRECT,
                Optional.ofNullable(unit), rng.nextInt(10) == 0, Optional.empty(),
                status == MembershipStatus.SUSPENDED ? Optional.of(admitted.plusYears(1)) : Optional.empty(),
                OptionalDouble.of(2000 + rng.nextInt(12000)), Optional.empty(), Optional.empty()));
        trainings(id, 32);
        dues(id, admitted, status);
    }

    /** Trainings summing to about {@code target} hours: exactly, just below, far below or above. */
    private void trainings(String personId, double target) {
        double total = switch (rng.nextInt(6)) {
            case 0 -> target;
            case 1 -> target - 0.5;
            case 2 -> rng.nextInt((int) target);
            default -> target + rng.nextInt(30);
        };
        while (total > 0) {
            double h = Math.min(total, 0.5 * (1 + rng.nextInt(16)));
            total -= h;
            LocalDate date = switch (rng.nextInt(12)) {
                case 0 -> yearStart;
                case 1 -> LocalDate.of(year, 12, 31);
                case 2 -> asOf;
                default -> yearStart.plusDays(rng.nextInt(365));
            };
            b.add(new Training(personId, date, h, rng.nextBoolean(),
                    OrganizerLevel.values()[rng.nextInt(OrganizerLevel.values().length)], Optional.empty()));
        }
        if (rng.nextInt(10) == 0) {
            b.add(new Training(personId, yearStart.minusDays(1), 8, true, OrganizerLevel.DISTRICT, Optional.empty()));
        }
    }

    /** Dues every month from admission, some stopped months ago, some paid after asOf or for the future. */
    private void dues(String personId, LocalDate admitted, MembershipStatus status) {
        if (status == MembershipStatus.SUSPENDED && rng.nextBoolean()) {
            return;
        }
        YearMonth first = YearMonth.from(admitted).isBefore(YearMonth.of(year - 1, 1)) ? YearMonth.of(year - 1, 1)
                : YearMonth.from(admitted);
        YearMonth stop = switch (rng.nextInt(6)) {
            case 0 -> YearMonth.from(asOf).minusMonths(rng.nextInt(14));
            case 1 -> YearMonth.from(asOf).minusMonths(6 + rng.nextInt(2));
            default -> YearMonth.from(asOf).plusMonths(1);
        };
        for (YearMonth m = first; !m.isAfter(stop); m = m.plusMonths(1)) {
            Optional<LocalDate> paidOn = rng.nextInt(30) == 0 ? Optional.of(asOf.plusDays(1 + rng.nextInt(20)))
                    : Optional.of(m.atDay(1).isAfter(asOf) ? asOf : m.atDay(1));
            b.add(new DuesPayment(personId, m, 20 + rng.nextInt(50), rng.nextInt(5) == 0 ? Optional.empty() : paidOn));
        }
    }

    /** A post in {@code orgId}; its holder a new person (not always a member), hours near 56. */
    private void post(String orgId, Role role) {
        String person = rng.nextInt(3) == 0 || people.isEmpty() ? person(LocalDate.of(1970 + rng.nextInt(20), 5, 5))
                : people.get(people.size() - 1 - rng.nextInt(Math.min(people.size(), 20)));
        post(person, orgId, role);
        trainings(person, 56);
    }

    private void post(String person, String orgId, Role role) {
        LocalDate start = switch (rng.nextInt(5)) {
            case 0 -> yearStart;
            case 1 -> yearStart.plusDays(1);
            case 2 -> LocalDate.of(year, 1 + rng.nextInt(12), 1 + rng.nextInt(28));
            default -> LocalDate.of(year - 1 - rng.nextInt(8), 1 + rng.nextInt(12), 1 + rng.nextInt(28));
        };
        Optional<LocalDate> end = switch (rng.nextInt(8)) {
            case 0 -> Optional.of(asOf);
            case 1 -> Optional.of(asOf.minusDays(1));
            case 2 -> Optional.of(asOf.plusMonths(3));
            default -> Optional.empty();
        };
        start = upToAsOf(start);
        if (end.isPresent() && end.get().isBefore(start)) {
            end = Optional.empty();
        }
        b.add(new Position(person, orgId, role, start, end, Optional.of(rng.nextBoolean()), Optional.of(rng.nextInt(4) > 0),
                rng.nextBoolean() ? Optional.of(start.plusDays(rng.nextInt(60))) : Optional.empty()));
    }

    /**
     * People whose facts belong to several subtrees: branch members who sit on a street committee
     * or on another community's committee, reserve cadres and contact points elsewhere, their
     * assessments and personal-matters reports.
     */
    private void crossPosts(List<String> streets) {
        if (people.isEmpty()) {
            return;
        }
        for (int i = 0; i < Math.max(4, people.size() / 200); i++) {
            String person = people.get(rng.nextInt(people.size()));
            String street = streets.get(rng.nextInt(streets.size()));
            post(person, street, rng.nextBoolean() ? Role.COMMITTEE_MEMBER : Role.SECTION_CADRE);
            if (!communities.isEmpty()) {
                String community = communities.get(rng.nextInt(communities.size()));
                post(person, community, rng.nextBoolean() ? Role.SECRETARY : Role.COMMITTEE_MEMBER);
                b.add(new ReserveCadre(people.get(rng.nextInt(people.size())), community,
                        LocalDate.of(year - 1, 3, 1), Optional.empty()));
                b.add(new ContactPoint(person, community, year, rng.nextInt(20)));
            }
            b.add(new Assessment(person, year, AssessmentResult.values()[rng.nextInt(AssessmentResult.values().length)],
                    Optional.of(rng.nextBoolean()), rng.nextInt(5) == 0));
            b.add(new Assessment(person, year - 1, AssessmentResult.INCOMPETENT, Optional.of(false), false));
            if (rng.nextBoolean()) {
                b.add(new PersonalMattersReport(person, year, asOf.minusDays(rng.nextInt(100))));
            }
        }
    }

    /** Petitions, surveys, rectifications and inspection flags on some communities. */
    private void weakSignals() {
        for (String c : communities) {
            switch (rng.nextInt(6)) {
                case 0 -> b.add(new Petition(c, asOf.minusMonths(rng.nextInt(14)), 1 + rng.nextInt(12)));
                case 1 -> b.add(new Survey(c, asOf.minusMonths(rng.nextInt(12)), rng.nextInt(100) / 100.0));
                case 2 -> {
                    LocalDate start = upToAsOf(LocalDate.of(year - 1 + rng.nextInt(2), 1 + rng.nextInt(12), 1));
                    b.add(new Rectification(c, rng.nextBoolean() ? RectificationKind.WEAK : RectificationKind.BACKWARD, start,
                            rng.nextBoolean() ? Optional.of(start.plusMonths(1 + rng.nextInt(12))) : Optional.empty(),
                            rng.nextBoolean()));
                }
                case 3 -> b.add(new InspectionFlag(c, InspectionCriterion.values()[rng.nextInt(InspectionCriterion.values().length)],
                        asOf.minusMonths(rng.nextInt(18)), Optional.empty()));
                default -> { }
            }
        }
    }
}
