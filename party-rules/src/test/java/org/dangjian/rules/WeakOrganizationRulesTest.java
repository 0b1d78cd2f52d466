package org.dangjian.rules;

import static org.dangjian.rules.Fixtures.LONG_AGO;
import static org.dangjian.rules.Fixtures.activity;
import static org.dangjian.rules.Fixtures.established;
import static org.dangjian.rules.Fixtures.member;
import static org.dangjian.rules.Fixtures.org;
import static org.dangjian.rules.Fixtures.person;
import static org.dangjian.rules.RuleVerifier.verify;
import static org.dangjian.rules.WeakFixtures.all;
import static org.dangjian.rules.WeakFixtures.assessment;
import static org.dangjian.rules.WeakFixtures.community;
import static org.dangjian.rules.WeakFixtures.flag;
import static org.dangjian.rules.WeakFixtures.monthly;
import static org.dangjian.rules.WeakFixtures.areaNotRecorded;
import static org.dangjian.rules.WeakFixtures.noServiceArea;
import static org.dangjian.rules.WeakFixtures.organBranch;
import static org.dangjian.rules.WeakFixtures.petition;
import static org.dangjian.rules.WeakFixtures.rectification;
import static org.dangjian.rules.WeakFixtures.secretary;
import static org.dangjian.rules.WeakFixtures.serviceArea;
import static org.dangjian.rules.WeakFixtures.survey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjian.model.ActivityType;
import org.dangjian.model.Dataset;
import org.dangjian.model.AssessmentResult;
import org.dangjian.model.InspectionCriterion;
import org.dangjian.model.MembershipStatus;
import org.dangjian.model.OrgType;
import org.dangjian.model.Organization;
import org.dangjian.model.RecordKind;
import org.dangjian.model.RectificationKind;
import org.dangjian.model.Sector;
import org.dangjian.rules.vocabulary.Params;
import org.dangjian.rules.vocabulary.weak.PetitionTotal;
import org.dangjian.rules.vocabulary.Raised;
import org.dangjian.rules.vocabulary.weak.CriterionFlags;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.dangjian.rules.internal.CompiledPack;
import org.dangjian.rules.internal.Derivations;
import org.dangjian.rules.internal.PackCompiler;

/**
 * WEAK: weak and lax organizations (软弱涣散), one test per catalog row, both sides of every
 * threshold, and the evidence a district reads: which facts met which criterion.
 */
class WeakOrganizationRulesTest {

    private final Organization organ = organBranch("o-1");
    private final Organization comm = community("c-1", null);

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static List<Object> everyMonth(String orgId) {
        return new ArrayList<>(monthly(orgId, ActivityType.OTHER, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
    }

    // ---- WEAK-001 ----

    @Test
    void weak001SecretaryVacantLongerThanThreeMonths() {
        // Vacant from 30 September: three months and two days on 31 December.
        Finding f = verify("WEAK-001").given(organ, person("p1"),
                secretary("p1", "o-1", LONG_AGO, d(2020, 9, 29))).raises("o-1");
        assertEquals(Optional.of(4L), f.measured());
        assertEquals(Optional.of("<= 3"), f.expected());
        assertEquals(List.of("2020-09-30"), f.evidence().get("vacantSince"));
        assertEquals(List.of("p1"), f.evidence().get("lastSecretary"));
        assertEquals(Severity.HIGH, f.severity());
        // Vacant from 1 October: exactly three months, not longer.
        verify("WEAK-001").given(organ, person("p1"), secretary("p1", "o-1", LONG_AGO, d(2020, 9, 30)))
                .raisesNothing();
    }

    @Test
    void weak001NeverHadASecretaryCountsFromEstablishment() {
        Finding f = verify("WEAK-001").present(RecordKind.POSITIONS)
                .given(established(organ, d(2020, 9, 30))).raises("o-1");
        assertEquals(List.of("2020-09-30"), f.evidence().get("vacantSince"));
        assertEquals(List.of(), f.evidence().get("lastSecretary"));
        verify("WEAK-001").present(RecordKind.POSITIONS).given(established(organ, d(2020, 10, 1))).raisesNothing();
    }

    @Test
    void weak001SecretaryInPostOrLeavingOnAsOfIsNoVacancy() {
        verify("WEAK-001").given(organ, secretary("p1", "o-1", LONG_AGO, d(2020, 12, 31))).raisesNothing();
        // A successor appointed after asOf does not fill the post on asOf.
        verify("WEAK-001").given(organ, secretary("p1", "o-1", LONG_AGO, d(2020, 3, 31)),
                secretary("p2", "o-1", d(2021, 1, 4), null)).raises("o-1");
        verify("WEAK-001").given(organ).notEvaluated();
    }

    // ---- WEAK-002 ----

    @Test
    void weak002SecretaryLatestAssessmentIncompetent() {
        Finding f = verify("WEAK-002").given(organ, secretary("p1", "o-1", LONG_AGO, null),
                assessment("p1", 2019, AssessmentResult.COMPETENT),
                assessment("p1", 2020, AssessmentResult.INCOMPETENT)).raises("o-1");
        assertEquals(List.of("p1@2020"), f.evidence().get("assessments"));
        // The latest assessment decides.
        verify("WEAK-002").given(organ, secretary("p1", "o-1", LONG_AGO, null),
                assessment("p1", 2019, AssessmentResult.INCOMPETENT),
                assessment("p1", 2020, AssessmentResult.BASICALLY_COMPETENT)).raisesNothing();
        // An assessment from before the person became secretary here does not count.
        verify("WEAK-002").given(organ, secretary("p1", "o-1", d(2020, 3, 1), null),
                assessment("p1", 2019, AssessmentResult.INCOMPETENT)).raisesNothing();
        // A former secretary's assessment does not count.
        verify("WEAK-002").given(organ, secretary("p1", "o-1", LONG_AGO, d(2020, 6, 30)),
                secretary("p2", "o-1", d(2020, 7, 1), null),
                assessment("p1", 2020, AssessmentResult.INCOMPETENT)).raisesNothing();
    }

    @Test
    void weak002InspectionFlag() {
        Finding f = verify("WEAK-002").given(organ,
                flag("o-1", InspectionCriterion.SECRETARY_INCOMPETENT, d(2020, 1, 1))).raises("o-1");
        assertEquals(List.of("2020-01-01"), f.evidence().get("flags"));
        // No window by default: an older flag counts too; with weak.flagMonths = 12 it does not.
        verify("WEAK-002").given(organ, flag("o-1", InspectionCriterion.SECRETARY_INCOMPETENT, d(2019, 12, 31)))
                .raises("o-1");
        verify("WEAK-002").with("weak.flagMonths", 12)
                .given(organ, flag("o-1", InspectionCriterion.SECRETARY_INCOMPETENT, d(2019, 12, 31))).raisesNothing();
        verify("WEAK-002").given(organ, flag("o-1", InspectionCriterion.SECRETARY_INCOMPETENT, d(2021, 1, 1)))
                .raisesNothing();
    }

    // ---- WEAK-003, 005, 006: inspection flags ----

    @Test
    void weak003DisunityFlag() {
        flagCriterion("WEAK-003", InspectionCriterion.DISUNITY);
    }

    @Test
    void weak005VoteBuyingFlag() {
        flagCriterion("WEAK-005", InspectionCriterion.VOTE_BUYING);
    }

    @Test
    void weak006InterferenceFlag() {
        flagCriterion("WEAK-006", InspectionCriterion.INTERFERENCE);
    }

    /**
     * A flag dated on or before asOf counts, however old (the catalog names no window); a flag dated
     * on asOf counts, one after it is not known yet. weak.flagMonths sets a window: 12 months ending
     * at 31 December begin on 1 January.
     */
    private void flagCriterion(String rule, InspectionCriterion criterion) {
        Finding f = verify(rule).given(organ, flag("o-1", criterion, d(2018, 5, 1)),
                flag("o-1", criterion, d(2020, 12, 31))).raises("o-1");
        assertEquals(List.of("2018-05-01", "2020-12-31"), f.evidence().get("flags"));
        assertEquals(Severity.HIGH, f.severity());
        assertEquals(Optional.empty(), f.period());
        verify(rule).given(organ, flag("o-1", criterion, d(2021, 1, 1))).raisesNothing();
        verify(rule).given(organ, flag("o-1", InspectionCriterion.OTHER, d(2020, 6, 1))).raisesNothing();
        // A window of 12 months: 1 January 2020 counts, 31 December 2019 does not.
        Finding g = verify(rule).with("weak.flagMonths", 12).given(organ, flag("o-1", criterion, d(2019, 12, 31)),
                flag("o-1", criterion, d(2020, 1, 1))).raises("o-1");
        assertEquals(List.of("2020-01-01"), g.evidence().get("flags"));
        verify(rule).with("weak.flagMonths", 12).given(organ, flag("o-1", criterion, d(2019, 12, 31))).raisesNothing();
        verify(rule).given(organ).notEvaluated();
    }

    // ---- WEAK-004 ----

    @Test
    void weak004ThreeIdleMonthsInARow() {
        Finding f = verify("WEAK-004").given(all(organ,
                monthly("o-1", ActivityType.OTHER, 1, 2, 6, 7, 8, 9, 10, 11, 12))).raises("o-1");
        assertEquals(Optional.of(3L), f.measured());
        assertEquals(Optional.of("< 3"), f.expected());
        assertEquals(List.of("2020-03", "2020-04", "2020-05"), f.evidence().get("inactiveMonths"));
        // Two idle months, twice: no run of three.
        verify("WEAK-004").given(all(organ, monthly("o-1", ActivityType.OTHER, 1, 4, 7, 10))).raisesNothing();
        verify("WEAK-004").given(organ).notEvaluated();
    }

    @Test
    void weak004ActivitiesOfAnyKindAnywhereBelowCount() {
        Organization general = org("g-1", OrgType.GENERAL_BRANCH, Sector.ORGAN, null);
        Organization child = org("b-9", OrgType.BRANCH, Sector.ORGAN, "g-1");
        verify("WEAK-004").given(all(general, child, monthly("g-1", ActivityType.COMMITTEE_MEETING, 1, 2, 6, 7, 8, 9, 10, 11, 12),
                monthly("b-9", ActivityType.THEME_PARTY_DAY, 3, 4, 5), monthly("b-9", ActivityType.OTHER, 1, 2, 6, 7, 8, 9, 10, 11, 12)))
                .raisesNothing();
        // The idle child is weak itself.
        verify("WEAK-004").given(all(general, child, monthly("g-1", ActivityType.OTHER, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
                monthly("b-9", ActivityType.OTHER, 1, 2, 6, 7, 8, 9, 10, 11, 12))).raises("b-9");
    }

    @Test
    void weak004OnlyCompletedMonthsOfTheYearTheOrgExisted() {
        // asOf 31 May: March–May idle and May is over.
        verify("WEAK-004").asOf(d(2020, 5, 31)).given(all(organ, monthly("o-1", ActivityType.OTHER, 1, 2)))
                .raises("o-1");
        // asOf 30 May: May is not over yet.
        verify("WEAK-004").asOf(d(2020, 5, 30)).given(all(organ, monthly("o-1", ActivityType.OTHER, 1, 2)))
                .raisesNothing();
        // Established on 1 October: October to December judged; on 2 October: November, December only.
        verify("WEAK-004").present(RecordKind.ACTIVITIES).given(established(organ, d(2020, 10, 1))).raises("o-1");
        verify("WEAK-004").present(RecordKind.ACTIVITIES).given(established(organ, d(2020, 10, 2))).raisesNothing();
        // Activities dated 31 December 2019 do not reach into 2020; one on 31 December counts for December.
        verify("WEAK-004").given(all(organ, activity("x", "o-1", ActivityType.OTHER, d(2019, 12, 31)),
                monthly("o-1", ActivityType.OTHER, 4, 5, 6, 7, 8, 9, 10, 11, 12))).raises("o-1");
        verify("WEAK-004").given(all(organ, monthly("o-1", ActivityType.OTHER, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
                activity("x", "o-1", ActivityType.OTHER, d(2020, 12, 31)))).raisesNothing();
    }

    @Test
    void weak004ARunOfIdleMonthsCrossesFirstJanuary() {
        // Idle since November 2020 (last activity in October): on 27 February 2021 November,
        // December and January are three completed idle months.
        Finding f = verify("WEAK-004").asOf(d(2021, 2, 27)).given(organ,
                activity("x", "o-1", ActivityType.OTHER, d(2020, 10, 20))).raises("o-1");
        assertEquals(Optional.of(3L), f.measured());
        assertEquals(List.of("2020-11", "2020-12", "2021-01"), f.evidence().get("inactiveMonths"));
        // On 28 February, February has ended too: four.
        assertEquals(Optional.of(4L), verify("WEAK-004").asOf(d(2021, 2, 28)).given(organ,
                activity("x", "o-1", ActivityType.OTHER, d(2020, 10, 20))).raises("o-1").measured());
        // Active in November: December and January are two.
        verify("WEAK-004").asOf(d(2021, 2, 27)).given(organ,
                activity("x", "o-1", ActivityType.OTHER, d(2020, 11, 30))).raisesNothing();
        // An idle run of the year before that ended before 1 January was that year's: not raised again.
        verify("WEAK-004").asOf(d(2021, 1, 31)).given(all(organ, List.of(
                activity("x", "o-1", ActivityType.OTHER, d(2020, 7, 1)),
                activity("y", "o-1", ActivityType.OTHER, d(2021, 1, 4))))).raisesNothing();
        // ... and one that goes on into the audit year is raised whole.
        Finding whole = verify("WEAK-004").asOf(d(2021, 1, 31)).given(organ,
                activity("x", "o-1", ActivityType.OTHER, d(2020, 7, 1))).raises("o-1");
        assertEquals(List.of("2020-08", "2020-09", "2020-10", "2020-11", "2020-12", "2021-01"),
                whole.evidence().get("inactiveMonths"));
    }

    @Test
    void weak004MonthsBeforeTheRecordsBeginAreNotJudged() {
        // The dataset's activities begin in February 2021: November to January say nothing.
        verify("WEAK-004").asOf(d(2021, 2, 28)).given(organ,
                activity("x", "o-1", ActivityType.OTHER, d(2021, 2, 15))).raisesNothing();
        // Another organization's activity of October 2020 shows the records reach back that far.
        Organization other = org("o-2", OrgType.BRANCH, Sector.ORGAN, null);
        Finding f = verify("WEAK-004").asOf(d(2021, 2, 28)).given(organ, other,
                activity("x", "o-1", ActivityType.OTHER, d(2021, 2, 15)),
                activity("y", "o-2", ActivityType.OTHER, d(2020, 10, 15)),
                activity("z", "o-2", ActivityType.OTHER, d(2020, 11, 15)),
                activity("w", "o-2", ActivityType.OTHER, d(2020, 12, 15)),
                activity("v", "o-2", ActivityType.OTHER, d(2021, 1, 15)),
                activity("u", "o-2", ActivityType.OTHER, d(2021, 2, 15))).raises("o-1");
        assertEquals(List.of("2020-10", "2020-11", "2020-12", "2021-01"), f.evidence().get("inactiveMonths"));
        // A month before the organization existed is not idle: established 1 December 2020.
        verify("WEAK-004").asOf(d(2021, 2, 28)).given(established(organ, d(2020, 12, 1)), other,
                activity("y", "o-2", ActivityType.OTHER, d(2020, 10, 15)),
                activity("x", "o-1", ActivityType.OTHER, d(2021, 2, 15))).raisesExactly("o-2@-");
    }

    // ---- WEAK-007 (cadence table) ----

    @Test
    void weak007AffairsDisclosureEveryQuarter() {
        Finding f = verify("WEAK-007").given(all(comm, monthly("c-1", ActivityType.AFFAIRS_DISCLOSURE, 2, 5, 11)))
                .raises("c-1", "2020-Q3");
        assertEquals(Severity.HIGH, f.severity());
        assertEquals(List.of("2020-Q3"), f.evidence().get("missedPeriod"));
        verify("WEAK-007").given(all(comm, monthly("c-1", ActivityType.AFFAIRS_DISCLOSURE, 3, 4, 9, 10)))
                .raisesNothing();
        Organization village = org("v-1", OrgType.PARTY_COMMITTEE, Sector.VILLAGE, null);
        verify("WEAK-007").given(all(village, monthly("v-1", ActivityType.AFFAIRS_DISCLOSURE, 1, 4, 7)))
                .raises("v-1", "2020-Q4");
        // Neither community nor village: not in scope.
        verify("WEAK-007").given(all(organ, monthly("o-1", ActivityType.OTHER, 1))).raisesNothing();
        verify("WEAK-007").given(comm).notEvaluated();
    }

    // ---- WEAK-008 ----

    @Test
    void weak008TenPetitionsInTwelveMonths() {
        Finding f = verify("WEAK-008").given(organ, petition("o-1", d(2020, 1, 1), 6),
                petition("o-1", d(2020, 12, 31), 3), petition("o-1", d(2020, 12, 31), 1)).raises("o-1");
        assertEquals(Optional.of(10L), f.measured());
        assertEquals(Optional.of("< 10"), f.expected());
        assertEquals(List.of("2020-01-01:6", "2020-12-31:4"), f.evidence().get("petitions"));
        verify("WEAK-008").given(organ, petition("o-1", d(2020, 1, 1), 6), petition("o-1", d(2020, 12, 31), 3))
                .raisesNothing();
        // 31 December 2019 is outside the 12 months ending at 31 December 2020.
        verify("WEAK-008").given(organ, petition("o-1", d(2019, 12, 31), 6), petition("o-1", d(2020, 12, 31), 4))
                .raisesNothing();
        // Mid-year: the 12 months run back into the year before.
        verify("WEAK-008").asOf(d(2020, 6, 30)).given(organ, petition("o-1", d(2019, 7, 1), 6),
                petition("o-1", d(2020, 6, 30), 4)).raises("o-1");
        verify("WEAK-008").given(organ).notEvaluated();
    }

    // ---- WEAK-009 ----

    @Test
    void weak009CommunityOrVillageWithoutServiceArea() {
        Finding f = verify("WEAK-009").given(noServiceArea(comm)).raises("c-1");
        assertEquals(List.of("0"), f.evidence().get("serviceAreaSqm"));
        verify("WEAK-009").given(serviceArea(comm, 0.5)).raisesNothing().judgesAll();
        verify("WEAK-009").given(serviceArea(org("v-1", OrgType.BRANCH, Sector.VILLAGE, null), 0)).raises("v-1");
        // Left out of the dataset, the area is unknown, not 0: not judged, and listed so in the report.
        verify("WEAK-009").given(areaNotRecorded(comm)).raisesNothing().cannotJudge("c-1", "serviceAreaSqm");
        verify("WEAK-009").given(org("v-1", OrgType.BRANCH, Sector.VILLAGE, null)).cannotJudge("v-1", "serviceAreaSqm");
        verify("WEAK-009").given(organ).raisesNothing();
        // A branch under a community committee is not the community org.
        Organization committee = community("c-9", null);
        verify("WEAK-009").given(committee, noServiceArea(community("c-10", "c-9"))).raisesNothing();
    }

    // ---- WEAK-010 ----

    @Test
    void weak010LatestSatisfactionBelowSixtyPercent() {
        Finding f = verify("WEAK-010").given(organ, survey("o-1", d(2020, 6, 1), 0.59)).raises("o-1");
        // A share is a number in the codes and a percentage in words.
        assertEquals(Optional.of(0.59), f.measured());
        assertEquals("59%", f.measuredText());
        assertEquals(Optional.of(">= 60%"), f.expected());
        assertEquals("要求不低于60%", f.expectedText());
        assertEquals(List.of("2020-06-01"), f.evidence().get("survey"));
        verify("WEAK-010").given(organ, survey("o-1", d(2020, 6, 1), 0.60)).raisesNothing();
        // The latest survey decides, whatever came before.
        verify("WEAK-010").given(organ, survey("o-1", d(2020, 1, 1), 0.40), survey("o-1", d(2020, 6, 1), 0.70))
                .raisesNothing();
        verify("WEAK-010").given(organ, survey("o-1", d(2020, 1, 1), 0.70), survey("o-1", d(2020, 6, 1), 0.40))
                .raises("o-1");
        // Two surveys on the latest date are averaged: (0.5 + 0.7) / 2 = 0.60 passes.
        verify("WEAK-010").given(organ, survey("o-1", d(2020, 6, 1), 0.5), survey("o-1", d(2020, 6, 1), 0.7))
                .raisesNothing();
        // A survey after asOf is not known yet.
        verify("WEAK-010").asOf(d(2020, 5, 31)).given(organ, survey("o-1", d(2020, 6, 1), 0.40)).raisesNothing();
        verify("WEAK-010").given(organ).notEvaluated();
    }

    // ---- WEAK-011 ----

    @Test
    void weak011NoAdmissionInTheAuditYearAndTheOneBefore() {
        Finding f = verify("WEAK-011").given(comm, person("p1"),
                member("p1", "c-1", MembershipStatus.FULL, d(2018, 12, 31))).raises("c-1", "2020");
        assertEquals(Severity.MEDIUM, f.severity());
        assertEquals(Optional.of(2L), f.measured());
        assertEquals(Optional.of("< 2"), f.expected());
        assertEquals(List.of("2019", "2020"), f.evidence().get("yearsWithoutAdmission"));
        assertEquals(List.of("2018-12-31"), f.evidence().get("lastAdmitted"));
        verify("WEAK-011").given(comm, person("p1"), member("p1", "c-1", MembershipStatus.FULL, d(2019, 1, 1)))
                .raisesNothing();
        verify("WEAK-011").given(organ, person("p1"), member("p1", "o-1", MembershipStatus.FULL, LONG_AGO))
                .raisesNothing();
        verify("WEAK-011").given(comm).notEvaluated();
    }

    @Test
    void weak011AdmissionsAnywhereBelowAndWholeYearsOnly() {
        Organization committee = org("c-2", OrgType.PARTY_COMMITTEE, Sector.COMMUNITY, null);
        verify("WEAK-011").given(serviceArea(committee, 100), community("b-2", "c-2"), person("p1"),
                member("p1", "b-2", MembershipStatus.PROBATIONARY, d(2020, 12, 31))).raisesNothing();
        // Existing from 1 January 2019: two whole years without admission; from 2 January: one.
        verify("WEAK-011").present(RecordKind.MEMBERSHIPS).given(established(comm, d(2019, 1, 1)))
                .raises("c-1", "2020");
        verify("WEAK-011").present(RecordKind.MEMBERSHIPS).given(established(comm, d(2019, 1, 2)))
                .raisesNothing();
    }

    @Test
    void weak011IsProgressBeforeYearEnd() {
        Finding f = verify("WEAK-011").asOf(d(2020, 6, 30)).given(comm, person("p1"),
                member("p1", "c-1", MembershipStatus.FULL, d(2018, 5, 1))).raises("c-1", "2020");
        assertTrue(f.progress());
        assertEquals(Severity.INFO, f.severity());
        assertEquals(List.of("2019", "2020"), f.evidence().get("yearsWithoutAdmission"));
    }

    @Test
    void weak011MidYearJudgesTheTwoCompletedYearsBefore() {
        // 30 June 2020, last admission in 2017: 2018 and 2019 had none, nor has 2020 so far: a
        // finding for the pair that ended with 2019 (not progress), the same one 31 December 2019 raised.
        Finding f = verify("WEAK-011").asOf(d(2020, 6, 30)).given(comm, person("p1"),
                member("p1", "c-1", MembershipStatus.FULL, d(2017, 12, 31))).raises("c-1", "2019");
        assertFalse(f.progress());
        assertEquals(Severity.MEDIUM, f.severity());
        assertEquals(List.of("2018", "2019"), f.evidence().get("yearsWithoutAdmission"));
        assertEquals(Optional.of(2L), f.measured());
        assertEquals(f.key(), verify("WEAK-011").asOf(d(2019, 12, 31)).given(comm, person("p1"),
                member("p1", "c-1", MembershipStatus.FULL, d(2017, 12, 31))).raises("c-1", "2019").key());
        // A member admitted since (1 January 2020) breaks the run: nothing, though 2018–2019 had none.
        verify("WEAK-011").asOf(d(2020, 6, 30)).given(comm, person("p1"), person("p2"),
                member("p1", "c-1", MembershipStatus.FULL, d(2017, 12, 31)),
                member("p2", "c-1", MembershipStatus.PROBATIONARY, d(2020, 1, 1))).raisesNothing();
        // Admitted in 2019 and none since: one completed year, no progress either (2020 alone is one year).
        verify("WEAK-011").asOf(d(2020, 6, 30)).given(comm, person("p1"),
                member("p1", "c-1", MembershipStatus.FULL, d(2019, 1, 1))).raisesNothing();
        // The judged pair is a candidate's criterion mid-year; progress is not.
        verify("WEAK-100").asOf(d(2020, 6, 30)).given(comm, person("p1"),
                member("p1", "c-1", MembershipStatus.FULL, d(2017, 12, 31))).raises("c-1");
    }

    // ---- WEAK-100 ----

    @Test
    void weak100ListsEveryCriterionMetWithItsFacts() {
        Finding f = verify("WEAK-100").given(all(noServiceArea(comm),
                flag("c-1", InspectionCriterion.DISUNITY, d(2020, 4, 2)),
                monthly("c-1", ActivityType.AFFAIRS_DISCLOSURE, 1, 2, 6, 7, 8, 9, 10, 11, 12))).raises("c-1");
        assertEquals(Severity.HIGH, f.severity());
        assertEquals(List.of("WEAK-003", "WEAK-004", "WEAK-009"), f.evidence().get("criteria"));
        // The criteria are evidence and named in words in the message, never a rule ID as a measure.
        assertEquals(Optional.empty(), f.measured());
        // One sentence, each criterion once, by its title without the area's prefix.
        assertTrue(f.message().startsWith("组织c-1：符合软弱涣散基层党组织认定标准（班子不团结；"), f.message());
        assertTrue(f.message().endsWith("），尚未列入整顿，应确定为整顿对象。"), f.message());
        assertEquals(1, f.message().split("班子不团结", -1).length - 1, f.message());
        assertEquals(List.of("2020-04-02"), f.evidence().get("WEAK-003"));
        assertEquals(List.of("2020-03", "2020-04", "2020-05"), f.evidence().get("WEAK-004"));
        assertEquals(List.of("0"), f.evidence().get("WEAK-009"));
        // Several keys: each fact names its key.
        Finding vacancy = verify("WEAK-100").given(organ, secretary("p1", "o-1", LONG_AGO, d(2020, 1, 31)))
                .raises("o-1");
        assertEquals(List.of("lastSecretary:p1", "vacantSince:2020-02-01"), vacancy.evidence().get("WEAK-001"));
    }

    @Test
    void weak100CadenceCriterionListsTheMissedQuarters() {
        Finding f = verify("WEAK-100").given(all(comm, everyMonth("c-1"),
                monthly("c-1", ActivityType.AFFAIRS_DISCLOSURE, 1, 2, 4, 5, 6, 7, 8, 9))).raises("c-1");
        assertEquals(List.of("WEAK-007"), f.evidence().get("criteria"));
        assertEquals(List.of("activityType:AFFAIRS_DISCLOSURE", "missedPeriod:2020-Q4"), f.evidence().get("WEAK-007"));
    }

    @Test
    void weak100NotRaisedForAnOrgUnderRectification() {
        Object weak = flag("o-1", InspectionCriterion.DISUNITY, d(2020, 4, 2));
        verify("WEAK-100").given(organ, weak).raises("o-1");
        verify("WEAK-100").given(organ, weak,
                rectification("o-1", RectificationKind.WEAK, d(2020, 6, 1), null, false)).raisesNothing();
        verify("WEAK-100").given(organ, weak,
                rectification("o-1", RectificationKind.BACKWARD, d(2020, 6, 1), null, false)).raisesNothing();
        // Ending on asOf, it is still in force that day.
        verify("WEAK-100").given(organ, weak,
                rectification("o-1", RectificationKind.WEAK, d(2020, 1, 1), d(2020, 12, 31), true)).raisesNothing();
        // Ended without acceptance: the org is a candidate again, on the same facts.
        verify("WEAK-100").given(organ, weak,
                rectification("o-1", RectificationKind.WEAK, d(2020, 1, 1), d(2020, 11, 30), false)).raises("o-1");
        // Starting after asOf: not yet under rectification.
        verify("WEAK-100").given(organ, weak,
                rectification("o-1", RectificationKind.WEAK, d(2021, 1, 4), null, false)).raises("o-1");
    }

    @Test
    void weak100OnlyFactsAfterAnAcceptedRectificationCount() {
        Object accepted = rectification("o-1", RectificationKind.WEAK, d(2020, 1, 1), d(2020, 6, 30), true);
        verify("WEAK-100").given(organ, accepted, flag("o-1", InspectionCriterion.DISUNITY, d(2020, 6, 30)))
                .raisesNothing();
        verify("WEAK-100").given(organ, accepted, flag("o-1", InspectionCriterion.DISUNITY, d(2020, 7, 1)))
                .raises("o-1");
        // A quarter missed before the acceptance no longer counts; one after does.
        Object acceptedC = rectification("c-1", RectificationKind.BACKWARD, d(2020, 1, 1), d(2020, 6, 30), true);
        verify("WEAK-100").given(all(comm, acceptedC, monthly("c-1", ActivityType.AFFAIRS_DISCLOSURE, 4, 7, 10)))
                .raisesNothing();
        assertEquals(List.of("activityType:AFFAIRS_DISCLOSURE", "missedPeriod:2020-Q4"),
                verify("WEAK-100").given(all(comm, acceptedC, monthly("c-1", ActivityType.AFFAIRS_DISCLOSURE, 4, 7, 8, 9)))
                        .raises("c-1").evidence().get("WEAK-007"));
    }

    @Test
    void weak100LeavesOutProgressFindings() {
        // Mid-year, WEAK-011 is only progress: no candidate on it.
        verify("WEAK-100").asOf(d(2020, 6, 30)).given(comm, person("p1"),
                member("p1", "c-1", MembershipStatus.FULL, d(2018, 5, 1))).raisesNothing();
        verify("WEAK-100").given(comm, person("p1"), member("p1", "c-1", MembershipStatus.FULL, d(2018, 5, 1)))
                .raises("c-1");
    }

    @Test
    void weak100FollowsCriteriaAsTheyAppearAndDisappear() throws PackException {
        // A live session, as a long-running audit keeps one: criteria findings come and go, and the
        // one WEAK-100 finding of the org follows them (no stale copy with an old list).
        CompiledPack pack = PackCompiler.compile(RulePack.builtIn());
        // No agenda filter here: the data gives every criterion rule what it needs.
        Dataset data = Dataset.builder(Fixtures.YEAR_END).add(organ).addAll(everyMonth("o-1"))
                .add(secretary("p1", "o-1", LONG_AGO, null))
                .add(flag("o-1", InspectionCriterion.DISUNITY, d(2020, 3, 1)))
                .add(flag("o-1", InspectionCriterion.VOTE_BUYING, d(2020, 4, 1)))
                .add(petition("o-1", d(2020, 5, 1), 12)).build();
        KieSession session = pack.kieBase().newKieSession();
        try {
            session.setGlobal("findings", new Findings(data));
            data.allRecords().forEach(session::insert);
            Map<Object, FactHandle> derived = new HashMap<>();
            Derivations.derive(data, new Params(pack.defaults())).forEach(f -> derived.put(f, session.insert(f)));
            session.fireAllRules();
            assertEquals(List.of(List.of("WEAK-003", "WEAK-005", "WEAK-008")), candidates(session));

            session.delete(handle(derived, CriterionFlags.class, InspectionCriterion.DISUNITY));
            session.fireAllRules();
            assertEquals(List.of(List.of("WEAK-005", "WEAK-008")), candidates(session));

            session.delete(handle(derived, CriterionFlags.class, InspectionCriterion.VOTE_BUYING));
            session.delete(handle(derived, PetitionTotal.class, null));
            session.fireAllRules();
            assertEquals(List.of(), candidates(session));

            session.insert(new CriterionFlags("o-1", InspectionCriterion.INTERFERENCE, List.of(d(2020, 9, 1))));
            session.fireAllRules();
            assertEquals(List.of(List.of("WEAK-006")), candidates(session));
            assertEquals(List.of("2020-09-01"), session.getObjects(o -> o instanceof Raised r
                    && r.ruleId().equals("WEAK-100")).stream().map(o -> ((Raised) o).evidence().get("WEAK-006"))
                    .findFirst().orElseThrow());
        } finally {
            session.dispose();
        }
    }

    private static FactHandle handle(Map<Object, FactHandle> derived, Class<?> type, InspectionCriterion criterion) {
        return derived.entrySet().stream().filter(e -> type.isInstance(e.getKey()))
                .filter(e -> criterion == null || ((CriterionFlags) e.getKey()).criterion() == criterion)
                .map(Map.Entry::getValue).findFirst().orElseThrow();
    }

    private static List<List<String>> candidates(KieSession session) {
        return session.getObjects(o -> o instanceof Raised r && r.ruleId().equals("WEAK-100")).stream()
                .map(o -> ((Raised) o).evidence().get("criteria")).toList();
    }

    // ---- WEAK-101 ----

    /** A district with {@code n} community branches under one street committee. */
    private static List<Object> district(int n) {
        List<Object> out = new ArrayList<>();
        out.add(org("d-1", OrgType.DISTRICT_COMMITTEE, Sector.OTHER, null));
        out.add(org("s-1", OrgType.STREET_WORKING_COMMITTEE, Sector.OTHER, "d-1"));
        for (int i = 1; i <= n; i++) {
            out.add(community(String.format("c-%02d", i), "s-1"));
        }
        return out;
    }

    @Test
    void weak101TenPercentOfCommunitiesUnderRectificationOrCandidates() {
        Finding f = verify("WEAK-101").present(RecordKind.RECTIFICATIONS).given(all(district(10))).raises("d-1", "2020");
        assertEquals(Severity.MEDIUM, f.severity());
        assertEquals(Optional.of(0L), f.measured());
        assertEquals("0%", f.measuredText());
        assertEquals(Optional.of(">= 10%"), f.expected());
        assertEquals(List.of(), f.evidence().get("numerator"));
        assertEquals(10, f.evidence().get("denominator").size());
        // One of ten under rectification in the year: exactly 10% passes.
        verify("WEAK-101").given(all(district(10),
                rectification("c-03", RectificationKind.WEAK, d(2019, 3, 1), d(2020, 1, 1), true))).raisesNothing();
        // Ended on 31 December 2019: not in the audit year.
        verify("WEAK-101").given(all(district(10),
                rectification("c-03", RectificationKind.WEAK, d(2019, 3, 1), d(2019, 12, 31), true))).raises("d-1");
        // One candidate counts as well.
        verify("WEAK-101").present(RecordKind.RECTIFICATIONS).given(all(district(10),
                flag("c-07", InspectionCriterion.VOTE_BUYING, d(2020, 5, 1)))).raisesNothing();
        // One of twenty: 5%.
        Finding twenty = verify("WEAK-101").given(all(district(20),
                rectification("c-03", RectificationKind.BACKWARD, d(2020, 3, 1), null, false))).raises("d-1");
        assertEquals("5%", twenty.measuredText());
        assertEquals(List.of("c-03"), twenty.evidence().get("numerator"));
        assertEquals(20, twenty.evidence().get("denominator").size());
        verify("WEAK-101").given(all(district(10))).notEvaluated();
    }

    @Test
    void weak101JustBelowTenPercentFails() {
        // One of eleven is 9.09%: just below the quota.
        Finding f = verify("WEAK-101").given(all(district(11),
                rectification("c-03", RectificationKind.WEAK, d(2020, 3, 1), null, false))).raises("d-1", "2020");
        assertEquals("9.09%", f.measuredText());
        // Two of twenty is exactly 10% again.
        verify("WEAK-101").given(all(district(20),
                rectification("c-03", RectificationKind.WEAK, d(2020, 3, 1), null, false),
                rectification("c-13", RectificationKind.BACKWARD, d(2020, 12, 31), null, false))).raisesNothing();
    }

    @Test
    void weak101QuotaSwitchedOffAtZero() {
        verify("WEAK-101").with("weak.minRectificationShare", 0).present(RecordKind.RECTIFICATIONS)
                .given(all(district(10))).raisesNothing();
    }

    @Test
    void weak101IsProgressBeforeYearEnd() {
        Finding f = verify("WEAK-101").asOf(d(2020, 6, 30)).present(RecordKind.RECTIFICATIONS)
                .given(all(district(10))).raises("d-1", "2020");
        assertTrue(f.progress());
    }

    // ---- WEAK-102 (cadence table) ----

    @Test
    void weak102StreetScreeningEveryHalfYear() {
        Organization street = org("s-1", OrgType.STREET_WORKING_COMMITTEE, Sector.OTHER, null);
        verify("WEAK-102").given(all(street, monthly("s-1", ActivityType.WEAK_ORG_SCREENING, 6)))
                .raises("s-1", "2020-H2");
        verify("WEAK-102").given(all(street, monthly("s-1", ActivityType.WEAK_ORG_SCREENING, 1, 12))).raisesNothing();
        // Mid-year: only the first half-year has ended.
        verify("WEAK-102").asOf(d(2020, 6, 30)).given(all(street, monthly("s-1", ActivityType.OTHER, 1)))
                .raises("s-1", "2020-H1");
        verify("WEAK-102").given(street).notEvaluated();
    }

    // ---- WEAK-103 ----

    @Test
    void weak103CriterionMetAgainAfterAcceptance() {
        Object accepted = rectification("o-1", RectificationKind.WEAK, d(2019, 3, 1), d(2020, 6, 30), true);
        Finding f = verify("WEAK-103").given(organ, accepted,
                flag("o-1", InspectionCriterion.INTERFERENCE, d(2020, 7, 1))).raises("o-1");
        assertEquals(Severity.HIGH, f.severity());
        assertEquals(List.of("WEAK 2019-03-01..2020-06-30"), f.evidence().get("acceptedRectification"));
        assertEquals(List.of("WEAK-006"), f.evidence().get("criteria"));
        assertEquals(List.of("2020-07-01"), f.evidence().get("WEAK-006"));
        // A new rectification under way does not hide the rebound.
        verify("WEAK-103").given(organ, accepted, flag("o-1", InspectionCriterion.INTERFERENCE, d(2020, 7, 1)),
                rectification("o-1", RectificationKind.WEAK, d(2020, 9, 1), null, false)).raises("o-1");
        // The flag that led to the rectification is settled by its acceptance.
        verify("WEAK-103").given(organ, accepted, flag("o-1", InspectionCriterion.INTERFERENCE, d(2020, 6, 30)))
                .raisesNothing();
        // Not accepted, or accepted on asOf itself: no look-back.
        verify("WEAK-103").given(organ, flag("o-1", InspectionCriterion.INTERFERENCE, d(2020, 7, 1)),
                rectification("o-1", RectificationKind.WEAK, d(2019, 3, 1), d(2020, 6, 30), false)).raisesNothing();
        verify("WEAK-103").given(organ, flag("o-1", InspectionCriterion.INTERFERENCE, d(2020, 7, 1)),
                rectification("o-1", RectificationKind.WEAK, d(2019, 3, 1), d(2020, 12, 31), true)).raisesNothing();
        verify("WEAK-103").given(organ, flag("o-1", InspectionCriterion.INTERFERENCE, d(2020, 7, 1))).notEvaluated();
    }

    @Test
    void weak103StatesThatOutlastTheAcceptanceCount() {
        // A secretary post vacant since before the acceptance and still vacant: the problem is back (or never left).
        Finding f = verify("WEAK-103").given(organ, secretary("p1", "o-1", LONG_AGO, d(2020, 2, 29)),
                rectification("o-1", RectificationKind.WEAK, d(2019, 3, 1), d(2020, 6, 30), true)).raises("o-1");
        assertEquals(List.of("WEAK-001"), f.evidence().get("criteria"));
        // Years without admission count only after the year of the acceptance.
        verify("WEAK-103").given(comm, person("p1"), member("p1", "c-1", MembershipStatus.FULL, d(2015, 1, 1)),
                rectification("c-1", RectificationKind.BACKWARD, d(2018, 3, 1), d(2018, 6, 30), true)).raises("c-1");
        verify("WEAK-103").given(comm, person("p1"), member("p1", "c-1", MembershipStatus.FULL, d(2015, 1, 1)),
                rectification("c-1", RectificationKind.BACKWARD, d(2019, 3, 1), d(2019, 6, 30), true)).raisesNothing();
    }

    // ---- WEAK-104 (cadence table) ----

    @Test
    void weak104BackwardRectificationMeetingsAndReports() {
        Object backward = rectification("c-1", RectificationKind.BACKWARD, d(2020, 1, 1), null, false);
        verify("WEAK-104").given(all(comm, backward,
                monthly("c-1", ActivityType.RECTIFICATION_MEETING, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11),
                monthly("c-1", ActivityType.REPORT_AND_EVALUATION, 3))).raisesExactly("c-1@2020-12", "c-1@2020-H2");
        verify("WEAK-104").given(all(comm, backward,
                monthly("c-1", ActivityType.RECTIFICATION_MEETING, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
                monthly("c-1", ActivityType.REPORT_AND_EVALUATION, 3, 9))).raisesNothing();
        // From 1 March to 31 August: only March to August are judged, and no half-year is covered.
        verify("WEAK-104").given(all(comm,
                rectification("c-1", RectificationKind.BACKWARD, d(2020, 3, 1), d(2020, 8, 31), true),
                monthly("c-1", ActivityType.RECTIFICATION_MEETING, 3, 4, 5, 6, 7))).raisesExactly("c-1@2020-08");
        // A weak-organization rectification is not a backward-community one.
        verify("WEAK-104").given(all(comm, rectification("c-1", RectificationKind.WEAK, d(2020, 1, 1), null, false),
                monthly("c-1", ActivityType.OTHER, 1))).raisesNothing();
    }

    @Test
    void weakFindingsDoNotDependOnRecordOrder() {
        List<Object> records = new ArrayList<>(List.of(all(district(10), noServiceArea(community("c-11", "s-1")),
                secretary("p1", "c-01", LONG_AGO, d(2020, 2, 29)), secretary("p2", "c-01", LONG_AGO, d(2020, 2, 29)),
                assessment("p3", 2020, AssessmentResult.INCOMPETENT), secretary("p3", "c-02", LONG_AGO, null),
                flag("c-02", InspectionCriterion.DISUNITY, d(2020, 8, 1)), flag("c-02", InspectionCriterion.DISUNITY, d(2020, 2, 1)),
                petition("c-03", d(2020, 3, 1), 7), petition("c-03", d(2020, 3, 1), 5), petition("c-03", d(2020, 4, 1), 1),
                survey("c-04", d(2020, 5, 1), 0.3), survey("c-04", d(2020, 5, 1), 0.5), survey("c-04", d(2020, 5, 1), 0.6),
                rectification("c-05", RectificationKind.WEAK, d(2019, 1, 1), d(2019, 12, 31), true),
                rectification("c-05", RectificationKind.BACKWARD, d(2018, 1, 1), d(2018, 12, 31), true),
                flag("c-05", InspectionCriterion.VOTE_BUYING, d(2020, 3, 1)),
                monthly("c-06", ActivityType.AFFAIRS_DISCLOSURE, 1, 2, 3, 7))));
        List<Finding> forward = weakFindings(records);
        java.util.Collections.reverse(records);
        assertEquals(forward, weakFindings(records));
        java.util.Collections.shuffle(records, new java.util.Random(7));
        assertEquals(forward, weakFindings(records));
        assertTrue(forward.stream().map(Finding::ruleId).distinct().count() >= 8, forward.toString());
    }

    private static List<Finding> weakFindings(List<Object> records) {
        return verify("WEAK-100").given(records.toArray()).report().findings().stream()
                .filter(f -> f.ruleId().startsWith("WEAK-")).toList();
    }

    @Test
    void weakRowsAreAllInThePack() {
        List<String> ids = RuleVerifier.engine().rules().stream().map(RuleInfo::id).filter(id -> id.startsWith("WEAK-"))
                .toList();
        assertEquals(List.of("WEAK-001", "WEAK-002", "WEAK-003", "WEAK-004", "WEAK-005", "WEAK-006", "WEAK-007",
                "WEAK-008", "WEAK-009", "WEAK-010", "WEAK-011", "WEAK-100", "WEAK-101", "WEAK-102", "WEAK-103",
                "WEAK-104"), ids);
        assertFalse(RuleVerifier.engine().rules().stream().filter(r -> r.id().equals("WEAK-004")).findFirst()
                .orElseThrow().parameters().isEmpty());
    }

    // ---- The same records read from JSON (DatasetReader) ---------------------------------------------

    @Test
    void weakRulesJudgeADatasetReadFromJsonLikeTheFixtures() {
        String json = """
                {"asOf": "2020-12-31",
                 "organizations": [
                   {"id":"d-1","name":"组织d-1","type":"DISTRICT_COMMITTEE","sector":"OTHER","established":"2010-01-01"},
                   {"id":"s-1","name":"组织s-1","type":"STREET_WORKING_COMMITTEE","sector":"OTHER","parentId":"d-1","established":"2010-01-01"},
                   {"id":"c-01","name":"组织c-01","type":"BRANCH","sector":"COMMUNITY","parentId":"s-1","established":"2010-01-01","serviceAreaSqm":0},
                   {"id":"c-02","name":"组织c-02","type":"BRANCH","sector":"COMMUNITY","parentId":"s-1","established":"2010-01-01","serviceAreaSqm":120},
                   {"id":"c-03","name":"组织c-03","type":"BRANCH","sector":"COMMUNITY","parentId":"s-1","established":"2010-01-01","serviceAreaSqm":120},
                   {"id":"c-04","name":"组织c-04","type":"BRANCH","sector":"COMMUNITY","parentId":"s-1","established":"2010-01-01","serviceAreaSqm":120},
                   {"id":"o-1","name":"组织o-1","type":"BRANCH","sector":"ORGAN","established":"2010-01-01"},
                   {"id":"o-2","name":"组织o-2","type":"BRANCH","sector":"ORGAN","established":"2010-01-01"}],
                 "people": [
                   {"id":"p1","name":"党员p1","gender":"MALE","birthDate":"1980-05-01","education":"BACHELOR"},
                   {"id":"p2","name":"党员p2","gender":"MALE","birthDate":"1980-05-01","education":"BACHELOR"},
                   {"id":"s1","name":"党员s1","gender":"MALE","birthDate":"1980-05-01","education":"BACHELOR"},
                   {"id":"s2","name":"党员s2","gender":"MALE","birthDate":"1980-05-01","education":"BACHELOR"},
                   {"id":"s3","name":"党员s3","gender":"MALE","birthDate":"1980-05-01","education":"BACHELOR"},
                   {"id":"s4","name":"党员s4","gender":"MALE","birthDate":"1980-05-01","education":"BACHELOR"}],
                 "positions": [
                   {"personId":"p1","organizationId":"o-1","role":"SECRETARY","start":"2010-01-01","end":"2020-09-29"},
                   {"personId":"p2","organizationId":"o-2","role":"SECRETARY","start":"2010-01-01"},
                   {"personId":"s1","organizationId":"c-01","role":"SECRETARY","start":"2010-01-01"},
                   {"personId":"s2","organizationId":"c-02","role":"SECRETARY","start":"2010-01-01"},
                   {"personId":"s3","organizationId":"c-03","role":"SECRETARY","start":"2010-01-01"},
                   {"personId":"s4","organizationId":"c-04","role":"SECRETARY","start":"2010-01-01"}],
                 "assessments": [{"personId":"p2","year":2020,"result":"INCOMPETENT"}],
                 "inspectionFlags": [
                   {"organizationId":"c-02","criterion":"DISUNITY","date":"2020-04-02"},
                   {"organizationId":"c-04","criterion":"INTERFERENCE","date":"2020-07-01"}],
                 "petitions": [{"organizationId":"c-03","date":"2020-05-01","count":10}],
                 "surveys": [{"organizationId":"c-04","date":"2020-09-01","satisfaction":0.59}],
                 "rectifications": [
                   {"organizationId":"c-02","kind":"BACKWARD","start":"2020-06-01"},
                   {"organizationId":"c-04","kind":"WEAK","start":"2019-03-01","end":"2020-06-30","accepted":true}]}
                """;
        Dataset.Builder b = Dataset.builder(Fixtures.YEAR_END)
                .add(org("d-1", OrgType.DISTRICT_COMMITTEE, Sector.OTHER, null))
                .add(org("s-1", OrgType.STREET_WORKING_COMMITTEE, Sector.OTHER, "d-1"))
                .add(noServiceArea(community("c-01", "s-1"))).add(community("c-02", "s-1"))
                .add(community("c-03", "s-1")).add(community("c-04", "s-1"))
                .add(organ).add(organBranch("o-2"));
        for (String id : List.of("p1", "p2", "s1", "s2", "s3", "s4")) {
            b.add(person(id));
        }
        b.add(secretary("p1", "o-1", LONG_AGO, d(2020, 9, 29))).add(secretary("p2", "o-2", LONG_AGO, null));
        for (int i = 1; i <= 4; i++) {
            b.add(secretary("s" + i, "c-0" + i, LONG_AGO, null));
        }
        b.add(assessment("p2", 2020, AssessmentResult.INCOMPETENT))
                .add(flag("c-02", InspectionCriterion.DISUNITY, d(2020, 4, 2)))
                .add(flag("c-04", InspectionCriterion.INTERFERENCE, d(2020, 7, 1)))
                .add(petition("c-03", d(2020, 5, 1), 10)).add(survey("c-04", d(2020, 9, 1), 0.59))
                .add(rectification("c-02", RectificationKind.BACKWARD, d(2020, 6, 1), null, false))
                .add(rectification("c-04", RectificationKind.WEAK, d(2019, 3, 1), d(2020, 6, 30), true));
        Dataset fromJson = MemberRulesTest.readJson(json);
        assertEquals(b.build(), fromJson, "the reader builds the same records as the fixtures");

        AuditReport report = RuleVerifier.engine().audit(fromJson);
        List<String> keys = report.findings().stream().filter(f -> f.ruleId().startsWith("WEAK-"))
                .map(f -> f.ruleId() + " " + f.subjectId() + "@" + f.period().orElse("-")).sorted().toList();
        assertEquals(List.of("WEAK-001 o-1@-", "WEAK-002 o-2@-", "WEAK-003 c-02@-", "WEAK-006 c-04@-",
                "WEAK-008 c-03@-", "WEAK-009 c-01@-", "WEAK-010 c-04@-",
                "WEAK-100 c-01@-", "WEAK-100 c-03@-", "WEAK-100 c-04@-", "WEAK-100 o-1@-", "WEAK-100 o-2@-",
                "WEAK-103 c-04@-"), keys);
        assertEquals(List.of("WEAK-006", "WEAK-010"), report.findings().stream()
                .filter(f -> f.ruleId().equals("WEAK-103")).findFirst().orElseThrow().evidence().get("criteria"));
        assertEquals(RuleVerifier.engine().audit(b.build()).findings(), report.findings());
        // No activities, no memberships: the criteria counted on them are not evaluated.
        List<String> notEvaluated = report.summary().rulesNotEvaluated().stream().map(n -> n.ruleId()).toList();
        assertTrue(notEvaluated.containsAll(List.of("WEAK-004", "WEAK-007", "WEAK-011", "WEAK-102", "WEAK-104")),
                notEvaluated.toString());
    }
}
