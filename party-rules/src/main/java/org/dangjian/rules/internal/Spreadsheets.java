package org.dangjian.rules.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.dangjian.rules.PackProblem;
import org.dangjian.rules.RulePack;

/**
 * Tables a policy officer keeps in Excel (电子表格): the cadence table and the parameters as
 * {@code .xlsx} (or {@code .xls}) or {@code .csv}. Both are read into the same rows, so a cell is
 * checked the same way in either; a problem in a workbook names its cell ({@code Sheet1!B4}).
 */
final class Spreadsheets {

    /** The rows of a table and where they come from. */
    record Table(String file, String sheet, List<Csv.Row> rows) {

        /** A problem at row {@code row} (as the file numbers it), column {@code column} (1-based). */
        PackProblem problem(int row, int column, String message) {
            String cell = sheet.isEmpty() ? "" : sheet + "!" + CellReference.convertNumToColString(Math.max(0, column - 1))
                    + row + ": ";
            return PackProblem.error(file, row, column, cell + message);
        }
    }

    private Spreadsheets() {
    }

    /** Rows cut or padded with empty cells to the header's width: Excel keeps no trailing empty cells. */
    private static List<Csv.Row> fitted(List<Csv.Row> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        int width = rows.get(0).fields().size();
        List<Csv.Row> out = new ArrayList<>();
        for (Csv.Row r : rows) {
            List<String> f = new ArrayList<>(r.fields());
            while (f.size() > width && f.get(f.size() - 1).isEmpty()) {
                f.remove(f.size() - 1);
            }
            while (f.size() < width) {
                f.add("");
            }
            out.add(new Csv.Row(r.line(), List.copyOf(f)));
        }
        return out;
    }

    /** Whether {@code path} names a workbook rather than a text file. */
    static boolean isWorkbook(String path) {
        return path.endsWith(".xlsx") || path.endsWith(".xls");
    }

    /** The bytes of a pack file: workbooks travel as ISO-8859-1 text (see {@link RulePack}), others as UTF-8. */
    static byte[] bytes(String path, String text) {
        return text.getBytes(isWorkbook(path) ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    /**
     * The table in a pack file: a CSV file, or the first sheet of a workbook, cells as they are
     * shown (a 1 is "1", not "1.0"); blank rows and rows whose first cell starts with # are left out.
     */
    static Table read(String path, String text) throws IOException {
        if (!isWorkbook(path)) {
            return new Table(path, "", Csv.parse(text));
        }
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(bytes(path, text)))) {
            if (book.getNumberOfSheets() == 0) {
                return new Table(path, "", List.of());
            }
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter(java.util.Locale.ROOT);
            List<Csv.Row> rows = new ArrayList<>();
            for (Row r : sheet) {
                List<String> cells = new ArrayList<>();
                int last = Math.max(0, r.getLastCellNum());
                for (int c = 0; c < last; c++) {
                    Cell cell = r.getCell(c);
                    cells.add(cell == null ? "" : format.formatCellValue(cell).strip());
                }
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                    cells.remove(cells.size() - 1);
                }
                boolean blank = cells.isEmpty();
                boolean comment = !blank && cells.get(0).startsWith("#");
                if (!blank && !comment) {
                    rows.add(new Csv.Row(r.getRowNum() + 1, List.copyOf(cells)));
                }
            }
            return new Table(path, sheet.getSheetName(), fitted(rows));
        } catch (RuntimeException e) {
            throw new IOException("not a readable workbook: " + e.getMessage(), e);
        }
    }
}
