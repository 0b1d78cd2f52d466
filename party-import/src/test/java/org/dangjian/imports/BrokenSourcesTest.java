package org.dangjian.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dangjian.imports.ImportReport.RejectedRow;
import org.dangjian.imports.mapping.MappingReader;
import org.dangjian.imports.source.JdbcSource;
import org.dangjian.imports.source.Sources;
import org.dangjian.imports.source.TableSource;
import org.dangjian.imports.testing.MariaDbServer;
import org.dangjian.imports.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broken district as a workbook, a CSV folder and a MariaDB database: every rejected row is
 * listed with its table, row, column and reason, the counts add up, and no dataset is made.
 */
@ExtendWith(MariaDbServer.class)
class BrokenSourcesTest {

    @TempDir
    Path tmp;

    /** Rows with one mistake each; the comment is the sheet row. */
    static Sheets broken() {
        return new Sheets()
                .sheet("数据集", List.of(List.of("截至日期"), List.of("2020-12-31")))
                .sheet("党组织", List.of(RosterTest.workbookHeader("党组织"),
                        List.of("o1", "中共示范街道工作委员会", "街道党工委", "社区", "", "2000-01-01"),   // 2
                        List.of("o2", "第一党支部", "党支部", "社区", "o1", "2001-01-01"),               // 3
                        List.of("o3", "第二党支部", "党支部", "社区", "o9", "2001-01-01"),               // 4 unknown parent
                        List.of("o4", "第三党支部", "党支部", "村委会", "o1", "2001-01-01")))             // 5 no such code
                .sheet("人员", List.of(RosterTest.workbookHeader("人员"),
                        List.of("p1", "张三", "男", "1980-01-01", "本科"),                              // 2
                        List.of("p2", "李四", "女", "1990-02-30", "本科"),                              // 3 impossible date
                        List.of("p1", "王五", "男", "1981-01-01", "本科"),                              // 4 duplicate id
                        List.of("p4", "赵六", "男", "2005-01-01", "本科"),                              // 5
                        List.of("p5", "钱七", "女", "1970-01-01", "本科")))                             // 6
                .sheet("党员", List.of(RosterTest.workbookHeader("党员"),
                        List.of("p1", "o2", "正式党员", "2005-07-01", "2006-07-01"),                   // 2
                        List.of("p9", "o2", "正式党员", "2005-07-01"),                                 // 3 unknown person
                        List.of("p4", "o2", "预备党员", "2000-07-01"),                                 // 4 admitted before birth
                        List.of("p5", "o2", "正式党员", "2005-07-01", "2004-07-01"),                   // 5 转正 before 入党
                        List.of("p5", "o8", "党员", "2005-07-01")));                                   // 6 unknown org, no code
    }

    /** Sheet row → the column of its first problem, as this district's mistakes put them. */
    static final Map<String, Map<Integer, String>> EXPECTED = Map.of(
            "党组织", Map.of(4, "上级组织编号", 5, "所属领域"),
            "人员", Map.of(3, "出生日期", 4, "人员编号"),
            "党员", Map.of(3, "人员编号", 4, "入党日期", 5, "转正日期", 6, "党籍状态")); // row 6: its code fails first

    @Test
    void aBrokenWorkbookListsEveryRejectedRow() throws Exception {
        check(run(broken().xlsx(tmp.resolve("broken.xlsx"))), 0);
    }

    @Test
    void aBrokenCsvFolderListsEveryRejectedRow() throws Exception {
        check(run(broken().csv(tmp.resolve("csv"), StandardCharsets.UTF_8, true)), 0);
    }

    @Test
    void aBrokenMariaDbDatabaseListsEveryRejectedRow() throws Exception {
        String url = MariaDbServer.get().createDatabase("broken");
        try (Connection c = DriverManager.getConnection(url, MariaDbServer.USER, MariaDbServer.PASSWORD)) {
            broken().database(c);
        }
        try (JdbcSource s = new JdbcSource(url, MariaDbServer.USER, MariaDbServer.PASSWORD.toCharArray())) {
            check(Importer.run(s, MappingReader.builtIn("workbook"), Importer.Options.DEFAULT), -1); // rows count from the first data row
        }
    }

    private static ImportResult run(Path source) throws Exception {
        try (TableSource s = Sources.open(source, Optional.empty())) {
            return Importer.run(s, MappingReader.builtIn("workbook"), Importer.Options.DEFAULT);
        }
    }

    private static void check(ImportResult result, int rowOffset) {
        ImportReport r = result.report();
        String text = ImportReports.text(r);
        assertEquals(r.rowsRead(), r.rowsImported() + r.rowsSkipped() + r.rowsRejected(), text);
        assertEquals(1 + 4 + 5 + 5, r.rowsRead(), text);
        Map<String, Map<Integer, String>> found = new TreeMap<>();
        for (RejectedRow row : r.rejected()) {
            found.computeIfAbsent(row.table(), t -> new TreeMap<>()).put(row.row() - rowOffset, row.problems().get(0).column());
        }
        Map<String, Map<Integer, String>> expected = new TreeMap<>();
        EXPECTED.forEach((t, m) -> expected.put(t, new TreeMap<>(m)));
        assertEquals(expected, found, text);
        assertEquals(8, r.rowsRejected(), text);
        assertTrue(result.dataset().isEmpty(), "no dataset when rows are rejected");
        assertTrue(text.contains("has no translation in the mapping (workbook.yaml:"), text);
        assertTrue(text.contains("村委会") && text.contains("社区, 村, 机关"), "the code and the codes there: " + text);
        List<String> places = new ArrayList<>();
        r.rejected().forEach(row -> places.add(row.table() + ":" + row.row()));
        assertEquals(places.size(), places.stream().distinct().count(), "each rejected row once, with all its problems");
    }
}
