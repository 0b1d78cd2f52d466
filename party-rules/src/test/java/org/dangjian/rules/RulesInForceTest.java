package org.dangjian.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjian.model.Dataset;
import org.dangjian.rules.authoring.PackLinter;
import org.dangjian.rules.report.ReportJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rules in force by date: a rule valid until 2019 judges 2019 and its 2020 successor judges 2020,
 * a parameter's dated value likewise, on both sides of 1 January; the report names the versions
 * applied; overlapping versions are refused and a gap between them is warned of.
 */
class RulesInForceTest {

    static final String PACK = "name = street\nversion = 1\nmode = replaces\n";
    static final String PARAMS = """
            # 每个支部的巡查次数：2020年起提高
            st.patrols = 3 次
            st.patrols@2020-01-01 = 5 次
            """;

    static String rule(String name, String title, String validity) {
        return """
                rule "%s"
                    @id("ST-001") @severity("LOW") @title("%s{st.patrols}") @clause("测试") %s
                when
                    $p : Params()
                    $o : OrgProfile()
                then
                    findings.raise(drools, $o, 0, Expect.atLeast($p, "st.patrols"));
                end
                """.formatted(name, title, validity);
    }

    static String drl(String... rules) {
        return "package street;\nimport org.dangjian.rules.vocabulary.OrgProfile;\nimport org.dangjian.rules.vocabulary.Params;\n"
                + "import org.dangjian.rules.Expect;\nglobal org.dangjian.rules.Findings findings;\n" + String.join("\n", rules);
    }

    static final String VERSIONS = drl(
            rule("ST-001 2019", "2019版：巡查少于", "@validTo(\"2019-12-31\")"),
            rule("ST-001 2020", "2020版：巡查少于", "@validFrom(\"2020-01-01\")"));

    static ComplianceEngine engine;

    @BeforeAll
    static void compile() throws PackException {
        engine = ComplianceEngine.compile(RulePack.of(Map.of("pack.properties", PACK, "params.properties", PARAMS,
                "rules/street.drl", VERSIONS)));
    }

    static Dataset district(LocalDate asOf) {
        return Dataset.builder(asOf).add(Fixtures.branch("b-1", null)).build();
    }

    @Test
    void the2019AuditAppliesTheRuleValidUntil2019AndNotIts2020Successor() {
        AuditReport r = engine.audit(district(LocalDate.of(2019, 12, 31)));
        assertEquals(1, r.findings().size(), r.findings().toString());
        Finding f = r.findings().get(0);
        assertTrue(f.message().contains("2019版：巡查少于3次"), f.message());
        assertEquals(List.of(new AuditReport.RuleVersion("ST-001",
                new Validity(Optional.empty(), Optional.of(LocalDate.of(2019, 12, 31))), "rules/street.drl:6")),
                r.summary().inForce().rules());
        Parameters.Version p = r.summary().inForce().parameters().get(0);
        assertEquals("st.patrols", p.name());
        assertEquals("3", p.value());
        assertEquals(Optional.of(LocalDate.of(2019, 12, 31)), p.validity().to());
        assertEquals("params.properties:2", p.source());
    }

    @Test
    void fromTheFirstDayOf2020ItsSuccessorAndTheNewValueApply() {
        AuditReport r = engine.audit(district(LocalDate.of(2020, 1, 1)));
        assertEquals(1, r.findings().size(), r.findings().toString());
        assertTrue(r.findings().get(0).message().contains("2020版：巡查少于5次"), r.findings().get(0).message());
        assertEquals(Optional.of(LocalDate.of(2020, 1, 1)), r.summary().inForce().rules().get(0).validity().from());
        assertEquals("5", r.summary().inForce().parameters().get(0).value());
        assertEquals("params.properties:3", r.summary().inForce().parameters().get(0).source());
    }

    @Test
    void theRulesInForceOnADayAreOneVersionPerId() {
        assertEquals("rules/street.drl:6", engine.rules(LocalDate.of(2019, 12, 31)).get(0).source());
        assertEquals("rules/street.drl:15", engine.rules(LocalDate.of(2020, 1, 1)).get(0).source());
        assertEquals(new Validity(Optional.empty(), Optional.empty()), engine.rules().get(0).validity());
    }

    @Test
    void theJsonReportNamesTheVersionsAppliedAndReadsBack() throws Exception {
        AuditReport r = engine.audit(district(LocalDate.of(2019, 12, 31)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportJson.write(r, out);
        String json = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(json.contains("\"inForce\" : {\n      \"on\" : \"2019-12-31\""), json);
        assertTrue(json.contains("\"validTo\" : \"2019-12-31\""), json);
        assertEquals(r.summary().inForce(), ReportJson.read(new java.io.ByteArrayInputStream(out.toByteArray())).summary().inForce());
        assertTrue(org.dangjian.rules.report.TextReport.render(r, id -> id)
                .contains("适用版本（2019年12月31日有效）：ST-001 至2019年12月31日（rules/street.drl:6）；参数 st.patrols = 3（至2019年12月31日，params.properties:2）"));
    }

    @Test
    void aRuleWithNoVersionInForceIsNotEvaluatedAndSaysWhy() throws PackException {
        ComplianceEngine later = ComplianceEngine.compile(RulePack.of(Map.of("pack.properties", PACK, "params.properties", PARAMS,
                "rules/street.drl", drl(rule("ST-001 2020", "2020版", "@validFrom(\"2020-01-01\")")))));
        AuditReport r = later.audit(district(LocalDate.of(2019, 12, 31)));
        assertEquals(List.of(), r.findings());
        assertEquals(List.of(new AuditReport.NotEvaluated("ST-001", "2019年12月31日不在有效期内（2020年1月1日起）")),
                r.summary().rulesNotEvaluated());
    }

    @Test
    void aParameterValueIsInForceFromItsDateAndAFileSetsItsWholeHistory() throws Exception {
        Parameters p = Parameters.parse(new StringReader(PARAMS), "p.properties");
        assertEquals("3", p.inForceOn(LocalDate.of(2019, 12, 31)).raw("st.patrols"));
        assertEquals("5", p.inForceOn(LocalDate.of(2020, 1, 1)).raw("st.patrols"));
        Parameters flat = p.override(Parameters.parse(new StringReader("st.patrols = 4\n"), "mine.properties"));
        assertEquals("4", flat.inForceOn(LocalDate.of(2021, 1, 1)).raw("st.patrols"), "the override's history replaces the pack's");
        InvalidParametersException e = assertThrows(InvalidParametersException.class, () -> Parameters.parse(new StringReader(
                "st.a@2020-13-01 = 1\nst.b@2020-01-01 = 2\nst.c = 1\nst.c@2020-01-01 = 2\nst.c@2020-01-01 = 3\n"), "bad.properties"));
        assertEquals(List.of(
                "bad.properties:5: parameter 'st.c@2020-01-01' is given twice (first at bad.properties:4)",
                "bad.properties:1: 'st.a@2020-13-01': write a value's effective date as name@YYYY-MM-DD, e.g. st.a@2021-01-01 = …",
                "bad.properties:2: parameter 'st.b' has a value from 2020-01-01 but none before it: give 'st.b = …' too, "
                        + "the value in force until then"), e.problems());
    }

    @Test
    void overlappingVersionsAreRefusedAndAGapIsWarnedOf() throws Exception {
        String overlap = drl(rule("ST-001 old", "旧", "@validTo(\"2020-03-31\")"),
                rule("ST-001 new", "新", "@validFrom(\"2020-01-01\")"));
        List<PackProblem> problems = PackLinter.lint(RulePack.of(Map.of("pack.properties", PACK, "params.properties", PARAMS,
                "rules/street.drl", overlap)));
        assertTrue(problems.stream().anyMatch(p -> !p.warning() && p.toString().contains("rules/street.drl:15")
                && p.message().contains("versions of ST-001 overlap: rules/street.drl:6 (– 2020-03-31) and "
                + "rules/street.drl:15 (2020-01-01 –) are both in force on 2020-01-01")), problems.toString());
        String gap = drl(rule("ST-001 old", "旧", "@validTo(\"2019-12-31\")"),
                rule("ST-001 new", "新", "@validFrom(\"2020-07-01\")"));
        List<PackProblem> warned = PackLinter.lint(RulePack.of(Map.of("pack.properties", PACK, "params.properties", PARAMS,
                "rules/street.drl", gap)));
        assertFalse(warned.stream().anyMatch(p -> !p.warning()), warned.toString());
        assertTrue(warned.stream().anyMatch(p -> p.message().contains(
                "versions of ST-001 leave a gap: no version is in force from 2020-01-01 to 2020-06-30")), warned.toString());
        String adjacent = drl(rule("ST-001 old", "旧", "@validTo(\"2019-12-31\")"),
                rule("ST-001 new", "新", "@validFrom(\"2020-01-01\")"));
        assertTrue(PackLinter.lint(RulePack.of(Map.of("pack.properties", PACK, "params.properties", PARAMS,
                "rules/street.drl", adjacent))).stream().noneMatch(p -> p.message().contains("ST-001")));
    }

    @Test
    void aBadDateIsAnErrorAtTheRule() {
        PackException e = assertThrows(PackException.class, () -> ComplianceEngine.compile(RulePack.of(Map.of(
                "pack.properties", PACK, "params.properties", PARAMS,
                "rules/street.drl", drl(rule("ST-001", "x", "@validFrom(\"2020-02-30\")"))))));
        assertEquals("rules/street.drl:6:1: rule \"ST-001\": @validFrom(\"2020-02-30\") is not a date; write YYYY-MM-DD, "
                + "e.g. @validFrom(\"2020-01-01\")", e.problems().get(0).toString());
    }
}
