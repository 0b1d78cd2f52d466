package org.dangjian.imports.workbook;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.dangjian.model.io.RecordCodec;

/** The template's first sheet (填写说明): how to fill it in, sheet by sheet and column by column. */
final class Instructions {

    private static final List<String> GENERAL = List.of(
            "党建数据模板 填写说明",
            "1. 每个工作表是一类记录，第一行是列名：请勿修改、删除或调整列名；不用的工作表留空即可（留空表示该类数据未录入，相关规则报告为未评估）。",
            "2. 带下拉列表的列请从列表中选择；日期写成 2020-12-31、2020.12.31、2020/12/31 或 2020年12月31日，也可以用 Excel 的日期格式。",
            "3. 月份（党费所属月份）写成 2020-05 或 2020.05；需要具体日期的列只写到月份会被拒绝导入。",
            "4. 编号列（组织编号、人员编号、活动编号）在本工作簿内唯一；其他工作表用编号引用它们。",
            "5. 是/否列：是 或 否；留空视为否（群众是否满意留空表示未测评）。",
            "6. 数据集工作表只填一行：截至日期（审计的基准日）。",
            "7. 导入：party-audit import 党建数据.xlsx --output 数据集目录；直接审计：party-audit audit 党建数据.xlsx。",
            "   每一行都会被计数：导入、跳过（空行、说明行）或拒绝（列出工作表、行号、列、值和原因）。有被拒绝的行时不生成数据集，除非加 --keep-going。",
            "");

    private Instructions() {}

    static void write(SXSSFSheet sheet, Layout layout, CellStyle bold) {
        int r = 0;
        for (String line : GENERAL) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(line);
            if (r == 1) {
                row.getCell(0).setCellStyle(bold);
            }
        }
        Row head = sheet.createRow(r++);
        String[] titles = {"工作表", "列名", "必填", "内容", "可选值"};
        for (int c = 0; c < titles.length; c++) {
            head.createCell(c).setCellValue(titles[c]);
            head.getCell(c).setCellStyle(bold);
        }
        for (Layout.Sheet s : layout.sheets()) {
            for (Layout.Column c : s.columns()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(s.name());
                row.createCell(1).setCellValue(c.header());
                row.createCell(2).setCellValue(required(s, c) ? "必填" : "");
                row.createCell(3).setCellValue(describe(c));
                row.createCell(4).setCellValue(c.coded() ? String.join("、", c.choices()) : "");
            }
        }
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, 26 * 256);
        sheet.setColumnWidth(3, 40 * 256);
        sheet.setColumnWidth(4, 60 * 256);
    }

    private static boolean required(Layout.Sheet s, Layout.Column c) {
        if (s.kind().isEmpty()) {
            return true;
        }
        String top = c.rule().field().split("\\.")[0];
        return RecordCodec.fields(s.kind().get()).stream().anyMatch(f -> f.name().equals(top) && f.required())
                || c.rule().field().equals("mobile.since");
    }

    private static String describe(Layout.Column c) {
        String field = c.rule().field();
        String what = switch (c.rule().type()) {
            case DATE -> "日期";
            case MONTH -> "月份";
            case INT -> "整数";
            case NUMBER -> "数字";
            case BOOLEAN -> "是/否";
            case ENUM -> "从下拉列表选择";
            case STRING_LIST -> "人员编号，用顿号或逗号分隔；没有人参加写“无”，留空表示未记录";
            default -> field.toLowerCase().endsWith("id") ? "编号" : "文字";
        };
        return what + "（数据集字段 " + field + "）";
    }


}
