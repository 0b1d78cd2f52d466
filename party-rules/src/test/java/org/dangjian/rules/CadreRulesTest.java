package org.dangjian.rules;

import static org.dangjian.rules.CadreFixtures.COMMUNITY;
import static org.dangjian.rules.CadreFixtures.COMMUNITY_BRANCH;
import static org.dangjian.rules.CadreFixtures.DISTRICT;
import static org.dangjian.rules.CadreFixtures.STREET;
import static org.dangjian.rules.CadreFixtures.archiveNotRecorded;
import static org.dangjian.rules.CadreFixtures.assessment;
import static org.dangjian.rules.CadreFixtures.contactPoint;
import static org.dangjian.rules.CadreFixtures.ended;
import static org.dangjian.rules.CadreFixtures.filed;
import static org.dangjian.rules.CadreFixtures.person;
import static org.dangjian.rules.CadreFixtures.post;
import static org.dangjian.rules.CadreFixtures.report;
import static org.dangjian.rules.CadreFixtures.reserve;
import static org.dangjian.rules.CadreFixtures.withoutArchive;
import static org.dangjian.rules.Fixtures.LONG_AGO;
import static org.dangjian.rules.Fixtures.MID_YEAR;
import static org.dangjian.rules.MemberManagementFixtures.all;
import static org.dangjian.rules.RuleVerifier.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dangjian.model.AssessmentResult;
import org.dangjian.model.Dataset;
import org.dangjian.model.Education;
import org.dangjian.model.OrgType;
import org.dangjian.model.Organization;
import org.dangjian.model.Position;
import org.dangjian.model.RecordKind;
import org.dangjian.model.ReserveCadre;
import org.dangjian.model.Role;
import org.dangjian.model.Sector;
import org.junit.jupiter.api.Test;

/** CAD: cadres and reserves, one test per rule, both sides of each boundary. */
class CadreRulesTest {

    private static List<ReserveCadre> reserves(String orgId, int n) {
        List<ReserveCadre> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(reserve("r" + i, orgId));
        }
        return out;
    }

    // ---- CAD-001: a community reserve pool of 3 to 7 --------------------------------------------

    @Test
    void cad001CommunityReservePoolOfThreeToSeven() {
        Finding f = verify("CAD-001").given(all(STREET, COMMUNITY, reserves("c-1", 2))).raises("c-1");
        assertEquals(Severity.MEDIUM, f.severity());
        assertEquals(Optional.of(2L), f.measured());
        assertEquals(Optional.of("3..7"), f.expected());
        assertEquals(List.of("r1", "r2"), f.evidence().get("reserveCadres"));
        verify("CAD-001").given(all(STREET, COMMUNITY, reserves("c-1", 3))).raisesNothing();
        verify("CAD-001").given(all(STREET, COMMUNITY, reserves("c-1", 7))).raisesNothing();
        Finding above = verify("CAD-001").given(all(STREET, COMMUNITY, reserves("c-1", 8))).raises("c-1");
        assertEquals(Severity.LOW, above.severity());
    }

    @Test
    void cad001CountsReservesInForceOnAsOfInTheCommunitysSubtree() {
        LocalDate asOf = Fixtures.YEAR_END;
        // Reserves registered with a branch of the community count for the community; the branch
        // itself is not a community org and is not judged.
        verify("CAD-001").given(all(STREET, COMMUNITY, COMMUNITY_BRANCH, reserves("b-1", 3))).raisesNothing();
        // A reserve whose term ends on asOf is still in force; one that ended the day before is not.
        verify("CAD-001").given(all(STREET, COMMUNITY, reserves("c-1", 2), reserve("r9", "c-1", LONG_AGO, asOf)))
                .raisesNothing();
        verify("CAD-001").given(all(STREET, COMMUNITY, reserves("c-1", 2),
                reserve("r9", "c-1", LONG_AGO, asOf.minusDays(1)))).raises("c-1");
        // The same person twice is one reserve cadre.
        verify("CAD-001").given(all(STREET, COMMUNITY, reserves("c-1", 2), reserve("r1", "b-1"), COMMUNITY_BRANCH))
                .raises("c-1");
    }

    @Test
    void cad001EmptyArrayIsAnEmptyPoolAndAbsentIsNotEvaluated() {
        Finding f = verify("CAD-001").present(RecordKind.RESERVE_CADRES).given(STREET, COMMUNITY).raises("c-1");
        assertEquals(Optional.of(0L), f.measured());
        verify("CAD-001").given(STREET, COMMUNITY).notEvaluated();
    }

    // ---- CAD-002: reserves with junior college or above ------------------------------------------

    @Test
    void cad002ReserveCadreBelowJuniorCollege() {
        Finding f = verify("CAD-002").given(COMMUNITY, person("r1", Education.TECHNICAL_SECONDARY),
                reserve("r1", "c-1")).raises("r1");
        assertEquals(Optional.of("TECHNICAL_SECONDARY"), f.measured());
        assertEquals("c-1", f.organizationId());
        verify("CAD-002").given(COMMUNITY, person("r1", Education.JUNIOR_COLLEGE), reserve("r1", "c-1")).raisesNothing();
        // A reserve whose term has ended is not judged.
        verify("CAD-002").given(COMMUNITY, person("r1", Education.HIGH_SCHOOL),
                reserve("r1", "c-1", LONG_AGO, LocalDate.of(2020, 12, 30))).raisesNothing();
        verify("CAD-002").given(COMMUNITY, reserve("r1", "c-1")).notEvaluated();
    }

    // ---- CAD-003: secretary incompetent two years running ----------------------------------------

    private final Position secretary = post("s1", "c-1", Role.SECRETARY, LONG_AGO);

    @Test
    void cad003SecretaryIncompetentTwoYearsRunningWithMassesDissatisfied() {
        Finding f = verify("CAD-003").given(COMMUNITY, secretary,
                assessment("s1", 2019, AssessmentResult.INCOMPETENT, false),
                assessment("s1", 2020, AssessmentResult.INCOMPETENT, false)).raises("s1");
        assertEquals(Severity.HIGH, f.severity());
        assertEquals(Optional.of(2L), f.measured());
        assertEquals(List.of("2019", "2020"), f.evidence().get("incompetentYears"));
        // One year is not two.
        verify("CAD-003").given(COMMUNITY, secretary,
                assessment("s1", 2019, AssessmentResult.BASICALLY_COMPETENT, false),
                assessment("s1", 2020, AssessmentResult.INCOMPETENT, false)).raisesNothing();
        // The masses satisfied: no finding.
        verify("CAD-003").given(COMMUNITY, secretary,
                assessment("s1", 2019, AssessmentResult.INCOMPETENT, false),
                assessment("s1", 2020, AssessmentResult.INCOMPETENT, true)).raisesNothing().judgesAll();
        // Not asked (massesSatisfied left out of the latest year): unknown, so not judged, and listed.
        verify("CAD-003").given(COMMUNITY, secretary,
                assessment("s1", 2019, AssessmentResult.INCOMPETENT, false),
                assessment("s1", 2020, AssessmentResult.INCOMPETENT, null)).raisesNothing()
                .cannotJudge("s1", "massesSatisfied");
        // One year only: nothing to judge the masses for.
        verify("CAD-003").given(COMMUNITY, secretary,
                assessment("s1", 2020, AssessmentResult.INCOMPETENT, null)).raisesNothing().judgesAll();
    }

    @Test
    void cad003RunEndsAtTheAuditYearOrTheYearBeforeIfNotYetAssessed() {
        // No 2020 assessment yet: 2018 and 2019 are the last two years.
        verify("CAD-003").given(COMMUNITY, secretary,
                assessment("s1", 2018, AssessmentResult.INCOMPETENT, false),
                assessment("s1", 2019, AssessmentResult.INCOMPETENT, false)).raises("s1");
        // Assessed COMPETENT in 2020: the run is broken.
        verify("CAD-003").given(COMMUNITY, secretary,
                assessment("s1", 2018, AssessmentResult.INCOMPETENT, false),
                assessment("s1", 2019, AssessmentResult.INCOMPETENT, false),
                assessment("s1", 2020, AssessmentResult.COMPETENT, true)).raisesNothing();
        // A gap year breaks the run.
        verify("CAD-003").given(COMMUNITY, secretary,
                assessment("s1", 2018, AssessmentResult.INCOMPETENT, false),
                assessment("s1", 2020, AssessmentResult.INCOMPETENT, false)).raisesNothing();
    }

    @Test
    void cad003OnlySecretariesInPostAndTheParameter() {
        verify("CAD-003").given(COMMUNITY, ended(secretary, LocalDate.of(2020, 12, 30)),
                assessment("s1", 2019, AssessmentResult.INCOMPETENT, false),
                assessment("s1", 2020, AssessmentResult.INCOMPETENT, false)).raisesNothing();
        verify("CAD-003").given(COMMUNITY, post("s1", "c-1", Role.COMMITTEE_MEMBER, LONG_AGO),
                assessment("s1", 2019, AssessmentResult.INCOMPETENT, false),
                assessment("s1", 2020, AssessmentResult.INCOMPETENT, false)).raisesNothing();
        verify("CAD-003").with("cad.failYears", 3).given(COMMUNITY, secretary,
                assessment("s1", 2019, AssessmentResult.INCOMPETENT, false),
                assessment("s1", 2020, AssessmentResult.INCOMPETENT, false)).raisesNothing();
        verify("CAD-003").given(COMMUNITY, secretary).notEvaluated();
    }

    // ---- CAD-004: community cadres' archives --------------------------------------------------------

    @Test
    void cad004CommunityCadreWithoutArchive() {
        Finding f = verify("CAD-004").given(COMMUNITY, withoutArchive(post("p1", "c-1", Role.COMMITTEE_MEMBER, LONG_AGO)))
                .raises("p1");
        assertEquals(List.of("COMMITTEE_MEMBER"), f.evidence().get("role"));
        verify("CAD-004").given(COMMUNITY, post("p1", "c-1", Role.COMMITTEE_MEMBER, LONG_AGO)).raisesNothing().judgesAll();
        // Whether an archive is kept, left out of the dataset, is unknown: not judged, and listed.
        verify("CAD-004").given(COMMUNITY, archiveNotRecorded(post("p1", "c-1", Role.COMMITTEE_MEMBER, LONG_AGO)))
                .raisesNothing().cannotJudge("p1", "archiveKept");
        // A branch below the community is not the community org; an ended post is not judged.
        verify("CAD-004").given(COMMUNITY, COMMUNITY_BRANCH,
                withoutArchive(post("p1", "b-1", Role.SECRETARY, LONG_AGO))).raisesNothing();
        verify("CAD-004").given(COMMUNITY,
                ended(withoutArchive(post("p1", "c-1", Role.SECRETARY, LONG_AGO)), LocalDate.of(2020, 6, 30)))
                .raisesNothing();
        verify("CAD-004").given(COMMUNITY).notEvaluated();
    }

    // ---- CAD-005: district filing within 30 days ----------------------------------------------------

    private final Position appointed = post("s1", "c-1", Role.SECRETARY, LocalDate.of(2020, 3, 1));

    @Test
    void cad005FiledWithinThirtyDaysOfAppointment() {
        verify("CAD-005").given(COMMUNITY, filed(appointed, LocalDate.of(2020, 3, 31))).raisesNothing();
        Finding f = verify("CAD-005").given(COMMUNITY, filed(appointed, LocalDate.of(2020, 4, 1))).raises("s1");
        assertEquals(Optional.of(31L), f.measured());
        assertEquals(Optional.of("<= 30"), f.expected());
        assertEquals(List.of("2020-04-01"), f.evidence().get("filedWithDistrict"));
    }

    @Test
    void cad005NotFiledIsLateOnlyOnceTheThirtyDaysHavePassed() {
        verify("CAD-005").asOf(LocalDate.of(2020, 3, 31)).given(COMMUNITY, appointed).raisesNothing();
        Finding f = verify("CAD-005").asOf(LocalDate.of(2020, 4, 1)).given(COMMUNITY, appointed).raises("s1");
        assertEquals(List.of("none"), f.evidence().get("filedWithDistrict"));
        // Filed after asOf: not filed as of asOf.
        verify("CAD-005").asOf(LocalDate.of(2020, 4, 1)).given(COMMUNITY, filed(appointed, LocalDate.of(2020, 4, 2)))
                .raises("s1");
    }

    @Test
    void cad005CommunitySecretariesOfTheAuditYear() {
        // A secretary in post since 2010 is not new: the filing fell due in 2010, that year's business.
        verify("CAD-005").given(COMMUNITY, post("s1", "c-1", Role.SECRETARY, LONG_AGO)).raisesNothing();
        // A post that ended before the audit year is left to that year's audit.
        verify("CAD-005").given(COMMUNITY, ended(post("s1", "c-1", Role.SECRETARY, LONG_AGO), LocalDate.of(2019, 12, 31)))
                .raisesNothing();
        verify("CAD-005").given(COMMUNITY, COMMUNITY_BRANCH, post("s1", "b-1", Role.SECRETARY, LONG_AGO)).raisesNothing();
        verify("CAD-005").given(COMMUNITY, post("s1", "c-1", Role.DEPUTY_SECRETARY, LONG_AGO)).raisesNothing();
    }

    @Test
    void cad005NewMeansTheFilingFellDueInTheAuditYear() {
        // Appointed 2 December 2019: due 1 January 2020, in the audit year; never filed.
        Finding f = verify("CAD-005").given(COMMUNITY, post("s1", "c-1", Role.SECRETARY, LocalDate.of(2019, 12, 2)))
                .raises("s1");
        assertEquals(Optional.empty(), f.period());
        assertEquals(Severity.MEDIUM, f.severity());
        // Appointed 1 December 2019: due 31 December 2019, the year before.
        verify("CAD-005").given(COMMUNITY, post("s1", "c-1", Role.SECRETARY, LocalDate.of(2019, 12, 1)))
                .raisesNothing();
        // The window follows the parameter.
        verify("CAD-005").with("cad.filingDays", 60)
                .given(COMMUNITY, post("s1", "c-1", Role.SECRETARY, LocalDate.of(2019, 11, 2))).raises("s1");
    }

    @Test
    void cad005SecretaryWhoLeftBeforeTheDeadlineOwedNoFiling() {
        // Appointed 1 March, left 20 March unfiled: the 30 days had not passed while in post.
        verify("CAD-005").given(COMMUNITY, ended(appointed, LocalDate.of(2020, 3, 20))).raisesNothing();
        // Left 1 April, still unfiled: 31 days.
        Finding f = verify("CAD-005").given(COMMUNITY, ended(appointed, LocalDate.of(2020, 4, 1))).raises("s1");
        assertEquals(Optional.of(31L), f.measured());
    }

    @Test
    void cad005NotEvaluatedWithoutPositions() {
        verify("CAD-005").given(COMMUNITY).notEvaluated();
    }

    // ---- CAD-006: days at the contact point -----------------------------------------------------------

    @Test
    void cad006TenDaysAYearAtTheContactPoint() {
        verify("CAD-006").given(COMMUNITY, contactPoint("k1", "c-1", 2020, 10)).raisesNothing();
        Finding f = verify("CAD-006").given(COMMUNITY, contactPoint("k1", "c-1", 2020, 9.5)).raises("k1", "2020");
        assertEquals(Severity.MEDIUM, f.severity());
        assertEquals(Optional.of(9.5), f.measured());
        assertEquals(Optional.of(">= 10"), f.expected());
        // Earlier years are not this audit's.
        verify("CAD-006").given(COMMUNITY, contactPoint("k1", "c-1", 2019, 1)).raisesNothing();
        verify("CAD-006").given(COMMUNITY).notEvaluated();
    }

    @Test
    void cad006JudgesEveryContactPointOfACadre() {
        Organization second = Fixtures.org("c-2", OrgType.PARTY_COMMITTEE, Sector.COMMUNITY, "s-1");
        // Two points, both short: one finding (person and year) naming both shortfalls.
        Finding f = verify("CAD-006").given(STREET, COMMUNITY, second, contactPoint("k1", "c-1", 2020, 8),
                contactPoint("k1", "c-2", 2020, 6)).raises("k1", "2020");
        assertEquals(List.of("c-1", "c-2"), f.evidence().get("contactPoint"));
        assertEquals(List.of("c-1:8", "c-2:6"), f.evidence().get("daysOnSite"));
        assertEquals(Optional.of(6L), f.measured());
        // The second point short, the first not: the second's shortfall is raised.
        Finding g = verify("CAD-006").given(STREET, COMMUNITY, second, contactPoint("k1", "c-1", 2020, 12),
                contactPoint("k1", "c-2", 2020, 9.5)).raises("k1", "2020");
        assertEquals(List.of("c-2"), g.evidence().get("contactPoint"));
        assertEquals(Optional.of(9.5), g.measured());
        // Both at the minimum: nothing.
        verify("CAD-006").given(STREET, COMMUNITY, second, contactPoint("k1", "c-1", 2020, 10),
                contactPoint("k1", "c-2", 2020, 10)).raisesNothing();
        // Two records of one point in the year are its days together: 4 + 6 = 10 passes, 4 + 5.5 does not.
        verify("CAD-006").given(STREET, COMMUNITY, contactPoint("k1", "c-1", 2020, 4),
                contactPoint("k1", "c-1", 2020, 6)).raisesNothing();
        verify("CAD-006").given(STREET, COMMUNITY, contactPoint("k1", "c-1", 2020, 4),
                contactPoint("k1", "c-1", 2020, 5.5)).raises("k1", "2020");
    }

    @Test
    void cad006IsProgressBeforeYearEnd() {
        Finding f = verify("CAD-006").asOf(MID_YEAR).given(COMMUNITY, contactPoint("k1", "c-1", 2020, 4))
                .raises("k1", "2020");
        assertTrue(f.progress());
        assertEquals(Severity.INFO, f.severity());
    }

    // ---- CAD-007: personal-matters reports --------------------------------------------------------------

    private final Position sectionCadre = post("k1", "s-1", Role.SECTION_CADRE, LONG_AGO);

    @Test
    void cad007SectionCadreFilesTheReportEveryYear() {
        Finding f = verify("CAD-007").present(RecordKind.PERSONAL_MATTERS_REPORTS).given(STREET, sectionCadre)
                .raises("k1", "2020");
        assertEquals(Severity.MEDIUM, f.severity());
        verify("CAD-007").given(STREET, sectionCadre, report("k1", 2020, LocalDate.of(2020, 12, 31))).raisesNothing();
        verify("CAD-007").given(STREET, sectionCadre, report("k1", 2019, LocalDate.of(2019, 3, 1))).raises("k1", "2020");
        // Filed after asOf: not yet filed.
        verify("CAD-007").asOf(LocalDate.of(2020, 12, 30)).given(STREET, sectionCadre,
                report("k1", 2020, LocalDate.of(2020, 12, 31))).raises("k1", "2020");
    }

    @Test
    void cad007OnlySectionCadresInPostAndProgressBeforeYearEnd() {
        verify("CAD-007").present(RecordKind.PERSONAL_MATTERS_REPORTS)
                .given(STREET, ended(sectionCadre, LocalDate.of(2020, 6, 30))).raisesNothing();
        verify("CAD-007").present(RecordKind.PERSONAL_MATTERS_REPORTS)
                .given(STREET, post("k1", "s-1", Role.PARTY_WORKER, LONG_AGO)).raisesNothing();
        Finding f = verify("CAD-007").asOf(MID_YEAR).present(RecordKind.PERSONAL_MATTERS_REPORTS)
                .given(STREET, sectionCadre).raises("k1", "2020");
        assertTrue(f.progress());
        verify("CAD-007").given(STREET, sectionCadre).notEvaluated();
    }

    // ---- CAD-008: “一肩挑” share ---------------------------------------------------------------------

    @Test
    void cad008ShareOfCommunitiesWithOneShoulderPerCommitteeLevelOrg() {
        Organization other = Fixtures.org("c-2", OrgType.PARTY_COMMITTEE, Sector.COMMUNITY, "s-1");
        Object[] records = {DISTRICT, STREET, COMMUNITY, COMMUNITY_BRANCH, other,
            post("s1", "c-1", Role.SECRETARY, LONG_AGO), post("s1", "c-1", Role.RESIDENTS_DIRECTOR, LONG_AGO),
            post("s2", "c-2", Role.SECRETARY, LONG_AGO), post("d2", "c-2", Role.RESIDENTS_DIRECTOR, LONG_AGO)};
        // c-2 is a party committee, so committee-level (the catalog's scope), and its share is over itself.
        RuleVerifier.Outcome out = verify("CAD-008").given(records).raisesExactly("d-1@-", "s-1@-", "c-2@-");
        Finding district = out.findings().stream().filter(f -> f.subjectId().equals("d-1")).findFirst().orElseThrow();
        assertEquals(Severity.INFO, district.severity());
        assertEquals(Optional.of(0.5), district.measured());
        assertEquals(List.of("c-1"), district.evidence().get("numerator"));
        assertEquals(List.of("c-1", "c-2"), district.evidence().get("denominator"));
        Finding own = out.findings().stream().filter(f -> f.subjectId().equals("c-2")).findFirst().orElseThrow();
        assertEquals(Optional.of(0L), own.measured());
        assertEquals(List.of("c-2"), own.evidence().get("denominator"));
    }

    @Test
    void cad008CommunityPartyCommitteeIsCommitteeLevel() {
        // A community org that is a PARTY_COMMITTEE is a committee-level org: one finding on itself.
        Organization committee = Fixtures.org("c-2", OrgType.PARTY_COMMITTEE, Sector.COMMUNITY, null);
        Finding f = verify("CAD-008").given(committee, post("s2", "c-2", Role.SECRETARY, LONG_AGO),
                post("s2", "c-2", Role.RESIDENTS_DIRECTOR, LONG_AGO)).raises("c-2");
        assertEquals(Optional.of(1L), f.measured());
        // A GENERAL_BRANCH community org is not committee-level.
        verify("CAD-008").given(COMMUNITY, post("s1", "c-1", Role.SECRETARY, LONG_AGO)).raisesNothing();
    }

    @Test
    void cad008PostsMustBeInForceOnAsOf() {
        RuleVerifier.Outcome out = verify("CAD-008").given(DISTRICT, STREET, COMMUNITY,
                post("s1", "c-1", Role.SECRETARY, LONG_AGO),
                ended(post("s1", "c-1", Role.RESIDENTS_DIRECTOR, LONG_AGO), LocalDate.of(2020, 12, 30)))
                .raisesExactly("d-1@-", "s-1@-");
        assertEquals(Optional.of(0L), out.findings().get(0).measured());
        assertEquals(List.of(), out.findings().get(0).evidence().get("numerator"));
        verify("CAD-008").given(DISTRICT, STREET).notEvaluated();
    }

    // ---- CAD-009: the “两委” profile --------------------------------------------------------------------

    @Test
    void cad009AverageAgeAndEducationOfTheTwoCommittees() {
        Finding f = verify("CAD-009").given(COMMUNITY,
                person("a", LocalDate.of(1980, 12, 31), Education.BACHELOR),
                person("b", LocalDate.of(1971, 1, 1), Education.HIGH_SCHOOL),
                person("w", LocalDate.of(1995, 1, 1), Education.MASTER),
                post("a", "c-1", Role.SECRETARY, LONG_AGO), post("a", "c-1", Role.RESIDENTS_DIRECTOR, LONG_AGO),
                post("b", "c-1", Role.COMMITTEE_MEMBER, LONG_AGO),
                post("w", "c-1", Role.PARTY_WORKER, LONG_AGO)).raises("c-1");
        // a is 40 (birthday on asOf counts), b is 49: 44.5 on average; one of two has junior college or above.
        assertEquals(Severity.INFO, f.severity());
        assertEquals(List.of("44.5"), f.evidence().get("averageAge"));
        assertEquals(List.of("0.5"), f.evidence().get("shareJuniorCollegeOrAbove"));
        assertEquals(List.of("a", "b"), f.evidence().get("members"));
        // The measure is the average age (岁); the share is evidence, not a second number in one text.
        assertEquals(Optional.of(44.5), f.measured());
        assertEquals("实际44.5岁", "实际" + f.measuredText());
    }

    @Test
    void cad009BirthdayOn29February() {
        // Born 29 Feb 1980: 40 on 29 Feb 2020; in a common year the birthday falls on 1 March.
        Finding f = verify("CAD-009").asOf(LocalDate.of(2021, 2, 28)).given(COMMUNITY,
                person("a", LocalDate.of(1980, 2, 29), Education.BACHELOR),
                post("a", "c-1", Role.SECRETARY, LONG_AGO)).raises("c-1");
        assertEquals(List.of("40"), f.evidence().get("averageAge"));
        Finding g = verify("CAD-009").asOf(LocalDate.of(2021, 3, 1)).given(COMMUNITY,
                person("a", LocalDate.of(1980, 2, 29), Education.BACHELOR),
                post("a", "c-1", Role.SECRETARY, LONG_AGO)).raises("c-1");
        assertEquals(List.of("41"), g.evidence().get("averageAge"));
    }

    @Test
    void cad009OnlyCommunityOrgsWithMembers() {
        verify("CAD-009").given(COMMUNITY, COMMUNITY_BRANCH, person("a", Education.BACHELOR),
                post("a", "b-1", Role.SECRETARY, LONG_AGO)).raisesNothing();
        verify("CAD-009").given(COMMUNITY, person("a", Education.BACHELOR)).notEvaluated();
    }

    // ---- The same records read from JSON (DatasetReader) ---------------------------------------------

    @Test
    void cadRulesJudgeADatasetReadFromJsonLikeTheFixtures() {
        String json = """
                {"asOf": "2020-12-31",
                 "organizations": [
                   {"id":"d-1","name":"组织d-1","type":"DISTRICT_COMMITTEE","sector":"ORGAN","established":"2010-01-01"},
                   {"id":"s-1","name":"组织s-1","type":"STREET_WORKING_COMMITTEE","sector":"ORGAN","parentId":"d-1","established":"2010-01-01"},
                   {"id":"c-1","name":"组织c-1","type":"GENERAL_BRANCH","sector":"COMMUNITY","parentId":"s-1","established":"2010-01-01"},
                   {"id":"b-1","name":"组织b-1","type":"BRANCH","sector":"COMMUNITY","parentId":"c-1","established":"2010-01-01"}],
                 "people": [
                   {"id":"r1","name":"干部r1","gender":"FEMALE","birthDate":"1980-05-01","education":"TECHNICAL_SECONDARY"},
                   {"id":"r2","name":"干部r2","gender":"FEMALE","birthDate":"1980-05-01","education":"BACHELOR"},
                   {"id":"s1","name":"干部s1","gender":"FEMALE","birthDate":"1975-01-01","education":"JUNIOR_COLLEGE"},
                   {"id":"k1","name":"干部k1","gender":"FEMALE","birthDate":"1980-05-01","education":"BACHELOR"}],
                 "positions": [
                   {"personId":"s1","organizationId":"c-1","role":"SECRETARY","start":"2020-03-01","fullTime":true,"archiveKept":false,"filedWithDistrict":"2020-04-01"},
                   {"personId":"s1","organizationId":"c-1","role":"RESIDENTS_DIRECTOR","start":"2010-01-01","fullTime":true,"archiveKept":true},
                   {"personId":"k1","organizationId":"s-1","role":"SECTION_CADRE","start":"2010-01-01","fullTime":true,"archiveKept":true}],
                 "reserveCadres": [
                   {"personId":"r1","organizationId":"c-1","since":"2010-01-01"},
                   {"personId":"r2","organizationId":"b-1","since":"2010-01-01"}],
                 "assessments": [
                   {"personId":"s1","year":2019,"result":"INCOMPETENT","massesSatisfied":false},
                   {"personId":"s1","year":2020,"result":"INCOMPETENT","massesSatisfied":false}],
                 "contactPoints": [{"personId":"k1","organizationId":"c-1","year":2020,"daysOnSite":9.5}],
                 "personalMattersReports": []}
                """;
        Dataset.Builder b = Dataset.builder(Fixtures.YEAR_END).add(DISTRICT).add(STREET).add(COMMUNITY).add(COMMUNITY_BRANCH)
                .add(person("r1", Education.TECHNICAL_SECONDARY)).add(person("r2", Education.BACHELOR))
                .add(person("s1", LocalDate.of(1975, 1, 1), Education.JUNIOR_COLLEGE)).add(person("k1", Education.BACHELOR))
                .add(filed(withoutArchive(post("s1", "c-1", Role.SECRETARY, LocalDate.of(2020, 3, 1))), LocalDate.of(2020, 4, 1)))
                .add(post("s1", "c-1", Role.RESIDENTS_DIRECTOR, LONG_AGO)).add(post("k1", "s-1", Role.SECTION_CADRE, LONG_AGO))
                .add(reserve("r1", "c-1")).add(reserve("r2", "b-1"))
                .add(assessment("s1", 2019, AssessmentResult.INCOMPETENT, false))
                .add(assessment("s1", 2020, AssessmentResult.INCOMPETENT, false))
                .add(contactPoint("k1", "c-1", 2020, 9.5)).present(RecordKind.PERSONAL_MATTERS_REPORTS);
        Dataset fromJson = MemberRulesTest.readJson(json);
        assertEquals(b.build(), fromJson, "the reader builds the same records as the fixtures");

        AuditReport report = RuleVerifier.engine().audit(fromJson);
        List<String> keys = report.findings().stream().filter(f -> f.ruleId().startsWith("CAD-"))
                .map(f -> f.ruleId() + " " + f.subjectId() + "@" + f.period().orElse("-")).sorted().toList();
        assertEquals(List.of("CAD-001 c-1@-", "CAD-002 r1@-", "CAD-003 s1@-", "CAD-004 s1@-", "CAD-005 s1@-",
                "CAD-006 k1@2020", "CAD-007 k1@2020", "CAD-008 d-1@-", "CAD-008 s-1@-", "CAD-009 c-1@-"), keys);
        assertEquals(RuleVerifier.engine().audit(b.build()).findings(), report.findings());
    }
}
