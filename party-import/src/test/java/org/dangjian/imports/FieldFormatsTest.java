package org.dangjian.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dangjian.imports.mapping.MappingReader;
import org.dangjian.imports.source.Sources;
import org.dangjian.imports.source.TableSource;
import org.dangjian.imports.testing.Sheets;
import org.dangjian.model.ActivityType;
import org.dangjian.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in owip mapping over another system's real templates (test resources, copied
 * byte-exact from the field formats): their sample rows do not line up with each other (the
 * branch names a parent code no organization has, the member a branch no template defines, an
 * establishment date given only as a month), so every row is accounted for and each of these is
 * rejected with its place and reason. A consistent folder in the same format imports.
 */
class FieldFormatsTest {

    @TempDir
    Path tmp;

    private static ImportResult run(Path folder) throws Exception {
        try (TableSource s = Sources.open(folder, Optional.empty())) {
            return Importer.run(s, MappingReader.builtIn("owip"),
                    new Importer.Options(Optional.of(LocalDate.of(2020, 12, 31)), false));
        }
    }

    @Test
    void theSampleTemplatesAreAccountedForRowByRow() throws Exception {
        ImportReport r = run(Path.of("src/test/resources/field-formats/owip")).report();
        String text = ImportReports.text(r);
        assertEquals(r.rowsRead(), r.rowsImported() + r.rowsSkipped() + r.rowsRejected(), text);
        Map<String, String> rejected = new TreeMap<>();
        r.rejected().forEach(row -> rejected.put(row.table().replaceAll("^\\[[^]]+]", "") + ":" + row.row(),
                row.problems().get(0).column() + ": " + row.problems().get(0).reason()));
        assertTrue(rejected.get("基层党组织录入样表:2").startsWith("成立时间: is only a month (1969-01)"), text);
        assertTrue(rejected.get("党支部录入样表:2").startsWith("所属分党委编码: There is no organization"), text);
        assertTrue(rejected.get("党员信息（校外人员）录入样表:2").startsWith("所在党支部: no organizations record has this name"), text);
        assertTrue(rejected.get("三会一课录入样表:2").startsWith("所在党支部: no organizations record has this name"), text);
        assertTrue(rejected.get("主题党日活动录入样表:2").startsWith("所在党支部: no organizations record has this name"), text);
        assertEquals(6, rejected.size(), text);
        assertTrue(r.skipped().stream().anyMatch(s -> s.reason().startsWith("a note")), "the merged-cell notes: " + text);
        assertTrue(r.skipped().stream().anyMatch(s -> s.reason().startsWith("no 工号")), text);
    }

    @Test
    void aConsistentFolderInTheSameFormatImports() throws Exception {
        Path dir = tmp.resolve("owip");
        new Sheets().sheet("Sheet1", List.of(
                        List.of("编号", "名称", "简称", "成立时间", "所属单位编码", "党总支类别", "组织类别", "所在单位属性"),
                        List.of(222222.0, "中共某大学教育学部委员会", "教育学部党委", "1969.01.05", "000002", "二级党委", "院系党组织", "事业单位")))
                .xlsx(java.nio.file.Files.createDirectories(dir).resolve("基层党组织.xlsx"));
        new Sheets().sheet("Sheet1", List.of(
                        List.of("党支部名称", "简称", "成立时间", "所属分党委", "所属分党委编码", "支部类别", "所在单位属性", "是否联合党支部(企业)"),
                        List.of("教育管理学院党支部", "教管支部", LocalDate.of(2017, 9, 1), "教育学部党委", "222222", "在职教工党支部", "事业单位", "否")))
                .xlsx(dir.resolve("党支部.xlsx"));
        new Sheets().sheet("Sheet1", List.of(
                        List.of("所在分党委编码", "所在分党委", "所在党支部编码", "所在党支部", "会议类型", "会议名称", "实际会议时间"),
                        List.of("222222", "教育学部党委", "", "教育管理学院党支部", "支部党员大会", "支部党员大会", "2019/2/3  14:30"),
                        List.of("222222", "教育学部党委", "", "教育管理学院党支部", "党课", "党课", 43500.0)))
                .xlsx(dir.resolve("三会一课.xlsx"));
        ImportResult result = run(dir);
        Dataset d = result.dataset().orElseThrow(() -> new AssertionError(ImportReports.text(result.report())));
        assertEquals(2, d.organizations().size());
        assertEquals(Optional.of("222222"), d.organizations().get(1).parentId());
        assertEquals(List.of(ActivityType.MEMBER_ASSEMBLY, ActivityType.PARTY_LESSON), d.activities().stream().map(a -> a.type()).toList());
        assertEquals(LocalDate.of(2019, 2, 3), d.activities().get(0).date());
        assertEquals(LocalDate.of(2019, 2, 4), d.activities().get(1).date()); // 43500 as a plain number: a serial
        assertEquals("owip-branch-2", d.activities().get(0).organizationId());
    }
}
