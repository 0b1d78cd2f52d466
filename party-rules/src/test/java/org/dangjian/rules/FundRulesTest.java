package org.dangjian.rules;

import static org.dangjian.rules.CadreFixtures.STREET;
import static org.dangjian.rules.Fixtures.MID_YEAR;
import static org.dangjian.rules.RuleVerifier.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.dangjian.model.Dataset;
import org.dangjian.model.HostUnit;
import org.dangjian.model.OrgType;
import org.dangjian.model.Organization;
import org.dangjian.model.Sector;
import org.junit.jupiter.api.Test;

/** FUND: funds and facilities, one test per rule, both sides of each boundary. */
class FundRulesTest {

    /** The community org {@code c-1} (under street {@code s-1}) with these figures; null = absent. */
    private static Organization community(Integer households, Double fundsYuan, Double areaSqm) {
        return withFigures(Fixtures.org("c-1", OrgType.GENERAL_BRANCH, Sector.COMMUNITY, "s-1"), households, fundsYuan, areaSqm);
    }

    private static Organization withFigures(Organization o, Integer households, Double fundsYuan, Double areaSqm) {
        return new Organization(o.id(), o.name(), o.type(), o.sector(), o.parentId(), o.established(), o.dissolved(),
                o.joint(), o.hasCommittee(), o.committeeSeats(), o.lastElection(), o.electionExtendedUntil(),
                households == null ? OptionalInt.empty() : OptionalInt.of(households),
                areaSqm == null ? OptionalDouble.empty() : OptionalDouble.of(areaSqm),
                fundsYuan == null ? OptionalDouble.empty() : OptionalDouble.of(fundsYuan),
                o.starRating(), o.demonstrationPoint(), o.hostUnitId());
    }

    private static HostUnit unit(Sector kind, Double wages, Double partyFunds) {
        return new HostUnit("h-1", "企业h-1", kind, Optional.empty(), Optional.of("s-1"), OptionalInt.of(100),
                wages == null ? OptionalDouble.empty() : OptionalDouble.of(wages),
                partyFunds == null ? OptionalDouble.empty() : OptionalDouble.of(partyFunds));
    }

    // ---- FUND-001: 10 yuan a household -------------------------------------------------------------

    @Test
    void fund001PartyWorkFundsPerHousehold() {
        verify("FUND-001").given(STREET, community(300, 3000.0, null)).raisesNothing();
        Finding f = verify("FUND-001").given(STREET, community(300, 2990.0, null)).raises("c-1", "2020");
        assertEquals(Severity.MEDIUM, f.severity());
        assertEquals(Optional.of(9.966667), f.measured());
        assertEquals(Optional.of(">= 10"), f.expected());
        assertEquals(List.of("2990"), f.evidence().get("fundsYuan"));
        assertEquals(List.of("300"), f.evidence().get("households"));
        // A fen short is short, whatever binary rounding would say.
        verify("FUND-001").given(STREET, community(3, 29.99, null)).raises("c-1", "2020");
        verify("FUND-001").given(STREET, community(3, 30.0, null)).raisesNothing();
    }

    @Test
    void fund001AbsentFiguresAreNotJudged() {
        // Not judged, and listed in the report with the figures left out.
        verify("FUND-001").given(STREET, community(null, 100.0, null)).raisesNothing().cannotJudge("c-1", "households");
        verify("FUND-001").given(STREET, community(300, null, null)).raisesNothing().cannotJudge("c-1", "fundsYuan");
        verify("FUND-001").given(STREET, community(0, 100.0, null)).raisesNothing().cannotJudge("c-1", "households");
        verify("FUND-001").given(STREET, community(null, null, null)).cannotJudge("c-1", "fundsYuan", "households");
        verify("FUND-001").given(STREET, community(300, 3000.0, null)).raisesNothing().judgesAll();
    }

    @Test
    void fund001OnlyCommunityOrgsAndProgressBeforeYearEnd() {
        Organization sub = withFigures(Fixtures.branch("b-1", "c-1"), 300, 1.0, null);
        verify("FUND-001").given(STREET, community(300, 3000.0, null), sub).raisesNothing();
        Finding f = verify("FUND-001").asOf(MID_YEAR).given(STREET, community(300, 1000.0, null)).raises("c-1", "2020");
        assertTrue(f.progress());
        assertEquals(Severity.INFO, f.severity());
    }

    // ---- FUND-002: 30 m² per 100 households ---------------------------------------------------------

    @Test
    void fund002ServiceAreaPerHundredHouseholds() {
        verify("FUND-002").given(STREET, community(300, null, 90.0)).raisesNothing();
        Finding f = verify("FUND-002").given(STREET, community(300, null, 89.9)).raises("c-1");
        assertEquals(Optional.empty(), f.period());
        assertEquals(Optional.of(29.966667), f.measured());
        assertEquals(Optional.of(">= 30"), f.expected());
        // A state, judged mid-year as it stands.
        Finding g = verify("FUND-002").asOf(MID_YEAR).given(STREET, community(1000, null, 0.0)).raises("c-1");
        assertEquals(Severity.MEDIUM, g.severity());
        // No area recorded: not judged here (WEAK-009 is about having none).
        verify("FUND-002").given(STREET, community(300, null, null)).raisesNothing().cannotJudge("c-1", "serviceAreaSqm");
        verify("FUND-002").given(STREET, community(null, null, 90.0)).cannotJudge("c-1", "households");
        verify("FUND-002").given(STREET, community(300, null, 90.0)).judgesAll();
        verify("FUND-002").with("fund.minSqmPer100Households", 25).given(STREET, community(300, null, 75.0))
                .raisesNothing();
    }

    // ---- FUND-003: 1% of annual wages -----------------------------------------------------------------

    @Test
    void fund003NonPublicEnterprisePartyFundsBeyondOnePercentOfWages() {
        verify("FUND-003").given(STREET, unit(Sector.NON_PUBLIC_ENTERPRISE, 1_000_000.0, 10_000.0)).raisesNothing();
        Finding f = verify("FUND-003").given(STREET, unit(Sector.NON_PUBLIC_ENTERPRISE, 1_000_000.0, 10_000.01))
                .raises("h-1", "2020");
        assertEquals(Severity.LOW, f.severity());
        assertEquals(SubjectType.HOST_UNIT, f.subjectType());
        assertEquals("s-1", f.organizationId());
        assertEquals(Optional.of("<= 1%"), f.expected());
        assertEquals(List.of("0.01"), f.evidence().get("excessYuan"));
        Finding g = verify("FUND-003").given(STREET, unit(Sector.NON_PUBLIC_ENTERPRISE, 1_000_000.0, 15_000.0))
                .raises("h-1", "2020");
        assertEquals(Optional.of(0.015), g.measured());
        assertEquals(List.of("5000"), g.evidence().get("excessYuan"));
    }

    @Test
    void fund003OnlyNonPublicEnterprisesWithBothFigures() {
        verify("FUND-003").given(STREET, unit(Sector.SOCIAL_ORGANIZATION, 1_000_000.0, 50_000.0)).raisesNothing();
        verify("FUND-003").given(STREET, unit(Sector.SOCIAL_ORGANIZATION, null, null)).judgesAll();
        verify("FUND-003").given(STREET, unit(Sector.NON_PUBLIC_ENTERPRISE, null, 50_000.0)).raisesNothing()
                .cannotJudge("h-1", "annualWagesYuan");
        verify("FUND-003").given(STREET, unit(Sector.NON_PUBLIC_ENTERPRISE, 1_000_000.0, null)).raisesNothing()
                .cannotJudge("h-1", "partyFundsYuan");
        Finding f = verify("FUND-003").asOf(MID_YEAR)
                .given(STREET, unit(Sector.NON_PUBLIC_ENTERPRISE, 1_000_000.0, 50_000.0)).raises("h-1", "2020");
        assertTrue(f.progress());
        verify("FUND-003").given(STREET).notEvaluated();
    }

    // ---- The same records read from JSON (DatasetReader) ---------------------------------------------

    @Test
    void fundRulesJudgeADatasetReadFromJsonLikeTheFixtures() {
        String json = """
                {"asOf": "2020-12-31",
                 "organizations": [
                   {"id":"s-1","name":"组织s-1","type":"STREET_WORKING_COMMITTEE","sector":"ORGAN","established":"2010-01-01"},
                   {"id":"c-1","name":"组织c-1","type":"GENERAL_BRANCH","sector":"COMMUNITY","parentId":"s-1","established":"2010-01-01",
                    "households":300,"fundsYuan":2990,"serviceAreaSqm":89.9}],
                 "hostUnits": [{"id":"h-1","name":"企业h-1","kind":"NON_PUBLIC_ENTERPRISE","supervisingOrganizationId":"s-1",
                   "employees":100,"annualWagesYuan":1000000,"partyFundsYuan":10000.01}]}
                """;
        // The street without its district: a reference the validator would not accept.
        Organization street = Fixtures.org("s-1", OrgType.STREET_WORKING_COMMITTEE, Sector.ORGAN, null);
        Dataset built = Dataset.builder(Fixtures.YEAR_END).add(street).add(community(300, 2990.0, 89.9))
                .add(unit(Sector.NON_PUBLIC_ENTERPRISE, 1_000_000.0, 10_000.01)).build();
        Dataset fromJson = MemberRulesTest.readJson(json);
        assertEquals(built, fromJson, "the reader builds the same records as the fixtures");
        AuditReport report = RuleVerifier.engine().audit(fromJson);
        assertEquals(List.of("FUND-001 c-1@2020", "FUND-002 c-1@-", "FUND-003 h-1@2020"), report.findings().stream()
                .filter(f -> f.ruleId().startsWith("FUND-"))
                .map(f -> f.ruleId() + " " + f.subjectId() + "@" + f.period().orElse("-")).sorted().toList());
        assertEquals(RuleVerifier.engine().audit(built).findings(), report.findings());
    }
}
