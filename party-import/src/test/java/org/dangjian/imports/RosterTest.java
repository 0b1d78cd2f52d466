package org.dangjian.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dangjian.imports.mapping.MappingReader;
import org.dangjian.imports.source.Sources;
import org.dangjian.imports.source.TableSource;
import org.dangjian.imports.testing.Sheets;
import org.dangjian.model.Dataset;
import org.dangjian.model.Membership;
import org.dangjian.model.MembershipStatus;
import org.dangjian.model.io.DatasetWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The national roster (党员基本信息采集表) in each of the field's date forms, as a workbook and as
 * CSV in both encodings: what can be read is, what cannot is rejected with its place, the counts
 * add up, and no identity number is written anywhere.
 */
class RosterTest {

    @TempDir
    Path tmp;

    static final String ID_ZHANG = Sheets.identity(LocalDate.of(1980, 3, 5), 11);
    static final String ID_LI = Sheets.identity(LocalDate.of(1985, 6, 7), 12);
    static final String ID_WANG_15 = "110101750102131"; // the older 15-digit form
    static final String ID_ZHAO_BAD = Sheets.identity(LocalDate.of(1990, 1, 1), 14).substring(0, 17)
            + (Sheets.identity(LocalDate.of(1990, 1, 1), 14).endsWith("0") ? "1" : "0");

    static Sheets roster() {
        List<Object> header = List.of("姓名", "性别", "公民身份号码", "民族", "出生日期", "学历", "人员类别", "所在党支部",
                "入党日期", "转为正式党员日期", "工作岗位", "联系电话", "家庭住址", "党籍状态", "失去联系日期", "外出流动日期");
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("党员基本信息采集表"));
        rows.add(header);
        rows.add(row("张三", "男", ID_ZHANG, LocalDate.of(1980, 3, 5), "大学本科", "第一党支部", "2010.07.01", "2011/7/1  14:30", "正式党员", "", ""));
        rows.add(row("李四", "女", ID_LI, "1985年6月7日", "硕士研究生", "第一党支部", "2012-05-04", "2013.5.4", "正式党员", "", ""));
        rows.add(row("王五", "男", ID_WANG_15, "1975.1.2", "高中", "第二党支部", LocalDate.of(2019, 6, 30), "", "预备党员", "", ""));
        rows.add(row("赵六", "男", ID_ZHAO_BAD, "19900101", "大专", "第二党支部", "2015年7月1日", "2016年7月1日", "正式党员", "2020.11.30", "2019.03.02"));
        rows.add(List.of("必填", "必填", "必填"));
        rows.add(List.of());
        rows.add(List.of("", "", "填写说明：本表由党支部填写，一人一行，日期写到日。"));
        rows.add(row("钱七", "男", Sheets.identity(LocalDate.of(1970, 2, 2), 15), "1970.02.02", "本科", "第一党支部", "2011.05", "", "正式党员", "", ""));
        rows.add(row("孙八", "女", Sheets.identity(LocalDate.of(1971, 3, 3), 16), "1971.03.03", "本科", "第一党支部", 2011.05, "", "正式党员", "", ""));
        rows.add(row("周九", "女", Sheets.identity(LocalDate.of(1972, 4, 4), 17), "1972.04.04", "本科", "第一党支部", "2019/2/30", "", "正式党员", "", ""));
        rows.add(row("吴十", "男", Sheets.identity(LocalDate.of(1973, 5, 5), 18), "1973.05.05", "本科", "第一党支部", "2001.01.01", "2002.01.01", "正式党员", "", "2019.3"));
        return new Sheets()
                .sheet("数据集", List.of(List.of("截至日期"), List.of(LocalDate.of(2020, 12, 31))))
                .sheet("党组织", List.of(
                        workbookHeader("党组织"),
                        List.of("c1", "中共示范社区委员会", "党委", "社区", "", LocalDate.of(2000, 1, 1)),
                        List.of("b1", "第一党支部", "党支部", "社区", "c1", "2001.03.01"),
                        List.of("b2", "第二党支部", "党支部", "社区", "c1", "2001年3月1日")))
                .sheet("党员基本信息采集表", rows);
    }

    /** The columns of a sheet of the project's workbook, in order. */
    static List<Object> workbookHeader(String sheet) {
        try {
            return MappingReader.builtIn("workbook").tables().stream().filter(t -> t.names().contains(sheet)).findFirst()
                    .orElseThrow().records().get(0).fields().values().stream()
                    .flatMap(f -> f.column().stream()).map(c -> (Object) c.name()).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Object> row(String name, String gender, String id, Object birth, String education, String branch,
                                     Object admitted, Object full, String status, String lost, String mobile) {
        return Arrays.asList(name, gender, id, "汉族", birth, education, "在岗职工", branch, admitted, full, "职员",
                "13800000000", "某市某区某街道", status, lost, mobile);
    }

    static ImportResult run(Path source, boolean keepGoing) throws Exception {
        try (TableSource s = Sources.open(source, Optional.empty())) {
            return Importer.run(s, MappingReader.builtIn("roster"), new Importer.Options(Optional.empty(), keepGoing));
        }
    }

    @Test
    void aRosterInTheFieldsDateFormsImportsWhatItCanAndListsTheRest() throws Exception {
        ImportResult r = run(roster().xlsx(tmp.resolve("roster.xlsx")), false);
        ImportReport report = r.report();
        assertEquals(report.rowsRead(), report.rowsImported() + report.rowsSkipped() + report.rowsRejected());
        assertEquals(1 + 3 + 12, report.rowsRead()); // 数据集, 党组织, the roster with its title row
        assertEquals(4, report.rowsSkipped(), () -> report.skipped().toString()); // title, 必填, blank, note
        assertEquals(Map.of(10, "入党日期", 11, "入党日期", 12, "入党日期", 13, "外出流动日期"), rejectedColumns(report));
        assertTrue(reason(report, 10).contains("only a month"), () -> reason(report, 10));
        assertTrue(reason(report, 11).contains("only a month"), () -> reason(report, 11));
        assertTrue(reason(report, 12).contains("not a date that exists"), () -> reason(report, 12));
        assertTrue(r.dataset().isEmpty(), "a rejected row: no dataset");
        assertEquals(1, report.warnings().stream().filter(w -> w.row() == 6 && w.message().contains("check digit")).count());
    }

    @Test
    void keepGoingMakesTheDatasetOfTheRowsThatPassed() throws Exception {
        Dataset d = run(roster().xlsx(tmp.resolve("roster.xlsx")), true).dataset().orElseThrow();
        assertEquals(List.of("张三", "李四", "王五", "赵六"), d.people().stream().map(p -> p.name()).toList());
        Membership zhang = d.memberships().get(0);
        assertEquals(LocalDate.of(2010, 7, 1), zhang.admitted());
        assertEquals(Optional.of(LocalDate.of(2011, 7, 1)), zhang.fullSince()); // 2019/2/3  14:30: the time dropped
        assertEquals("b1", zhang.organizationId());
        assertEquals(LocalDate.of(1980, 3, 5), d.people().get(0).birthDate()); // an Excel serial
        assertEquals(LocalDate.of(1985, 6, 7), d.people().get(1).birthDate());
        assertEquals(MembershipStatus.PROBATIONARY, d.memberships().get(2).status());
        assertEquals(LocalDate.of(2019, 6, 30), d.memberships().get(2).admitted());
        assertEquals(Optional.of(LocalDate.of(2019, 3, 2)), d.memberships().get(3).mobile().map(m -> m.since()));
        assertEquals(LocalDate.of(2001, 3, 1), d.organizations().get(2).established());
        assertTrue(d.people().stream().allMatch(p -> p.idNumber().isEmpty()));
    }

    @Test
    void noIdentityNumberIsWrittenIntoTheDatasetTheReportOrItsJson() throws Exception {
        ImportResult r = run(roster().xlsx(tmp.resolve("roster.xlsx")), true);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        ImportReports.writeJson(r.report(), json);
        ByteArrayOutputStream dataset = new ByteArrayOutputStream();
        DatasetWriter.writeJson(r.dataset().orElseThrow(), dataset);
        String all = ImportReports.text(r.report()) + json.toString(StandardCharsets.UTF_8) + dataset.toString(StandardCharsets.UTF_8);
        for (String id : List.of(ID_ZHANG, ID_LI, ID_WANG_15, ID_ZHAO_BAD, Sheets.identity(LocalDate.of(1970, 2, 2), 15))) {
            assertFalse(all.contains(id), id);
            assertFalse(all.contains(id.substring(6)), "nor its birth date and sequence");
        }
    }

    @Test
    void theSameRosterAsCsvInUtf8WithAndWithoutBomAndInGb18030GivesTheSame() throws Exception {
        Dataset fromWorkbook = run(roster().xlsx(tmp.resolve("roster.xlsx")), true).dataset().orElseThrow();
        Charset gb = Charset.forName("GB18030");
        for (Path dir : List.of(roster().csv(tmp.resolve("utf8bom"), StandardCharsets.UTF_8, true),
                roster().csv(tmp.resolve("utf8"), StandardCharsets.UTF_8, false), roster().csv(tmp.resolve("gb"), gb, false))) {
            ImportResult r = run(dir, true);
            assertEquals(fromWorkbook, r.dataset().orElseThrow(), () -> dir + ": " + DatasetDiff.of(fromWorkbook, r.dataset().orElseThrow()));
            assertEquals(Map.of(10, "入党日期", 11, "入党日期", 12, "入党日期", 13, "外出流动日期"), rejectedColumns(r.report()));
        }
        ImportResult xls = run(roster().xls(tmp.resolve("roster.xls")), true);
        assertEquals(fromWorkbook, xls.dataset().orElseThrow(), () -> DatasetDiff.of(fromWorkbook, xls.dataset().orElseThrow()));
    }

    static Map<Integer, String> rejectedColumns(ImportReport report) {
        return report.rejected().stream().collect(Collectors.toMap(ImportReport.RejectedRow::row,
                r -> r.problems().get(0).column(), (a, b) -> a, TreeMap::new));
    }

    static String reason(ImportReport report, int row) {
        return report.rejected().stream().filter(r -> r.row() == row).findFirst().orElseThrow().problems().get(0).reason();
    }
}
