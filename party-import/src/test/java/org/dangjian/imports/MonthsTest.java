package org.dangjian.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.dangjian.imports.mapping.MappingReader;
import org.dangjian.imports.source.Sources;
import org.dangjian.imports.source.TableSource;
import org.dangjian.imports.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A month-only value is kept as a month where the field is a month (党费 所属月份), in each of the field's forms. */
class MonthsTest {

    @TempDir
    Path tmp;

    @Test
    void monthsInTheFieldsFormsAreKeptAsMonths() throws Exception {
        Path xlsx = new Sheets()
                .sheet("数据集", List.of(List.of("截至日期"), List.of("2020年12月31日")))
                .sheet("党组织", List.of(List.of("组织编号", "组织名称", "组织类型", "所属领域", "成立日期"),
                        List.of("o1", "第一党支部", "党支部", "社区", "2001-01-01")))
                .sheet("人员", List.of(List.of("人员编号", "姓名", "性别", "出生日期", "学历"),
                        List.of("p1", "张三", "男", "1980-01-01", "本科")))
                .sheet("党费", List.of(List.of("人员编号", "所属月份", "金额（元）"),
                        List.of("p1", "2020.5", 10.0),                     // 2
                        List.of("p1", "2020-06", "10"),                    // 3
                        List.of("p1", "2020年7月", "10元"),                 // 4
                        List.of("p1", 2020.08, 10.0),                      // 5 typed as a number
                        List.of("p1", LocalDate.of(2020, 9, 15), 10.0),    // 6 a day: its month
                        List.of("p1", "2020.1", 10.0),                     // 7 text: January
                        List.of("p1", 2020.1, 10.0),                       // 8 a number: January or October?
                        List.of("p1", "2020.13", 10.0)))                   // 9
                .xlsx(tmp.resolve("dues.xlsx"));
        ImportResult r;
        try (TableSource s = Sources.open(xlsx, Optional.empty())) {
            r = Importer.run(s, MappingReader.builtIn("workbook"), new Importer.Options(Optional.empty(), true));
        }
        assertEquals(List.of(YearMonth.of(2020, 5), YearMonth.of(2020, 6), YearMonth.of(2020, 7), YearMonth.of(2020, 8),
                        YearMonth.of(2020, 9), YearMonth.of(2020, 1)),
                r.dataset().orElseThrow().duesPayments().stream().map(d -> d.month()).toList());
        assertEquals(List.of(8, 9), r.report().rejected().stream().map(ImportReport.RejectedRow::row).toList());
        assertTrue(r.report().rejected().get(0).problems().get(0).reason().contains("January or October"));
        assertEquals(LocalDate.of(2020, 12, 31), r.dataset().orElseThrow().asOf());
    }
}
