package org.dangjian.rules;

import static org.dangjian.rules.Fixtures.LONG_AGO;
import static org.dangjian.rules.Fixtures.branch;
import static org.dangjian.rules.Fixtures.dissolved;
import static org.dangjian.rules.Fixtures.member;
import static org.dangjian.rules.Fixtures.org;
import static org.dangjian.rules.Fixtures.person;
import static org.dangjian.rules.OrgLifeFixtures.all;
import static org.dangjian.rules.OrgLifeFixtures.edit;
import static org.dangjian.rules.OrgLifeFixtures.findings;
import static org.dangjian.rules.OrgLifeFixtures.fullTime;
import static org.dangjian.rules.OrgLifeFixtures.fullTimeLeftOut;
import static org.dangjian.rules.OrgLifeFixtures.json;
import static org.dangjian.rules.OrgLifeFixtures.members;
import static org.dangjian.rules.OrgLifeFixtures.post;
import static org.dangjian.rules.OrgLifeFixtures.unit;
import static org.dangjian.rules.OrgLifeFixtures.worksAt;
import static org.dangjian.rules.RuleVerifier.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dangjian.model.Dataset;
import org.dangjian.model.Membership;
import org.dangjian.model.MembershipStatus;
import org.dangjian.model.OrgType;
import org.dangjian.model.Organization;
import org.dangjian.model.RecordKind;
import org.dangjian.model.Role;
import org.dangjian.model.Sector;
import org.junit.jupiter.api.Test;

/** ORG: organization setup, one test per rule, both sides of each boundary. */
class OrganizationRulesTest {

    private static final LocalDate AS_OF = Fixtures.YEAR_END;

    private final Organization branch = branch("b-1", null);

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /** {@code n} full members of {@code orgId} working in host unit {@code unitId}. */
    private static List<Object> workers(String orgId, String unitId, int n, MembershipStatus status) {
        List<Object> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String id = unitId + "-m" + i;
            out.add(person(id));
            out.add(worksAt(member(id, orgId, status, LONG_AGO), unitId));
        }
        return out;
    }

    @Test
    void org001UnitWithThreeFullMembersNeedsItsOwnOrganization() {
        Finding f = verify("ORG-001").given(all(branch, unit("u-1", null),
                workers("b-1", "u-1", 3, MembershipStatus.FULL))).raises("u-1");
        assertEquals(SubjectType.HOST_UNIT, f.subjectType());
        assertEquals(Optional.of(3L), f.measured());
        assertEquals(List.of("u-1-m1", "u-1-m2", "u-1-m3"), f.evidence().get("fullMembers"));
        // Two full members and a probationary one: not yet three full members.
        verify("ORG-001").given(all(branch, unit("u-1", null), workers("b-1", "u-1", 2, MembershipStatus.FULL),
                person("p"), worksAt(member("p", "b-1", MembershipStatus.PROBATIONARY, LONG_AGO), "u-1")))
                .raisesNothing();
        // The unit has its own organization.
        Organization own = branch("o-u1", null);
        verify("ORG-001").given(all(branch, own, unit("u-1", "o-u1"),
                workers("b-1", "u-1", 3, MembershipStatus.FULL))).raisesNothing();
        // ... which was dissolved: it has none any more.
        verify("ORG-001").given(all(branch, dissolved(own, day(2020, 6, 1)), unit("u-1", "o-u1"),
                workers("b-1", "u-1", 3, MembershipStatus.FULL))).raises("u-1");
        // ... or which is a joint branch of several units: not set up on its own.
        Organization joint = new Organization("o-u1", "联合支部", OrgType.BRANCH, Sector.NON_PUBLIC_ENTERPRISE,
                Optional.empty(), LONG_AGO, Optional.empty(), Optional.of(true), Optional.of(false), java.util.OptionalInt.empty(),
                Optional.empty(), Optional.empty(), java.util.OptionalInt.empty(), java.util.OptionalDouble.empty(),
                java.util.OptionalDouble.empty(), java.util.OptionalInt.empty(), Optional.of(false), Optional.empty());
        verify("ORG-001").given(all(branch, joint, unit("u-1", "o-u1"),
                workers("b-1", "u-1", 3, MembershipStatus.FULL))).raises("u-1");
        // The threshold is a parameter.
        verify("ORG-001").with("org.ownOrgMinFullMembers", 4).given(all(branch, unit("u-1", null),
                workers("b-1", "u-1", 3, MembershipStatus.FULL))).raisesNothing();
    }

    @Test
    void org001NeedsHostUnits() {
        verify("ORG-001").given(all(branch, workers("b-1", "u-1", 3, MembershipStatus.FULL))).notEvaluated();
    }

    @Test
    void org002HollowBranchBelowThreeFullMembers() {
        Finding f = verify("ORG-002").given(branch, person("p1"), person("p2"),
                member("p1", "b-1"), member("p2", "b-1")).raises("b-1");
        assertEquals(Optional.of(2L), f.measured());
        assertEquals(Optional.of(">= 3"), f.expected());
        verify("ORG-002").given(branch, person("p1"), person("p2"), person("p3"),
                member("p1", "b-1"), member("p2", "b-1"), member("p3", "b-1")).raisesNothing();
    }

    @Test
    void org003BranchOfSevenFullMembersNeedsACommitteeOfThreeToSeven() {
        LocalDate since = day(2018, 1, 1);
        List<Object> seven = members("b-1", "m", 7);
        Object sec = post("m1", "b-1", Role.SECRETARY, since, null);
        Object dep = post("m2", "b-1", Role.DEPUTY_SECRETARY, since, null);
        Object com = post("m3", "b-1", Role.COMMITTEE_MEMBER, since, null);
        verify("ORG-003").given(all(branch, seven, sec, dep, com)).raisesNothing();
        Finding f = verify("ORG-003").given(all(branch, seven, sec, dep)).raises("b-1");
        assertEquals(Optional.of(2L), f.measured());
        assertEquals(Optional.of("3..7"), f.expected());
        assertEquals(List.of("m1", "m2"), f.evidence().get("committee"));
        // A person in two committee posts is one committee member; a post ended before asOf is no seat.
        verify("ORG-003").given(all(branch, seven, sec, dep, post("m1", "b-1", Role.COMMITTEE_MEMBER, since, null),
                post("m4", "b-1", Role.COMMITTEE_MEMBER, since, day(2020, 12, 30)))).raises("b-1");
        // A post ending on asOf is still in force.
        verify("ORG-003").given(all(branch, seven, sec, dep,
                post("m4", "b-1", Role.COMMITTEE_MEMBER, since, AS_OF))).raisesNothing();
        // Six full members (and a probationary one): no committee required.
        verify("ORG-003").given(all(branch, members("b-1", "m", 6), members("b-1", "p", 1, MembershipStatus.PROBATIONARY),
                sec)).raisesNothing();
        // More than seven is too many.
        List<Object> eight = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            eight.add(post("m" + i, "b-1", Role.COMMITTEE_MEMBER, since, null));
        }
        verify("ORG-003").given(all(branch, members("b-1", "m", 8), eight)).raises("b-1");
        verify("ORG-003").given(all(branch, members("b-1", "m", 8), eight.subList(0, 7))).raisesNothing();
    }

    @Test
    void org003NeedsPositions() {
        verify("ORG-003").given(all(branch, members("b-1", "m", 7))).notEvaluated();
    }

    @Test
    void org004SeatsLeftVacant() {
        Organization seated = edit(branch).committee().seats(3).build();
        LocalDate since = day(2018, 1, 1);
        Object sec = post("m1", "b-1", Role.SECRETARY, since, null);
        Object dep = post("m2", "b-1", Role.DEPUTY_SECRETARY, since, null);
        verify("ORG-004").given(seated, sec, dep, post("m3", "b-1", Role.COMMITTEE_MEMBER, since, AS_OF))
                .raisesNothing();
        Finding f = verify("ORG-004").given(seated, sec, dep,
                post("m3", "b-1", Role.COMMITTEE_MEMBER, since, day(2020, 12, 30))).raises("b-1");
        assertEquals(Optional.of(2L), f.measured());
        assertEquals(Optional.of(">= 3"), f.expected());
        // A party worker holds no committee seat; a member appointed after asOf not yet.
        verify("ORG-004").given(seated, sec, dep, post("w", "b-1", Role.PARTY_WORKER, since, null),
                post("m3", "b-1", Role.COMMITTEE_MEMBER, day(2021, 1, 1), null)).raises("b-1");
        // No approved number, nothing to compare.
        verify("ORG-004").given(branch, sec).raisesNothing();
    }

    @Test
    void org005SecretaryVacantMediumThenHighAfterThreeMonths() {
        // Never had a secretary: vacant since establishment (2010), long ago.
        Finding never = verify("ORG-005").present(RecordKind.POSITIONS).given(branch).raises("b-1");
        assertEquals(Severity.HIGH, never.severity());
        assertEquals(List.of("2010-01-01"), never.evidence().get("vacantSince"));
        verify("ORG-005").given(branch, post("s", "b-1", Role.SECRETARY, LONG_AGO, null)).raisesNothing();
        verify("ORG-005").given(branch, post("s", "b-1", Role.SECRETARY, LONG_AGO, AS_OF)).raisesNothing();
        // Ended 30 September: vacant 1 October to 31 December, exactly three months: MEDIUM.
        Finding three = verify("ORG-005").given(branch, post("s", "b-1", Role.SECRETARY, LONG_AGO, day(2020, 9, 30)))
                .raises("b-1");
        assertEquals(Severity.MEDIUM, three.severity());
        assertEquals(Optional.of(3L), three.measured());
        assertEquals(List.of("2020-10-01"), three.evidence().get("vacantSince"));
        assertEquals(List.of("s"), three.evidence().get("lastSecretary"));
        // Ended a day earlier: vacant three months and a day: HIGH.
        Finding longer = verify("ORG-005").given(branch,
                post("s", "b-1", Role.SECRETARY, LONG_AGO, day(2020, 9, 29))).raises("b-1");
        assertEquals(Severity.HIGH, longer.severity());
        assertEquals(Optional.of(4L), longer.measured());
        // The latest end counts; a successor appointed after asOf does not fill the post yet.
        Finding latest = verify("ORG-005").given(branch, post("a", "b-1", Role.SECRETARY, LONG_AGO, day(2015, 1, 1)),
                post("b", "b-1", Role.SECRETARY, day(2015, 1, 2), day(2020, 12, 30)),
                post("c", "b-1", Role.SECRETARY, day(2021, 1, 1), null)).raises("b-1");
        assertEquals(Severity.MEDIUM, latest.severity());
        assertEquals(List.of("2020-12-31"), latest.evidence().get("vacantSince"));
        assertEquals(Optional.of(1L), latest.measured());
        // The escalation threshold is a parameter.
        Finding relaxed = verify("ORG-005").with("org.secretaryVacancyMonths", 4)
                .given(branch, post("s", "b-1", Role.SECRETARY, LONG_AGO, day(2020, 9, 29))).raises("b-1");
        assertEquals(Severity.MEDIUM, relaxed.severity());
    }

    @Test
    void org005VacancyFromEstablishmentAndScope() {
        // Established 1 October, never a secretary: three months vacant on 31 December, MEDIUM.
        Organization young = Fixtures.established(branch, day(2020, 10, 1));
        assertEquals(Severity.MEDIUM, verify("ORG-005").present(RecordKind.POSITIONS).given(young)
                .raises("b-1").severity());
        assertEquals(Severity.HIGH, verify("ORG-005").present(RecordKind.POSITIONS)
                .given(Fixtures.established(branch, day(2020, 9, 30))).raises("b-1").severity());
        // Not a grassroots organization (party group, street working committee): not judged here.
        verify("ORG-005").present(RecordKind.POSITIONS)
                .given(org("g-1", OrgType.PARTY_GROUP, Sector.COMMUNITY, null),
                org("s-1", OrgType.STREET_WORKING_COMMITTEE, Sector.COMMUNITY, null)).raisesNothing();
        // Dissolved before asOf: no longer judged.
        verify("ORG-005").present(RecordKind.POSITIONS).given(dissolved(branch, day(2020, 6, 1))).raisesNothing();
        verify("ORG-005").given(branch).notEvaluated();
    }

    @Test
    void org006CommunitySecretaryMustBeFullTime() {
        Organization community = org("c-1", OrgType.PARTY_COMMITTEE, Sector.COMMUNITY, null);
        Organization under = branch("b-1", "c-1");
        Finding f = verify("ORG-006").given(community, under, post("s", "c-1", Role.SECRETARY, LONG_AGO, null))
                .raises("c-1");
        assertEquals(List.of("s"), f.evidence().get("secretary"));
        verify("ORG-006").given(community, under, fullTime(post("s", "c-1", Role.SECRETARY, LONG_AGO, null)),
                post("t", "b-1", Role.SECRETARY, LONG_AGO, null)).raisesNothing();
        // A part-time secretary who left before asOf is not the secretary; the vacancy is ORG-005's.
        verify("ORG-006").given(community, post("s", "c-1", Role.SECRETARY, LONG_AGO, day(2020, 12, 30)))
                .raisesNothing();
        // Not a community organization.
        verify("ORG-006").given(org("e-1", OrgType.BRANCH, Sector.NON_PUBLIC_ENTERPRISE, null),
                post("s", "e-1", Role.SECRETARY, LONG_AGO, null)).raisesNothing();
    }

    @Test
    void org006FullTimeLeftOutIsNotJudged() {
        Organization community = org("c-1", OrgType.PARTY_COMMITTEE, Sector.COMMUNITY, null);
        // true: passes; false: raised; left out: unknown, listed and not raised.
        verify("ORG-006").given(community, fullTime(post("s", "c-1", Role.SECRETARY, LONG_AGO, null)))
                .raisesNothing().judgesAll();
        verify("ORG-006").given(community, post("s", "c-1", Role.SECRETARY, LONG_AGO, null)).raises("c-1");
        verify("ORG-006").given(community, fullTimeLeftOut(post("s", "c-1", Role.SECRETARY, LONG_AGO, null)))
                .raisesNothing().cannotJudge("c-1", "fullTime");
        // A second secretary known part-time is raised whatever the first's post says.
        verify("ORG-006").given(community, fullTimeLeftOut(post("s", "c-1", Role.SECRETARY, LONG_AGO, null)),
                post("t", "c-1", Role.SECRETARY, LONG_AGO, null)).raises("c-1");
        // Full-time in one post in force is full-time, the other post's silence notwithstanding.
        verify("ORG-006").given(community, fullTime(post("s", "c-1", Role.SECRETARY, LONG_AGO, null)),
                fullTimeLeftOut(post("s", "c-1", Role.SECRETARY, day(2019, 1, 1), null))).raisesNothing().judgesAll();
    }

    @Test
    void org007FullTimeLeftOutIsNotJudged() {
        Organization street = org("s-1", OrgType.STREET_WORKING_COMMITTEE, Sector.OTHER, null);
        Object w1 = fullTime(post("w1", "s-1", Role.PARTY_WORKER, LONG_AGO, null));
        Object w2 = post("w2", "s-1", Role.PARTY_WORKER, LONG_AGO, null);
        Object w3 = fullTimeLeftOut(post("w3", "s-1", Role.PARTY_WORKER, LONG_AGO, null));
        // One full-time, one not, one silent: two if the silent one is full-time, so not judged.
        verify("ORG-007").given(street, w1, w2, w3).raisesNothing().cannotJudge("s-1", "fullTime");
        // Two known full-time: passes whatever the third.
        verify("ORG-007").given(street, w1, fullTime(post("w2", "s-1", Role.PARTY_WORKER, LONG_AGO, null)), w3)
                .raisesNothing().judgesAll();
        // One not full-time and one silent: fewer than two even if the silent one is; raised on what is known.
        Finding f = verify("ORG-007").given(street, w2, w3).raises("s-1");
        assertEquals(Optional.of(0L), f.measured());
        verify("ORG-007").given(street, w2, w3).judgesAll();
    }

    @Test
    void org007StreetWorkingCommitteeNeedsTwoFullTimePartyWorkers() {
        Organization street = org("s-1", OrgType.STREET_WORKING_COMMITTEE, Sector.OTHER, null);
        Object w1 = fullTime(post("w1", "s-1", Role.PARTY_WORKER, LONG_AGO, null));
        Object w2 = fullTime(post("w2", "s-1", Role.PARTY_WORKER, LONG_AGO, null));
        verify("ORG-007").given(street, w1, w2).raisesNothing();
        Finding f = verify("ORG-007").given(street, w1, post("w2", "s-1", Role.PARTY_WORKER, LONG_AGO, null))
                .raises("s-1");
        assertEquals(Optional.of(1L), f.measured());
        assertEquals(Optional.of(">= 2"), f.expected());
        assertEquals(List.of("w1"), f.evidence().get("fullTimePartyWorkers"));
        // A full-time secretary is not a party worker; a worker whose post ended is gone.
        verify("ORG-007").given(street, w1, fullTime(post("s", "s-1", Role.SECRETARY, LONG_AGO, null)),
                fullTime(post("w2", "s-1", Role.PARTY_WORKER, LONG_AGO, day(2020, 12, 30)))).raises("s-1");
        // Other organizations are not judged.
        verify("ORG-007").given(branch, w1).raisesNothing();
    }

    @Test
    void org008BranchTermOfThreeYears() {
        // A school branch (a community branch at the top of its tree would be a community org).
        Organization school = edit(branch).sector(Sector.SCHOOL).build();
        // Elected 31 Dec 2017: the term ends 31 Dec 2020 = asOf, still on time.
        verify("ORG-008").given(edit(school).elected(day(2017, 12, 31)).build()).raisesNothing();
        // Elected a day earlier: overdue since 31 Dec 2020, one month begun.
        Finding f = verify("ORG-008").given(edit(school).elected(day(2017, 12, 30)).build()).raises("b-1");
        assertEquals(Severity.HIGH, f.severity());
        assertEquals(Optional.of(1L), f.measured());
        assertEquals(List.of("2020-12-30"), f.evidence().get("deadline"));
        // Elected 30 June 2017: overdue since 1 July 2020, six months begun.
        assertEquals(Optional.of(6L), verify("ORG-008").given(edit(school).elected(day(2017, 6, 30)).build())
                .raises("b-1").measured());
        // A general branch has the branch term too.
        verify("ORG-008").given(edit(school).type(OrgType.GENERAL_BRANCH)
                .elected(day(2017, 12, 30)).build()).raises("b-1");
        // The term is a parameter.
        verify("ORG-008").with("org.termYears.branch", 5).given(edit(school)
                .elected(day(2017, 6, 30)).build()).raisesNothing();
    }

    @Test
    void org008FiveYearTermsForCommitteesAndCommunities() {
        Organization committee = org("pc", OrgType.PARTY_COMMITTEE, Sector.STATE_ENTERPRISE, null);
        verify("ORG-008").given(edit(committee).elected(day(2015, 12, 31)).build()).raisesNothing();
        verify("ORG-008").given(edit(committee).elected(day(2015, 12, 30)).build()).raises("pc");
        // A community branch highest in its tree is a community org: five years, not three.
        Organization community = branch("cb", null);
        verify("ORG-008").given(edit(community).elected(day(2016, 1, 1)).build()).raisesNothing();
        verify("ORG-008").given(edit(community).elected(day(2015, 12, 30)).build()).raises("cb");
        // A village branch likewise.
        Organization village = org("vb", OrgType.BRANCH, Sector.VILLAGE, null);
        verify("ORG-008").given(edit(village).elected(day(2016, 1, 1)).build()).raisesNothing();
        // A community branch under a community party committee is not the community org: three years.
        Organization top = edit(org("top", OrgType.PARTY_COMMITTEE, Sector.COMMUNITY, null)).elected(day(2019, 1, 1)).build();
        verify("ORG-008").given(top, edit(branch("cb", "top")).elected(day(2017, 6, 30)).build()).raises("cb");
        // Committee-level orgs other than party committees and party groups have no term here.
        verify("ORG-008").given(org("s-1", OrgType.STREET_WORKING_COMMITTEE, Sector.OTHER, null),
                org("g-1", OrgType.PARTY_GROUP, Sector.OTHER, null)).raisesNothing();
    }

    @Test
    void org008ApprovedExtensionCountsUpToTwelveMonths() {
        Organization elected = edit(branch).sector(Sector.SCHOOL).elected(day(2017, 6, 30)).build();
        verify("ORG-008").given(edit(elected).extendedUntil(day(2021, 3, 31)).build()).raisesNothing();
        // A twelve-month extension: on time through 30 June 2021, overdue the day after.
        Organization twelve = edit(elected).extendedUntil(day(2021, 6, 30)).build();
        verify("ORG-008").asOf(day(2021, 6, 30)).given(twelve).raisesNothing();
        verify("ORG-008").asOf(day(2021, 7, 1)).given(twelve).raises("b-1");
        // A thirteen-month extension counts only up to twelve months.
        Organization thirteen = edit(elected).extendedUntil(day(2021, 7, 31)).build();
        verify("ORG-008").asOf(day(2021, 6, 30)).given(thirteen).raisesNothing();
        Finding f = verify("ORG-008").asOf(day(2021, 7, 1)).given(thirteen).raises("b-1");
        assertEquals(List.of("2021-06-30"), f.evidence().get("deadline"));
        assertEquals(List.of("2021-07-31"), f.evidence().get("extendedUntil"));
        // An extension that ended before the term did belongs to an earlier term.
        verify("ORG-008").given(edit(elected).extendedUntil(day(2019, 1, 1)).build()).raises("b-1");
    }

    @Test
    void org008WithoutElectionTheTermRunsFromEstablishment() {
        Organization school = edit(branch).sector(Sector.SCHOOL).build();
        verify("ORG-008").given(edit(school).established(day(2018, 1, 1)).build()).raisesNothing();
        Finding f = verify("ORG-008").given(edit(school).established(day(2017, 1, 1)).build()).raises("b-1");
        assertEquals(List.of("2017-01-01"), f.evidence().get("termStart"));
        // 29 February: a term from 29 Feb 2016 reaches three years on 1 March 2019 (the catalog's
        // durations, as for ages), so an election that day is on time and overdue from 2 March.
        verify("ORG-008").asOf(day(2019, 3, 1)).given(edit(school).elected(day(2016, 2, 29)).build()).raisesNothing();
        verify("ORG-008").asOf(day(2019, 3, 2)).given(edit(school).elected(day(2016, 2, 29)).build()).raises("b-1");
    }

    @Test
    void org009BranchOfMoreThanFiftyMembers() {
        verify("ORG-009").given(all(branch, members("b-1", "m", 49),
                members("b-1", "p", 1, MembershipStatus.PROBATIONARY))).raisesNothing();
        Finding f = verify("ORG-009").given(all(branch, members("b-1", "m", 50),
                members("b-1", "p", 1, MembershipStatus.PROBATIONARY))).raises("b-1");
        assertEquals(Severity.LOW, f.severity());
        assertEquals(Optional.of(51L), f.measured());
        assertEquals(Optional.of("<= 50"), f.expected());
        // Suspended members are not counted.
        verify("ORG-009").given(all(branch, members("b-1", "m", 50),
                members("b-1", "s", 1, MembershipStatus.SUSPENDED))).raisesNothing();
        verify("ORG-009").given(branch).notEvaluated();
    }

    // ---- review: boundaries and readings the catalog's words suggest ----

    /** A copy of {@code o} set up in host unit {@code unitId} (its {@code hostUnitId}), joint or not ({@code null}: left out). */
    private static Organization hostedBy(Organization o, String unitId, Boolean joint) {
        return new Organization(o.id(), o.name(), o.type(), Sector.NON_PUBLIC_ENTERPRISE, o.parentId(), o.established(),
                o.dissolved(), Optional.ofNullable(joint), o.hasCommittee(), o.committeeSeats(), o.lastElection(), o.electionExtendedUntil(),
                o.households(), o.serviceAreaSqm(), o.fundsYuan(), o.starRating(), o.demonstrationPoint(),
                Optional.of(unitId));
    }

    @Test
    void org001JointLeftOutIsNotJudged() {
        List<Object> three = workers("b-1", "u-1", 3, MembershipStatus.FULL);
        // The unit's own organization, joint: false (its own), true (not its own), left out (unknown).
        verify("ORG-001").given(all(branch, hostedBy(branch("o-u1", null), "u-1", false), unit("u-1", "o-u1"), three))
                .raisesNothing().judgesAll();
        verify("ORG-001").given(all(branch, hostedBy(branch("o-u1", null), "u-1", true), unit("u-1", "o-u1"), three))
                .raises("u-1");
        verify("ORG-001").given(all(branch, hostedBy(branch("o-u1", null), "u-1", null), unit("u-1", "o-u1"), three))
                .raisesNothing().cannotJudge("u-1", "joint");
        // Another organization known to be the unit's own settles it.
        verify("ORG-001").given(all(branch, hostedBy(branch("o-u1", null), "u-1", null),
                hostedBy(branch("o-u2", null), "u-1", false), unit("u-1", null), three)).raisesNothing().judgesAll();
        // Fewer full members than ORG-001 asks for: nothing to judge, nothing listed.
        verify("ORG-001").given(all(branch, hostedBy(branch("o-u1", null), "u-1", null), unit("u-1", "o-u1"),
                workers("b-1", "u-1", 2, MembershipStatus.FULL))).raisesNothing().judgesAll();
    }

    @Test
    void org001OrganizationHostedByTheUnitIsItsOwn() {
        // The link recorded on the organization's side (hostUnitId) is enough: the unit has its own.
        Organization hosted = hostedBy(branch("o-u1", null), "u-1", false);
        verify("ORG-001").given(all(branch, hosted, unit("u-1", null),
                workers("b-1", "u-1", 3, MembershipStatus.FULL))).raisesNothing();
        // A joint branch hosted there was not set up by the unit on its own.
        verify("ORG-001").given(all(branch, hostedBy(branch("o-u1", null), "u-1", true), unit("u-1", null),
                workers("b-1", "u-1", 3, MembershipStatus.FULL))).raises("u-1");
        // One dissolved by asOf no longer is its own.
        verify("ORG-001").given(all(branch, dissolved(hosted, day(2020, 6, 1)), unit("u-1", null),
                workers("b-1", "u-1", 3, MembershipStatus.FULL))).raises("u-1");
        // An organization hosted by another unit says nothing about this one.
        verify("ORG-001").given(all(branch, hostedBy(branch("o-u2", null), "u-2", false), unit("u-1", null),
                unit("u-2", null), workers("b-1", "u-1", 3, MembershipStatus.FULL))).raises("u-1");
    }

    @Test
    void org001SuspendedMembersAreNotFullMembers() {
        verify("ORG-001").given(all(branch, unit("u-1", null), workers("b-1", "u-1", 2, MembershipStatus.FULL),
                person("s"), worksAt(member("s", "b-1", MembershipStatus.SUSPENDED, LONG_AGO), "u-1"))).raisesNothing();
    }

    @Test
    void org002ProbationaryAndSuspendedMembersAreNotFullMembers() {
        Finding f = verify("ORG-002").given(all(branch, members("b-1", "m", 2),
                members("b-1", "p", 3, MembershipStatus.PROBATIONARY),
                members("b-1", "s", 1, MembershipStatus.SUSPENDED))).raises("b-1");
        assertEquals(Severity.HIGH, f.severity());
        assertEquals(Optional.of(2L), f.measured());
        assertEquals(Optional.empty(), f.period());
    }

    @Test
    void org002BranchWithNoMemberAtAll() {
        Finding f = verify("ORG-002").present(RecordKind.MEMBERSHIPS).given(branch).raises("b-1");
        assertEquals(Optional.of(0L), f.measured());
    }

    @Test
    void org002OnlyBranchesThatExistOnAsOf() {
        // Dissolved on asOf: no longer exists that day. Established on asOf: exists.
        verify("ORG-002").given(all(dissolved(branch, AS_OF), members("b-1", "m", 1))).raisesNothing();
        verify("ORG-002").given(all(Fixtures.established(branch, AS_OF), members("b-1", "m", 1))).raises("b-1");
        // Not a branch: a general branch or party committee with few members is not hollow here.
        verify("ORG-002").given(all(org("gb", OrgType.GENERAL_BRANCH, Sector.SCHOOL, null), members("gb", "m", 1)))
                .raisesNothing();
        verify("ORG-002").given(branch).notEvaluated();
    }

    @Test
    void org003BranchWithNoCommitteePostAtAll() {
        Finding f = verify("ORG-003").present(RecordKind.POSITIONS).given(all(branch, members("b-1", "m", 7)))
                .raises("b-1");
        assertEquals(Severity.MEDIUM, f.severity());
        assertEquals(Optional.of(0L), f.measured());
        // Exactly three committee members pass; seven full members and a committee of seven pass.
        LocalDate since = day(2018, 1, 1);
        List<Object> three = List.of(post("m1", "b-1", Role.SECRETARY, since, null),
                post("m2", "b-1", Role.COMMITTEE_MEMBER, since, null), post("m3", "b-1", Role.COMMITTEE_MEMBER, since, null));
        verify("ORG-003").given(all(branch, members("b-1", "m", 7), three)).raisesNothing();
    }

    @Test
    void org004NotEvaluatedWithoutPositions() {
        verify("ORG-004").given(edit(branch).committee().seats(3).build()).notEvaluated();
        // With positions present but none of the organization's: every approved seat is vacant.
        Finding f = verify("ORG-004").present(RecordKind.POSITIONS).given(edit(branch).committee().seats(3).build())
                .raises("b-1");
        assertEquals(Optional.of(0L), f.measured());
    }

    @Test
    void org004AnyOrganizationWithApprovedSeats() {
        Organization street = edit(org("s-1", OrgType.STREET_WORKING_COMMITTEE, Sector.ORGAN, null)).seats(3).build();
        LocalDate since = day(2018, 1, 1);
        Object a = post("a", "s-1", Role.SECRETARY, since, null);
        Object b = post("b", "s-1", Role.DEPUTY_SECRETARY, since, null);
        Object c = post("c", "s-1", Role.COMMITTEE_MEMBER, since, null);
        verify("ORG-004").given(street, a, b, c).raisesNothing();
        verify("ORG-004").given(street, a, b).raises("s-1");
        // More filled than approved is not a vacancy.
        verify("ORG-004").given(street, a, b, c, post("d", "s-1", Role.COMMITTEE_MEMBER, since, null)).raisesNothing();
    }

    @Test
    void org005VacancyIsAStateOnAsOfMidYear() {
        // asOf 30 June: ended 31 March, vacant 1 April to 30 June, exactly three months: MEDIUM, no period.
        Finding three = verify("ORG-005").asOf(day(2020, 6, 30))
                .given(branch, post("s", "b-1", Role.SECRETARY, LONG_AGO, day(2020, 3, 31))).raises("b-1");
        assertEquals(Severity.MEDIUM, three.severity());
        assertEquals(Optional.empty(), three.period());
        assertEquals(Optional.of(3L), three.measured());
        // Ended 28 March: vacant from 29 March, three months reached on 29 June, longer on 30 June: HIGH.
        assertEquals(Severity.HIGH, verify("ORG-005").asOf(day(2020, 6, 30))
                .given(branch, post("s", "b-1", Role.SECRETARY, LONG_AGO, day(2020, 3, 28))).raises("b-1").severity());
        // Ended 30 March: vacant from 31 March; June has no 31st, so three months are reached on
        // 1 July (the catalog's durations), and on 30 June it is not longer than three: MEDIUM.
        assertEquals(Severity.MEDIUM, verify("ORG-005").asOf(day(2020, 6, 30))
                .given(branch, post("s", "b-1", Role.SECRETARY, LONG_AGO, day(2020, 3, 30))).raises("b-1").severity());
        assertEquals(Severity.HIGH, verify("ORG-005").asOf(day(2020, 7, 2))
                .given(branch, post("s", "b-1", Role.SECRETARY, LONG_AGO, day(2020, 3, 30))).raises("b-1").severity());
        // A secretary whose post starts on asOf is in post that day.
        verify("ORG-005").given(branch, post("s", "b-1", Role.SECRETARY, LONG_AGO, day(2020, 3, 30)),
                post("t", "b-1", Role.SECRETARY, AS_OF, null)).raisesNothing();
    }

    @Test
    void org005EveryGrassrootsType() {
        Organization pc = org("pc", OrgType.PARTY_COMMITTEE, Sector.STATE_ENTERPRISE, null);
        Organization gb = org("gb", OrgType.GENERAL_BRANCH, Sector.STATE_ENTERPRISE, "pc");
        verify("ORG-005").present(RecordKind.POSITIONS).given(pc, gb, branch("b-1", "gb"))
                .raisesExactly("pc@-", "gb@-", "b-1@-");
        // A deputy secretary does not fill the secretary's post.
        verify("ORG-005").given(branch, post("d", "b-1", Role.DEPUTY_SECRETARY, LONG_AGO, null)).raises("b-1");
    }

    @Test
    void org006CommunityOrgOfAnyGrassrootsType() {
        // A community branch at the top of its tree is the community org.
        verify("ORG-006").given(branch, post("s", "b-1", Role.SECRETARY, LONG_AGO, null)).raises("b-1");
        // Under a community party committee, the branch is not: only the committee is judged.
        Organization community = org("c-1", OrgType.PARTY_COMMITTEE, Sector.COMMUNITY, null);
        verify("ORG-006").given(community, branch("b-1", "c-1"), post("s", "b-1", Role.SECRETARY, LONG_AGO, null),
                post("t", "c-1", Role.SECRETARY, LONG_AGO, null)).raises("c-1");
        verify("ORG-006").given(community).notEvaluated();
    }

    @Test
    void org007NotEvaluatedWithoutPositions() {
        Organization street = org("s-1", OrgType.STREET_WORKING_COMMITTEE, Sector.OTHER, null);
        verify("ORG-007").given(street).notEvaluated();
        Finding f = verify("ORG-007").present(RecordKind.POSITIONS).given(street).raises("s-1");
        assertEquals(Optional.of(0L), f.measured());
        // A full-time worker who starts after asOf is not there yet.
        verify("ORG-007").given(street, fullTime(post("w1", "s-1", Role.PARTY_WORKER, LONG_AGO, null)),
                fullTime(post("w2", "s-1", Role.PARTY_WORKER, day(2021, 1, 1), null))).raises("s-1");
    }

    @Test
    void org008CommunityGeneralBranchHasTheFiveYearTerm() {
        Organization gb = org("cg", OrgType.GENERAL_BRANCH, Sector.COMMUNITY, null);
        verify("ORG-008").given(edit(gb).elected(day(2016, 1, 1)).build()).raisesNothing();
        verify("ORG-008").given(edit(gb).elected(day(2015, 12, 30)).build()).raises("cg");
        // A dissolved organization has no election due.
        verify("ORG-008").given(dissolved(edit(branch).sector(Sector.SCHOOL).elected(day(2010, 1, 1)).build(),
                day(2020, 6, 1))).raisesNothing();
    }

    @Test
    void org009ProbationaryMembersCount() {
        verify("ORG-009").given(all(branch, members("b-1", "m", 1), members("b-1", "p", 50, MembershipStatus.PROBATIONARY)))
                .raises("b-1");
        // Only branches.
        verify("ORG-009").given(all(org("gb", OrgType.GENERAL_BRANCH, Sector.SCHOOL, null), members("gb", "m", 51)))
                .raisesNothing();
    }

    // ---- a dataset read from JSON behaves as the hand-built records ----

    @Test
    void org006DatasetReadFromJsonEqualsTheHandBuiltOne() {
        // The fixtures leave the organization's flags out and give a post's fullTime as false: so does the JSON.
        Dataset read = json("""
                {'asOf':'2020-12-31',
                 'organizations':[{'id':'b-1','name':'组织b-1','type':'BRANCH','sector':'COMMUNITY','established':'2010-01-01'}],
                 'people':[{'id':'s','name':'党员s','gender':'MALE','birthDate':'1980-05-01','education':'BACHELOR'}],
                 'memberships':[{'personId':'s','organizationId':'b-1','status':'FULL','admitted':'2010-01-01'}],
                 'positions':[{'personId':'s','organizationId':'b-1','role':'SECRETARY','start':'2010-01-01','fullTime':false}]}
                """);
        Dataset built = Dataset.builder(AS_OF).add(branch).add(person("s")).add(member("s", "b-1"))
                .add(post("s", "b-1", Role.SECRETARY, LONG_AGO, null)).build();
        assertEquals(built, read);
        assertEquals(List.of("b-1@-"), findings(read, "ORG-006"));
        assertEquals(List.of("b-1@-"), findings(read, "ORG-002"));
    }

    @Test
    void org001JointAndHostUnitReadFromJson() {
        String base = """
                {'asOf':'2020-12-31',
                 'organizations':[{'id':'b-1','name':'b','type':'BRANCH','sector':'COMMUNITY','established':'2010-01-01'},
                                  {'id':'o','name':'o','type':'BRANCH','sector':'NON_PUBLIC_ENTERPRISE','established':'2010-01-01'%s}],
                 'hostUnits':[{'id':'u','name':'u','kind':'NON_PUBLIC_ENTERPRISE'%s}],
                 'people':[{'id':'a','name':'a','gender':'MALE','birthDate':'1980-05-01','education':'BACHELOR'},
                           {'id':'b','name':'b','gender':'MALE','birthDate':'1980-05-01','education':'BACHELOR'},
                           {'id':'c','name':'c','gender':'MALE','birthDate':'1980-05-01','education':'BACHELOR'}],
                 'memberships':[{'personId':'a','organizationId':'b-1','status':'FULL','admitted':'2010-01-01','workUnitId':'u'},
                                {'personId':'b','organizationId':'b-1','status':'FULL','admitted':'2010-01-01','workUnitId':'u'},
                                {'personId':'c','organizationId':'b-1','status':'FULL','admitted':'2010-01-01','workUnitId':'u'}]}
                """;
        assertEquals(List.of("u@-"), findings(json(String.format(base, "", "")), "ORG-001"));
        assertEquals(List.of(), findings(json(String.format(base, "", ",'ownOrganizationId':'o'")), "ORG-001"));
        assertEquals(List.of(), findings(json(String.format(base, ",'hostUnitId':'u'", "")), "ORG-001"));
        assertEquals(List.of("u@-"), findings(json(String.format(base, ",'hostUnitId':'u','joint':true",
                ",'ownOrganizationId':'o'")), "ORG-001"));
    }
}
