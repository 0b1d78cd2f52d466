package org.dangjian.imports.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * An old-format {@code .xls} workbook (Excel 97–2003), read with POI's HSSF. Such a file holds at
 * most 65,536 rows a sheet, so reading it whole is bounded.
 */
public final class XlsSource implements TableSource {

    private final Path file;
    private final HSSFWorkbook workbook;

    public XlsSource(Path file) throws ImportFailure {
        this.file = file;
        try {
            this.workbook = new HSSFWorkbook(java.nio.file.Files.newInputStream(file));
        } catch (IOException | RuntimeException e) {
            throw new ImportFailure(file + ": not an Excel .xls workbook (" + e.getMessage() + ").", e);
        }
    }

    @Override
    public String name() {
        return file.getFileName().toString();
    }

    @Override
    public String tableNoun() {
        return "sheet";
    }

    @Override
    public List<String> tables() {
        List<String> names = new ArrayList<>();
        for (Sheet s : workbook) {
            names.add(s.getSheetName());
        }
        return names;
    }

    @Override
    public void read(String table, boolean isQuery, RowHandler handler) throws ImportFailure {
        Sheet sheet = workbook.getSheet(table);
        List<Cell> cells = new ArrayList<>();
        for (Row row : sheet) {
            cells.clear();
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                cells.add(cell(row.getCell(c)));
            }
            handler.row(row.getRowNum() + 1, cells);
        }
    }

    private static Cell cell(org.apache.poi.ss.usermodel.Cell c) {
        if (c == null) {
            return Cell.EMPTY;
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(c) ? Cell.excelDate(c.getNumericCellValue())
                    : Cell.number(c.getNumericCellValue());
            case STRING -> Cell.text(c.getStringCellValue());
            case BOOLEAN -> Cell.bool(c.getBooleanCellValue());
            case ERROR -> Cell.text("#ERROR");
            default -> Cell.EMPTY;
        };
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
