package org.dangjian.examples.generator;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.dangjian.model.Activity;
import org.dangjian.model.ActivityType;
import org.dangjian.model.Assessment;
import org.dangjian.model.AssessmentResult;
import org.dangjian.model.ContactPoint;
import org.dangjian.model.DuesPayment;
import org.dangjian.model.Education;
import org.dangjian.model.EvaluationResult;
import org.dangjian.model.HostUnit;
import org.dangjian.model.InspectionCriterion;
import org.dangjian.model.InspectionFlag;
import org.dangjian.model.MemberCategory;
import org.dangjian.model.MemberEvaluation;
import org.dangjian.model.Membership;
import org.dangjian.model.MembershipStatus;
import org.dangjian.model.MobileInfo;
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
import org.dangjian.model.Survey;
import org.dangjian.model.Training;

/**
 * The violations put into the clean sample district: for every row of the requirement catalog,
 * one named change of records that breaks it (a rule that is a metric, INFO, fires on clean data).
 * Problems are gathered in a few organizations, as in a real district: a backward community, a
 * community short of funds and cadres, a lax community branch, and a few branches of organs,
 * schools, enterprises and two-new units; the rest of the district is clean.
 *
 * <p>Where the sample's places are (ids of the clean district, seed 2020):
 * <pre>
 * D1            中共临江区委                     district: supervision cadence, quota, targets
 * D1-S02        和平街道党工委                   street: supervision cadence, party workers
 * D1-S03-C02    紫荆社区党委                     the backward community under rectification
 * D1-S04-C02    西苑社区党委                     funds, facilities, cadres
 * D1-S03-C03-B2 春晖社区第二党支部               the lax branch: meetings, dues, absent members
 * D1-JY-01-B1   临江区第一中学第一党支部         committee, fixed day, July, an under-age admission
 * D1-GZ-02-B2   国有资产经营公司第二党支部       election overdue, volunteering, training, probation
 * D1-S02-FL     和平街道非公企业联合党支部       a firm without its own branch, secretary vacant
 * D1-S03-F01    同创物流有限公司党支部           a firm that shrank and went quiet
 * D1-S01-C01-B3 枫林社区第三党支部               the old village quarter: petitions, clan, look-back
 * D1-JG-01      临江区委办公室党支部             training, dual organizational life, section cadres
 * D1-S02-F01    万邦新材料有限公司党支部         two-new: training, star rating, funds, dues, admissions
 * </pre>
 */
final class SampleInjections {

    /** One violation: the rule it breaks, what was done, and the change. */
    record Injection(String ruleId, String violation, Consumer<Draft> change) {
    }

    private static final String DISTRICT = "D1";
    private static final String STREET = "D1-S02";
    private static final String BACKWARD = "D1-S03-C02";
    private static final String POOR = "D1-S04-C02";
    private static final String LAX = "D1-S03-C03-B2";
    private static final String SCHOOL = "D1-JY-01-B1";
    private static final String COMPANY = "D1-GZ-02-B2";
    private static final String JOINT = "D1-S02-FL";
    private static final String IDLE = "D1-S03-F01";
    private static final String QUARTER = "D1-S01-C01-B3";
    private static final String OFFICE = "D1-JG-01";
    private static final String FIRM = "D1-S02-F01";
    private static final int Y = 2020;

    /** The table: catalog rule → the change that breaks it, in catalog order. */
    static final List<Injection> TABLE = List.of(
            // ---- ORG: organization setup
            new Injection("ORG-001", "a third full member joins a small firm of 和平街道's joint branch, which has no branch of its own",
                    SampleInjections::ownOrgMissing),
            new Injection("ORG-002", "同创物流 shrank: all but the secretary and one full member left for a community branch",
                    SampleInjections::hollowBranch),
            new Injection("ORG-003", "第一中学第一党支部 (7+ full members) never elected a committee: a secretary alone",
                    SampleInjections::noBranchCommittee),
            new Injection("ORG-004", "a committee member of 人民医院党总支 left on 31 July, no by-election",
                    d -> d.set(d.posts("D1-WJ-01", Role.COMMITTEE_MEMBER).get(0), "end", LocalDate.of(Y, 7, 31))),
            new Injection("ORG-005", "和平街道非公企业联合党支部's secretary left on 16 November (vacant under 3 months: MEDIUM)",
                    d -> d.set(d.secretary(JOINT), "end", LocalDate.of(Y, 11, 16))),
            new Injection("ORG-006", "西苑社区's secretary is part-time (兼职), and so is the next one (CAD-005)",
                    d -> d.set(d.secretary(POOR), "fullTime", false)),
            new Injection("ORG-007", "和平街道 has one full-time party-building worker: two of three are part-time",
                    d -> d.posts(STREET, Role.PARTY_WORKER).stream().skip(1).forEach(p -> d.set(p, "fullTime", false))),
            new Injection("ORG-008", "国有资产经营公司第二党支部 last elected on 12 May 2017: its 3-year term ran out",
                    SampleInjections::electionOverdue),
            new Injection("ORG-009", "丽水社区第一党支部 took in members of its sister branches: 51 members",
                    SampleInjections::oversizedBranch),
            // ---- LIFE: organizational life
            new Injection("LIFE-001", "春晖社区第二党支部 held no member assembly in the second quarter",
                    d -> dropFirst(d, LAX, ActivityType.MEMBER_ASSEMBLY, a -> quarter(a.date()) == 2)),
            new Injection("LIFE-002", "春晖社区第二党支部's committee did not meet in March",
                    d -> dropFirst(d, LAX, ActivityType.COMMITTEE_MEETING, a -> a.date().getMonth() == Month.MARCH)),
            new Injection("LIFE-003", "春晖社区第二党支部第一党小组 did not meet in August",
                    d -> dropFirst(d, LAX + "-G1", ActivityType.GROUP_MEETING, a -> a.date().getMonth() == Month.AUGUST)),
            new Injection("LIFE-004", "春晖社区第二党支部 gave no party lesson in the fourth quarter",
                    d -> dropFirst(d, LAX, ActivityType.PARTY_LESSON, a -> a.date().getMonthValue() >= 10)),
            new Injection("LIFE-005", "春晖社区第二党支部 held no theme party day in February (the epidemic)",
                    d -> dropFirst(d, LAX, ActivityType.THEME_PARTY_DAY, a -> a.date().getMonth() == Month.FEBRUARY)),
            new Injection("LIFE-006", "第一中学第一党支部's September theme party day was on the 15th, not the first Tuesday",
                    SampleInjections::offFixedDay),
            new Injection("LIFE-007", "春晖社区第二党支部 held no organizational life meeting this year",
                    d -> dropFirst(d, LAX, ActivityType.ORGANIZATIONAL_LIFE_MEETING, a -> true)),
            new Injection("LIFE-008", "春晖社区第二党支部 held no democratic evaluation of members (and so rated nobody)",
                    SampleInjections::noEvaluation),
            new Injection("LIFE-009", "国有资产经营公司第二党支部 organized four volunteer services this year",
                    SampleInjections::fewVolunteerServices),
            new Injection("LIFE-010", "four members of 国有资产经营公司第二党支部 never served as volunteers",
                    SampleInjections::lowVolunteerTurnout),
            new Injection("LIFE-011", "第一中学第一党支部: no theme party day in July, and its third-quarter lesson in August",
                    SampleInjections::noJulyEducation),
            new Injection("LIFE-012", "a member of the district standing committee skipped 区委办公室党支部 in the second quarter",
                    SampleInjections::leaderSkipsBranch),
            new Injection("LIFE-013", "a member of 春晖社区第二党支部 attended nothing since 1 May",
                    d -> { String p = plainMember(d, LAX); d.unattend(p, a -> !a.date().isBefore(LocalDate.of(Y, 5, 1))); }),
            // ---- SUP: supervision
            new Injection("SUP-001", "区委 did not hold its party-building standing committee meeting in August",
                    d -> dropFirst(d, DISTRICT, ActivityType.PARTY_BUILDING_MEETING, a -> a.date().getMonth() == Month.AUGUST)),
            new Injection("SUP-002", "区委 held no grassroots party-building symposium in May–June",
                    d -> dropFirst(d, DISTRICT, ActivityType.SYMPOSIUM, a -> a.date().getMonthValue() == 5 || a.date().getMonthValue() == 6)),
            new Injection("SUP-003", "区委 held no community secretaries' exchange in January–February (the epidemic)",
                    d -> dropFirst(d, DISTRICT, ActivityType.SECRETARY_EXCHANGE, a -> a.date().getMonthValue() <= 2)),
            new Injection("SUP-004", "和平街道 held no party-building meeting in February",
                    d -> dropFirst(d, STREET, ActivityType.PARTY_BUILDING_MEETING, a -> a.date().getMonth() == Month.FEBRUARY)),
            new Injection("SUP-005", "和平街道 organized no mutual learning in the first quarter",
                    d -> dropFirst(d, STREET, ActivityType.MUTUAL_LEARNING, a -> a.date().getMonthValue() <= 3)),
            new Injection("SUP-006", "区委 made no comprehensive inspection in the first quarter",
                    d -> dropFirst(d, DISTRICT, ActivityType.INSPECTION, a -> a.date().getMonthValue() <= 3)),
            new Injection("SUP-007", "区委书记 heard no party-building report in February",
                    d -> dropFirst(d, DISTRICT, ActivityType.PARTY_BUILDING_REPORT, a -> a.date().getMonth() == Month.FEBRUARY)),
            new Injection("SUP-008", "区委 did no assessment and ranking for the first half-year",
                    d -> dropFirst(d, DISTRICT, ActivityType.ASSESSMENT_RANKING, a -> a.date().getMonthValue() <= 6)),
            new Injection("SUP-009", "和平街道 did not check its leaders' dual organizational life in October",
                    d -> dropFirst(d, STREET, ActivityType.DUAL_LIFE_CHECK, a -> a.date().getMonth() == Month.OCTOBER)),
            // ---- TRN: training
            new Injection("TRN-001", "a member of 区委办公室党支部 skipped online study: 22 hours or so",
                    d -> dropTrainings(d, plainMember(d, OFFICE), t -> t.organizerLevel() == OrganizerLevel.CITY)),
            new Injection("TRN-002", "four members of 区委办公室党支部 took no training at all",
                    d -> { for (int i = 0; i < 4; i++) { dropTrainings(d, plainMember(d, OFFICE), t -> true); } }),
            new Injection("TRN-003", "a committee member of 区委办公室党支部 missed the party cadres' course: under 56 hours",
                    d -> dropTrainings(d, d.posts(OFFICE, Role.COMMITTEE_MEMBER).get(0).personId(),
                            t -> t.title().orElse("").equals("基层党务干部培训班"))),
            new Injection("TRN-004", "区委办公室党支部's secretary had one centralized training: the rest was self-study",
                    d -> centralizedOnly(d, d.secretary(OFFICE).personId(), t -> t.title().orElse("").equals("基层党组织书记示范培训班"))),
            new Injection("TRN-005", "国有资产经营公司第二党支部's secretary took the street's course instead of the district's",
                    d -> d.change(RecordKind.TRAININGS, (Training t) -> t.personId().equals(d.secretary(COMPANY).personId())
                            && t.organizerLevel().compareTo(OrganizerLevel.DISTRICT) >= 0 && t.centralized(),
                            t -> Records.with(t, "organizerLevel", OrganizerLevel.STREET))),
            new Injection("TRN-006", "万邦新材料's party worker had no centralized training",
                    d -> centralizedOnly(d, d.posts(FIRM, Role.PARTY_WORKER).get(0).personId(), t -> false)),
            new Injection("TRN-007", "南湖社区第三党支部's new secretary (from 4 March) was first trained in October",
                    SampleInjections::lateInduction),
            new Injection("TRN-008", "a member of 阳光社区第一党支部 (和平街道) had no centralized training",
                    d -> centralizedOnly(d, plainMember(d, "D1-S02-C02-B1"), t -> false)),
            // ---- DEV: new members
            new Injection("DEV-001", "国资系统's only new member this year was 45 at admission: 0% under 40",
                    d -> newMemberBorn(d, newMember(d, "D1-GZ", Y), 45)),
            new Injection("DEV-002", "… and finished junior high school only: 0% high school or above in 国资系统党委",
                    d -> d.set(d.person(d.membership(lastNewMember(d, "D1-GZ", Y)).personId()), "education", Education.JUNIOR_HIGH)),
            new Injection("DEV-003", "第一中学第一党支部 admitted a pupil of 17",
                    SampleInjections::underageAdmission),
            new Injection("DEV-004", "a member of 国有资产经营公司第二党支部 admitted in 2019 is still probationary, with no extension",
                    d -> { Membership m = d.membership(newMember(d, COMPANY, Y - 1));
                        d.set(d.set(m, "status", MembershipStatus.PROBATIONARY), "fullSince", null); }),
            new Injection("DEV-005", "万邦新材料 named a development candidate 8 months after the activist",
                    d -> { Membership m = d.membership(newMember(d, FIRM, Y));
                        d.set(m, "candidateSince", m.activistSince().get().plusMonths(8)); }),
            new Injection("DEV-006", "a new member of 万邦新材料 had 16 hours of pre-admission training",
                    d -> d.set(d.membership(newMember(d, FIRM, Y)), "preAdmissionTrainingHours", 16.0)),
            new Injection("DEV-007", "(a metric: it reports the new members' structure wherever members were admitted)", d -> { }),
            // ---- MEM: members
            new Injection("MEM-001", "a member of 春晖社区第二党支部 paid no dues from June",
                    d -> unpaid(d, plainMember(d, LAX), 6)),
            new Injection("MEM-002", "a member of 春晖社区第二党支部 has not paid November and December",
                    d -> unpaid(d, plainMember(d, LAX), 11)),
            new Injection("MEM-003", "a member of 万邦新材料 paid half the due from October on",
                    SampleInjections::underpaid),
            new Injection("MEM-004", "a member of 春晖社区第二党支部 suspended since June 2018 (lost contact) was never removed",
                    SampleInjections::suspendedTooLong),
            new Injection("MEM-005", "a mobile member of 春晖社区第二党支部 has no activity certificate (流动党员活动证)",
                    d -> { Membership m = d.membership(mobileMember(d, LAX));
                        d.set(m, "mobile", Records.with(m.mobile().get(), "certificate", false)); }),
            new Injection("MEM-006", "a mobile member of 春晖社区第二党支部 works at one place since October 2019, membership not moved",
                    d -> { Membership m = d.membership(mobileMember(d, LAX));
                        d.set(m, "mobile", new MobileInfo(LocalDate.of(Y - 1, 10, 8), Optional.of(true), Optional.of(true), Optional.of(true),
                                m.mobile().get().lastEvaluationYear())); }),
            new Injection("MEM-007", "an in-service member of 区委办公室党支部 never reported to a community",
                    d -> d.set(d.membership(plainMember(d, OFFICE)), "reportedToCommunityId", null)),
            new Injection("MEM-008", "西苑社区 gave no feedback on in-service members for the second half-year",
                    d -> dropFirst(d, POOR, ActivityType.IN_SERVICE_FEEDBACK, a -> a.date().getMonthValue() > 6)),
            new Injection("MEM-009", "a member of 国有资产经营公司第二党支部 rated unqualified was not dealt with",
                    d -> { String p = plainMember(d, COMPANY);
                        MemberEvaluation e = d.one(RecordKind.MEMBER_EVALUATIONS, (MemberEvaluation x) -> x.personId().equals(p), "evaluation");
                        d.set(d.set(e, "result", EvaluationResult.UNQUALIFIED), "handled", false); }),
            // ---- CAD: cadres
            new Injection("CAD-001", "西苑社区 keeps two reserve cadres",
                    d -> { List<ReserveCadre> r = d.where(RecordKind.RESERVE_CADRES, (ReserveCadre x) -> x.organizationId().equals(POOR));
                        r.stream().skip(2).forEach(x -> d.removeIf(RecordKind.RESERVE_CADRES, x::equals)); }),
            new Injection("CAD-002", "one of 西苑社区's reserve cadres has a high-school education",
                    d -> { ReserveCadre r = d.one(RecordKind.RESERVE_CADRES, (ReserveCadre x) -> x.organizationId().equals(POOR)
                            && d.membership(x.personId()).admitted().getYear() < Y - 1, "older reserve cadre");
                        d.set(d.person(r.personId()), "education", Education.HIGH_SCHOOL); }),
            new Injection("CAD-003", "紫荆社区's secretary rated incompetent in 2019 and 2020, residents dissatisfied",
                    SampleInjections::incompetentSecretary),
            new Injection("CAD-004", "西苑社区 keeps no archive on its party worker",
                    d -> d.set(d.posts(POOR, Role.PARTY_WORKER).get(0), "archiveKept", false)),
            new Injection("CAD-005", "西苑社区's new secretary (from 6 May) was filed with the district after 47 days",
                    SampleInjections::lateFiling),
            new Injection("CAD-006", "a section-level cadre of 区委办公室 spent 6 days at the contact point",
                    d -> d.set(d.one(RecordKind.CONTACT_POINTS, (ContactPoint c) -> d.membership(c.personId()).organizationId().equals(OFFICE),
                            "contact point"), "daysOnSite", 6.0)),
            new Injection("CAD-007", "another section-level cadre of 区委办公室 filed no personal-matters report",
                    SampleInjections::noPersonalMattersReport),
            new Injection("CAD-008", "(a metric: the share of one-shouldered communities is reported)", d -> { }),
            new Injection("CAD-009", "(a metric: age and education of community committees are reported)", d -> { }),
            // ---- FUND: funds and facilities
            new Injection("FUND-001", "西苑社区's party work funds are 8 yuan a household",
                    d -> { Organization o = d.org(POOR); d.set(o, "fundsYuan", o.households().getAsInt() * 8.0); }),
            new Injection("FUND-002", "西苑社区's service centre has 22 m² per 100 households",
                    d -> { Organization o = d.org(POOR); d.set(o, "serviceAreaSqm", Math.floor(o.households().getAsInt() * 0.22)); }),
            new Injection("FUND-003", "万邦新材料 spends 1.5% of its wages on party work",
                    d -> { HostUnit h = d.one(RecordKind.HOST_UNITS, (HostUnit x) -> x.id().equals("U-" + FIRM), "firm");
                        d.set(h, "partyFundsYuan", Math.round(h.annualWagesYuan().getAsDouble() * 0.015 / 100) * 100.0); }),
            // ---- TWO: two-new organizations
            new Injection("TWO-001", "万邦新材料's branch carries no star rating",
                    d -> d.set(d.org(FIRM), "starRating", null)),
            new Injection("TWO-002", "the district's demonstration point lost its title: none this year",
                    d -> d.change(RecordKind.ORGANIZATIONS, (Organization o) -> o.demonstrationPoint().orElse(false), o -> Records.with(o, "demonstrationPoint", false))),
            // ---- WEAK: weak and lax organizations
            new Injection("WEAK-001", "第一小学党支部's secretary left on 14 August: vacant over 3 months (and a seat empty)",
                    d -> d.set(d.secretary("D1-JY-03"), "end", LocalDate.of(Y, 8, 14))),
            new Injection("WEAK-002", "(紫荆社区's secretary rated incompetent: see CAD-003)", d -> { }),
            new Injection("WEAK-003", "inspectors found 人民医院党总支's committee disunited",
                    d -> d.add(new InspectionFlag("D1-WJ-01", InspectionCriterion.DISUNITY, LocalDate.of(Y, 9, 18), Optional.of("班子成员不团结，议事决策难以推进")))),
            new Injection("WEAK-004", "同创物流党支部 held nothing in September, October and November",
                    d -> d.where(RecordKind.ACTIVITIES, (Activity a) -> a.organizationId().startsWith(IDLE)
                            && a.date().getMonthValue() >= 9 && a.date().getMonthValue() <= 11).forEach(a -> d.removeIf(RecordKind.ACTIVITIES, a::equals))),
            new Injection("WEAK-005", "inspectors found vote-buying in 紫荆社区's election",
                    d -> d.add(new InspectionFlag(BACKWARD, InspectionCriterion.VOTE_BUYING, LocalDate.of(Y, 7, 8), Optional.of("换届选举中存在拉票行为")))),
            new Injection("WEAK-006", "inspectors found clan interference in 枫林社区第三党支部 (the old village quarter)",
                    d -> d.add(new InspectionFlag(QUARTER, InspectionCriterion.INTERFERENCE, LocalDate.of(Y, 10, 21), Optional.of("城中村片区宗族势力干预党支部工作")))),
            new Injection("WEAK-007", "紫荆社区 disclosed nothing in the third quarter",
                    d -> dropFirst(d, BACKWARD, ActivityType.AFFAIRS_DISCLOSURE, a -> a.date().getMonthValue() >= 7 && a.date().getMonthValue() <= 9)),
            new Injection("WEAK-008", "twelve petitions about 枫林社区第三党支部's quarter in the year",
                    SampleInjections::petitions),
            new Injection("WEAK-009", "紫荆社区 lost its service centre: a service area of 0 m²",
                    d -> d.set(d.org(BACKWARD), "serviceAreaSqm", 0.0)),
            new Injection("WEAK-010", "紫荆社区's December survey: 52% satisfied",
                    d -> { Survey s = d.where(RecordKind.SURVEYS, (Survey x) -> x.organizationId().equals(BACKWARD)).stream()
                            .reduce((a, b) -> b).orElseThrow(); d.set(s, "satisfaction", 0.52); }),
            new Injection("WEAK-011", "紫荆社区 admitted nobody in 2019 and 2020",
                    d -> d.where(RecordKind.MEMBERSHIPS, (Membership m) -> m.organizationId().startsWith(BACKWARD)
                            && m.admitted().getYear() >= Y - 1).forEach(m -> d.removePerson(m.personId()))),
            new Injection("WEAK-100", "(the candidates follow from the criteria above)", d -> { }),
            new Injection("WEAK-101", "the district dropped the rectifications it had started: under 10% of communities",
                    d -> d.removeIf(RecordKind.RECTIFICATIONS, (Rectification r) -> true)),
            new Injection("WEAK-102", "和平街道 did no weak-organization screening in the second half-year",
                    d -> dropFirst(d, STREET, ActivityType.WEAK_ORG_SCREENING, a -> a.date().getMonthValue() > 6)),
            new Injection("WEAK-103", "枫林社区第三党支部 passed a rectification in 2019 and meets a criterion again",
                    d -> d.add(new Rectification(QUARTER, RectificationKind.WEAK, LocalDate.of(Y - 1, 3, 1),
                            Optional.of(LocalDate.of(Y - 1, 12, 20)), true))),
            new Injection("WEAK-104", "紫荆社区, a backward community under rectification since 16 March, held no work meeting in September",
                    SampleInjections::backwardCommunity));

    private SampleInjections() {
    }

    /** Applies every injection of the table, in order. */
    static void apply(Draft d) {
        for (Injection i : TABLE) {
            try {
                i.change().accept(d);
            } catch (RuntimeException e) {
                throw new IllegalStateException(i.ruleId() + " (" + i.violation() + "): " + e.getMessage(), e);
            }
        }
    }

    // ---- helpers

    private static int quarter(LocalDate date) {
        return (date.getMonthValue() - 1) / 3 + 1;
    }

    private static void dropFirst(Draft d, String orgId, ActivityType type, Predicate<Activity> which) {
        Activity a = d.activities(orgId, type).stream().filter(which).findFirst()
                .orElseThrow(() -> new IllegalStateException(orgId + " has no such " + type));
        d.dropActivity(a);
    }

    /** A full member of {@code orgId} in contact, not exempt nor away, without post, admitted years ago, not yet used. */
    private static String plainMember(Draft d, String orgId) {
        for (Membership m : d.members(orgId)) {
            if (m.status() == MembershipStatus.FULL && !m.exempt() && m.category() != MemberCategory.MOBILE
                    && m.lostContactSince().isEmpty() && m.admitted().getYear() < Y - 2 && !d.holdsPost(m.personId())
                    && !d.trainings(m.personId()).isEmpty() && d.used.add(m.personId())) {
                return m.personId();
            }
        }
        throw new IllegalStateException(orgId + " has no plain member left");
    }

    private static String mobileMember(Draft d, String orgId) {
        for (Membership m : d.members(orgId)) {
            if (m.category() == MemberCategory.MOBILE && m.status() != MembershipStatus.SUSPENDED && d.used.add(m.personId())) {
                return m.personId();
            }
        }
        throw new IllegalStateException(orgId + " has no mobile member left");
    }

    /** A member of {@code orgId} (or an organization under it) admitted in {@code year}, not yet used. */
    private static String newMember(Draft d, String orgId, int year) {
        for (Membership m : d.all(RecordKind.MEMBERSHIPS).stream().map(Membership.class::cast).toList()) {
            if ((m.organizationId().equals(orgId) || m.organizationId().startsWith(orgId + "-"))
                    && m.admitted().getYear() == year && d.used.add(m.personId())) {
                return m.personId();
            }
        }
        throw new IllegalStateException(orgId + " has no member admitted in " + year + " left");
    }

    /** The member of {@code orgId}'s tree admitted in {@code year} that an injection used last. */
    private static String lastNewMember(Draft d, String orgId, int year) {
        return d.all(RecordKind.MEMBERSHIPS).stream().map(Membership.class::cast)
                .filter(m -> (m.organizationId().equals(orgId) || m.organizationId().startsWith(orgId + "-"))
                        && m.admitted().getYear() == year && d.used.contains(m.personId()))
                .reduce((a, b) -> b).map(Membership::personId).orElseThrow();
    }

    private static void dropTrainings(Draft d, String personId, Predicate<Training> which) {
        d.removeIf(RecordKind.TRAININGS, (Training t) -> t.personId().equals(personId) && which.test(t));
    }

    /** The person's centralized trainings become self-study, but for those {@code keep} picks. */
    private static void centralizedOnly(Draft d, String personId, Predicate<Training> keep) {
        d.change(RecordKind.TRAININGS, (Training t) -> t.personId().equals(personId) && t.centralized() && !keep.test(t),
                t -> Records.with(t, "centralized", false));
    }

    /** No dues from {@code fromMonth} of the audit year on. */
    private static void unpaid(Draft d, String personId, int fromMonth) {
        d.removeIf(RecordKind.DUES_PAYMENTS, (DuesPayment p) -> p.personId().equals(personId)
                && !p.month().isBefore(YearMonth.of(Y, fromMonth)));
    }

    /** Born so as to be {@code age} on the day of admission; the identity number follows the birth date. */
    private static void newMemberBorn(Draft d, String personId, int age) {
        Person p = d.person(personId);
        LocalDate birth = d.membership(personId).admitted().minusYears(age).minusDays(40);
        p = d.set(p, "birthDate", birth);
        d.set(p, "idNumber", IdNumbers.withBirth(p.idNumber().get(), birth));
    }

    // ---- the larger changes

    private static void ownOrgMissing(Draft d) {
        String joint = JOINT;
        List<Membership> full = d.members(joint).stream().filter(m -> m.status() == MembershipStatus.FULL).toList();
        String firm = full.get(0).workUnitId().orElseThrow();
        long there = full.stream().filter(m -> m.workUnitId().orElseThrow().equals(firm)).count();
        for (Membership m : full) {
            if (there >= 3) {
                break;
            }
            if (!m.workUnitId().orElseThrow().equals(firm)) {
                d.set(m, "workUnitId", firm); // changed jobs, to the same small firm
                there++;
            }
        }
    }

    private static void hollowBranch(Draft d) {
        String branch = IDLE;
        String keep = d.secretary(branch).personId();
        String other = null;
        for (Membership m : d.members(branch)) {
            if (m.personId().equals(keep)) {
                continue;
            }
            if (other == null && m.status() == MembershipStatus.FULL) {
                other = m.personId();
                continue;
            }
            d.where(RecordKind.POSITIONS, (Position p) -> p.personId().equals(m.personId()) && p.organizationId().equals(branch))
                    .forEach(p -> d.removeIf(RecordKind.POSITIONS, p::equals));
            d.transfer(m.personId(), "D1-S03-C01-B2");
            d.set(d.membership(m.personId()), "workUnitId", null);
            d.used.add(m.personId());
        }
        Organization o = d.org(branch);
        d.set(d.set(o, "hasCommittee", false), "committeeSeats", null);
        d.activities(branch, ActivityType.COMMITTEE_MEETING).forEach(a -> d.removeIf(RecordKind.ACTIVITIES, a::equals));
    }

    private static void noBranchCommittee(Draft d) {
        d.posts(SCHOOL, Role.COMMITTEE_MEMBER).forEach(p -> d.removeIf(RecordKind.POSITIONS, p::equals));
        d.posts(SCHOOL, Role.DEPUTY_SECRETARY).forEach(p -> d.removeIf(RecordKind.POSITIONS, p::equals));
        Organization o = d.org(SCHOOL);
        d.set(d.set(o, "hasCommittee", false), "committeeSeats", null);
        d.activities(SCHOOL, ActivityType.COMMITTEE_MEETING).forEach(a -> d.removeIf(RecordKind.ACTIVITIES, a::equals));
    }

    private static void electionOverdue(Draft d) {
        LocalDate elected = LocalDate.of(Y - 3, 5, 12);
        d.set(d.org(COMPANY), "lastElection", elected);
        d.change(RecordKind.POSITIONS, (Position p) -> p.organizationId().equals(COMPANY) && p.start().isAfter(elected),
                p -> Records.with(p, "start", elected));
    }

    private static void oversizedBranch(Draft d) {
        String target = "D1-S02-C03-B1";
        int size = d.members(target).size();
        for (String sister : List.of("D1-S02-C03-B2", "D1-S02-C03-B3", "D1-S02-C03-B4")) {
            int moved = 0;
            for (Membership m : d.members(sister)) {
                if (size >= 51 || moved >= 9) {
                    break;
                }
                if (!d.holdsPost(m.personId()) && m.admitted().getYear() < Y - 1 && d.used.add(m.personId())) {
                    d.transfer(m.personId(), target);
                    size++;
                    moved++;
                }
            }
        }
    }

    private static void offFixedDay(Draft d) {
        Activity a = d.activities(SCHOOL, ActivityType.THEME_PARTY_DAY).stream()
                .filter(x -> x.date().getMonth() == Month.SEPTEMBER).findFirst().orElseThrow();
        d.set(a, "date", LocalDate.of(Y, 9, 15));
    }

    private static void noEvaluation(Draft d) {
        dropFirst(d, LAX, ActivityType.DEMOCRATIC_EVALUATION, a -> true);
        Set<String> members = new HashSet<>();
        d.members(LAX).forEach(m -> members.add(m.personId()));
        d.removeIf(RecordKind.MEMBER_EVALUATIONS, (MemberEvaluation e) -> members.contains(e.personId()));
    }

    private static void fewVolunteerServices(Draft d) {
        List<Activity> services = d.activities(COMPANY, ActivityType.VOLUNTEER_SERVICE);
        for (Activity a : services.subList(4, services.size())) {
            d.dropActivity(a);
            for (String p : a.attendees().orElse(List.of())) { // they served at one of the four left
                List<Activity> left = d.activities(COMPANY, ActivityType.VOLUNTEER_SERVICE);
                if (left.stream().noneMatch(x -> x.attendees().get().contains(p))) {
                    d.attend(left.get(0), p);
                }
            }
        }
    }

    private static void lowVolunteerTurnout(Draft d) {
        for (int i = 0; i < 4; i++) {
            String p = plainMember(d, COMPANY);
            d.unattend(p, a -> a.type() == ActivityType.VOLUNTEER_SERVICE);
        }
    }

    private static void noJulyEducation(Draft d) {
        dropFirst(d, SCHOOL, ActivityType.THEME_PARTY_DAY, a -> a.date().getMonth() == Month.JULY);
        d.activities(SCHOOL, ActivityType.PARTY_LESSON).stream().filter(a -> a.date().getMonth() == Month.JULY)
                .forEach(a -> d.set(d.set(a, "date", LocalDate.of(Y, 8, 18)), "title", "第三季度专题党课"));
    }

    private static void leaderSkipsBranch(Draft d) {
        String leader = d.members(OFFICE).stream().map(Membership::personId)
                .filter(p -> !d.where(RecordKind.POSITIONS, (Position x) -> x.personId().equals(p) && x.organizationId().equals(DISTRICT)
                        && x.role() == Role.COMMITTEE_MEMBER).isEmpty())
                .filter(p -> d.used.add(p)).findFirst().orElseThrow(() -> new IllegalStateException("no district leader in " + OFFICE));
        d.unattend(leader, a -> (a.organizationId().equals(OFFICE) || a.organizationId().startsWith(OFFICE + "-"))
                && a.date().getMonthValue() >= 4 && a.date().getMonthValue() <= 6);
    }

    private static void lateInduction(Draft d) {
        Position s = d.secretary("D1-S04-C03-B3");
        if (s.start().getYear() != Y) {
            throw new IllegalStateException("D1-S04-C03-B3's secretary is not new this year");
        }
        LocalDate deadline = s.start().plusMonths(6);
        // every training from taking office to the deadline moved to the autumn, after it
        d.change(RecordKind.TRAININGS, (Training t) -> t.personId().equals(s.personId())
                        && !t.date().isBefore(s.start()) && !t.date().isAfter(deadline),
                t -> Records.with(t, "date", deadline.plusDays(12 + t.date().getDayOfMonth())));
    }

    private static void underageAdmission(Draft d) {
        String p = newMember(d, SCHOOL, Y);
        newMemberBorn(d, p, 17);
        d.set(d.person(p), "education", Education.HIGH_SCHOOL);
        Membership m = d.membership(p);
        m = d.set(m, "category", MemberCategory.DIRECT); // a pupil, not staff
        m = d.set(m, "reportedToCommunityId", null);
        d.set(m, "monthlyIncomeYuan", null);
        d.change(RecordKind.DUES_PAYMENTS, (DuesPayment x) -> x.personId().equals(p), x -> Records.with(x, "amountYuan", 0.2));
    }

    private static void underpaid(Draft d) {
        String p = plainMember(d, FIRM);
        double income = d.membership(p).monthlyIncomeYuan().orElseThrow();
        double due = income * Dues.rate(income, false);
        d.change(RecordKind.DUES_PAYMENTS, (DuesPayment x) -> x.personId().equals(p) && x.month().getMonthValue() >= 10,
                x -> Records.with(x, "amountYuan", Math.floor(due / 2)));
    }

    private static void suspendedTooLong(Draft d) {
        String p = plainMember(d, LAX);
        Membership m = d.membership(p);
        m = d.set(m, "status", MembershipStatus.SUSPENDED);
        m = d.set(m, "lostContactSince", LocalDate.of(Y - 3, 11, 20));
        d.set(m, "suspendedSince", LocalDate.of(Y - 2, 6, 15));
        // out of touch all year: no dues, training, attendance or evaluation
        d.removeIf(RecordKind.DUES_PAYMENTS, (DuesPayment x) -> x.personId().equals(p));
        d.removeIf(RecordKind.TRAININGS, (Training x) -> x.personId().equals(p));
        d.removeIf(RecordKind.MEMBER_EVALUATIONS, (MemberEvaluation x) -> x.personId().equals(p));
        d.unattend(p, a -> true);
    }

    private static void incompetentSecretary(Draft d) {
        String p = d.secretary(BACKWARD).personId();
        d.removeIf(RecordKind.ASSESSMENTS, (Assessment a) -> a.personId().equals(p));
        for (int year = Y - 1; year <= Y; year++) {
            d.add(new Assessment(p, year, AssessmentResult.INCOMPETENT, Optional.of(false), false));
        }
    }

    private static void lateFiling(Draft d) {
        String community = POOR;
        LocalDate start = LocalDate.of(Y, 5, 6);
        Position old = d.secretary(community);
        d.set(old, "end", start.minusDays(1));
        String next = d.members(community + "-B1").stream().map(Membership::personId)
                .filter(p -> !d.holdsPost(p) && d.membership(p).status() == MembershipStatus.FULL
                        && d.person(p).education().compareTo(Education.JUNIOR_COLLEGE) >= 0 && d.used.add(p))
                .findFirst().orElseThrow();
        d.add(new Position(next, community, Role.SECRETARY, start, Optional.empty(), old.fullTime(), Optional.of(true),
                Optional.of(start.plusDays(47))));
        d.add(new Training(next, LocalDate.of(Y, 6, 10), 16, true, OrganizerLevel.DISTRICT, Optional.of("新任社区党组织书记任职培训")));
    }

    private static void noPersonalMattersReport(Draft d) {
        List<PersonalMattersReport> reports = d.where(RecordKind.PERSONAL_MATTERS_REPORTS,
                (PersonalMattersReport r) -> d.membership(r.personId()).organizationId().equals(OFFICE));
        PersonalMattersReport r = reports.get(reports.size() - 1);
        d.removeIf(RecordKind.PERSONAL_MATTERS_REPORTS, r::equals);
    }

    private static void petitions(Draft d) {
        String branch = QUARTER;
        int[][] dates = {{3, 17, 3}, {6, 2, 4}, {8, 25, 2}, {11, 9, 3}};
        for (int[] x : dates) {
            d.add(new Petition(branch, LocalDate.of(Y, x[0], x[1]), x[2]));
        }
    }

    private static void backwardCommunity(Draft d) {
        LocalDate since = LocalDate.of(Y, 3, 16);
        d.add(new Rectification(BACKWARD, RectificationKind.BACKWARD, since, Optional.empty(), false));
        for (int month = 4; month <= 12; month++) {
            if (month != 9) {
                d.addActivity(BACKWARD, ActivityType.RECTIFICATION_MEETING, LocalDate.of(Y, month, 10 + month % 5),
                        month + "月整顿工作例会");
            }
        }
        d.addActivity(BACKWARD, ActivityType.REPORT_AND_EVALUATION, LocalDate.of(Y, 6, 23), "上半年“四报告一评议”");
        d.addActivity(BACKWARD, ActivityType.REPORT_AND_EVALUATION, LocalDate.of(Y, 12, 22), "下半年“四报告一评议”");
    }

    /** The rule IDs the table covers, for tests. */
    static List<String> ruleIds() {
        List<String> ids = new ArrayList<>();
        TABLE.forEach(i -> ids.add(i.ruleId()));
        return ids;
    }
}
