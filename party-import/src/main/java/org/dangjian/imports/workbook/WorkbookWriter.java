package org.dangjian.imports.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.dangjian.imports.mapping.MappingReader;
import org.dangjian.imports.source.ImportFailure;
import org.dangjian.model.Dataset;
import org.dangjian.model.io.RecordCodec;

/**
 * Writes the project's workbook (党建数据模板): blank, as the template a district fills in by hand,
 * or holding a dataset. Laid out by the built-in {@code workbook} mapping, so what it writes is
 * what the import reads. Rows are streamed to disk (POI's SXSSF): a district of any size is
 * written in little memory. The same bytes for the same dataset, whenever written.
 */
public final class WorkbookWriter {

    /** Rows of the template that get drop-down lists for coded columns. */
    static final int TEMPLATE_ROWS = 5000;
    /** The data rows an Excel sheet holds below its header (1,048,576 rows in all). */
    static final int MAX_ROWS = 1_048_575;
    private static final String CODES_SHEET = "代码表";
    private static final String INSTRUCTIONS_SHEET = "填写说明";

    private WorkbookWriter() {}

    /** The blank template: instructions, headers, drop-down lists for every coded column. */
    public static void template(Path file) throws IOException {
        write(Optional.empty(), file);
    }

    /** The workbook holding {@code dataset}. */
    public static void write(Dataset dataset, Path file) throws IOException {
        write(Optional.of(dataset), file);
    }

    private static void write(Optional<Dataset> dataset, Path file) throws IOException {
        Layout layout = layout();
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            wb.setCompressTempFiles(true);
            // a fixed creation date: the same dataset gives the same document properties
            wb.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(java.util.Date.from(java.time.Instant.parse("2020-01-01T00:00:00Z"))));
            Styles styles = new Styles(wb);
            Instructions.write(wb.createSheet(INSTRUCTIONS_SHEET), layout, styles.header);
            SXSSFSheet codes = wb.createSheet(CODES_SHEET);
            int codeColumn = 0;
            for (Layout.Sheet s : layout.sheets()) {
                SXSSFSheet sheet = wb.createSheet(s.name());
                Row header = sheet.createRow(0);
                for (int c = 0; c < s.columns().size(); c++) {
                    org.apache.poi.ss.usermodel.Cell cell = header.createCell(c);
                    cell.setCellValue(s.columns().get(c).header());
                    cell.setCellStyle(styles.header);
                    sheet.setColumnWidth(c, Math.max(10, s.columns().get(c).header().length() * 2 + 2) * 256);
                }
                sheet.createFreezePane(0, 1);
                for (int c = 0; c < s.columns().size(); c++) {
                    Layout.Column col = s.columns().get(c);
                    if (col.coded()) {
                        dropDown(sheet, codes, codeColumn++, c, col.choices());
                    }
                }
                if (dataset.isPresent()) {
                    rows(sheet, s, dataset.get(), styles);
                }
            }
            wb.setSheetHidden(wb.getSheetIndex(CODES_SHEET), true);
            wb.setActiveSheet(0);
            try (OutputStream out = Files.newOutputStream(tmp)) {
                wb.write(out);
            }
            wb.dispose();
            if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // a temporary file is private; a workbook is for others to open too
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void rows(SXSSFSheet sheet, Layout.Sheet s, Dataset dataset, Styles styles) throws IOException {
        int r = 1;
        if (s.kind().isEmpty()) {
            JsonNode meta = JsonNodeFactory.instance.objectNode().put("asOf", dataset.asOf().toString());
            row(sheet.createRow(r), s.columns(), meta, styles);
            return;
        }
        int count = dataset.records(s.kind().get()).size();
        if (count > MAX_ROWS) {
            throw new IOException(String.format("the sheet %s would need %,d rows; an Excel sheet holds %,d: write "
                    + "this dataset as CSV files or into a database instead", s.name(), count, MAX_ROWS));
        }
        for (Object record : dataset.records(s.kind().get())) {
            row(sheet.createRow(r++), s.columns(), RecordCodec.encode(record), styles);
        }
    }

    private static void row(Row row, List<Layout.Column> columns, JsonNode record, Styles styles) {
        for (int c = 0; c < columns.size(); c++) {
            Optional<Object> v = columns.get(c).value(record);
            if (v.isEmpty()) {
                continue;
            }
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
            if (v.get() instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(styles.date);
            } else if (v.get() instanceof BigDecimal n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue((String) v.get());
            }
        }
    }

    private static void dropDown(SXSSFSheet sheet, SXSSFSheet codes, int codeColumn, int column, List<String> choices) {
        for (int i = 0; i < choices.size(); i++) {
            Row row = codes.getRow(i) != null ? codes.getRow(i) : codes.createRow(i);
            row.createCell(codeColumn).setCellValue(choices.get(i));
        }
        String letter = CellReference.convertNumToColString(codeColumn);
        String range = "'" + CODES_SHEET + "'!$" + letter + "$1:$" + letter + "$" + choices.size();
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = helper.createFormulaListConstraint(range);
        DataValidation v = helper.createValidation(constraint, new CellRangeAddressList(1, TEMPLATE_ROWS, column, column));
        v.setSuppressDropDownArrow(true);
        v.setShowErrorBox(true);
        v.createErrorBox("请从下拉列表中选择", "请从下拉列表中选择一项：" + String.join("、", choices));
        sheet.addValidationData(v);
    }

    static Layout layout() {
        try {
            return Layout.of(MappingReader.builtIn("workbook"));
        } catch (ImportFailure | IOException e) {
            throw new IllegalStateException("the built-in workbook mapping is part of this jar", e);
        }
    }

    /** The workbook's few styles. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle date;

        Styles(SXSSFWorkbook wb) {
            header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        }
    }
}
