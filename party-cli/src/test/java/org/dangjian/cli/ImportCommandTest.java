package org.dangjian.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dangjian.cli.ValidateCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code party-audit template}, {@code import} and {@code audit} of a workbook, CSV files or a database. */
class ImportCommandTest {

    static final String SAMPLE_XLSX = Path.of("..", "party-examples", "sample-district.xlsx").toString();
    static final String SAMPLE_JSON = Path.of("..", "party-examples", "sample-district.json").toString();

    @TempDir
    Path tmp;

    private static Run run(String... args) {
        return ValidateCommandTest.run(args);
    }

    @Test
    void theTemplateHasInstructionsASheetPerKindAndDropDownLists() throws Exception {
        Path file = tmp.resolve("党建数据模板.xlsx");
        Run r = run("template", "--output", file.toString());
        assertEquals(0, r.exit(), r.err());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            assertEquals("填写说明", wb.getSheetName(0));
            assertTrue(wb.getSheet("党员") != null && wb.getSheet("党组织") != null && wb.getSheet("数据集") != null);
            assertEquals("组织编号", wb.getSheet("党组织").getRow(0).getCell(0).getStringCellValue());
            assertFalse(wb.getSheet("党员").getDataValidations().isEmpty(), "drop-down lists for the coded columns");
        }
        Run audit = run("audit", file.toString());
        assertEquals(2, audit.exit(), "a blank template has no as-of date: " + audit.err());
        assertTrue(audit.err().contains("as-of date"), audit.err());
    }

    /** The sample district's workbook audits with the same findings as its JSON. */
    @Test
    void theSampleWorkbookAuditsWithTheFindingsOfTheJsonSample() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Run fromXlsx = run("audit", SAMPLE_XLSX, "--format", "json");
        Run fromJson = run("audit", SAMPLE_JSON, "--format", "json");
        assertEquals(fromJson.exit(), fromXlsx.exit(), fromXlsx.err());
        JsonNode a = json.readTree(fromXlsx.out());
        JsonNode b = json.readTree(fromJson.out());
        assertEquals(b.get("findings"), a.get("findings"));
        assertEquals(b.get("summary"), a.get("summary"));
    }

    @Test
    void importWritesTheDirectoryFormTheSameBytesForTheSameSource() throws Exception {
        Path csv = tmp.resolve("csv");
        Files.createDirectories(csv);
        Files.writeString(csv.resolve("数据集.csv"), "截至日期\n2020-12-31\n");
        Files.writeString(csv.resolve("党组织.csv"), "组织编号,组织名称,组织类型,所属领域,上级组织编号,成立日期\n"
                + "o1,中共示范社区委员会,党委,社区,,2000.1.1\no2,第一党支部,党支部,社区,o1,2001年3月1日\n");
        Files.writeString(csv.resolve("人员.csv"), "人员编号,姓名,性别,出生日期,学历\np1,张三,男,1980/3/5,本科\n");
        Run first = run("import", csv.toString(), "--mapping", "workbook", "--output", tmp.resolve("a").toString(),
                "--report", tmp.resolve("report.json").toString());
        assertEquals(0, first.exit(), first.out() + first.err());
        assertTrue(first.out().contains("rows read = imported + skipped + rejected: 4 = 4 + 0 + 0"), first.out());
        run("import", csv.toString(), "--output", tmp.resolve("b").toString(), "--mapping", "workbook");
        for (String f : List.of("dataset.json", "organizations.jsonl", "people.jsonl")) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(f)), Files.readAllBytes(tmp.resolve("b").resolve(f)), f);
        }
        JsonNode report = new ObjectMapper().readTree(tmp.resolve("report.json").toFile());
        assertEquals(4, report.get("rowsRead").asInt());
        assertEquals(4, report.get("rowsImported").asInt());
    }

    @Test
    void aRejectedRowMeansExit2AndNoDatasetUnlessKeepGoing() throws Exception {
        Path csv = tmp.resolve("csv");
        Files.createDirectories(csv);
        Files.writeString(csv.resolve("党组织.csv"), "组织编号,组织名称,组织类型,所属领域,上级组织编号,成立日期\n"
                + "o1,中共示范社区委员会,党委,社区,,2000.1.1\no2,第一党支部,党支部,社区,o1,2001.13.01\n");
        Path out = tmp.resolve("out");
        Run r = run("import", csv.toString(), "--mapping", "workbook", "--as-of", "2020-12-31", "--output", out.toString());
        assertEquals(2, r.exit());
        assertTrue(r.out().contains("csv, file 党组织, row 3, column 成立日期, value \"2001.13.01\": is not a date that exists"), r.out());
        assertFalse(Files.exists(out), "nothing written");
        Run kept = run("import", csv.toString(), "--mapping", "workbook", "--as-of", "2020-12-31", "--keep-going",
                "--output", out.toString());
        assertEquals(0, kept.exit(), kept.out());
        assertEquals(1, Files.readAllLines(out.resolve("organizations.jsonl")).size());
    }

    @Test
    void theDatabasePasswordComesFromTheEnvironmentNeverTheCommandLine() throws Exception {
        String name = System.getenv().containsKey("HOME") ? "HOME" : "PATH";
        String url = "jdbc:h2:mem:cli;DB_CLOSE_DELAY=-1";
        try (Connection c = DriverManager.getConnection(url, "sa", System.getenv(name))) {
            c.createStatement().execute("CREATE TABLE \"党组织\" (\"组织编号\" VARCHAR(20), \"组织名称\" VARCHAR(50), "
                    + "\"组织类型\" VARCHAR(20), \"所属领域\" VARCHAR(20), \"上级组织编号\" VARCHAR(20), \"成立日期\" DATE)");
            c.createStatement().execute("INSERT INTO \"党组织\" VALUES ('o1', '中共示范社区委员会', '党委', '社区', NULL, DATE '2000-01-01')");
            Run r = run("import", url, "--mapping", "workbook", "--user", "sa", "--password-env", name, "--as-of", "2020-12-31",
                    "--output", tmp.resolve("db").toString());
            assertEquals(0, r.exit(), r.out() + r.err());
            Run missing = run("import", url, "--user", "sa", "--password-env", "PARTY_AUDIT_NO_SUCH_VARIABLE",
                    "--output", tmp.resolve("db2").toString());
            assertEquals(2, missing.exit());
            assertTrue(missing.out().contains("set the environment variable PARTY_AUDIT_NO_SUCH_VARIABLE"), missing.out());
            Run noOption = run("import", url, "--password", "x", "--output", tmp.resolve("db3").toString());
            assertEquals(2, noOption.exit(), "there is no --password option");
        }
        try (Stream<Path> files = Files.list(tmp)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("db2")));
        }
    }
}
