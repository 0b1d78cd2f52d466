package org.dangjian.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The report's words: severities, periods, codes, units, expectations in words, documents cited by
 * title, titles from parameters, totals with INFO apart.
 */
class WordingTest {

    @Test
    void severitiesAndPeriodsInWords() {
        assertEquals(List.of("严重", "高", "中", "低", "提示"),
                List.of(Severity.values()).stream().map(s -> Wording.severity(s, Language.ZH)).toList());
        assertEquals("High", Wording.severity(Severity.HIGH, Language.EN));
        assertEquals("2020年", Wording.period("2020", Language.ZH));
        assertEquals("2020年上半年", Wording.period("2020-H1", Language.ZH));
        assertEquals("2020年下半年", Wording.period("2020-H2", Language.ZH));
        assertEquals("2020年第三季度", Wording.period("2020-Q3", Language.ZH));
        assertEquals("2020年5—6月", Wording.period("2020-B3", Language.ZH));
        assertEquals("2020年1—2月", Wording.period("2020-B1", Language.ZH));
        assertEquals("2020年11—12月", Wording.period("2020-B6", Language.ZH));
        assertEquals("2020年7月", Wording.period("2020-07", Language.ZH));
        assertEquals("2020年12月", Wording.period("2020-12", Language.ZH));
        assertEquals("first half of 2020", Wording.period("2020-H1", Language.EN));
        assertEquals("Q3 2020", Wording.period("2020-Q3", Language.EN));
        assertEquals("May–June 2020", Wording.period("2020-B3", Language.EN));
        assertEquals("July 2020", Wording.period("2020-07", Language.EN));
        assertEquals("2020年9月、2020年10月", Wording.periods(List.of("2020-09", "2020-10"), Language.ZH));
    }

    @Test
    void codesAndDatesAsTheFieldsSayThem() {
        assertEquals("高中", Wording.value("HIGH_SCHOOL", Language.ZH));
        assertEquals("大专", Wording.value("JUNIOR_COLLEGE", Language.ZH));
        assertEquals("junior college", Wording.value("JUNIOR_COLLEGE", Language.EN));
        assertEquals("2020年9月15日、2020年9月22日", Wording.value("2020-09-15, 2020-09-22", Language.ZH));
        assertEquals("15 September 2020", Wording.value("2020-09-15", Language.EN));
        assertEquals("每月第一个星期二", Wording.value("FIRST_TUESDAY", Language.ZH));
        assertEquals("每月最后一个星期五", Wording.value("LAST_FRIDAY", Language.ZH));
        assertEquals("the first Tuesday of the month", Wording.value("FIRST_TUESDAY", Language.EN));
        assertEquals("张三", Wording.value("张三", Language.ZH));
        assertEquals("2020年2月29日", Wording.date(LocalDate.of(2020, 2, 29), Language.ZH));
        assertEquals("数据集中没有培训记录、活动出席记录", Wording.notEvaluated(List.of("trainings", "attendance"), Language.ZH));
    }

    @Test
    void totalsCountProblemsApartFromInformation() {
        Map<Severity, Integer> by = new EnumMap<>(Severity.class);
        by.put(Severity.CRITICAL, 2);
        by.put(Severity.HIGH, 24);
        by.put(Severity.MEDIUM, 52);
        by.put(Severity.LOW, 21);
        by.put(Severity.INFO, 49);
        assertEquals("问题 99 项（严重 2，高 24，中 52，低 21），提示 49 项", Wording.totals(by, Language.ZH));
        assertEquals("problems: 99 (Critical 2, High 24, Medium 52, Low 21); information: 49", Wording.totals(by, Language.EN));
    }

    @Test
    void unitsAndExpectationsInWords() {
        Unit hours = Unit.of("学时").orElseThrow();
        assertEquals("56学时", hours.format(56, Language.ZH));
        assertEquals("55.5 hours", hours.format(55.5, Language.EN));
        assertEquals("1 hour", hours.format(1, Language.EN));
        assertEquals("87.5%", Unit.SHARE.format(0.875, Language.ZH));
        assertEquals("8.00元", Unit.of("元").orElseThrow().format(8, Language.ZH));
        assertEquals("370.60元", Unit.of("元").orElseThrow().format(370.6, Language.ZH));
        assertTrue(Unit.of("hours").isEmpty());

        assertEquals("要求不少于56学时", Expected.of(Expected.Relation.AT_LEAST, 56, hours).words(Language.ZH));
        assertEquals("expected at least 56 hours", Expected.of(Expected.Relation.AT_LEAST, 56, hours).words(Language.EN));
        assertEquals(">= 56", Expected.of(Expected.Relation.AT_LEAST, 56, hours).code());
        assertEquals("要求不低于90%", Expect.atLeastShare(0.9).words(Language.ZH));
        assertEquals(">= 90%", Expect.atLeastShare(0.9).code());
        Unit months = Unit.of("个月").orElseThrow();
        assertEquals("要求少于6个月", Expect.lessThan(6).orUnit(months).words(Language.ZH));
        assertEquals("要求3至7人", Expect.between(3, 7).orUnit(Unit.of("人").orElseThrow()).words(Language.ZH));
        assertEquals("3..7", Expect.between(3, 7).code());
        assertEquals("应为0天", Expect.exactly(0).orUnit(Unit.of("天").orElseThrow()).words(Language.ZH));
        assertEquals("要求大专及以上", Expect.atLeast(org.dangjian.model.Education.JUNIOR_COLLEGE).words(Language.ZH));
        assertEquals(">= JUNIOR_COLLEGE", Expect.atLeast(org.dangjian.model.Education.JUNIOR_COLLEGE).code());
        // A pack that writes the code as text gets the same words.
        assertEquals(Expect.lessThan(6), Expected.parse("< 6"));
        assertEquals(Expect.atLeastShare(0.9), Expected.parse(">= 90%"));
        assertEquals(Expect.between(3, 7), Expected.parse("3..7"));
        assertEquals(Expected.Relation.TEXT, Expected.parse("2020-09-01").relation());
    }

    @Test
    void parametersCarryTheirUnits() throws Exception {
        Parameters p = Parameters.parse(new StringReader("""
                trn.secretaryMinHours = 56 学时
                trn.memberMinParticipation = 90%
                life.fixedDay = FIRST_TUESDAY
                """), "params.properties");
        assertEquals(56, p.num("trn.secretaryMinHours"));
        assertEquals("学时", p.unit("trn.secretaryMinHours").zh());
        assertEquals(0.9, p.num("trn.memberMinParticipation"));
        assertTrue(p.unit("trn.memberMinParticipation").share());
        assertEquals("56学时", p.display("trn.secretaryMinHours", Language.ZH));
        // An override need not repeat the unit; a share may be a percentage or a fraction.
        Parameters o = p.override(Parameters.parse(new StringReader("trn.secretaryMinHours = 60\ntrn.memberMinParticipation = 95%"), "my.properties"));
        assertEquals("60学时", o.display("trn.secretaryMinHours", Language.ZH));
        assertEquals(0.95, o.num("trn.memberMinParticipation"), 1e-9);
        assertEquals(0.8, p.override(Parameters.parse(new StringReader("trn.memberMinParticipation = 0.8"), "x")).num("trn.memberMinParticipation"));
        InvalidParametersException wrongUnit = assertThrows(InvalidParametersException.class,
                () -> p.override(Parameters.parse(new StringReader("trn.secretaryMinHours = 60 天"), "my.properties")));
        assertTrue(wrongUnit.problems().get(0).contains("my.properties:1"), wrongUnit.problems().toString());
        assertTrue(wrongUnit.problems().get(0).contains("学时"), wrongUnit.problems().toString());
        assertThrows(InvalidParametersException.class,
                () -> p.override(Parameters.parse(new StringReader("trn.memberMinParticipation = 95"), "my.properties")));
        InvalidParametersException unknown = assertThrows(InvalidParametersException.class,
                () -> Parameters.parse(new StringReader("\nx.days = 5 日子"), "params.properties"));
        assertTrue(unknown.problems().get(0).startsWith("params.properties:2: "), unknown.problems().toString());
        assertEquals("书记、委员年度培训不足56学时", Wording.title("书记、委员年度培训不足{trn.secretaryMinHours}", p, Language.ZH));
        assertEquals("less than 60 hours", Wording.title("less than {trn.secretaryMinHours}", o, Language.EN));
        assertEquals("固定组织生活日（每月第一个星期二）", Wording.title("固定组织生活日（{life.fixedDay}）", p, Language.ZH));
    }

    @Test
    void documentsAreCitedByTitle() {
        Sources s = Sources.of(List.of(
                new Sources.Source("000", "关于实施X党建工程的情况汇报", "Report on the X project", "区委", ""),
                new Sources.Source("001", "讲话", "Speech", "", ""),
                new Sources.Source("支部工作条例", "中国共产党支部工作条例（试行）", "Regulations on Party Branches", "中共中央", "2018年"),
                new Sources.Source("条例", "中国共产党党员教育管理工作条例", "Regulations on Members", "中共中央", "2019年"),
                new Sources.Source("党员教育管理工作条例", "中国共产党党员教育管理工作条例", "Regulations on Members", "中共中央", "2019年")));
        assertEquals("《关于实施X党建工程的情况汇报》“培训时间不少于56学时”", s.cite("000 “培训时间不少于56学时”", Language.ZH));
        assertEquals("《中国共产党支部工作条例（试行）》第十二条", s.cite("支部工作条例 第十二条", Language.ZH));
        assertEquals("Regulations on Party Branches Art. 12", s.cite("支部工作条例 第十二条", Language.EN));
        assertEquals("Regulations on Members Art. 24; Regulations on Party Branches ch. 6",
                s.cite("党员教育管理工作条例 第二十四条；支部工作条例 第六章", Language.EN));
        assertEquals("《关于实施X党建工程的情况汇报》《讲话》“三会一课”", s.cite("000、001 “三会一课”", Language.ZH));
        assertEquals("《关于实施X党建工程的情况汇报》“参与率”；《中国共产党党员教育管理工作条例》第二十条",
                s.cite("000 “参与率”; 条例 第二十条", Language.ZH));
        assertEquals("本地标准", s.cite("本地标准", Language.ZH));
        assertEquals("0001 unknown", s.cite("0001 unknown", Language.ZH), "a number that is no key stays as written");
        assertEquals(List.of("党员教育管理工作条例"), s.regulationsWithoutArticle("党员教育管理工作条例；000 “x”；支部工作条例 第十一条"));
        assertEquals(132, Sources.chineseNumber("一百三十二"));
        assertEquals(20, Sources.chineseNumber("二十"));
        assertEquals(12, Sources.chineseNumber("十二"));
    }

    @Test
    void evidenceValuesInWordsTheCodesKeptInJson() {
        assertEquals("高中", Wording.evidence("education", "HIGH_SCHOOL", Language.ZH));
        assertEquals("正式党员", Wording.evidence("status", "FULL", Language.ZH));
        assertEquals("主题党日", Wording.evidence("activityType", "THEME_PARTY_DAY", Language.ZH));
        assertEquals("theme party day", Wording.evidence("activityType", "THEME_PARTY_DAY", Language.EN));
        assertEquals("2020年第三季度", Wording.evidence("missedPeriod", "2020-Q3", Language.ZH));
        assertEquals("2019年", Wording.evidence("unqualifiedYears", "2019", Language.ZH));
        assertEquals("2020年9月", Wording.evidence("WEAK-004", "2020-09", Language.ZH));
        assertEquals("p1269（2020年）", Wording.evidence("assessments", "p1269@2020", Language.ZH));
        // A count that looks like a year is not a period outside the period keys.
        assertEquals("2019", Wording.evidence("households", "2019", Language.ZH));
        assertEquals("2020年9月15日", Wording.evidence("vacantSince", "2020-09-15", Language.ZH));
        assertEquals("上一任书记：p287", Wording.evidence("WEAK-001", "lastSecretary:p287", Language.ZH));
        assertEquals("软弱涣散党组织整顿，2019年3月1日至2019年12月20日",
                Wording.evidence("acceptedRectification", "WEAK 2019-03-01..2019-12-20", Language.ZH));
        assertEquals("2020年3月1日：3", Wording.evidence("petitions", "2020-03-01:3", Language.ZH));
        assertEquals("3000元以上至5000元", Wording.evidence("incomeBracket", "(3000, 5000]", Language.ZH));
        assertEquals("3000元及以下", Wording.evidence("incomeBracket", "(0, 3000]", Language.ZH));
        assertEquals("10000元以上", Wording.evidence("incomeBracket", "> 10000", Language.ZH));
        assertEquals("3000元及以下0.5%、3000元以上至5000元1%、5000元以上2%",
                Wording.evidence("rateTable", "3000:0.005, 5000:0.01, *:0.02", Language.ZH));
        assertEquals("“两新”党建示范点", Wording.evidence("targetsMissed", "demonstrationPoints", Language.ZH));
        assertEquals("流动党员活动证", Wording.evidence("missing", "certificate", Language.ZH));
        // Ids stay as the user typed them.
        assertEquals("p-12", Wording.evidence("members", "p-12", Language.ZH));
        assertEquals(Map.of("role", List.of("党务工作者")),
                Wording.evidence(Map.of("role", List.of("PARTY_WORKER")), Language.ZH));
    }

    @Test
    void everyCodeOfTheDatasetHasWordsInBothLanguages() {
        List<Class<? extends Enum<?>>> codes = List.of(org.dangjian.model.ActivityType.class,
                org.dangjian.model.MembershipStatus.class, org.dangjian.model.MemberCategory.class,
                org.dangjian.model.Education.class, org.dangjian.model.Role.class, org.dangjian.model.OrgType.class,
                org.dangjian.model.Sector.class, org.dangjian.model.OrganizerLevel.class,
                org.dangjian.model.AssessmentResult.class, org.dangjian.model.EvaluationResult.class,
                org.dangjian.model.InspectionCriterion.class, org.dangjian.model.RectificationKind.class,
                org.dangjian.model.Gender.class);
        for (Class<? extends Enum<?>> type : codes) {
            for (Enum<?> e : type.getEnumConstants()) {
                String zh = Wording.evidence("code", e.name(), Language.ZH);
                String en = Wording.evidence("code", e.name(), Language.EN);
                assertTrue(!zh.matches(".*[A-Za-z].*"), type.getSimpleName() + "." + e.name() + " reads " + zh);
                assertTrue(!en.equals(e.name()) && !en.contains("_"), type.getSimpleName() + "." + e.name() + " reads " + en);
            }
        }
    }
}
