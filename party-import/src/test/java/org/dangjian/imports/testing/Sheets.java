package org.dangjian.imports.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Test sources written by hand: sheets of rows whose cells are text, numbers (a {@link Double},
 * typed as a number) or days (a {@link LocalDate}, a date-formatted cell, i.e. an Excel serial),
 * written as an .xlsx or .xls workbook or as CSV files in a given encoding.
 */
public final class Sheets {

    private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();

    public Sheets sheet(String name, List<List<Object>> rows) {
        sheets.put(name, rows);
        return this;
    }

    public Path xlsx(Path file) throws IOException {
        return workbook(new XSSFWorkbook(), file);
    }

    public Path xls(Path file) throws IOException {
        return workbook(new HSSFWorkbook(), file);
    }

    private Path workbook(Workbook wb, Path file) throws IOException {
        try (wb) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (Map.Entry<String, List<List<Object>>> e : sheets.entrySet()) {
                Sheet s = wb.createSheet(e.getKey());
                int r = 0;
                for (List<Object> row : e.getValue()) {
                    Row xr = s.createRow(r++);
                    for (int c = 0; c < row.size(); c++) {
                        Object v = row.get(c);
                        if (v == null || "".equals(v)) {
                            continue;
                        }
                        org.apache.poi.ss.usermodel.Cell cell = xr.createCell(c);
                        if (v instanceof LocalDate d) {
                            cell.setCellValue(d);
                            cell.setCellStyle(date);
                        } else if (v instanceof Double n) {
                            cell.setCellValue(n);
                        } else {
                            cell.setCellValue(v.toString());
                        }
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    /** One CSV file per sheet in {@code dir}; days as yyyy-MM-dd text, a BOM when asked. */
    public Path csv(Path dir, Charset charset, boolean bom) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, List<List<Object>>> e : sheets.entrySet()) {
            StringBuilder sb = new StringBuilder(bom ? "\uFEFF" : "");
            for (List<Object> row : e.getValue()) {
                sb.append(row.stream().map(Sheets::csvField).collect(Collectors.joining(","))).append("\r\n");
            }
            Files.write(dir.resolve(e.getKey() + ".csv"), sb.toString().getBytes(charset));
        }
        return dir;
    }

    private static String csvField(Object v) {
        String s = v == null ? "" : v instanceof Double d ? java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
                : v.toString();
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /**
     * One table per sheet in a database, every column VARCHAR (as many platforms keep dates): the
     * first row is the header, the rest are inserted in order with an auto-increment key that keeps it.
     */
    public void database(java.sql.Connection c) throws java.sql.SQLException {
        String q = c.getMetaData().getIdentifierQuoteString().trim();
        for (Map.Entry<String, List<List<Object>>> e : sheets.entrySet()) {
            List<Object> header = e.getValue().get(0);
            try (java.sql.Statement st = c.createStatement()) {
                st.execute("DROP TABLE IF EXISTS " + q + e.getKey() + q);
                st.execute("CREATE TABLE " + q + e.getKey() + q + " (" + header.stream()
                        .map(h -> q + h + q + " VARCHAR(255)").collect(Collectors.joining(", ")) + ")");
            }
            String insert = "INSERT INTO " + q + e.getKey() + q + " VALUES (" + header.stream().map(h -> "?")
                    .collect(Collectors.joining(", ")) + ")";
            try (java.sql.PreparedStatement ps = c.prepareStatement(insert)) {
                for (List<Object> row : e.getValue().subList(1, e.getValue().size())) {
                    for (int i = 0; i < header.size(); i++) {
                        Object v = i < row.size() ? row.get(i) : null;
                        ps.setString(i + 1, v == null || "".equals(v) ? null : csvField(v));
                    }
                    ps.executeUpdate();
                }
            }
        }
    }

    /** A valid 18-character identity number (公民身份号码) for a made-up person: area 110101, the birth day, a sequence. */
    public static String identity(LocalDate birth, int seq) {
        String body = "110101" + birth.toString().replace("-", "") + String.format("%03d", seq);
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * w[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    static final Charset UTF8 = StandardCharsets.UTF_8;
}
