package org.dangjian.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.dangjian.model.Dataset;
import org.dangjian.model.Education;
import org.dangjian.model.Gender;
import org.dangjian.model.OrgType;
import org.dangjian.model.Organization;
import org.dangjian.model.Person;
import org.dangjian.model.Position;
import org.dangjian.model.Role;
import org.dangjian.model.Sector;
import org.dangjian.rules.AuditOptions;
import org.dangjian.rules.AuditReport;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.Language;
import org.dangjian.rules.SubjectType;
import org.dangjian.rules.review.NameMasking;
import org.junit.jupiter.api.Test;

/**
 * Subjects not judged for a field the dataset leaves out: listed in the report's summary, in
 * JSON (read back whole), in the text and HTML reports, masked like findings, the same in
 * partitions as in one session.
 */
class NotJudgedReportTest {

    private static final ComplianceEngine ENGINE = ComplianceEngine.builtIn();
    private static final LocalDate AS_OF = LocalDate.of(2020, 12, 31);

    /** A community org without serviceAreaSqm and households; its committee member's post without archiveKept. */
    private static Dataset dataset() {
        Organization street = new Organization("s-1", "和平街道党工委", OrgType.STREET_WORKING_COMMITTEE, Sector.ORGAN,
                Optional.empty(), LocalDate.of(2010, 1, 1), Optional.empty(), Optional.of(false), Optional.of(false), OptionalInt.empty(),
                Optional.empty(), Optional.empty(), OptionalInt.empty(), OptionalDouble.empty(), OptionalDouble.of(5000),
                OptionalInt.empty(), Optional.of(false), Optional.empty());
        Organization community = new Organization("c-1", "向阳社区党委", OrgType.PARTY_COMMITTEE, Sector.COMMUNITY,
                Optional.of("s-1"), LocalDate.of(2010, 1, 1), Optional.empty(), Optional.of(false), Optional.of(true), OptionalInt.empty(),
                Optional.empty(), Optional.empty(), OptionalInt.empty(), OptionalDouble.empty(), OptionalDouble.of(5000),
                OptionalInt.empty(), Optional.of(false), Optional.empty());
        Person member = new Person("p-1", "欧阳娜娜", Gender.FEMALE, LocalDate.of(1985, 1, 1), Education.BACHELOR,
                Optional.empty());
        Position post = new Position("p-1", "c-1", Role.COMMITTEE_MEMBER, LocalDate.of(2015, 1, 1), Optional.empty(),
                Optional.of(true), Optional.empty(), Optional.empty());
        return Dataset.builder(AS_OF).add(street).add(community).add(member).add(post).build();
    }

    @Test
    void theSummaryListsEachSubjectWithTheFieldsLeftOut() {
        List<AuditReport.NotJudged> listed = ENGINE.audit(dataset()).summary().subjectsNotJudged();
        assertEquals(List.of(
                new AuditReport.NotJudged("CAD-004", SubjectType.PERSON, "p-1", "欧阳娜娜", "c-1", List.of("archiveKept")),
                new AuditReport.NotJudged("FUND-001", SubjectType.ORGANIZATION, "c-1", "向阳社区党委", "c-1",
                        List.of("households")),
                new AuditReport.NotJudged("FUND-002", SubjectType.ORGANIZATION, "c-1", "向阳社区党委", "c-1",
                        List.of("households", "serviceAreaSqm")),
                new AuditReport.NotJudged("WEAK-009", SubjectType.ORGANIZATION, "c-1", "向阳社区党委", "c-1",
                        List.of("serviceAreaSqm"))), listed);
    }

    @Test
    void partitionsListTheSameAsOneSession() {
        AuditReport one = ENGINE.audit(dataset(), AuditOptions.DEFAULTS.withPartitioning(AuditOptions.Partitioning.SINGLE_SESSION));
        AuditReport parts = ENGINE.audit(dataset(), AuditOptions.DEFAULTS.withPartitioning(AuditOptions.Partitioning.SUBTREES));
        assertEquals(one.summary().subjectsNotJudged(), parts.summary().subjectsNotJudged());
        assertEquals(one.findings(), parts.findings());
    }

    @Test
    void jsonCarriesThemAndReadsThemBack() throws Exception {
        AuditReport report = ENGINE.audit(dataset());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportJson.write(report, out);
        String json = out.toString(StandardCharsets.UTF_8);
        com.fasterxml.jackson.databind.JsonNode listed = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json)
                .path("summary").path("subjectsNotJudged");
        assertEquals(4, listed.size(), json);
        assertEquals("CAD-004", listed.get(0).path("ruleId").asText());
        assertEquals("PERSON", listed.get(0).path("subjectType").asText());
        assertEquals("archiveKept", listed.get(0).path("fields").get(0).asText());
        AuditReport back = ReportJson.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(report.summary().subjectsNotJudged(), back.summary().subjectsNotJudged());
    }

    @Test
    void textAndHtmlShowThemAndMaskPersonalNames() throws Exception {
        AuditReport report = ENGINE.audit(dataset());
        String zh = TextReport.render(report, id -> id);
        assertTrue(zh.contains("数据缺少所需字段、未能评估的对象 4 个"), zh);
        assertTrue(zh.contains("WEAK-009 向阳社区党委（c-1）：缺少服务设施面积（平方米）"), zh);
        assertTrue(zh.contains("FUND-002 向阳社区党委（c-1）：缺少户数、服务设施面积（平方米）"), zh);
        String en = TextReport.render(ENGINE.audit(dataset(), AuditOptions.DEFAULTS.withLanguage(Language.EN)), id -> id);
        assertTrue(en.contains("subjects not judged (fields left out of the dataset): 4"), en);
        assertTrue(en.contains("WEAK-009 向阳社区党委 (c-1): missing service area (m²)"), en);
        assertTrue(ReportSamples.written(HtmlReport::write, report).contains("\"subjectsNotJudged\":[{"));

        AuditReport masked = NameMasking.mask(report, List.of("欧阳娜娜"));
        assertEquals("欧***", masked.summary().subjectsNotJudged().get(0).subjectName());
        assertFalse(TextReport.render(masked, id -> id).contains("欧阳娜娜"));
    }
}
