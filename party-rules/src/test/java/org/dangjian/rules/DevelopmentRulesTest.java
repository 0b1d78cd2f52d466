package org.dangjian.rules;

import static org.dangjian.rules.Fixtures.branch;
import static org.dangjian.rules.Fixtures.org;
import static org.dangjian.rules.MemberFixtures.membership;
import static org.dangjian.rules.MemberFixtures.person;
import static org.dangjian.rules.RuleVerifier.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.dangjian.model.Education;
import org.dangjian.model.Gender;
import org.dangjian.model.HostUnit;
import org.dangjian.model.OrgType;
import org.dangjian.model.Organization;
import org.dangjian.model.Sector;
import org.dangjian.rules.vocabulary.development.AdmissionCohort;
import org.dangjian.rules.vocabulary.development.NewMember;
import org.junit.jupiter.api.Test;

/**
 * DEV: developing new members (发展党员), one test per rule, both sides of each boundary: ages on
 * the day of admission (a birthday on that day counts; 29 February), shares at the threshold,
 * probation ending on {@code asOf}, and the not-evaluated case.
 */
class DevelopmentRulesTest {

    private static final LocalDate ADMITTED = LocalDate.of(2020, 5, 10);

    private final Organization street = org("s", OrgType.STREET_WORKING_COMMITTEE, Sector.ORGAN, null);
    private final Organization branch = branch("b", "s");

    /** A person born {@code birth} with {@code education}, admitted probationary into branch b on {@code on}. */
    private static List<Object> admitted(String id, LocalDate birth, Education education, LocalDate on) {
        return List.of(person(id, Gender.MALE, birth, education), membership(id, "b").probationary(on).build());
    }

    /** A person aged {@code age} on {@link #ADMITTED}, admitted that day with a bachelor's degree. */
    private static List<Object> admittedAged(String id, int age) {
        return admitted(id, ADMITTED.minusYears(age).minusDays(1), Education.BACHELOR, ADMITTED);
    }

    private Object[] records(Object... groups) {
        List<Object> all = new ArrayList<>(List.of(street, branch));
        for (Object g : groups) {
            if (g instanceof List<?> l) {
                all.addAll(l);
            } else {
                all.add(g);
            }
        }
        return all.toArray();
    }

    // --- DEV-001 ---------------------------------------------------------------------------

    @Test
    void dev001AtLeast80PercentUnder40AtAdmission() {
        // 4 of 5 under 40: exactly 80% passes.
        verify("DEV-001").given(records(admittedAged("a", 25), admittedAged("b1", 30), admittedAged("c", 35),
                admittedAged("d", 39), admittedAged("e", 45))).raisesNothing();
        Finding f = verify("DEV-001").given(records(admittedAged("a", 25), admittedAged("b1", 30),
                admittedAged("c", 40), admittedAged("d", 39), admittedAged("e", 45))).raises("s", "2020");
        assertEquals(Severity.MEDIUM, f.severity());
        assertEquals(Optional.of(0.6), f.measured());
        assertEquals(Optional.of(">= 80%"), f.expected());
        assertEquals(List.of("a", "b1", "d"), f.evidence().get("numerator"));
        assertEquals(List.of("a", "b1", "c", "d", "e"), f.evidence().get("denominator"));
    }

    @Test
    void dev001FortiethBirthdayOnTheDayOfAdmissionCountsAs40() {
        List<Object> four = new ArrayList<>();
        for (String id : List.of("a", "b1", "c")) {
            four.addAll(admittedAged(id, 30));
        }
        four.addAll(admittedAged("old", 50));
        LocalDate birth = LocalDate.of(1980, 5, 10);
        // Admitted on the 40th birthday: 40, so 3 of 5.
        verify("DEV-001").given(records(four, admitted("x", birth, Education.BACHELOR, LocalDate.of(2020, 5, 10))))
                .raises("s", "2020");
        // Admitted the day before: 39, so 4 of 5.
        verify("DEV-001").given(records(four, admitted("x", birth, Education.BACHELOR, LocalDate.of(2020, 5, 9))))
                .raisesNothing();
    }

    @Test
    void dev001TwentyNinthOfFebruaryBirthday() {
        List<Object> four = new ArrayList<>();
        for (String id : List.of("a", "b1", "c")) {
            four.addAll(admittedAged(id, 30));
        }
        four.addAll(admittedAged("old", 50));
        LocalDate birth = LocalDate.of(1980, 2, 29);
        verify("DEV-001").given(records(four, admitted("x", birth, Education.BACHELOR, LocalDate.of(2020, 2, 28))))
                .raisesNothing();
        verify("DEV-001").given(records(four, admitted("x", birth, Education.BACHELOR, LocalDate.of(2020, 2, 29))))
                .raises("s", "2020");
    }

    @Test
    void dev001OnlyMembersAdmittedInTheAuditYearCount() {
        // Admitted 31 December last year: not in the cohort; admitted 1 January: in it.
        List<Object> old = List.of(person("z", Gender.MALE, LocalDate.of(1960, 1, 1)),
                membership("z", "b").probationary(LocalDate.of(2019, 12, 31)).build());
        verify("DEV-001").given(records(admittedAged("a", 30), old)).raisesNothing();
        List<Object> jan1 = List.of(person("z", Gender.MALE, LocalDate.of(1960, 1, 1)),
                membership("z", "b").probationary(LocalDate.of(2020, 1, 1)).build());
        verify("DEV-001").given(records(admittedAged("a", 30), jan1)).raises("s", "2020");
        // No one admitted this year: nothing to judge.
        verify("DEV-001").given(records(old)).raisesNothing();
    }

    @Test
    void dev001EveryCommitteeLevelOrganizationOverItsSubtree() {
        Organization district = org("d", OrgType.DISTRICT_COMMITTEE, Sector.ORGAN, null);
        Organization streetUnder = org("s", OrgType.STREET_WORKING_COMMITTEE, Sector.ORGAN, "d");
        List<Object> all = new ArrayList<>(List.of(district, streetUnder, branch));
        all.addAll(admittedAged("a", 45));
        verify("DEV-001").given(all.toArray()).raisesExactly("d@2020", "s@2020");
    }

    @Test
    void dev001MidYearIsInfoProgress() {
        Finding f = verify("DEV-001").asOf(Fixtures.MID_YEAR).given(records(admittedAged("a", 45))).raises("s", "2020");
        assertEquals(Severity.INFO, f.severity());
        assertTrue(f.progress());
    }

    @Test
    void dev001NotEvaluatedWithoutPeople() {
        verify("DEV-001").given(street, branch, membership("a", "b").probationary(ADMITTED).build()).notEvaluated();
    }

    // --- DEV-002 ---------------------------------------------------------------------------

    /** 20 new members: {@code below} with junior high school, the rest alternating high school and technical secondary. */
    private static List<Object> cohortWithLowEducation(int below) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Education e = i < below ? Education.JUNIOR_HIGH : i % 2 == 0 ? Education.HIGH_SCHOOL
                    : Education.TECHNICAL_SECONDARY;
            out.addAll(admitted(String.format("p%02d", i), LocalDate.of(1995, 1, 1), e, ADMITTED));
        }
        return out;
    }

    @Test
    void dev002AtLeast85PercentHighSchoolOrAbove() {
        verify("DEV-002").given(records(cohortWithLowEducation(3))).raisesNothing();
        Finding f = verify("DEV-002").given(records(cohortWithLowEducation(4))).raises("s", "2020");
        assertEquals(Severity.MEDIUM, f.severity());
        assertEquals(Optional.of(0.8), f.measured());
        assertEquals(Optional.of(">= 85%"), f.expected());
        assertEquals(16, f.evidence().get("numerator").size());
        assertEquals(20, f.evidence().get("denominator").size());
    }

    @Test
    void dev002TechnicalSecondaryIsHighSchoolLevelJuniorHighIsNot() {
        // 6 of 7 = 85.7% passes; 5 of 6 = 83.3% fails. Junior high is below high school.
        List<Object> seven = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            seven.addAll(admitted("t" + i, LocalDate.of(1995, 1, 1), Education.TECHNICAL_SECONDARY, ADMITTED));
        }
        seven.addAll(admitted("j", LocalDate.of(1995, 1, 1), Education.JUNIOR_HIGH, ADMITTED));
        verify("DEV-002").given(records(seven)).raisesNothing();
        verify("DEV-002").given(records(seven.subList(2, seven.size()))).raises("s", "2020");
        // Primary school too.
        verify("DEV-002").given(records(admitted("x", LocalDate.of(1995, 1, 1), Education.PRIMARY, ADMITTED)))
                .raises("s", "2020");
    }

    @Test
    void dev002MidYearIsInfoProgress() {
        Finding f = verify("DEV-002").asOf(Fixtures.MID_YEAR).given(records(admitted("x", LocalDate.of(1995, 1, 1),
                Education.JUNIOR_HIGH, ADMITTED))).raises("s", "2020");
        assertEquals(Severity.INFO, f.severity());
        // Admitted after asOf: not yet a new member.
        verify("DEV-002").asOf(Fixtures.MID_YEAR).given(records(admitted("x", LocalDate.of(1995, 1, 1),
                Education.JUNIOR_HIGH, LocalDate.of(2020, 7, 1)))).raisesNothing();
    }

    // --- DEV-003 ---------------------------------------------------------------------------

    @Test
    void dev003AdmittedBefore18() {
        LocalDate birth = LocalDate.of(2002, 6, 15);
        Finding f = verify("DEV-003").given(records(admitted("y", birth, Education.HIGH_SCHOOL,
                LocalDate.of(2020, 6, 14)))).raises("y");
        assertEquals(Severity.CRITICAL, f.severity());
        assertEquals(Optional.of(17L), f.measured());
        assertEquals(Optional.of(">= 18"), f.expected());
        assertEquals(Optional.empty(), f.period());
        // The 18th birthday itself is old enough.
        verify("DEV-003").given(records(admitted("y", birth, Education.HIGH_SCHOOL, LocalDate.of(2020, 6, 15))))
                .raisesNothing();
    }

    @Test
    void dev003TwentyNinthOfFebruaryBirthdayFallsOnFirstOfMarch() {
        LocalDate birth = LocalDate.of(2000, 2, 29);
        verify("DEV-003").asOf(LocalDate.of(2018, 12, 31)).given(records(admitted("y", birth, Education.HIGH_SCHOOL,
                LocalDate.of(2018, 2, 28)))).raises("y");
        verify("DEV-003").asOf(LocalDate.of(2018, 12, 31)).given(records(admitted("y", birth, Education.HIGH_SCHOOL,
                LocalDate.of(2018, 3, 1)))).raisesNothing();
    }

    @Test
    void dev003OnlyMembershipsAdmittedInTheAuditYear() {
        verify("DEV-003").given(records(admitted("y", LocalDate.of(2002, 6, 15), Education.HIGH_SCHOOL,
                LocalDate.of(2019, 6, 1)))).raisesNothing();
    }

    // --- DEV-004 ---------------------------------------------------------------------------

    @Test
    void dev004ProbationOverdueAfterTwelveMonths() {
        Object m = membership("p", "b").probationary(LocalDate.of(2019, 6, 15)).build();
        // Probation ends 15 June 2020: still probationary that day is not overdue, the day after is.
        verify("DEV-004").asOf(LocalDate.of(2020, 6, 15)).given(street, branch, m).raisesNothing();
        Finding f = verify("DEV-004").asOf(LocalDate.of(2020, 6, 16)).given(street, branch, m).raises("p");
        assertEquals(Severity.HIGH, f.severity());
        assertEquals(Optional.of(1L), f.measured());
        assertEquals(List.of("2020-06-15"), f.evidence().get("probationEnded"));
        assertEquals(List.of("2019-06-15"), f.evidence().get("admitted"));
        // The rule's own sentence (@message): the days overdue in place, no 实际…，应为0天 after it.
        assertTrue(f.message().endsWith("：预备期满未按期转正，已逾期1天。"), f.message());
        // A full member is not on probation.
        verify("DEV-004").given(street, branch, membership("q", "b").admitted(LocalDate.of(2019, 1, 1)).build())
                .raisesNothing();
    }

    @Test
    void dev004TwelveMonthsFromTheThirtyFirstAreReachedOnTheFirst() {
        // Admitted 31 March 2019: twelve months are reached on 31 March 2020; admitted 29 February
        // 2020: on 1 March 2021 (the catalog's durations), so 1 March is the last day on time.
        Object leap = membership("p", "b").probationary(LocalDate.of(2020, 2, 29)).build();
        verify("DEV-004").asOf(LocalDate.of(2021, 3, 1)).given(street, branch, leap).raisesNothing();
        Finding f = verify("DEV-004").asOf(LocalDate.of(2021, 3, 2)).given(street, branch, leap).raises("p");
        assertEquals(List.of("2021-03-01"), f.evidence().get("probationEnded"));
    }

    @Test
    void dev004ApprovedExtensionOfSixToTwelveMonths() {
        Object sixMonths = membership("p", "b").probationary(LocalDate.of(2019, 6, 15))
                .extendedUntil(LocalDate.of(2020, 12, 15)).build();
        verify("DEV-004").asOf(LocalDate.of(2020, 12, 15)).given(street, branch, sixMonths).raisesNothing();
        Finding f = verify("DEV-004").asOf(LocalDate.of(2020, 12, 16)).given(street, branch, sixMonths).raises("p");
        assertEquals(List.of("2020-12-15"), f.evidence().get("probationExtendedUntil"));
    }

    @Test
    void dev004ExtensionBeyondTwelveMonthsCountsOnlyUpToTwelve() {
        Object eighteen = membership("p", "b").probationary(LocalDate.of(2019, 6, 15))
                .extendedUntil(LocalDate.of(2021, 12, 15)).build();
        verify("DEV-004").asOf(LocalDate.of(2021, 6, 15)).given(street, branch, eighteen).raisesNothing();
        Finding f = verify("DEV-004").asOf(LocalDate.of(2021, 6, 16)).given(street, branch, eighteen).raises("p");
        assertEquals(List.of("2021-06-15"), f.evidence().get("probationEnded"));
    }

    @Test
    void dev004ShortExtensionIsTakenAsGiven() {
        Object three = membership("p", "b").probationary(LocalDate.of(2019, 6, 15))
                .extendedUntil(LocalDate.of(2020, 9, 15)).build();
        verify("DEV-004").asOf(LocalDate.of(2020, 9, 15)).given(street, branch, three).raisesNothing();
        verify("DEV-004").asOf(LocalDate.of(2020, 9, 16)).given(street, branch, three).raises("p");
    }

    @Test
    void dev004ProbationEndingOnAsOfIsNotOverdue() {
        // Admitted 31 December 2019: probation ends on asOf 31 December 2020, not overdue yet.
        verify("DEV-004").given(street, branch, membership("p", "b").probationary(LocalDate.of(2019, 12, 31)).build())
                .raisesNothing();
        Finding f = verify("DEV-004").given(street, branch,
                membership("p", "b").probationary(LocalDate.of(2019, 12, 30)).build()).raises("p");
        assertEquals(Optional.of(1L), f.measured());
        assertEquals(Optional.empty(), f.period());
        assertEquals("b", f.organizationId());
        verify("DEV-004").given(street, branch).notEvaluated();
    }

    // --- DEV-005 ---------------------------------------------------------------------------

    private Object[] developed(LocalDate activist, LocalDate candidate) {
        return records(person("p", Gender.FEMALE, LocalDate.of(1990, 1, 1)), membership("p", "b")
                .probationary(LocalDate.of(2020, 8, 1)).activistSince(activist).candidateSince(candidate).build());
    }

    @Test
    void dev005CandidateAtLeastTwelveMonthsAfterActivist() {
        LocalDate activist = LocalDate.of(2019, 3, 1);
        Finding f = verify("DEV-005").given(developed(activist, LocalDate.of(2020, 2, 29))).raises("p");
        assertEquals(Severity.MEDIUM, f.severity());
        assertEquals(Optional.of(11L), f.measured());
        assertEquals(Optional.of(">= 12"), f.expected());
        verify("DEV-005").given(developed(activist, LocalDate.of(2020, 3, 1))).raisesNothing();
    }

    @Test
    void dev005TwelveMonthsAreTheCatalogsDuration() {
        // Activist since 29 February 2020: twelve months are reached on 1 March 2021, not 28 February.
        verify("DEV-005").asOf(LocalDate.of(2021, 12, 31)).given(records(person("p", Gender.FEMALE, LocalDate.of(1990, 1, 1)),
                membership("p", "b").probationary(LocalDate.of(2021, 8, 1)).activistSince(LocalDate.of(2020, 2, 29))
                        .candidateSince(LocalDate.of(2021, 2, 28)).build())).raises("p");
        verify("DEV-005").asOf(LocalDate.of(2021, 12, 31)).given(records(person("p", Gender.FEMALE, LocalDate.of(1990, 1, 1)),
                membership("p", "b").probationary(LocalDate.of(2021, 8, 1)).activistSince(LocalDate.of(2020, 2, 29))
                        .candidateSince(LocalDate.of(2021, 3, 1)).build())).raisesNothing();
    }

    @Test
    void dev005DatesNotRecordedAreNotJudged() {
        verify("DEV-005").given(records(person("p", Gender.FEMALE, LocalDate.of(1990, 1, 1)),
                membership("p", "b").probationary(ADMITTED).candidateSince(LocalDate.of(2020, 1, 1)).build()))
                .raisesNothing().cannotJudge("p", "activistSince");
        verify("DEV-005").given(records(person("p", Gender.FEMALE, LocalDate.of(1990, 1, 1)),
                membership("p", "b").probationary(ADMITTED).build()))
                .raisesNothing().cannotJudge("p", "activistSince", "candidateSince");
    }

    // --- DEV-006 ---------------------------------------------------------------------------

    @Test
    void dev006PreAdmissionTrainingAtLeast24Hours() {
        Object p = person("p", Gender.MALE, LocalDate.of(1990, 1, 1));
        Finding f = verify("DEV-006").given(records(p, membership("p", "b").probationary(ADMITTED).preTraining(23.5)
                .build())).raises("p");
        assertEquals(Severity.MEDIUM, f.severity());
        assertEquals(Optional.of(23.5), f.measured());
        assertEquals(Optional.of(">= 24"), f.expected());
        verify("DEV-006").given(records(p, membership("p", "b").probationary(ADMITTED).preTraining(24).build()))
                .raisesNothing();
    }

    @Test
    void dev006HoursNotRecordedAreNotJudgedWhereTheDatasetRecordsThem() {
        Object p = person("p", Gender.MALE, LocalDate.of(1990, 1, 1));
        Object q = person("q", Gender.MALE, LocalDate.of(1990, 1, 1));
        // Hours left out are unknown, not 0: p is listed as not judged; q's 30 hours pass.
        verify("DEV-006").given(records(p, q,
                membership("p", "b").probationary(ADMITTED).build(),
                membership("q", "b").probationary(ADMITTED).preTraining(30).build()))
                .raisesNothing().cannotJudge("p", "preAdmissionTrainingHours");
        // Recorded as 0: raised.
        assertEquals(Optional.of(0L), verify("DEV-006").given(records(p, q,
                membership("p", "b").probationary(ADMITTED).preTraining(0).build(),
                membership("q", "b").probationary(ADMITTED).preTraining(30).build())).raises("p").measured());
        // A dataset that records no pre-admission training at all cannot be judged.
        verify("DEV-006").given(records(p, membership("p", "b").probationary(ADMITTED).build())).notEvaluated();
    }

    @Test
    void dev006OnlyMembershipsAdmittedInTheAuditYear() {
        Object p = person("p", Gender.MALE, LocalDate.of(1990, 1, 1));
        verify("DEV-006").given(records(p, membership("p", "b").probationary(LocalDate.of(2019, 11, 1))
                .preTraining(10).build())).raisesNothing();
    }

    // --- DEV-007 ---------------------------------------------------------------------------

    private static HostUnit unit(String id, Sector kind) {
        return new HostUnit(id, "单位" + id, kind, Optional.empty(), Optional.empty(), OptionalInt.empty(),
                OptionalDouble.empty(), OptionalDouble.empty());
    }

    @Test
    void dev007StructureOfNewMembers() {
        Organization social = org("so", OrgType.BRANCH, Sector.SOCIAL_ORGANIZATION, "s");
        Object[] given = records(unit("npe", Sector.NON_PUBLIC_ENTERPRISE), unit("soe", Sector.STATE_ENTERPRISE),
                social,
                person("a", Gender.FEMALE, ADMITTED.minusYears(30), Education.JUNIOR_COLLEGE),
                person("b1", Gender.FEMALE, ADMITTED.minusYears(35), Education.BACHELOR),
                person("c", Gender.MALE, ADMITTED.minusYears(39), Education.HIGH_SCHOOL),
                person("d", Gender.MALE, ADMITTED.minusYears(45), Education.JUNIOR_HIGH),
                membership("a", "b").probationary(ADMITTED).workUnit("npe").build(),
                membership("b1", "b").probationary(ADMITTED).workUnit("soe").build(),
                membership("c", "b").probationary(ADMITTED).build(),
                membership("d", "so").probationary(ADMITTED).build());
        Finding f = verify("DEV-007").given(given).raises("s", "2020");
        assertEquals(Severity.INFO, f.severity());
        assertEquals(Optional.of(4L), f.measured());
        assertEquals(List.of("0.5"), f.evidence().get("shareFemale"));
        // 35 on the day of admission is not under 35.
        assertEquals(List.of("0.25"), f.evidence().get("shareUnder35"));
        assertEquals(List.of("0.75"), f.evidence().get("shareUnder40"));
        assertEquals(List.of("0.5"), f.evidence().get("shareJuniorCollegeOrAbove"));
        // a works in a non-public enterprise; d, with no work unit, in a social organization's branch.
        assertEquals(List.of("0.5"), f.evidence().get("shareFromTwoNewUnits"));
        assertEquals(List.of("a", "b1", "c", "d"), f.evidence().get("denominator"));
        verify("DEV-007").given(records(person("z", Gender.MALE, LocalDate.of(1960, 1, 1)),
                membership("z", "b").admitted(LocalDate.of(2019, 4, 1)).build())).raisesNothing();
    }

    /**
     * A cohort given its members in any order reads them by person id (one person's memberships
     * in the order given), and each part asked for is its own: under 35 is not under 40, asked
     * again it is the same; equal to a cohort of the same members, with the same hash.
     */
    @Test
    void admissionCohortSortsItsMembersAndKeepsEachPartApart() {
        java.util.function.BiFunction<String, Integer, NewMember> aged = (id, age) -> NewMember.of(
                membership(id, "b").probationary(ADMITTED).build(),
                person(id, Gender.FEMALE, ADMITTED.minusYears(age), Education.BACHELOR), false);
        NewMember c = aged.apply("c", 36);
        NewMember a = aged.apply("a", 30);
        NewMember b = aged.apply("b", 45);
        NewMember a2 = NewMember.of(membership("a", "s").probationary(ADMITTED).build(), a.person(), true);
        AdmissionCohort cohort = new AdmissionCohort("s", new ArrayList<>(List.of(c, a, b, a2)));
        assertEquals(List.of(a, a2, b, c), cohort.members());
        assertEquals(List.of("a", "a"), cohort.youngerThan(35));
        assertEquals(List.of("a", "a", "c"), cohort.youngerThan(40));
        assertEquals(List.of("a", "a"), cohort.youngerThan(35));
        assertEquals(List.of("a"), cohort.fromTwoNewUnits());
        assertEquals(List.of("a", "a", "b", "c"), cohort.female());
        AdmissionCohort same = new AdmissionCohort("s", List.of(a, a2, b, c));
        assertEquals(same, cohort);
        assertEquals(same.hashCode(), cohort.hashCode());
        assertEquals(List.of(a, a2, b, c).hashCode(), cohort.members().hashCode());
        assertTrue(!cohort.equals(new AdmissionCohort("s", List.of(a, b, c))));
    }

    @Test
    void everyDevRuleIsNotEvaluatedWithoutMemberships() {
        for (String id : List.of("DEV-001", "DEV-002", "DEV-003", "DEV-004", "DEV-005", "DEV-006", "DEV-007")) {
            verify(id).given(street, branch, person("p", Gender.MALE, LocalDate.of(1990, 1, 1))).notEvaluated();
        }
    }
}
