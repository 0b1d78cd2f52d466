package org.dangjian.rules;

import static org.dangjian.rules.Fixtures.activity;
import static org.dangjian.rules.Fixtures.dissolved;
import static org.dangjian.rules.Fixtures.established;
import static org.dangjian.rules.Fixtures.org;
import static org.dangjian.rules.RuleVerifier.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dangjian.model.ActivityType;
import org.dangjian.model.OrgType;
import org.dangjian.model.Organization;
import org.dangjian.model.Sector;
import org.junit.jupiter.api.Test;

/**
 * SUP: supervision cadences at committee level (督导频次), rows of the cadence table. One test per
 * row, both sides: held in every judged period, and one period missed; only periods that ended by
 * {@code asOf} and that the organization lived through count.
 */
class SupervisionRulesTest {

    private final Organization district = org("d", OrgType.DISTRICT_COMMITTEE, Sector.ORGAN, null);
    private final Organization street = org("s", OrgType.STREET_WORKING_COMMITTEE, Sector.ORGAN, "d");
    private final Organization partyCommittee = org("pc", OrgType.PARTY_COMMITTEE, Sector.STATE_ENTERPRISE, "d");

    /** One activity of {@code type} held by {@code orgId} on the 5th of each month listed. */
    private static List<Object> held(String orgId, ActivityType type, int... months) {
        List<Object> out = new ArrayList<>();
        for (int m : months) {
            out.add(activity(orgId + "-" + type + "-" + m, orgId, type, LocalDate.of(2020, m, 5)));
        }
        return out;
    }

    private static List<Object> everyMonthBut(String orgId, ActivityType type, int missed) {
        List<Object> out = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            if (m != missed) {
                out.addAll(held(orgId, type, m));
            }
        }
        return out;
    }

    private static Object[] records(Object first, List<?>... lists) {
        List<Object> all = new ArrayList<>();
        all.add(first);
        for (List<?> l : lists) {
            all.addAll(l);
        }
        return all.toArray();
    }

    @Test
    void sup001StandingCommitteeMeetingEveryMonth() {
        Finding f = verify("SUP-001").given(records(district,
                everyMonthBut("d", ActivityType.PARTY_BUILDING_MEETING, 7))).raises("d", "2020-07");
        assertEquals(Severity.MEDIUM, f.severity());
        assertEquals(Optional.of(0L), f.measured());
        assertEquals(Optional.of(">= 1"), f.expected());
        verify("SUP-001").given(records(district, everyMonthBut("d", ActivityType.PARTY_BUILDING_MEETING, 0)))
                .raisesNothing();
        // Another type of activity in July does not count for it.
        verify("SUP-001").given(records(district, everyMonthBut("d", ActivityType.PARTY_BUILDING_MEETING, 7),
                held("d", ActivityType.SYMPOSIUM, 7))).raises("d", "2020-07");
    }

    @Test
    void sup001NotJudgedForMonthsBeforeTheDistrictExisted() {
        // Established 15 March: January to March are not judged, April onwards are.
        Organization young = established(district, LocalDate.of(2020, 3, 15));
        verify("SUP-001").given(records(young, held("d", ActivityType.OTHER, 1)))
                .raisesExactly("d@2020-04", "d@2020-05", "d@2020-06", "d@2020-07", "d@2020-08", "d@2020-09",
                        "d@2020-10", "d@2020-11", "d@2020-12");
    }

    @Test
    void sup001NotEvaluatedWithoutActivities() {
        verify("SUP-001").given(district).notEvaluated();
    }

    @Test
    void sup002SymposiumEveryTwoMonths() {
        // B1 in February, B2 in April, B4 in July, B5 in October, B6 in December: B3 (May-June) is missed.
        Finding f = verify("SUP-002").given(records(district, held("d", ActivityType.SYMPOSIUM, 2, 4, 7, 10, 12)))
                .raises("d", "2020-B3");
        assertEquals(Severity.LOW, f.severity());
        assertEquals(List.of("2020-B3"), f.evidence().get("missedPeriod"));
        verify("SUP-002").given(records(district, held("d", ActivityType.SYMPOSIUM, 2, 4, 6, 7, 10, 12)))
                .raisesNothing();
    }

    @Test
    void sup002OnlyTwoMonthPeriodsEndedByAsOfAreJudged() {
        // On 31 May B3 (May-June) has not ended: nothing is missed yet.
        verify("SUP-002").asOf(LocalDate.of(2020, 5, 31))
                .given(records(district, held("d", ActivityType.SYMPOSIUM, 1, 3))).raisesNothing();
        // On 30 June it has ended (a period that ends on asOf is judged).
        verify("SUP-002").asOf(LocalDate.of(2020, 6, 30))
                .given(records(district, held("d", ActivityType.SYMPOSIUM, 1, 3))).raises("d", "2020-B3");
    }

    @Test
    void sup003SecretaryExchangeEveryTwoMonths() {
        Finding f = verify("SUP-003").given(records(district,
                held("d", ActivityType.SECRETARY_EXCHANGE, 1, 3, 5, 7, 9))).raises("d", "2020-B6");
        assertEquals(Severity.LOW, f.severity());
        // An exchange on 31 December is held in B6.
        verify("SUP-003").given(records(district, held("d", ActivityType.SECRETARY_EXCHANGE, 1, 3, 5, 7, 9),
                List.of(activity("x", "d", ActivityType.SECRETARY_EXCHANGE, LocalDate.of(2020, 12, 31)))))
                .raisesNothing();
    }

    @Test
    void sup004ThematicMeetingEveryMonthInStreetsAndPartyCommittees() {
        Finding f = verify("SUP-004").given(records(street, everyMonthBut("s", ActivityType.PARTY_BUILDING_MEETING, 2)))
                .raises("s", "2020-02");
        assertEquals(Severity.MEDIUM, f.severity());
        verify("SUP-004").given(records(partyCommittee, everyMonthBut("pc", ActivityType.PARTY_BUILDING_MEETING, 11)))
                .raises("pc", "2020-11");
        verify("SUP-004").given(records(street, everyMonthBut("s", ActivityType.PARTY_BUILDING_MEETING, 0),
                List.of(partyCommittee), everyMonthBut("pc", ActivityType.PARTY_BUILDING_MEETING, 0))).raisesNothing();
        // A general branch or the district committee is not in its scope.
        Organization general = org("g", OrgType.GENERAL_BRANCH, Sector.COMMUNITY, "s");
        verify("SUP-004").given(general, district, activity("x", "g", ActivityType.OTHER, LocalDate.of(2020, 1, 2)))
                .raisesNothing();
    }

    @Test
    void sup005MutualLearningEveryQuarter() {
        // 31 March is in Q1, 1 April in Q2; Q3 is missed.
        Finding f = verify("SUP-005").given(street,
                activity("a", "s", ActivityType.MUTUAL_LEARNING, LocalDate.of(2020, 3, 31)),
                activity("b", "s", ActivityType.MUTUAL_LEARNING, LocalDate.of(2020, 4, 1)),
                activity("c", "s", ActivityType.MUTUAL_LEARNING, LocalDate.of(2020, 10, 1))).raises("s", "2020-Q3");
        assertEquals(Severity.LOW, f.severity());
        verify("SUP-005").given(records(street, held("s", ActivityType.MUTUAL_LEARNING, 3, 4, 9, 10))).raisesNothing();
    }

    @Test
    void sup006InspectionEveryQuarter() {
        Finding f = verify("SUP-006").given(records(district, held("d", ActivityType.INSPECTION, 2, 5, 11)))
                .raises("d", "2020-Q3");
        assertEquals(Severity.MEDIUM, f.severity());
        verify("SUP-006").given(records(district, held("d", ActivityType.INSPECTION, 2, 5, 8, 11))).raisesNothing();
        // An inspection by a street does not count for the district.
        verify("SUP-006").given(records(district, held("d", ActivityType.INSPECTION, 2, 5, 11),
                List.of(street), held("s", ActivityType.INSPECTION, 8))).raises("d", "2020-Q3");
    }

    @Test
    void sup007SecretaryHearsReportEveryMonth() {
        Finding f = verify("SUP-007").given(records(district, everyMonthBut("d", ActivityType.PARTY_BUILDING_REPORT, 1)))
                .raises("d", "2020-01");
        assertEquals(Severity.MEDIUM, f.severity());
        verify("SUP-007").given(records(district, everyMonthBut("d", ActivityType.PARTY_BUILDING_REPORT, 0)))
                .raisesNothing();
    }

    @Test
    void sup008AssessmentRankingEveryHalfYear() {
        Finding f = verify("SUP-008").given(records(district, held("d", ActivityType.ASSESSMENT_RANKING, 6)))
                .raises("d", "2020-H2");
        assertEquals(Severity.LOW, f.severity());
        verify("SUP-008").given(records(district, held("d", ActivityType.ASSESSMENT_RANKING, 6, 12))).raisesNothing();
        // On 30 June the first half-year has just ended and is judged; the second is not.
        verify("SUP-008").asOf(LocalDate.of(2020, 6, 30))
                .given(records(district, held("d", ActivityType.ASSESSMENT_RANKING, 7))).raises("d", "2020-H1");
        verify("SUP-008").asOf(LocalDate.of(2020, 6, 30))
                .given(records(district, held("d", ActivityType.ASSESSMENT_RANKING, 6))).raisesNothing();
    }

    @Test
    void sup008HalfYearNotJudgedWhenTheDistrictWasEstablishedWithinIt() {
        Organization young = established(district, LocalDate.of(2020, 1, 2));
        verify("SUP-008").given(young, activity("x", "d", ActivityType.OTHER, LocalDate.of(2020, 3, 1)))
                .raisesExactly("d@2020-H2");
        Organization onFirst = established(district, LocalDate.of(2020, 1, 1));
        verify("SUP-008").given(onFirst, activity("x", "d", ActivityType.OTHER, LocalDate.of(2020, 3, 1)))
                .raisesExactly("d@2020-H1", "d@2020-H2");
    }

    @Test
    void sup009DualLifeCheckEveryMonth() {
        Finding f = verify("SUP-009").given(records(street, everyMonthBut("s", ActivityType.DUAL_LIFE_CHECK, 12)))
                .raises("s", "2020-12");
        assertEquals(Severity.LOW, f.severity());
        verify("SUP-009").given(records(street, everyMonthBut("s", ActivityType.DUAL_LIFE_CHECK, 0))).raisesNothing();
    }

    @Test
    void sup009NotJudgedInMonthsTheStreetDidNotLiveThrough() {
        // Dissolved on 1 November: it no longer exists that day, so November and December are not judged.
        Organization closing = dissolved(street, LocalDate.of(2020, 11, 1));
        verify("SUP-009").given(records(closing, held("s", ActivityType.DUAL_LIFE_CHECK, 1, 2, 3, 4, 5, 6, 7, 8, 9)))
                .raisesExactly("s@2020-10");
        // Dissolved on 31 October: October is not lived through either.
        Organization earlier = dissolved(street, LocalDate.of(2020, 10, 31));
        verify("SUP-009").given(records(earlier, held("s", ActivityType.DUAL_LIFE_CHECK, 1, 2, 3, 4, 5, 6, 7, 8, 9)))
                .raisesNothing();
    }

    @Test
    void supervisionRowsRaiseForCommitteesOnly() {
        // A branch that holds nothing is never the subject of a SUP row.
        Organization branch = Fixtures.branch("b", "s");
        RuleVerifier.Outcome o = verify("SUP-001").given(branch, activity("x", "b", ActivityType.OTHER,
                LocalDate.of(2020, 1, 2)));
        assertTrue(o.report().findings().stream().noneMatch(f -> f.ruleId().startsWith("SUP-")));
    }

    @Test
    void sup002TwoMonthsEndingOnTheTwentyNinthOfFebruary() {
        // 2020 is a leap year: B1 ends on 29 February; judged that day, not on the 28th.
        verify("SUP-002").asOf(LocalDate.of(2020, 2, 28)).given(records(district, held("d", ActivityType.OTHER, 1)))
                .raisesNothing();
        verify("SUP-002").asOf(LocalDate.of(2020, 2, 29)).given(records(district, held("d", ActivityType.OTHER, 1)))
                .raises("d", "2020-B1");
        // A symposium on 29 February counts for B1.
        verify("SUP-002").asOf(LocalDate.of(2020, 2, 29)).given(district,
                activity("x", "d", ActivityType.SYMPOSIUM, LocalDate.of(2020, 2, 29))).raisesNothing();
    }

    @Test
    void sup004EveryMonthOfAPartyCommitteeEstablishedOnTheFirst() {
        Organization pc = established(partyCommittee, LocalDate.of(2020, 11, 1));
        verify("SUP-004").given(pc, activity("x", "pc", ActivityType.PARTY_BUILDING_MEETING, LocalDate.of(2020, 11, 30)))
                .raisesExactly("pc@2020-12");
    }

    @Test
    void sup008YearEndRankingIsTheSecondHalf() {
        verify("SUP-008").given(records(district, held("d", ActivityType.ASSESSMENT_RANKING, 6, 12))).raisesNothing();
        verify("SUP-008").given(records(district, held("d", ActivityType.ASSESSMENT_RANKING, 6)))
                .raisesExactly("d@2020-H2");
        // Mid-year: the first half has ended on asOf and is judged; the second is not yet.
        verify("SUP-008").asOf(LocalDate.of(2020, 6, 30)).given(records(district, held("d", ActivityType.OTHER, 1)))
                .raisesExactly("d@2020-H1");
    }
}
