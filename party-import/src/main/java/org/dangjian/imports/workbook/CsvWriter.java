package org.dangjian.imports.workbook;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dangjian.model.Dataset;
import org.dangjian.model.io.RecordCodec;

/**
 * Writes a dataset as a folder of CSV files laid out like the project's workbook, one file per
 * sheet ({@code 党员.csv}): what "save as CSV" of each sheet gives. UTF-8 with a byte-order mark
 * (Excel's "CSV UTF-8"), or another encoding such as GB18030 (Excel's plain "CSV" on a Chinese system).
 */
public final class CsvWriter {

    private CsvWriter() {}

    public static void write(Dataset dataset, Path dir, Charset charset) throws IOException {
        Files.createDirectories(dir);
        for (Layout.Sheet s : WorkbookWriter.layout().sheets()) {
            try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(dir.resolve(s.name() + ".csv")), charset))) {
                if (charset.equals(StandardCharsets.UTF_8)) {
                    w.write('\uFEFF');
                }
                line(w, s.columns().stream().map(Layout.Column::header).toList());
                if (s.kind().isEmpty()) {
                    line(w, List.of(dataset.asOf().toString()));
                    continue;
                }
                for (Object record : dataset.records(s.kind().get())) {
                    var json = RecordCodec.encode(record);
                    line(w, s.columns().stream().map(c -> text(c.value(json))).toList());
                }
            }
        }
    }

    private static String text(Optional<Object> v) {
        if (v.isEmpty()) {
            return "";
        }
        return v.get() instanceof BigDecimal n ? n.toPlainString() : v.get().toString();
    }

    private static void line(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            String f = fields.get(i);
            if (f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r")) {
                w.write('"');
                w.write(f.replace("\"", "\"\""));
                w.write('"');
            } else {
                w.write(f);
            }
        }
        w.write("\r\n");
    }
}
