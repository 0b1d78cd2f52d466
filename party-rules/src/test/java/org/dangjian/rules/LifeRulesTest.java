package org.dangjian.rules;

import static org.dangjian.rules.Fixtures.LONG_AGO;
import static org.dangjian.rules.Fixtures.MID_YEAR;
import static org.dangjian.rules.Fixtures.activity;
import static org.dangjian.rules.Fixtures.branch;
import static org.dangjian.rules.Fixtures.member;
import static org.dangjian.rules.Fixtures.org;
import static org.dangjian.rules.Fixtures.person;
import static org.dangjian.rules.Fixtures.withCommittee;
import static org.dangjian.rules.OrgLifeFixtures.all;
import static org.dangjian.rules.OrgLifeFixtures.attended;
import static org.dangjian.rules.OrgLifeFixtures.exempt;
import static org.dangjian.rules.OrgLifeFixtures.findings;
import static org.dangjian.rules.OrgLifeFixtures.json;
import static org.dangjian.rules.OrgLifeFixtures.members;
import static org.dangjian.rules.OrgLifeFixtures.post;
import static org.dangjian.rules.RuleVerifier.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dangjian.model.ActivityType;
import org.dangjian.model.MembershipStatus;
import org.dangjian.model.OrgType;
import org.dangjian.model.Organization;
import org.dangjian.model.Role;
import org.dangjian.model.Sector;
import org.dangjian.rules.vocabulary.life.FixedDay;
import org.junit.jupiter.api.Test;

/**
 * LIFE: organizational life. The cadence rows (LIFE-001..005, 007, 008) are checked here for their
 * scope and both sides of a period; the rules of life.drl one test or more each.
 */
class LifeRulesTest {

    private final Organization branch = branch("b-1", null);

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static LocalDate firstTuesday(int month) {
        return day(2020, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
    }

    /** One activity of {@code type} on the 5th of each of {@code months} of 2020. */
    private static List<Object> held(String orgId, ActivityType type, int... months) {
        List<Object> out = new ArrayList<>();
        for (int m : months) {
            out.add(activity(orgId + "-" + type + "-" + m, orgId, type, day(2020, m, 5)));
        }
        return out;
    }

    private static int[] monthsExcept(int... left) {
        List<Integer> out = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            final int month = m;
            if (java.util.Arrays.stream(left).noneMatch(x -> x == month)) {
                out.add(m);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    // ---- cadence rows (cadences.csv) ----

    @Test
    void life001MemberAssemblyEveryQuarter() {
        verify("LIFE-001").given(all(branch, held("b-1", ActivityType.MEMBER_ASSEMBLY, 2, 5, 8, 11))).raisesNothing();
        Finding f = verify("LIFE-001").given(all(branch, held("b-1", ActivityType.MEMBER_ASSEMBLY, 2, 5, 11)))
                .raises("b-1", "2020-Q3");
        assertEquals(Severity.MEDIUM, f.severity());
        // Held on the quarter's last day counts for it; on the next day it does not.
        verify("LIFE-001").given(all(branch, held("b-1", ActivityType.MEMBER_ASSEMBLY, 2, 5, 11),
                activity("q3", "b-1", ActivityType.MEMBER_ASSEMBLY, day(2020, 9, 30)))).raisesNothing();
        verify("LIFE-001").given(all(branch, held("b-1", ActivityType.MEMBER_ASSEMBLY, 2, 5, 11),
                activity("q3", "b-1", ActivityType.MEMBER_ASSEMBLY, day(2020, 10, 1)))).raises("b-1", "2020-Q3");
        // Branches only: a general branch is not judged.
        verify("LIFE-001").given(org("gb", OrgType.GENERAL_BRANCH, Sector.SCHOOL, null),
                activity("x", "gb", ActivityType.OTHER, day(2020, 1, 5))).raisesNothing();
    }

    @Test
    void life002CommitteeMeetingEveryMonthWhereThereIsACommittee() {
        Organization committee = withCommittee(branch);
        verify("LIFE-002").given(all(committee, held("b-1", ActivityType.COMMITTEE_MEETING, monthsExcept())))
                .raisesNothing();
        verify("LIFE-002").given(all(committee, held("b-1", ActivityType.COMMITTEE_MEETING, monthsExcept(4, 12))))
                .raisesExactly("b-1@2020-04", "b-1@2020-12");
        // A branch without a committee holds no committee meetings.
        verify("LIFE-002").given(all(branch, held("b-1", ActivityType.OTHER, 1))).raisesNothing();
        // Any grassroots organization with a committee, not a street working committee.
        Organization pc = withCommittee(org("pc", OrgType.PARTY_COMMITTEE, Sector.STATE_ENTERPRISE, null));
        Organization street = withCommittee(org("st", OrgType.STREET_WORKING_COMMITTEE, Sector.OTHER, null));
        verify("LIFE-002").given(all(pc, street, held("pc", ActivityType.COMMITTEE_MEETING, monthsExcept(6))))
                .raisesExactly("pc@2020-06");
    }

    @Test
    void life003PartyGroupMeetingEveryMonth() {
        Organization group = org("g-1", OrgType.PARTY_GROUP, Sector.COMMUNITY, "b-1");
        verify("LIFE-003").given(all(branch, group, held("g-1", ActivityType.GROUP_MEETING, monthsExcept())))
                .raisesNothing();
        Finding f = verify("LIFE-003").given(all(branch, group, held("g-1", ActivityType.GROUP_MEETING, monthsExcept(2))))
                .raises("g-1", "2020-02");
        assertEquals(Severity.LOW, f.severity());
        // The branch itself is not a party group; a group meeting of the branch does not count for the group.
        verify("LIFE-003").given(all(branch, group, held("b-1", ActivityType.GROUP_MEETING, monthsExcept()),
                held("g-1", ActivityType.GROUP_MEETING, monthsExcept(3)))).raisesExactly("g-1@2020-03");
    }

    @Test
    void life004PartyLessonEveryQuarter() {
        verify("LIFE-004").given(all(branch, held("b-1", ActivityType.PARTY_LESSON, 3, 6, 9, 12))).raisesNothing();
        verify("LIFE-004").given(all(branch, held("b-1", ActivityType.PARTY_LESSON, 3, 9, 12))).raises("b-1", "2020-Q2");
        // A member assembly is not a party lesson.
        verify("LIFE-004").given(all(branch, held("b-1", ActivityType.PARTY_LESSON, 3, 9, 12),
                held("b-1", ActivityType.MEMBER_ASSEMBLY, 5))).raises("b-1", "2020-Q2");
        // Mid-year, only the quarters ended: Q1 and Q2.
        verify("LIFE-004").asOf(MID_YEAR).given(all(branch, held("b-1", ActivityType.OTHER, 1)))
                .raisesExactly("b-1@2020-Q1", "b-1@2020-Q2");
    }

    @Test
    void life005ThemePartyDayEveryMonthForBranches() {
        verify("LIFE-005").given(all(branch, held("b-1", ActivityType.THEME_PARTY_DAY, monthsExcept(1))))
                .raises("b-1", "2020-01");
        verify("LIFE-005").given(all(org("gb", OrgType.GENERAL_BRANCH, Sector.SCHOOL, null),
                held("gb", ActivityType.OTHER, 1))).raisesNothing();
        // A branch established on 2 December is judged from January of next year only.
        verify("LIFE-005").given(all(Fixtures.established(branch, day(2020, 11, 2)),
                held("b-1", ActivityType.THEME_PARTY_DAY, 11))).raises("b-1", "2020-12");
    }

    @Test
    void life007OrganizationalLifeMeetingEveryYear() {
        verify("LIFE-007").given(branch, activity("x", "b-1", ActivityType.ORGANIZATIONAL_LIFE_MEETING,
                day(2020, 1, 1))).raisesNothing();
        Finding f = verify("LIFE-007").given(branch, activity("x", "b-1", ActivityType.ORGANIZATIONAL_LIFE_MEETING,
                day(2019, 12, 31))).raises("b-1", "2020");
        assertEquals(Severity.MEDIUM, f.severity());
        Finding progress = verify("LIFE-007").asOf(MID_YEAR).given(branch,
                activity("x", "b-1", ActivityType.OTHER, day(2020, 1, 1))).raises("b-1", "2020");
        assertTrue(progress.progress());
        assertEquals(Severity.INFO, progress.severity());
        // A branch established during the year did not exist for the whole year.
        verify("LIFE-007").given(Fixtures.established(branch, day(2020, 1, 2)),
                activity("x", "b-1", ActivityType.OTHER, day(2020, 3, 1))).raisesNothing();
    }

    @Test
    void life008DemocraticEvaluationEveryYear() {
        verify("LIFE-008").given(branch, activity("x", "b-1", ActivityType.DEMOCRATIC_EVALUATION,
                day(2020, 12, 31))).raisesNothing();
        verify("LIFE-008").given(branch, activity("x", "b-1", ActivityType.ORGANIZATIONAL_LIFE_MEETING,
                day(2020, 12, 31))).raises("b-1", "2020");
        verify("LIFE-008").given(branch).notEvaluated();
    }

    // ---- life.drl ----

    @Test
    void life006ThemePartyDaysOnTheFirstTuesday() {
        List<Object> onTime = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            onTime.add(activity("t" + m, "b-1", ActivityType.THEME_PARTY_DAY, firstTuesday(m)));
        }
        verify("LIFE-006").given(all(branch, onTime)).raisesNothing();
        // March's was held on the 5th instead of Tuesday the 3rd.
        List<Object> late = new ArrayList<>(onTime);
        late.set(2, activity("t3", "b-1", ActivityType.THEME_PARTY_DAY, day(2020, 3, 5)));
        Finding f = verify("LIFE-006").given(all(branch, late)).raises("b-1", "2020-03");
        assertEquals(Severity.LOW, f.severity());
        assertEquals(Optional.of("2020-03-05"), f.measured());
        assertEquals(Optional.of("2020-03-03"), f.expected());
        assertEquals(List.of("t3"), f.evidence().get("activities"));
        // A second theme party day that month, on the fixed day, is enough.
        late.add(activity("t3b", "b-1", ActivityType.THEME_PARTY_DAY, day(2020, 3, 3)));
        verify("LIFE-006").given(all(branch, late)).raisesNothing();
        // A month with no theme party day is LIFE-005's, not this rule's.
        verify("LIFE-006").given(all(branch, onTime.subList(0, 11))).raisesNothing();
        // Another kind of activity on the fixed day does not make the theme party day on time.
        verify("LIFE-006").given(all(branch, activity("t3", "b-1", ActivityType.THEME_PARTY_DAY, day(2020, 3, 5)),
                activity("o3", "b-1", ActivityType.PARTY_LESSON, day(2020, 3, 3)))).raises("b-1", "2020-03");
    }

    @Test
    void life006OnlyEndedMonthsOfWholeLifetime() {
        Object march5 = activity("t3", "b-1", ActivityType.THEME_PARTY_DAY, day(2020, 3, 5));
        verify("LIFE-006").asOf(day(2020, 3, 30)).given(branch, march5).raisesNothing();
        verify("LIFE-006").asOf(day(2020, 3, 31)).given(branch, march5).raises("b-1", "2020-03");
        // Established on 4 March, after the month's first Tuesday: March is not judged.
        verify("LIFE-006").given(Fixtures.established(branch, day(2020, 3, 4)), march5).raisesNothing();
        // Only branches.
        verify("LIFE-006").given(org("gb", OrgType.GENERAL_BRANCH, Sector.SCHOOL, null),
                activity("t3", "gb", ActivityType.THEME_PARTY_DAY, day(2020, 3, 5))).raisesNothing();
        verify("LIFE-006").given(branch).notEvaluated();
    }

    @Test
    void life006FixedDayIsAParameterPolicyStaffCanChange() {
        Object march11 = activity("t3", "b-1", ActivityType.THEME_PARTY_DAY, day(2020, 3, 11));
        verify("LIFE-006").with("life.fixedDay", "SECOND_WEDNESDAY").given(branch, march11).raisesNothing();
        Finding f = verify("LIFE-006").given(branch, march11).raises("b-1", "2020-03");
        assertEquals(Optional.of("2020-03-03"), f.expected());
        verify("LIFE-006").with("life.fixedDay", "last_tuesday").given(branch,
                activity("t3", "b-1", ActivityType.THEME_PARTY_DAY, day(2020, 3, 31))).raisesNothing();
        assertThrows(InvalidParametersException.class, () -> verify("LIFE-006").with("life.fixedDay", "FIFTH_TUESDAY")
                .given(branch, march11));
    }

    @Test
    void fixedDayReadsOrdinalAndWeekday() {
        assertEquals(day(2020, 3, 3), FixedDay.parse("FIRST_TUESDAY").in(YearMonth.of(2020, 3)));
        assertEquals(day(2020, 9, 1), FixedDay.parse("first_tuesday").in(YearMonth.of(2020, 9)));
        assertEquals(day(2020, 4, 8), FixedDay.parse(" SECOND_WEDNESDAY ").in(YearMonth.of(2020, 4)));
        assertEquals(day(2020, 2, 28), FixedDay.parse("LAST_FRIDAY").in(YearMonth.of(2020, 2)));
        assertEquals(day(2020, 12, 24), FixedDay.parse("FOURTH_THURSDAY").in(YearMonth.of(2020, 12)));
        assertEquals("THIRD_MONDAY", FixedDay.parse("third_monday").word());
        for (String bad : List.of("TUESDAY", "FIRST", "FIRST_TUESDAYS", "ZEROTH_MONDAY", "FIFTH_FRIDAY", "", "_")) {
            assertThrows(IllegalArgumentException.class, () -> FixedDay.parse(bad), bad);
        }
    }

    @Test
    void life009VolunteerServiceSixTimesAYear() {
        verify("LIFE-009").given(all(branch, held("b-1", ActivityType.VOLUNTEER_SERVICE, 1, 3, 5, 7, 9, 12)))
                .raisesNothing();
        Finding f = verify("LIFE-009").given(all(branch, held("b-1", ActivityType.VOLUNTEER_SERVICE, 1, 3, 5, 7, 9),
                activity("old", "b-1", ActivityType.VOLUNTEER_SERVICE, day(2019, 12, 31)))).raises("b-1", "2020");
        assertEquals(Severity.MEDIUM, f.severity());
        assertEquals(Optional.of(5L), f.measured());
        assertEquals(Optional.of(">= 6"), f.expected());
        // Mid-year: progress so far, INFO.
        Finding progress = verify("LIFE-009").asOf(MID_YEAR)
                .given(all(branch, held("b-1", ActivityType.VOLUNTEER_SERVICE, 1, 3, 5))).raises("b-1", "2020");
        assertTrue(progress.progress());
        assertEquals(Severity.INFO, progress.severity());
        // A party committee counts the services of the organizations under it.
        Organization pc = org("pc", OrgType.PARTY_COMMITTEE, Sector.COMMUNITY, null);
        Organization under = branch("b-2", "pc");
        verify("LIFE-009").given(all(pc, under, held("pc", ActivityType.VOLUNTEER_SERVICE, 1, 2, 3),
                held("b-2", ActivityType.VOLUNTEER_SERVICE, 4, 5, 6))).raisesExactly("b-2@2020");
        // Not judged: an org established during the year, a party group, a street working committee.
        verify("LIFE-009").given(Fixtures.established(branch, day(2020, 2, 1)),
                org("g", OrgType.PARTY_GROUP, Sector.COMMUNITY, "b-1"),
                org("st", OrgType.STREET_WORKING_COMMITTEE, Sector.OTHER, null),
                activity("x", "b-1", ActivityType.OTHER, day(2020, 3, 1))).raisesNothing();
        verify("LIFE-009").given(branch).notEvaluated();
    }

    /** Volunteer services of b-1 attended by the given members, one a month from January. */
    private static List<Object> services(String... attendeesEach) {
        List<Object> out = new ArrayList<>();
        int m = 1;
        for (String a : attendeesEach) {
            out.add(attended("v" + m, "b-1", ActivityType.VOLUNTEER_SERVICE, day(2020, m, 10),
                    a.isEmpty() ? new String[0] : a.split(",")));
            m++;
        }
        return out;
    }

    @Test
    void life010NinetyPercentTakePartInVolunteerService() {
        List<Object> ten = members("b-1", "m", 10);
        verify("LIFE-010").given(all(branch, ten, services("m1,m2,m3,m4,m5", "m6,m7,m8,m9"))).raisesNothing();
        Finding f = verify("LIFE-010").given(all(branch, ten, services("m1,m2,m3,m4", "m5,m6,m7,m8"))).raises("b-1", "2020");
        assertEquals(Optional.of(0.8), f.measured());
        assertEquals(Optional.of(">= 90%"), f.expected());
        assertEquals(List.of("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8"), f.evidence().get("numerator"));
        assertEquals(10, f.evidence().get("denominator").size());
        // An exempt member is left out of the denominator: 8 of 9 is below 90% still, 8 of 8 (two exempt) is not.
        List<Object> twoExempt = new ArrayList<>(ten);
        twoExempt.set(twoExempt.indexOf(member("m9", "b-1")), exempt(member("m9", "b-1")));
        twoExempt.set(twoExempt.indexOf(member("m10", "b-1")), exempt(member("m10", "b-1")));
        Finding eight = verify("LIFE-010").given(all(branch, twoExempt, services("m1,m2,m3,m4", "m5,m6,m7")))
                .raises("b-1", "2020");
        assertEquals(Optional.of(0.875), eight.measured());
        assertEquals(8, eight.evidence().get("denominator").size());
        verify("LIFE-010").given(all(branch, twoExempt, services("m1,m2,m3,m4", "m5,m6,m7,m8"))).raisesNothing();
        // Suspended members are not in the denominator either.
        verify("LIFE-010").given(all(branch, members("b-1", "m", 9), members("b-1", "s", 1, MembershipStatus.SUSPENDED),
                services("m1,m2,m3,m4,m5,m6,m7,m8,m9"))).raisesNothing();
    }

    @Test
    void life010OnlyWhereParticipationIsKnown() {
        List<Object> ten = members("b-1", "m", 10);
        // A volunteer service of the branch without an attendance record: participation unknown.
        verify("LIFE-010").given(all(branch, ten, services("m1"),
                activity("v9", "b-1", ActivityType.VOLUNTEER_SERVICE, day(2020, 9, 1)))).raisesNothing();
        // Taking part in another organization's volunteer service counts.
        Organization other = branch("b-9", null);
        verify("LIFE-010").given(all(branch, other, ten, services("m1,m2,m3,m4,m5"),
                attended("x", "b-9", ActivityType.VOLUNTEER_SERVICE, day(2020, 5, 5), "m6", "m7", "m8", "m9")))
                .raisesNothing();
        // Mid-year: INFO progress.
        Finding progress = verify("LIFE-010").asOf(MID_YEAR).given(all(branch, ten, services("m1"))).raises("b-1", "2020");
        assertEquals(Severity.INFO, progress.severity());
        // No attendance anywhere in the dataset: not evaluated.
        verify("LIFE-010").given(all(branch, ten, held("b-1", ActivityType.VOLUNTEER_SERVICE, 1))).notEvaluated();
    }

    @Test
    void life011PartySpiritMonthInJuly() {
        verify("LIFE-011").given(all(branch, held("b-1", ActivityType.THEME_PARTY_DAY, 7))).raisesNothing();
        verify("LIFE-011").given(all(branch, held("b-1", ActivityType.PARTY_LESSON, 7))).raisesNothing();
        Finding f = verify("LIFE-011").given(all(branch, held("b-1", ActivityType.THEME_PARTY_DAY, 6, 8),
                held("b-1", ActivityType.MEMBER_ASSEMBLY, 7))).raises("b-1", "2020-07");
        assertEquals(Severity.LOW, f.severity());
        // Judged once July has ended: 31 July, not 30 July.
        verify("LIFE-011").asOf(day(2020, 7, 30)).given(all(branch, held("b-1", ActivityType.OTHER, 1))).raisesNothing();
        verify("LIFE-011").asOf(day(2020, 7, 31)).given(all(branch, held("b-1", ActivityType.OTHER, 1)))
                .raises("b-1", "2020-07");
        // July 31 and August 1 as activity dates.
        verify("LIFE-011").given(branch, activity("x", "b-1", ActivityType.PARTY_LESSON, day(2020, 7, 31))).raisesNothing();
        verify("LIFE-011").given(branch, activity("x", "b-1", ActivityType.PARTY_LESSON, day(2020, 8, 1)))
                .raises("b-1", "2020-07");
        // Branches that existed all July only; the month is a parameter.
        verify("LIFE-011").given(all(Fixtures.established(branch, day(2020, 7, 2)),
                held("b-1", ActivityType.OTHER, 8))).raisesNothing();
        verify("LIFE-011").with("life.partySpiritMonth", 6).given(all(branch, held("b-1", ActivityType.PARTY_LESSON, 7)))
                .raises("b-1", "2020-06");
        verify("LIFE-011").given(branch).notEvaluated();
    }

    /** A leading member p in branch b-1 who is deputy secretary of party committee pc since long ago. */
    private List<Object> dualLifeSetup() {
        Organization pc = org("pc", OrgType.PARTY_COMMITTEE, Sector.ORGAN, null);
        Organization own = branch("b-1", "pc");
        return List.of(all(pc, own, person("p"), member("p", "b-1"),
                post("p", "pc", Role.DEPUTY_SECRETARY, LONG_AGO, null)));
    }

    @Test
    void life012LeadingMemberAttendsOwnBranchEveryQuarter() {
        List<Object> base = dualLifeSetup();
        List<Object> everyQuarter = List.of(
                attended("a1", "b-1", ActivityType.THEME_PARTY_DAY, day(2020, 3, 31), "p"),
                attended("a2", "b-1", ActivityType.THEME_PARTY_DAY, day(2020, 4, 1), "p"),
                attended("a3", "b-1", ActivityType.PARTY_LESSON, day(2020, 8, 1), "p", "q"),
                attended("a4", "b-1", ActivityType.MEMBER_ASSEMBLY, day(2020, 12, 31), "p"));
        verify("LIFE-012").given(all(base, everyQuarter)).raisesNothing();
        // In Q3 p was not there.
        List<Object> missedQ3 = new ArrayList<>(everyQuarter);
        missedQ3.set(2, attended("a3", "b-1", ActivityType.PARTY_LESSON, day(2020, 8, 1), "q"));
        Finding f = verify("LIFE-012").given(all(base, missedQ3)).raises("p", "2020-Q3");
        assertEquals(SubjectType.PERSON, f.subjectType());
        assertEquals("b-1", f.organizationId());
        assertEquals(Optional.of(0L), f.measured());
        assertEquals(Optional.of(">= 1"), f.expected());
        assertEquals(List.of("pc"), f.evidence().get("postIn"));
        // Attending the party committee's own meeting is not the branch's organizational life.
        List<Object> atCommittee = new ArrayList<>(missedQ3);
        atCommittee.add(attended("c3", "pc", ActivityType.COMMITTEE_MEETING, day(2020, 8, 2), "p"));
        verify("LIFE-012").given(all(base, atCommittee)).raises("p", "2020-Q3");
        // A meeting of a party group of the branch counts.
        List<Object> atGroup = new ArrayList<>(missedQ3);
        atGroup.add(org("g", OrgType.PARTY_GROUP, Sector.ORGAN, "b-1"));
        atGroup.add(attended("g3", "g", ActivityType.GROUP_MEETING, day(2020, 9, 30), "p"));
        verify("LIFE-012").given(all(base, atGroup)).raisesNothing();
        // An activity in Q3 without an attendance record: p may have been there, not judged.
        List<Object> unrecorded = new ArrayList<>(missedQ3);
        unrecorded.add(activity("u3", "b-1", ActivityType.OTHER, day(2020, 7, 15)));
        verify("LIFE-012").given(all(base, unrecorded)).raisesNothing();
    }

    @Test
    void life012AnyPostInCommitteeLevelOrgsThroughoutTheQuarter() {
        Organization pc = org("pc", OrgType.PARTY_COMMITTEE, Sector.ORGAN, null);
        Organization own = branch("b-1", "pc");
        Object att = attended("a", "b-1", ActivityType.THEME_PARTY_DAY, day(2020, 2, 1), "x");
        // A party worker of the committee holds a post there too (the catalog: "a member holding a post").
        verify("LIFE-012").given(pc, own, person("p"), member("p", "b-1"), att,
                post("p", "pc", Role.PARTY_WORKER, LONG_AGO, null))
                .raisesExactly("p@2020-Q1", "p@2020-Q2", "p@2020-Q3", "p@2020-Q4");
        // Secretary of a branch: not committee level.
        verify("LIFE-012").given(pc, own, branch("b-2", "pc"), person("p"), member("p", "b-1"), att,
                post("p", "b-2", Role.SECRETARY, LONG_AGO, null)).raisesNothing();
        // Post taken on 2 October: Q4 is not judged; the quarters before neither.
        verify("LIFE-012").given(pc, own, person("p"), member("p", "b-1"), att,
                post("p", "pc", Role.SECRETARY, day(2020, 10, 2), null)).raisesNothing();
        // Post taken on 1 October: Q4 judged.
        verify("LIFE-012").given(pc, own, person("p"), member("p", "b-1"), att,
                post("p", "pc", Role.SECRETARY, day(2020, 10, 1), null)).raises("p", "2020-Q4");
        // A street working committee is committee level; its section-level cadre leads.
        Organization street = org("st", OrgType.STREET_WORKING_COMMITTEE, Sector.OTHER, null);
        verify("LIFE-012").asOf(MID_YEAR).given(pc, own, street, person("p"), member("p", "b-1"), att,
                post("p", "st", Role.SECTION_CADRE, LONG_AGO, null)).raisesExactly("p@2020-Q1", "p@2020-Q2");
        verify("LIFE-012").given(pc, own, person("p"), member("p", "b-1"),
                activity("a", "b-1", ActivityType.OTHER, day(2020, 2, 1)),
                post("p", "pc", Role.SECRETARY, LONG_AGO, null)).notEvaluated();
    }

    /** Monthly recorded activities of b-1 on the 15th, from January to December 2020, attended by {@code who} up to {@code untilMonth}. */
    private static List<Object> monthly(String who, int untilMonth) {
        List<Object> out = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            out.add(m <= untilMonth
                    ? attended("a" + m, "b-1", ActivityType.THEME_PARTY_DAY, day(2020, m, 15), who, "other")
                    : attended("a" + m, "b-1", ActivityType.THEME_PARTY_DAY, day(2020, m, 15), "other"));
        }
        return out;
    }

    @Test
    void life013AbsentSixMonthsOrMore() {
        List<Object> base = List.of(branch, person("p"), member("p", "b-1"), person("other"), member("other", "b-1"));
        // Last there 15 June: absent 16 June to 31 December, six whole months.
        Finding f = verify("LIFE-013").given(all(base, monthly("p", 6))).raises("p");
        assertEquals(Severity.HIGH, f.severity());
        assertEquals(Optional.of(6L), f.measured());
        assertEquals(Optional.of("< 6"), f.expected());
        assertEquals(List.of("2020-06-16"), f.evidence().get("absentSince"));
        assertEquals(List.of("2020-06-15"), f.evidence().get("lastAttended"));
        assertEquals(List.of("a10", "a11", "a12", "a7", "a8", "a9"), f.evidence().get("missed"));
        // Last there 15 July: five months, not yet.
        verify("LIFE-013").given(all(base, monthly("p", 7))).raisesNothing();
        // Boundary of the sixth month (the catalog's durations): last there 29 June → absent since
        // 30 June, six months on 30 December; last there 30 June → absent since 1 July, five months
        // on 31 December and six on 1 January.
        verify("LIFE-013").given(all(base, monthly("p", 0),
                attended("j", "b-1", ActivityType.OTHER, day(2020, 6, 29), "p"))).raises("p");
        verify("LIFE-013").given(all(base, monthly("p", 0),
                attended("j", "b-1", ActivityType.OTHER, day(2020, 6, 30), "p"))).raisesNothing();
        assertEquals(Optional.of(6L), verify("LIFE-013").asOf(day(2021, 1, 1)).given(all(base, monthly("p", 0),
                attended("j", "b-1", ActivityType.OTHER, day(2020, 6, 30), "p"))).raises("p").measured());
        // Absence is a state on asOf: mid-year too.
        // (last there 29 December 2019: absent since 30 December, six months on 30 June).
        verify("LIFE-013").asOf(MID_YEAR).given(all(base, monthly("p", 0),
                attended("d", "b-1", ActivityType.OTHER, day(2019, 12, 29), "p"))).raises("p");
    }

    @Test
    void life013CountsFromAdmissionAndOnlyWhereAttendanceIsRecorded() {
        Object other = member("other", "b-1");
        // Admitted 30 June, never attended: six months on 30 December; admitted 1 July: five on 31 December.
        verify("LIFE-013").given(all(branch, person("p"), member("p", "b-1", MembershipStatus.PROBATIONARY,
                day(2020, 6, 30)), other, monthly("p", 0))).raises("p");
        verify("LIFE-013").given(all(branch, person("p"), member("p", "b-1", MembershipStatus.PROBATIONARY,
                day(2020, 7, 1)), other, monthly("p", 0))).raisesNothing();
        // An activity without a record on 15 August: p may have been there; absence proven from 16 August only.
        List<Object> acts = new ArrayList<>(monthly("p", 3));
        acts.set(7, activity("a8", "b-1", ActivityType.THEME_PARTY_DAY, day(2020, 8, 15)));
        verify("LIFE-013").given(all(branch, person("p"), member("p", "b-1"), other, acts)).raisesNothing();
        // The branch held nothing since p was last there: not p's absence.
        verify("LIFE-013").given(all(branch, person("p"), member("p", "b-1"), other,
                attended("a", "b-1", ActivityType.OTHER, day(2020, 1, 10), "p", "other"))).raisesNothing();
        // Exempt and suspended members are not judged.
        verify("LIFE-013").given(all(branch, person("p"), exempt(member("p", "b-1")), other, monthly("p", 0)))
                .raisesNothing();
        verify("LIFE-013").given(all(branch, person("p"), member("p", "b-1", MembershipStatus.SUSPENDED, LONG_AGO),
                other, monthly("p", 0))).raisesNothing();
        // Attending a party group's meeting of the branch counts; another branch's does not.
        verify("LIFE-013").given(all(branch, org("g", OrgType.PARTY_GROUP, Sector.COMMUNITY, "b-1"), person("p"),
                member("p", "b-1"), other, monthly("p", 0),
                attended("g", "g", ActivityType.GROUP_MEETING, day(2020, 11, 1), "p"))).raisesNothing();
        verify("LIFE-013").given(all(branch, branch("b-2", null), person("p"), member("p", "b-1"), other,
                monthly("p", 0), attended("x", "b-2", ActivityType.OTHER, day(2020, 11, 1), "p"))).raises("p");
        // Before the branch's first activity on record nothing is known: absence counts from it.
        Finding f = verify("LIFE-013").given(all(branch, person("p"), member("p", "b-1"), other,
                attended("a", "b-1", ActivityType.OTHER, day(2020, 6, 30), "other"))).raises("p");
        assertEquals(List.of("2020-06-30"), f.evidence().get("absentSince"));
        assertEquals(List.of(), f.evidence().get("lastAttended"));
        verify("LIFE-013").given(all(branch, person("p"), member("p", "b-1"), other,
                attended("a", "b-1", ActivityType.OTHER, day(2020, 7, 2), "other"))).raisesNothing();
        // The months are a parameter.
        verify("LIFE-013").with("life.absenceMonths", 7).given(all(branch, person("p"), member("p", "b-1"), other,
                monthly("p", 6))).raisesNothing();
        // No attendance recorded anywhere: not evaluated.
        verify("LIFE-013").given(all(branch, person("p"), member("p", "b-1"),
                activity("a", "b-1", ActivityType.OTHER, day(2020, 1, 10)))).notEvaluated();
    }

    // ---- review: boundaries a reader of the catalog would try ----

    @Test
    void life001BranchEstablishedMidQuarterIsJudgedFromTheNextQuarter() {
        // Established 2 April: Q2 is not a whole quarter of its life; Q3 and Q4 are.
        verify("LIFE-001").given(all(Fixtures.established(branch, day(2020, 4, 2)),
                held("b-1", ActivityType.OTHER, 5))).raisesExactly("b-1@2020-Q3", "b-1@2020-Q4");
        // Established 1 April: Q2 counts.
        verify("LIFE-001").given(all(Fixtures.established(branch, day(2020, 4, 1)),
                held("b-1", ActivityType.OTHER, 5))).raisesExactly("b-1@2020-Q2", "b-1@2020-Q3", "b-1@2020-Q4");
    }

    @Test
    void life005BranchDissolvedMidYearIsJudgedUntilItsLastWholeMonth() {
        // Dissolved 1 July: it no longer exists that day, so June is its last whole month.
        verify("LIFE-005").given(all(Fixtures.dissolved(branch, day(2020, 7, 1)),
                held("b-1", ActivityType.THEME_PARTY_DAY, 1, 2, 3, 4, 5))).raisesExactly("b-1@2020-06");
        // Dissolved 31 July: July was not lived through to its end either.
        verify("LIFE-005").given(all(Fixtures.dissolved(branch, day(2020, 7, 31)),
                held("b-1", ActivityType.THEME_PARTY_DAY, 1, 2, 3, 4, 5, 6))).raisesNothing();
    }

    @Test
    void life007BranchEstablishedOnFirstOfJanuaryIsJudgedForTheYear() {
        verify("LIFE-007").given(Fixtures.established(branch, day(2020, 1, 1)),
                activity("x", "b-1", ActivityType.OTHER, day(2020, 3, 1))).raises("b-1", "2020");
    }

    @Test
    void life008HeldOnAsOfMidYearCounts() {
        verify("LIFE-008").asOf(MID_YEAR).given(branch,
                activity("x", "b-1", ActivityType.DEMOCRATIC_EVALUATION, MID_YEAR)).raisesNothing();
        // Dated after asOf: not held yet, progress so far.
        Finding f = verify("LIFE-008").asOf(MID_YEAR).given(branch,
                activity("x", "b-1", ActivityType.DEMOCRATIC_EVALUATION, day(2020, 7, 1))).raises("b-1", "2020");
        assertEquals(Severity.INFO, f.severity());
    }

    @Test
    void life009SixthServiceOnTheLastDayOfTheYear() {
        verify("LIFE-009").given(all(branch, held("b-1", ActivityType.VOLUNTEER_SERVICE, 1, 3, 5, 7, 9),
                activity("last", "b-1", ActivityType.VOLUNTEER_SERVICE, day(2020, 12, 31)))).raisesNothing();
        // Only the organization's own subtree counts: a sibling's services do not.
        verify("LIFE-009").given(all(branch, branch("b-2", null), held("b-1", ActivityType.VOLUNTEER_SERVICE, 1, 3, 5),
                held("b-2", ActivityType.VOLUNTEER_SERVICE, 1, 3, 5, 7, 9, 11))).raisesExactly("b-1@2020");
    }

    @Test
    void life010ProbationaryMembersCountInTheDenominator() {
        // 9 full and 1 probationary member; 9 of 10 took part: exactly 90% passes, 8 of 10 does not.
        List<Object> ten = new ArrayList<>(members("b-1", "m", 9));
        ten.addAll(members("b-1", "p", 1, MembershipStatus.PROBATIONARY));
        verify("LIFE-010").given(all(branch, ten, services("m1,m2,m3,m4,m5,m6,m7,m8,p1"))).raisesNothing();
        Finding f = verify("LIFE-010").given(all(branch, ten, services("m1,m2,m3,m4,m5,m6,m7,m8"))).raises("b-1", "2020");
        assertEquals(List.of("p1"), f.evidence().get("denominator").stream().filter(x -> x.startsWith("p")).toList());
    }

    @Test
    void life011ThemePartyDayOfAPartyGroupIsNotTheBranchs() {
        Organization group = org("g", OrgType.PARTY_GROUP, Sector.COMMUNITY, "b-1");
        verify("LIFE-011").given(all(branch, group, held("g", ActivityType.THEME_PARTY_DAY, 7))).raises("b-1", "2020-07");
    }

    @Test
    void life013AbsentSinceAdmissionOnFirstOfJuly() {
        // Never attended, organization active all year: the absence counts from the first activity on record.
        Finding f = verify("LIFE-013").given(all(branch, person("p"), member("p", "b-1"), person("o"), member("o", "b-1"),
                monthly("o", 12))).raises("p");
        assertEquals(Optional.of(11L), f.measured());
        assertEquals(List.of("2020-01-15"), f.evidence().get("absentSince"));
        assertEquals(Optional.empty(), f.period());
        assertEquals("b-1", f.organizationId());
    }

    // ---- a dataset read from JSON behaves as the hand-built records ----

    /** JSON activities of {@code orgId}, one of {@code type} on the 5th of each month but {@code missed}. */
    private static String monthlyJson(String orgId, String type, int missed) {
        StringBuilder sb = new StringBuilder();
        for (int m = 1; m <= 12; m++) {
            if (m != missed) {
                sb.append(sb.length() == 0 ? "" : ",").append(String.format(
                        "{'id':'a%d','organizationId':'%s','type':'%s','date':'2020-%02d-05'}", m, orgId, type, m));
            }
        }
        return sb.toString();
    }

    @Test
    void life002HasCommitteeReadFromJson() {
        String doc = """
                {'asOf':'2020-12-31',
                 'organizations':[{'id':'pc','name':'pc','type':'PARTY_COMMITTEE','sector':'STATE_ENTERPRISE',
                                   'established':'2010-01-01'%s}],
                 'activities':[%s]}
                """;
        String meetings = monthlyJson("pc", "COMMITTEE_MEETING", 5);
        assertEquals(List.of("pc@2020-05"), findings(json(String.format(doc, ",'hasCommittee':true", meetings)), "LIFE-002"));
        // false: no committee, so no committee meetings are required.
        assertEquals(List.of(), findings(json(String.format(doc, ",'hasCommittee':false", meetings)), "LIFE-002"));
        // Left out: whether there is a committee is unknown; neither passed nor raised, listed once.
        verify("LIFE-002").given(json(String.format(doc, "", meetings))).raisesNothing().cannotJudge("pc", "hasCommittee");
        verify("LIFE-002").given(json(String.format(doc, ",'hasCommittee':false", meetings))).judgesAll();
        verify("LIFE-002").given(json(String.format(doc, ",'hasCommittee':true", meetings))).judgesAll();
    }

    @Test
    void life013AttendanceReadFromJson() {
        // "attendees" absent = attendance not recorded; an empty list = recorded, nobody came.
        String doc = """
                {'asOf':'2020-12-31',
                 'organizations':[{'id':'b-1','name':'b','type':'BRANCH','sector':'COMMUNITY','established':'2010-01-01'}],
                 'people':[{'id':'p','name':'p','gender':'MALE','birthDate':'1980-05-01','education':'BACHELOR'}],
                 'memberships':[{'personId':'p','organizationId':'b-1','status':'FULL','admitted':'2010-01-01'%s}],
                 'activities':[{'id':'a1','organizationId':'b-1','type':'OTHER','date':'2020-01-10','attendees':['p']},
                               {'id':'a2','organizationId':'b-1','type':'OTHER','date':'2020-06-10'%s}]}
                """;
        assertEquals(List.of("p@-"), findings(json(String.format(doc, "", ",'attendees':[]")), "LIFE-013"));
        assertEquals(List.of(), findings(json(String.format(doc, "", "")), "LIFE-013"));
        assertEquals(List.of(), findings(json(String.format(doc, ",'exempt':true", ",'attendees':[]")), "LIFE-013"));
        assertEquals(List.of("p@-"), findings(json(String.format(doc, ",'exempt':false", ",'attendees':[]")), "LIFE-013"));
    }
}
