package org.dangjian.rules;

import static org.dangjian.rules.Fixtures.MID_YEAR;
import static org.dangjian.rules.Fixtures.YEAR_END;
import static org.dangjian.rules.Fixtures.activity;
import static org.dangjian.rules.Fixtures.branch;
import static org.dangjian.rules.Fixtures.month;
import static org.dangjian.rules.MemberManagementFixtures.all;
import static org.dangjian.rules.MemberManagementFixtures.dues;
import static org.dangjian.rules.MemberManagementFixtures.duesFor;
import static org.dangjian.rules.MemberManagementFixtures.evaluation;
import static org.dangjian.rules.MemberManagementFixtures.membership;
import static org.dangjian.rules.MemberManagementFixtures.mobile;
import static org.dangjian.rules.RuleVerifier.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dangjian.model.ActivityType;
import org.dangjian.model.AssessmentResult;
import org.dangjian.model.Dataset;
import org.dangjian.model.Education;
import org.dangjian.model.EvaluationResult;
import org.dangjian.model.Gender;
import org.dangjian.model.MemberCategory;
import org.dangjian.model.MembershipStatus;
import org.dangjian.model.OrgType;
import org.dangjian.model.Organization;
import org.dangjian.model.Person;
import org.dangjian.model.RecordKind;
import org.dangjian.model.Role;
import org.dangjian.model.Sector;
import org.junit.jupiter.api.Test;

/** MEM: member management, one test per rule, both sides of each boundary. */
class MemberRulesTest {

    private final Organization branch = branch("b-1", null);

    // ---- MEM-001 / MEM-002: consecutive unpaid months ending at asOf -----------------------------

    @Test
    void mem001SixUnpaidMonthsIsSelfWithdrawal() {
        Finding f = verify("MEM-001").given(all(branch, membership("p1", "b-1").build(),
                duesFor("p1", month(2020, 1), month(2020, 6), 50))).raises("p1");
        assertEquals(Severity.CRITICAL, f.severity());
        assertEquals(Optional.empty(), f.period());
        assertEquals(Optional.of(6L), f.measured());
        assertEquals(Optional.of("< 6"), f.expected());
        assertEquals(List.of("2020-07", "2020-08", "2020-09", "2020-10", "2020-11", "2020-12"),
                f.evidence().get("unpaidMonths"));
        // Five months is arrears, not self-withdrawal.
        verify("MEM-001").given(all(branch, membership("p1", "b-1").build(),
                duesFor("p1", month(2020, 1), month(2020, 7), 50))).raisesNothing();
    }

    @Test
    void mem001ARunOfUnpaidMonthsCrossesFirstJanuary() {
        // Audited on 31 March 2021, last paid for September 2020: October to March, six months.
        Finding f = verify("MEM-001").asOf(LocalDate.of(2021, 3, 31)).given(all(branch, membership("p1", "b-1").build(),
                duesFor("p1", month(2020, 1), month(2020, 9), 50))).raises("p1");
        assertEquals(List.of("2020-10", "2020-11", "2020-12", "2021-01", "2021-02", "2021-03"),
                f.evidence().get("unpaidMonths"));
        // Paid for October too: November to March, five, arrears across the year's end.
        verify("MEM-001").asOf(LocalDate.of(2021, 3, 31)).given(all(branch, membership("p1", "b-1").build(),
                duesFor("p1", month(2020, 1), month(2020, 10), 50))).raisesNothing();
        Finding five = verify("MEM-002").asOf(LocalDate.of(2021, 3, 31)).given(all(branch, membership("p1", "b-1").build(),
                duesFor("p1", month(2020, 1), month(2020, 10), 50))).raises("p1");
        assertEquals(Optional.of(5L), five.measured());
        // Paid for December 2020 only: January to March, three months of arrears.
        assertEquals(Optional.of(3L), verify("MEM-002").asOf(LocalDate.of(2021, 3, 31)).given(all(branch,
                membership("p1", "b-1").build(), duesFor("p1", month(2020, 12), month(2020, 12), 50)))
                .raises("p1").measured());
    }

    @Test
    void mem001LatePaymentCountsForTheMonthItNames() {
        // July paid in December: the run is August to December, five months.
        verify("MEM-001").given(all(branch, membership("p1", "b-1").build(),
                duesFor("p1", month(2020, 1), month(2020, 6), 50),
                dues("p1", month(2020, 7), 50, LocalDate.of(2020, 12, 20)))).raisesNothing();
        // A payment dated after asOf had not been made as of asOf.
        verify("MEM-001").given(all(branch, membership("p1", "b-1").build(),
                duesFor("p1", month(2020, 1), month(2020, 6), 50),
                dues("p1", month(2020, 7), 50, LocalDate.of(2021, 1, 2)))).raises("p1");
    }

    @Test
    void mem001OnlyMonthsThatHaveEndedAreOwed() {
        // asOf 30 December: December has not ended, the run is July to November.
        verify("MEM-001").asOf(LocalDate.of(2020, 12, 30)).given(all(branch, membership("p1", "b-1").build(),
                duesFor("p1", month(2020, 1), month(2020, 6), 50))).raisesNothing();
        verify("MEM-002").asOf(LocalDate.of(2020, 12, 30)).given(all(branch, membership("p1", "b-1").build(),
                duesFor("p1", month(2020, 1), month(2020, 6), 50))).raises("p1");
    }

    @Test
    void mem001CountsOnlyMonthsOfMembershipFromTheAdmissionMonth() {
        // Admitted on 1 July: July to December, six months of membership, none paid.
        verify("MEM-001").present(RecordKind.DUES_PAYMENTS).given(branch,
                membership("p1", "b-1").admitted(LocalDate.of(2020, 7, 1)).build()).raises("p1");
        // Admitted on 31 August, the last day of the month: August counts, five months.
        Finding f = verify("MEM-002").present(RecordKind.DUES_PAYMENTS).given(branch,
                membership("p1", "b-1").admitted(LocalDate.of(2020, 8, 31)).build()).raises("p1");
        assertEquals(Optional.of(5L), f.measured());
        verify("MEM-001").present(RecordKind.DUES_PAYMENTS).given(branch,
                membership("p1", "b-1").admitted(LocalDate.of(2020, 8, 31)).build()).raisesNothing();
    }

    @Test
    void mem001RunEndsWithAMonthThatEndsOnAsOf() {
        // asOf 30 November: November has ended on asOf, so June to November is six months.
        LocalDate asOf = LocalDate.of(2020, 11, 30);
        verify("MEM-001").asOf(asOf).given(all(branch, membership("p1", "b-1").build(),
                duesFor("p1", month(2020, 1), month(2020, 5), 50))).raises("p1");
        verify("MEM-001").asOf(asOf).given(all(branch, membership("p1", "b-1").build(),
                duesFor("p1", month(2020, 1), month(2020, 6), 50))).raisesNothing();
        // A payment made on asOf itself has been made.
        verify("MEM-001").asOf(asOf).given(all(branch, membership("p1", "b-1").build(),
                duesFor("p1", month(2020, 1), month(2020, 5), 50), dues("p1", month(2020, 6), 50, asOf)))
                .raisesNothing();
    }

    @Test
    void mem001PaymentForAnEarlierMonthDoesNotBreakTheRun() {
        // Paid for March in November: the run ending at December is still July to December.
        Finding f = verify("MEM-001").given(all(branch, membership("p1", "b-1").build(),
                duesFor("p1", month(2020, 1), month(2020, 6), 50),
                dues("p1", month(2020, 3), 50, LocalDate.of(2020, 11, 3)))).raises("p1");
        assertEquals(Optional.of(6L), f.measured());
        // A payment in advance for January 2021 does not pay for December 2020.
        verify("MEM-001").given(all(branch, membership("p1", "b-1").build(),
                duesFor("p1", month(2020, 1), month(2020, 6), 50),
                dues("p1", month(2021, 1), 50, LocalDate.of(2020, 12, 20)))).raises("p1");
    }

    @Test
    void mem001SuspendedMembersOweNoDues() {
        verify("MEM-001").present(RecordKind.DUES_PAYMENTS).given(branch,
                membership("p1", "b-1").suspendedSince(LocalDate.of(2019, 1, 1)).build()).raisesNothing();
    }

    @Test
    void mem001NotEvaluatedWithoutDuesPayments() {
        verify("MEM-001").given(branch, membership("p1", "b-1").build()).notEvaluated();
        verify("MEM-002").given(branch, membership("p1", "b-1").build()).notEvaluated();
    }

    @Test
    void mem002ArrearsOfOneToFiveMonths() {
        Finding f = verify("MEM-002").given(all(branch, membership("p1", "b-1").build(),
                duesFor("p1", month(2020, 1), month(2020, 11), 50))).raises("p1");
        assertEquals(Severity.LOW, f.severity());
        assertEquals(Optional.of(1L), f.measured());
        assertEquals(List.of("2020-12"), f.evidence().get("unpaidMonths"));
        verify("MEM-002").given(all(branch, membership("p1", "b-1").build(),
                duesFor("p1", month(2020, 1), month(2020, 12), 50))).raisesNothing();
        // Six months is MEM-001's, not MEM-002's.
        verify("MEM-002").given(all(branch, membership("p1", "b-1").build(),
                duesFor("p1", month(2020, 1), month(2020, 6), 50))).raisesNothing();
    }

    @Test
    void mem002RunCrossesTheYearAndEndsOn29February() {
        // asOf 29 February 2020, the last day of a leap February: October to February are owed.
        Finding f = verify("MEM-002").asOf(LocalDate.of(2020, 2, 29)).given(all(branch,
                membership("p1", "b-1").build(), duesFor("p1", month(2019, 1), month(2019, 9), 50))).raises("p1");
        assertEquals(List.of("2019-10", "2019-11", "2019-12", "2020-01", "2020-02"), f.evidence().get("unpaidMonths"));
        // asOf 28 February: February has not ended.
        Finding g = verify("MEM-002").asOf(LocalDate.of(2020, 2, 28)).given(all(branch,
                membership("p1", "b-1").build(), duesFor("p1", month(2019, 1), month(2019, 9), 50))).raises("p1");
        assertEquals(Optional.of(4L), g.measured());
    }

    // ---- MEM-003: dues below the rate ---------------------------------------------------------

    @Test
    void mem003IncomeOnABracketBoundaryPaysThatBracketsRate() {
        // 3000 yuan: 0.5% = 15 yuan. Exactly 15 passes, 14.99 fails.
        verify("MEM-003").given(branch, membership("p1", "b-1").income(3000).build(),
                dues("p1", month(2020, 7), 15)).raisesNothing();
        Finding f = verify("MEM-003").given(branch, membership("p1", "b-1").income(3000).build(),
                dues("p1", month(2020, 7), 14.99)).raises("p1", "2020-07");
        assertEquals(Severity.MEDIUM, f.severity());
        assertEquals(Optional.of(14.99), f.measured());
        assertEquals(Optional.of(">= 15"), f.expected());
        assertEquals(List.of("0.5%"), f.evidence().get("rate"));
        // 3000.01 yuan is in the next bracket: 1% = 30 yuan.
        Finding g = verify("MEM-003").given(branch, membership("p1", "b-1").income(3000.01).build(),
                dues("p1", month(2020, 7), 15)).raises("p1", "2020-07");
        assertEquals(Optional.of(">= 30"), g.expected());
        assertEquals(List.of("(3000, 5000]"), g.evidence().get("incomeBracket"));
    }

    @Test
    void mem003IncomeLeftOutIsNotJudgedAndListed() {
        // Paid for July, income not declared: the rate owed is unknown, so neither passed nor raised.
        verify("MEM-003").given(branch, membership("p1", "b-1").build(), dues("p1", month(2020, 7), 1))
                .raisesNothing().cannotJudge("p1", "monthlyIncomeYuan");
        verify("MEM-003").given(branch, membership("p1", "b-1").income(3000).build(), dues("p1", month(2020, 7), 15))
                .raisesNothing().judgesAll();
        // Only a payment for a month MEM-003 would judge counts: one for 2019 or for a month not yet due does not.
        verify("MEM-003").given(branch, membership("p1", "b-1").build(), dues("p1", month(2019, 7), 1))
                .judgesAll();
        verify("MEM-003").asOf(MID_YEAR).given(branch, membership("p1", "b-1").build(), dues("p1", month(2020, 7), 1))
                .judgesAll();
    }

    @Test
    void mem003HigherBrackets() {
        verify("MEM-003").given(branch, membership("p1", "b-1").income(5000).build(),
                dues("p1", month(2020, 7), 50)).raisesNothing();
        verify("MEM-003").given(branch, membership("p1", "b-1").income(5000.01).build(),
                dues("p1", month(2020, 7), 75)).raisesNothing();
        verify("MEM-003").given(branch, membership("p1", "b-1").income(10000).build(),
                dues("p1", month(2020, 7), 149.99)).raises("p1", "2020-07");
        Finding f = verify("MEM-003").given(branch, membership("p1", "b-1").income(12000).build(),
                dues("p1", month(2020, 7), 200)).raises("p1", "2020-07");
        assertEquals(Optional.of(">= 240"), f.expected());
        assertEquals(List.of("> 10000"), f.evidence().get("incomeBracket"));
    }

    @Test
    void mem003FiveThousandBoundary() {
        // 5000 yuan is in the 1% bracket: 50 passes, 49.99 fails.
        verify("MEM-003").given(branch, membership("p1", "b-1").income(5000).build(),
                dues("p1", month(2020, 7), 50)).raisesNothing();
        Finding f = verify("MEM-003").given(branch, membership("p1", "b-1").income(5000).build(),
                dues("p1", month(2020, 7), 49.99)).raises("p1", "2020-07");
        assertEquals(Optional.of(">= 50"), f.expected());
        assertEquals(List.of("1%"), f.evidence().get("rate"));
        // 5000.01 is in the 1.5% bracket: 75.00 (75.00015 to the fen) passes, 74.99 fails.
        verify("MEM-003").given(branch, membership("p1", "b-1").income(5000.01).build(),
                dues("p1", month(2020, 7), 75)).raisesNothing();
        Finding g = verify("MEM-003").given(branch, membership("p1", "b-1").income(5000.01).build(),
                dues("p1", month(2020, 7), 74.99)).raises("p1", "2020-07");
        assertEquals(List.of("1.5%"), g.evidence().get("rate"));
        assertEquals(List.of("(5000, 10000]"), g.evidence().get("incomeBracket"));
    }

    @Test
    void mem003TenThousandBoundary() {
        // 10000 yuan is in the 1.5% bracket: 150 passes, 149.99 fails.
        verify("MEM-003").given(branch, membership("p1", "b-1").income(10000).build(),
                dues("p1", month(2020, 7), 150)).raisesNothing();
        verify("MEM-003").given(branch, membership("p1", "b-1").income(10000).build(),
                dues("p1", month(2020, 7), 149.99)).raises("p1", "2020-07");
        // 10000.01 pays 2%: 200.00 passes; 199.99, or the 1.5% amount, fails.
        verify("MEM-003").given(branch, membership("p1", "b-1").income(10000.01).build(),
                dues("p1", month(2020, 7), 200)).raisesNothing();
        Finding f = verify("MEM-003").given(branch, membership("p1", "b-1").income(10000.01).build(),
                dues("p1", month(2020, 7), 199.99)).raises("p1", "2020-07");
        assertEquals(Optional.of(">= 200"), f.expected());
        assertEquals(List.of("2%"), f.evidence().get("rate"));
        verify("MEM-003").given(branch, membership("p1", "b-1").income(10000.01).build(),
                dues("p1", month(2020, 7), 150)).raises("p1", "2020-07");
    }

    @Test
    void mem003RetireesBoundary() {
        // Retirees: 0.5% up to 5000 (3000 is no boundary for them), 1% above.
        verify("MEM-003").given(branch, membership("p1", "b-1").category(MemberCategory.RETIRED).income(3000.01).build(),
                dues("p1", month(2020, 7), 15)).raisesNothing();
        Finding f = verify("MEM-003").given(branch,
                membership("p1", "b-1").category(MemberCategory.RETIRED).income(5000).build(),
                dues("p1", month(2020, 7), 24.99)).raises("p1", "2020-07");
        assertEquals(Optional.of(">= 25"), f.expected());
        assertEquals(List.of("0.5%"), f.evidence().get("rate"));
        verify("MEM-003").given(branch, membership("p1", "b-1").category(MemberCategory.RETIRED).income(5000.01).build(),
                dues("p1", month(2020, 7), 50)).raisesNothing();
        verify("MEM-003").given(branch, membership("p1", "b-1").category(MemberCategory.RETIRED).income(5000.01).build(),
                dues("p1", month(2020, 7), 49.99)).raises("p1", "2020-07");
    }

    @Test
    void mem003RetireesHaveTheirOwnRates() {
        verify("MEM-003").given(branch, membership("p1", "b-1").category(MemberCategory.RETIRED).income(5000).build(),
                dues("p1", month(2020, 7), 25)).raisesNothing();
        Finding f = verify("MEM-003").given(branch,
                membership("p1", "b-1").category(MemberCategory.RETIRED).income(5000.01).build(),
                dues("p1", month(2020, 7), 25)).raises("p1", "2020-07");
        assertEquals(Optional.of(">= 50"), f.expected());
        assertEquals(List.of("5000:0.005, *:0.01"), f.evidence().get("rateTable"));
    }

    @Test
    void mem003PaymentsForOneMonthAddUp() {
        verify("MEM-003").given(branch, membership("p1", "b-1").income(3000).build(),
                dues("p1", month(2020, 7), 10), dues("p1", month(2020, 7), 5)).raisesNothing();
    }

    @Test
    void mem003JudgesEndedMonthsOfTheAuditYearOnly() {
        // The declared income is today's: months of earlier years are not judged against it.
        verify("MEM-003").given(branch, membership("p1", "b-1").income(3000).build(),
                dues("p1", month(2019, 12), 1)).raisesNothing();
        // asOf 15 July: July has not ended; June has, and is judged (not a progress finding).
        verify("MEM-003").asOf(LocalDate.of(2020, 7, 15)).given(branch, membership("p1", "b-1").income(3000).build(),
                dues("p1", month(2020, 7), 1)).raisesNothing();
        Finding f = verify("MEM-003").asOf(LocalDate.of(2020, 7, 15)).given(branch,
                membership("p1", "b-1").income(3000).build(), dues("p1", month(2020, 6), 1)).raises("p1", "2020-06");
        assertFalse(f.progress());
        // One finding per underpaid month.
        verify("MEM-003").given(branch, membership("p1", "b-1").income(3000).build(),
                dues("p1", month(2020, 1), 1), dues("p1", month(2020, 12), 1), dues("p1", month(2020, 6), 15))
                .raisesExactly("p1@2020-01", "p1@2020-12");
    }

    @Test
    void mem003NeedsADeclaredIncomeAndFollowsTheParameters() {
        verify("MEM-003").given(branch, membership("p1", "b-1").build(), dues("p1", month(2020, 7), 0.01))
                .raisesNothing();
        verify("MEM-003").with("mem.duesBrackets", "3000:0.01, *:0.02")
                .given(branch, membership("p1", "b-1").income(3000).build(), dues("p1", month(2020, 7), 15))
                .raises("p1", "2020-07");
        verify("MEM-003").given(branch, membership("p1", "b-1").income(3000).build()).notEvaluated();
    }

    // ---- MEM-004: lost contact, suspended ------------------------------------------------------

    @Test
    void mem004LostContactSixMonthsAndNotSuspended() {
        Finding f = verify("MEM-004").given(branch,
                membership("p1", "b-1").lostContactSince(LocalDate.of(2020, 6, 30)).build()).raises("p1");
        assertEquals(Optional.of(6L), f.measured());
        assertEquals(Optional.of("< 6"), f.expected());
        assertEquals(List.of("2020-06-30"), f.evidence().get("lostContactSince"));
        verify("MEM-004").given(branch,
                membership("p1", "b-1").lostContactSince(LocalDate.of(2020, 7, 1)).build()).raisesNothing();
        // Suspended in time: handled (and not yet two years).
        verify("MEM-004").given(branch, membership("p1", "b-1").lostContactSince(LocalDate.of(2019, 1, 1))
                .suspendedSince(LocalDate.of(2019, 8, 1)).build()).raisesNothing();
    }

    @Test
    void mem004SuspendedTwoYearsAndNotRemoved() {
        Finding f = verify("MEM-004").given(branch,
                membership("p1", "b-1").suspendedSince(LocalDate.of(2018, 12, 31)).build()).raises("p1");
        assertEquals(Optional.of(2L), f.measured());
        assertEquals(Severity.HIGH, f.severity());
        verify("MEM-004").given(branch,
                membership("p1", "b-1").suspendedSince(LocalDate.of(2019, 1, 1)).build()).raisesNothing();
        // Suspended on 29 February: the anniversary in a common year is 1 March.
        verify("MEM-004").asOf(LocalDate.of(2018, 2, 28)).given(branch,
                membership("p1", "b-1").suspendedSince(LocalDate.of(2016, 2, 29)).build()).raisesNothing();
        verify("MEM-004").asOf(LocalDate.of(2018, 3, 1)).given(branch,
                membership("p1", "b-1").suspendedSince(LocalDate.of(2016, 2, 29)).build()).raises("p1");
    }

    @Test
    void mem004NotEvaluatedWithoutMemberships() {
        verify("MEM-004").given(branch).notEvaluated();
    }

    // ---- MEM-005 / MEM-006: mobile members -----------------------------------------------------

    @Test
    void mem005MobileMemberThreeOnes() {
        LocalDate since = LocalDate.of(2019, 3, 1);
        verify("MEM-005").given(branch, membership("p1", "b-1").mobile(mobile(since, false, true, true, 2020)).build())
                .raisesNothing();
        Finding f = verify("MEM-005").given(branch,
                membership("p1", "b-1").mobile(mobile(since, false, false, true, 2020)).build()).raises("p1");
        assertEquals(Optional.empty(), f.period());
        assertEquals(List.of("certificate"), f.evidence().get("missing"));
        Finding g = verify("MEM-005").given(branch,
                membership("p1", "b-1").mobile(mobile(since, false, true, true, 2019)).build()).raises("p1", "2020");
        assertEquals(Severity.MEDIUM, g.severity());
        assertEquals(List.of("2019"), g.evidence().get("lastEvaluationYear"));
        // Everything missing: the paperwork now, the evaluation for the year.
        verify("MEM-005").given(branch, membership("p1", "b-1").mobile(mobile(since, false, false, false, null)).build())
                .raisesExactly("p1@-", "p1@2020");
    }

    @Test
    void mem005CertificateOrFileLeftOutIsNotJudged() {
        LocalDate since = LocalDate.of(2019, 3, 1);
        // Certificate true / false / left out, the file kept and the member evaluated this year.
        verify("MEM-005").given(branch, membership("p1", "b-1").mobile(mobile(since, false, true, true, 2020)).build())
                .raisesNothing().judgesAll();
        verify("MEM-005").given(branch, membership("p1", "b-1").mobile(mobile(since, false, false, true, 2020)).build())
                .raises("p1");
        verify("MEM-005").given(branch, membership("p1", "b-1").mobile(mobile(since, false, null, true, 2020)).build())
                .raisesNothing().cannotJudge("p1", "mobile.certificate");
        // Both left out: both listed.
        verify("MEM-005").given(branch, membership("p1", "b-1").mobile(mobile(since, false, null, null, 2020)).build())
                .raisesNothing().cannotJudge("p1", "mobile.certificate", "mobile.fileKept");
        // One known missing is raised, the other's silence notwithstanding; nothing listed.
        Finding f = verify("MEM-005").given(branch,
                membership("p1", "b-1").mobile(mobile(since, false, null, false, 2020)).build()).raises("p1");
        assertEquals(List.of("file"), f.evidence().get("missing"));
        verify("MEM-005").given(branch, membership("p1", "b-1").mobile(mobile(since, false, null, false, 2020)).build())
                .judgesAll();
        // The yearly evaluation is judged apart: raised for the year, the certificate still not judged.
        AuditReport report = verify("MEM-005").given(branch,
                membership("p1", "b-1").mobile(mobile(since, false, null, true, 2019)).build())
                .raisesExactly("p1@2020").report();
        assertEquals(List.of(List.of("mobile.certificate")), report.summary().subjectsNotJudged().stream()
                .filter(n -> n.ruleId().equals("MEM-005") && n.subjectId().equals("p1")).map(AuditReport.NotJudged::fields)
                .toList());
    }

    @Test
    void mem006FixedPlaceLeftOutIsNotJudged() {
        LocalDate sixMonths = LocalDate.of(2020, 6, 30);
        verify("MEM-006").given(branch, membership("p1", "b-1").mobile(mobile(sixMonths, true, true, true, 2020)).build())
                .raises("p1");
        verify("MEM-006").given(branch, membership("p1", "b-1").mobile(mobile(sixMonths, false, true, true, 2020)).build())
                .raisesNothing().judgesAll();
        verify("MEM-006").given(branch, membership("p1", "b-1").mobile(mobile(sixMonths, null, true, true, 2020)).build())
                .raisesNothing().cannotJudge("p1", "mobile.fixedPlace");
        // Away less than six months: nothing to judge whatever the place.
        verify("MEM-006").given(branch, membership("p1", "b-1")
                .mobile(mobile(LocalDate.of(2020, 7, 1), null, true, true, 2020)).build()).raisesNothing().judgesAll();
    }

    @Test
    void mem005EvaluationIsYearlyProgressBeforeYearEnd() {
        Finding f = verify("MEM-005").asOf(MID_YEAR).given(branch,
                membership("p1", "b-1").mobile(mobile(LocalDate.of(2019, 3, 1), false, true, true, 2019)).build())
                .raises("p1", "2020");
        assertTrue(f.progress());
        assertEquals(Severity.INFO, f.severity());
        // A missing certificate is not progress: it is missing now.
        Finding g = verify("MEM-005").asOf(MID_YEAR).given(branch,
                membership("p1", "b-1").mobile(mobile(LocalDate.of(2019, 3, 1), false, false, true, 2020)).build())
                .raises("p1");
        assertEquals(Severity.MEDIUM, g.severity());
    }

    @Test
    void mem005OnlyMobileMembersWithMobileInformation() {
        verify("MEM-005").given(branch, membership("p1", "b-1").category(MemberCategory.MOBILE).build()).raisesNothing();
        verify("MEM-005").given(branch, membership("p1", "b-1").build()).raisesNothing();
    }

    @Test
    void mem006AtAFixedPlaceSixMonthsWithoutTransferring() {
        Finding f = verify("MEM-006").given(branch, membership("p1", "b-1")
                .mobile(mobile(LocalDate.of(2020, 6, 30), true, true, true, 2020)).build()).raises("p1");
        assertEquals(Optional.of(6L), f.measured());
        assertEquals(Optional.of("< 6"), f.expected());
        verify("MEM-006").given(branch, membership("p1", "b-1")
                .mobile(mobile(LocalDate.of(2020, 7, 1), true, true, true, 2020)).build()).raisesNothing();
        verify("MEM-006").given(branch, membership("p1", "b-1")
                .mobile(mobile(LocalDate.of(2018, 1, 1), false, true, true, 2020)).build()).raisesNothing();
    }

    // ---- MEM-007: in-service members report to a community -------------------------------------

    @Test
    void mem007InServiceMemberNotRegisteredWithACommunity() {
        Finding f = verify("MEM-007").given(branch, membership("p1", "b-1").category(MemberCategory.IN_SERVICE).build())
                .raises("p1");
        assertEquals(SubjectType.PERSON, f.subjectType());
        assertEquals("b-1", f.organizationId());
        verify("MEM-007").given(branch, branch("c-1", null),
                membership("p1", "b-1").category(MemberCategory.IN_SERVICE).reportedTo("c-1").build()).raisesNothing();
        verify("MEM-007").given(branch, membership("p1", "b-1").build()).raisesNothing();
    }

    // ---- MEM-008: a cadence row ------------------------------------------------------------------

    @Test
    void mem008HalfYearlyFeedbackOnInServiceMembers() {
        Organization community = Fixtures.org("c-1", OrgType.GENERAL_BRANCH, Sector.COMMUNITY, null);
        Organization sub = branch("b-2", "c-1");
        Finding f = verify("MEM-008").given(community, sub,
                activity("a1", "c-1", ActivityType.IN_SERVICE_FEEDBACK, LocalDate.of(2020, 6, 30)))
                .raises("c-1", "2020-H2");
        assertEquals(Severity.LOW, f.severity());
        verify("MEM-008").given(community, sub,
                activity("a1", "c-1", ActivityType.IN_SERVICE_FEEDBACK, LocalDate.of(2020, 6, 30)),
                activity("a2", "c-1", ActivityType.IN_SERVICE_FEEDBACK, LocalDate.of(2020, 7, 1))).raisesNothing();
        // asOf 30 June: only the first half-year has ended.
        verify("MEM-008").asOf(MID_YEAR).given(community,
                activity("a1", "c-1", ActivityType.OTHER, LocalDate.of(2020, 3, 1))).raises("c-1", "2020-H1");
        verify("MEM-008").given(community).notEvaluated();
    }

    // ---- MEM-009: unqualified members handled ----------------------------------------------------

    @Test
    void mem009UnqualifiedMemberNotHandled() {
        Finding f = verify("MEM-009").given(branch, membership("p1", "b-1").build(),
                evaluation("p1", 2019, EvaluationResult.UNQUALIFIED, false),
                evaluation("p1", 2020, EvaluationResult.UNQUALIFIED, false)).raises("p1");
        assertEquals(List.of("2019", "2020"), f.evidence().get("unqualifiedYears"));
        verify("MEM-009").given(branch, membership("p1", "b-1").build(),
                evaluation("p1", 2020, EvaluationResult.UNQUALIFIED, true)).raisesNothing();
        verify("MEM-009").given(branch, membership("p1", "b-1").build(),
                evaluation("p1", 2020, EvaluationResult.BASICALLY_QUALIFIED, false)).raisesNothing();
        // No longer a member: removed, which is a way of handling.
        verify("MEM-009").given(branch, membership("p2", "b-1").build(),
                evaluation("p1", 2020, EvaluationResult.UNQUALIFIED, false)).raisesNothing();
        verify("MEM-009").given(branch, membership("p1", "b-1").build()).notEvaluated();
    }

    @Test
    void mem009HandlingLeftOutIsNotJudged() {
        // handled true / false / left out.
        verify("MEM-009").given(branch, membership("p1", "b-1").build(),
                evaluation("p1", 2020, EvaluationResult.UNQUALIFIED, true)).raisesNothing().judgesAll();
        verify("MEM-009").given(branch, membership("p1", "b-1").build(),
                evaluation("p1", 2020, EvaluationResult.UNQUALIFIED, false)).raises("p1");
        verify("MEM-009").given(branch, membership("p1", "b-1").build(),
                evaluation("p1", 2020, EvaluationResult.UNQUALIFIED, null)).raisesNothing().cannotJudge("p1", "handled");
        // One year not handled is raised, with only that year; the silent year is not counted.
        Finding f = verify("MEM-009").given(branch, membership("p1", "b-1").build(),
                evaluation("p1", 2019, EvaluationResult.UNQUALIFIED, null),
                evaluation("p1", 2020, EvaluationResult.UNQUALIFIED, false)).raises("p1");
        assertEquals(List.of("2020"), f.evidence().get("unqualifiedYears"));
        // A qualified member's handling is not asked.
        verify("MEM-009").given(branch, membership("p1", "b-1").build(),
                evaluation("p1", 2020, EvaluationResult.QUALIFIED, null)).raisesNothing().judgesAll();
    }

    // ---- The same records read from JSON (DatasetReader) ------------------------------------------

    /** Dues payments as JSON objects: {@code amount} for every month of 2020 from {@code from} to {@code to}. */
    private static String duesJson(String personId, int from, int to, String amount) {
        List<String> out = new ArrayList<>();
        for (int m = from; m <= to; m++) {
            out.add(String.format("{\"personId\":\"%s\",\"month\":\"2020-%02d\",\"amountYuan\":%s}", personId, m, amount));
        }
        return String.join(",\n", out);
    }

    static Dataset readJson(String json) {
        try {
            return org.dangjian.model.io.DatasetReader.read(
                    new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "test.json")
                    .dataset();
        } catch (Exception e) {
            throw new AssertionError("the test's JSON should read: " + e.getMessage(), e);
        }
    }

    @Test
    void memRulesJudgeADatasetReadFromJsonLikeTheFixtures() {
        String json = """
                {"asOf": "2020-12-31",
                 "organizations": [{"id":"b-1","name":"组织b-1","type":"BRANCH","sector":"COMMUNITY","established":"2010-01-01"}],
                 "people": [%s],
                 "memberships": [
                   {"personId":"p1","organizationId":"b-1","status":"FULL","admitted":"2010-01-01"},
                   {"personId":"p2","organizationId":"b-1","status":"FULL","admitted":"2010-01-01","monthlyIncomeYuan":3000},
                   {"personId":"p3","organizationId":"b-1","status":"FULL","admitted":"2010-01-01","category":"RETIRED","monthlyIncomeYuan":5000.01},
                   {"personId":"p4","organizationId":"b-1","status":"FULL","admitted":"2010-01-01","lostContactSince":"2020-06-30"},
                   {"personId":"p5","organizationId":"b-1","status":"FULL","admitted":"2010-01-01","category":"MOBILE",
                    "mobile":{"since":"2020-06-30","fixedPlace":true,"certificate":false,"fileKept":true,"lastEvaluationYear":2019}},
                   {"personId":"p6","organizationId":"b-1","status":"FULL","admitted":"2010-01-01","category":"IN_SERVICE"},
                   {"personId":"p7","organizationId":"b-1","status":"SUSPENDED","admitted":"2010-01-01","suspendedSince":"2018-12-31"},
                   {"personId":"p8","organizationId":"b-1","status":"FULL","admitted":"2010-01-01"}],
                 "duesPayments": [%s,
                   {"personId":"p2","month":"2020-07","amountYuan":14.99},
                   {"personId":"p3","month":"2020-12","amountYuan":49.99},
                   {"personId":"p3","month":"2020-11","amountYuan":50,"paidOn":"2020-12-03"}],
                 "memberEvaluations": [{"personId":"p8","year":2020,"result":"UNQUALIFIED","handled":false}]}
                """.formatted(
                String.join(",", java.util.stream.IntStream.rangeClosed(1, 8).mapToObj(i -> String.format(
                        "{\"id\":\"p%d\",\"name\":\"党员p%d\",\"gender\":\"MALE\",\"birthDate\":\"1980-05-01\",\"education\":\"BACHELOR\"}",
                        i, i)).toList()),
                String.join(",\n", duesJson("p1", 1, 6, "50"), duesJson("p2", 1, 6, "15"), duesJson("p2", 8, 11, "15"),
                        duesJson("p3", 1, 10, "50"), duesJson("p4", 1, 12, "50"), duesJson("p5", 1, 12, "50"),
                        duesJson("p6", 1, 12, "50"), duesJson("p8", 1, 12, "50")));
        Dataset.Builder b = Dataset.builder(YEAR_END).add(branch);
        for (int i = 1; i <= 8; i++) {
            b.add(Fixtures.person("p" + i));
        }
        b.add(membership("p1", "b-1").build()).add(membership("p2", "b-1").income(3000).build())
                .add(membership("p3", "b-1").category(MemberCategory.RETIRED).income(5000.01).build())
                .add(membership("p4", "b-1").lostContactSince(LocalDate.of(2020, 6, 30)).build())
                .add(membership("p5", "b-1").mobile(mobile(LocalDate.of(2020, 6, 30), true, false, true, 2019)).build())
                .add(membership("p6", "b-1").category(MemberCategory.IN_SERVICE).build())
                .add(membership("p7", "b-1").suspendedSince(LocalDate.of(2018, 12, 31)).build())
                .add(membership("p8", "b-1").build());
        b.addAll(duesFor("p1", month(2020, 1), month(2020, 6), 50)).addAll(duesFor("p2", month(2020, 1), month(2020, 6), 15))
                .addAll(duesFor("p2", month(2020, 8), month(2020, 11), 15)).addAll(duesFor("p3", month(2020, 1), month(2020, 10), 50));
        for (String id : List.of("p4", "p5", "p6", "p8")) {
            b.addAll(duesFor(id, month(2020, 1), month(2020, 12), 50));
        }
        b.add(dues("p2", month(2020, 7), 14.99)).add(dues("p3", month(2020, 12), 49.99))
                .add(dues("p3", month(2020, 11), 50, LocalDate.of(2020, 12, 3)))
                .add(evaluation("p8", 2020, EvaluationResult.UNQUALIFIED, false));
        Dataset fromJson = readJson(json);
        assertEquals(b.build(), fromJson, "the reader builds the same records as the fixtures");

        AuditReport report = RuleVerifier.engine().audit(fromJson);
        List<String> keys = report.findings().stream().filter(f -> f.ruleId().startsWith("MEM-"))
                .map(f -> f.ruleId() + " " + f.subjectId() + "@" + f.period().orElse("-")).sorted().toList();
        assertEquals(List.of("MEM-001 p1@-", "MEM-002 p2@-", "MEM-003 p2@2020-07", "MEM-003 p3@2020-12",
                "MEM-004 p4@-", "MEM-004 p7@-", "MEM-005 p5@-", "MEM-005 p5@2020", "MEM-006 p5@-", "MEM-007 p6@-",
                "MEM-009 p8@-"), keys);
        assertEquals(RuleVerifier.engine().audit(b.build()).findings(), report.findings());
        // MEM-008 (a cadence) has no activities to count: not evaluated, whatever the rest.
        assertTrue(report.summary().rulesNotEvaluated().stream().anyMatch(n -> n.ruleId().equals("MEM-008")));
    }

    // ---- Personal data -----------------------------------------------------------------------------

    /** Twelve people with an idNumber each, in posts and memberships that most MEM and CAD rules flag. */
    private static List<Object> peopleWithIdNumbers() {
        List<Object> r = new ArrayList<>();
        r.add(Fixtures.org("d-1", OrgType.DISTRICT_COMMITTEE, Sector.ORGAN, null));
        r.add(Fixtures.org("c-1", OrgType.GENERAL_BRANCH, Sector.COMMUNITY, "d-1"));
        r.add(Fixtures.org("e-1", OrgType.BRANCH, Sector.NON_PUBLIC_ENTERPRISE, "d-1"));
        r.add(branch("b-1", "c-1"));
        for (int i = 0; i < 12; i++) {
            String id = "p" + i;
            r.add(new Person(id, "党员" + i, Gender.MALE, LocalDate.of(1980, 5, 1), Education.HIGH_SCHOOL,
                    Optional.of(idNumber(i))));
            MemberManagementFixtures.MemberBuilder m = membership(id, i % 2 == 0 ? "b-1" : "e-1").income(4000);
            switch (i % 4) {
                case 0 -> m.category(MemberCategory.IN_SERVICE);
                case 1 -> m.mobile(mobile(LocalDate.of(2019, 1, 1), true, false, false, null));
                case 2 -> m.lostContactSince(LocalDate.of(2019, 1, 1));
                default -> m.suspendedSince(LocalDate.of(2017, 1, 1));
            }
            r.add(m.build());
            r.add(dues(id, month(2020, 3), 1));
            r.add(evaluation(id, 2020, EvaluationResult.UNQUALIFIED, false));
            r.add(CadreFixtures.reserve(id, "c-1"));
            r.add(CadreFixtures.withoutArchive(CadreFixtures.post(id, "c-1",
                    i == 0 ? Role.SECRETARY : Role.SECTION_CADRE,
                    i == 0 ? LocalDate.of(2020, 3, 1) : LocalDate.of(2010, 1, 1))));
            r.add(CadreFixtures.assessment(id, 2019, AssessmentResult.INCOMPETENT, false));
            r.add(CadreFixtures.assessment(id, 2020, AssessmentResult.INCOMPETENT, false));
            r.add(CadreFixtures.contactPoint(id, "c-1", 2020, 1));
        }
        return r;
    }

    private static String idNumber(int i) {
        return String.format("41030219800501%04d", 1000 + i);
    }

    private static Dataset dataset(List<Object> records) {
        Dataset.Builder b = Dataset.builder(YEAR_END).addAll(records);
        b.present(RecordKind.PERSONAL_MATTERS_REPORTS);
        return b.build();
    }

    @Test
    void noFindingCarriesAnIdNumber() {
        Dataset d = dataset(peopleWithIdNumbers());
        for (Language lang : Language.values()) {
            AuditReport report = RuleVerifier.engine().audit(d, AuditOptions.DEFAULTS.withLanguage(lang));
            List<String> rules = report.findings().stream().map(Finding::ruleId).distinct().toList();
            assertTrue(rules.containsAll(List.of("MEM-001", "MEM-003", "MEM-004", "MEM-005", "MEM-006", "MEM-007",
                    "MEM-009", "CAD-001", "CAD-002", "CAD-003", "CAD-004", "CAD-005", "CAD-006", "CAD-007",
                    "CAD-008", "CAD-009")), "the dataset should exercise the personal rules, got " + rules);
            String all = report.findings().toString();
            for (int i = 0; i < 12; i++) {
                assertFalse(all.contains(idNumber(i)), "an idNumber appears in the findings");
                // Nor any long run of its digits (a partly masked number is still one).
                assertFalse(all.contains(idNumber(i).substring(0, 10)), "idNumber digits appear in the findings");
            }
        }
    }

    @Test
    void findingsDoNotDependOnRecordOrder() {
        List<Object> records = peopleWithIdNumbers();
        List<Object> reversed = new ArrayList<>(records);
        java.util.Collections.reverse(reversed);
        assertEquals(RuleVerifier.engine().audit(dataset(records)).findings(),
                RuleVerifier.engine().audit(dataset(reversed)).findings());
    }
}
