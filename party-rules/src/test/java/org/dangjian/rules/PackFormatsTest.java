package org.dangjian.rules;

import static org.dangjian.rules.Fixtures.activity;
import static org.dangjian.rules.Fixtures.branch;
import static org.dangjian.rules.Fixtures.member;
import static org.dangjian.rules.Fixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dangjian.model.ActivityType;
import org.dangjian.model.Dataset;
import org.junit.jupiter.api.Test;
import org.dangjian.rules.internal.PackCompiler;

/**
 * What a policy officer edits in a spreadsheet: the cadence table and the parameters as CSV or
 * XLSX, and rules as a Drools decision table. Workbooks are built here with Apache POI.
 */
class PackFormatsTest {

    static final String EXTENDS = "name = street\nversion = 1\nmode = extends\n";
    static final LocalDate MARCH_END = LocalDate.of(2020, 3, 31);

    @Test
    void cadenceTableInAWorkbook() throws Exception {
        String xlsx = workbook(List.of(PackCompiler.CADENCE_HEADER,
                List.of("ST-001", "BRANCH", "VOLUNTEER_SERVICE", "MONTH", "1", "LOW", "每月开展志愿服务",
                        "Volunteer service every month", "街道文件")));
        ComplianceEngine engine = extended(Map.of("cadences.xlsx", xlsx));
        Dataset d = Dataset.builder(MARCH_END).add(branch("b-1", null))
                .add(activity("a-1", "b-1", ActivityType.VOLUNTEER_SERVICE, LocalDate.of(2020, 2, 3))).build();
        List<String> keys = engine.audit(d).findings("ST-001").stream()
                .map(f -> f.subjectId() + "@" + f.period().orElse("-")).toList();
        assertEquals(List.of("b-1@2020-01", "b-1@2020-03"), keys);
        RuleInfo info = engine.rules().stream().filter(r -> r.id().equals("ST-001")).findFirst().orElseThrow();
        assertEquals("packs/street/cadences.xlsx:2", info.source());
    }

    @Test
    void aBadCellOfAWorkbookIsNamed() throws Exception {
        String xlsx = workbook(List.of(PackCompiler.CADENCE_HEADER,
                List.of("ST-001", "BRANCHES", "VOLUNTEER_SERVICE", "MONTH", "1", "LOW", "t", "", "c")));
        PackException e = assertThrows(PackException.class, () -> extended(Map.of("cadences.xlsx", xlsx)));
        PackProblem p = e.problems().get(0);
        assertEquals("packs/street/cadences.xlsx", p.file());
        assertEquals(2, p.line());
        assertEquals(2, p.column());
        assertTrue(p.message().startsWith("Sheet1!B2: unknown scope 'BRANCHES'"), p.message());
    }

    @Test
    void oneTableOfAKindPerPack() throws Exception {
        String csv = String.join(",", PackCompiler.CADENCE_HEADER) + "\n";
        String xlsx = workbook(List.of(PackCompiler.CADENCE_HEADER));
        PackException e = assertThrows(PackException.class,
                () -> extended(Map.of("cadences.xlsx", xlsx, "cadences.csv", csv)));
        assertTrue(e.getMessage().contains("keep one of them"), e.getMessage());
    }

    @Test
    void parametersAsCsvSetAndAddThresholds() throws Exception {
        String csv = "name,value,description\n"
                + "org.branchMinFullMembers,4,街道要求支部至少4名正式党员\n"
                + "street.patrolMinPerMonth,1,\"巡逻, 每月\"\n";
        ComplianceEngine engine = extended(Map.of("params.csv", csv));
        assertEquals("4", engine.parameters().raw("org.branchMinFullMembers"));
        assertEquals("packs/street/params.csv:3", engine.parameters().sources().get("street.patrolMinPerMonth"));
        Dataset d = Dataset.builder(Fixtures.YEAR_END).add(branch("b-1", null))
                .add(person("p-1")).add(person("p-2")).add(person("p-3"))
                .add(member("p-1", "b-1")).add(member("p-2", "b-1")).add(member("p-3", "b-1")).build();
        assertEquals(1, engine.audit(d).findings("ORG-002").size(), "3 full members are now too few");
    }

    @Test
    void parametersAsAWorkbook() throws Exception {
        String xlsx = workbook(List.of(List.of("name", "value", "description"), List.of("street.patrolMinPerMonth", "2", "")));
        assertEquals(2, extended(Map.of("params.xlsx", xlsx)).parameters().integer("street.patrolMinPerMonth"));
    }

    @Test
    void aBadParameterTableIsNamed() {
        String csv = "name,value\norg.branchMinFullMembers,three\nstreet.x,\n";
        PackException e = assertThrows(PackException.class, () -> extended(Map.of("params.csv", csv)));
        String all = e.getMessage();
        assertTrue(all.contains("packs/street/params.csv:3:2: parameter 'street.x' has no value"), all);
    }

    @Test
    void decisionTableRules() throws Exception {
        String table = """
                RuleSet,street.tables
                Import,"org.dangjian.rules.vocabulary.OrgProfile, org.dangjian.model.OrgType"
                Variables,org.dangjian.rules.Findings findings
                RuleTable Small organizations,
                NAME,METADATA,METADATA,METADATA,METADATA,CONDITION,ACTION
                ,,,,,$o : OrgProfile,
                ,"id(""$param"")","severity(""$param"")","title(""$param"")","clause(""$param"")","type == OrgType.$1, fullMembers < $2","findings.raise(drools, $o, $o.fullMembers(), org.dangjian.rules.Expect.atLeast($param));"
                Rule,ID,Severity,Title,Clause,"Type, fewer than",At least
                DT small branch,DT-001,LOW,支部正式党员偏少,街道文件,"BRANCH, 5",5
                DT small general branch,DT-002,LOW,总支正式党员偏少,街道文件,"GENERAL_BRANCH, 9",9
                """;
        ComplianceEngine engine = extended(Map.of("rules/small.drl.csv", table));
        Dataset d = Dataset.builder(Fixtures.YEAR_END).add(branch("b-1", null))
                .add(person("p-1")).add(member("p-1", "b-1")).build();
        Finding f = engine.audit(d).findings("DT-001").get(0);
        assertEquals("b-1", f.subjectId());
        assertEquals(">= 5", f.expected().orElse(""));
        assertTrue(engine.rules().stream().anyMatch(r -> r.id().equals("DT-002") && r.title().equals("总支正式党员偏少")));
    }

    static ComplianceEngine extended(Map<String, String> files) throws PackException {
        Map<String, String> all = new HashMap<>(files);
        all.put("pack.properties", EXTENDS);
        return ComplianceEngine.compile(RulePack.builtIn().extendedBy(RulePack.of(all)));
    }

    /** A workbook of one sheet, as the pack holds it (ISO-8859-1 text). */
    static String workbook(List<List<String>> rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Sheet1");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String v = rows.get(r).get(c);
                    if (v.matches("\\d+")) {
                        row.createCell(c).setCellValue(Integer.parseInt(v)); // numbers as Excel keeps them
                    } else {
                        row.createCell(c).setCellValue(v);
                    }
                }
            }
            book.write(out);
            return out.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
