package org.dangjian.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.stream.Collectors;
import org.dangjian.imports.ImportReport.RejectedRow;
import org.dangjian.imports.ImportReport.RowProblem;

/** An import report as text for a person (导入结果) and as JSON for programs. */
public final class ImportReports {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ImportReports() {}

    /** The report's JSON: the counts, every skipped and rejected row, the warnings. */
    public static void writeJson(ImportReport report, OutputStream out) throws IOException {
        var root = JSON.valueToTree(report);
        ((com.fasterxml.jackson.databind.node.ObjectNode) root).put("rowsRead", report.rowsRead())
                .put("rowsImported", report.rowsImported()).put("rowsSkipped", report.rowsSkipped())
                .put("rowsRejected", report.rowsRejected());
        JSON.writeValue(out, root);
    }

    /** The counts, then every rejected row, warning and skipped row, one a line. */
    public static String text(ImportReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("导入 import: ").append(r.source()).append(" with the mapping ").append(r.mapping()).append('\n');
        for (ImportReport.TableCount t : r.tables()) {
            sb.append(String.format("  %s %s: %,d rows read = %,d imported + %,d skipped + %,d rejected%n",
                    t.noun(), t.table(), t.read(), t.imported(), t.skipped(), t.rejected()));
        }
        sb.append(String.format("  rows read = imported + skipped + rejected: %,d = %,d + %,d + %,d%n",
                r.rowsRead(), r.rowsImported(), r.rowsSkipped(), r.rowsRejected()));
        sb.append("  records: ").append(r.records().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + " " + String.format("%,d", e.getValue())).collect(Collectors.joining(", "))).append('\n');
        if (!r.rejected().isEmpty()) {
            sb.append("rejected rows (拒绝导入):\n");
            for (RejectedRow row : r.rejected()) {
                for (RowProblem p : row.problems()) {
                    sb.append("  ").append(place(r, row.table(), row.row())).append(", column ").append(p.column())
                            .append(p.value().isEmpty() ? "" : ", value \"" + p.value() + "\"").append(": ")
                            .append(p.reason()).append('\n');
                }
            }
        }
        for (ImportReport.Note n : r.datasetErrors()) {
            sb.append("dataset error: ").append(n.message()).append('\n');
        }
        for (ImportReport.Note n : r.warnings()) {
            sb.append("warning: ").append(n.row() > 0 ? place(r, n.table(), n.row()) + ", column " + n.column() + ": " : "")
                    .append(n.message()).append('\n');
        }
        if (!r.skipped().isEmpty()) {
            sb.append("skipped rows (not data, 跳过):\n");
            r.skipped().forEach(s -> sb.append("  ").append(place(r, s.table(), s.row())).append(": ").append(s.reason()).append('\n'));
        }
        return sb.toString();
    }

    private static String place(ImportReport r, String table, int row) {
        String noun = r.tables().stream().filter(t -> t.table().equals(table)).map(ImportReport.TableCount::noun)
                .findFirst().orElse("table");
        return r.source() + ", " + noun + " " + table + ", row " + row;
    }
}
