package org.dangjian.imports;

import java.util.List;
import java.util.Map;

/**
 * What an import did with every row (导入报告): per table the rows read, imported, skipped as not
 * data and rejected, so that {@code rows read = imported + skipped + rejected}; each skipped and
 * rejected row with its place and reason; and the records imported per kind. Values of identity
 * columns are never shown.
 *
 * @param source   the source as named to the user
 * @param mapping  the mapping's file or built-in name
 * @param tables   the counts of each table read
 * @param records  records imported per contract kind (its array name), in contract order
 * @param skipped  rows that are not data
 * @param rejected rows that could not be imported, each with every problem found in it
 * @param warnings suspicious but imported values, and problems of the dataset as a whole
 * @param datasetWritten whether a dataset came of it
 */
public record ImportReport(String source, String mapping, List<TableCount> tables, Map<String, Integer> records,
                           List<SkippedRow> skipped, List<RejectedRow> rejected, List<Note> warnings,
                           List<Note> datasetErrors, boolean datasetWritten) {

    /** The rows of one table. {@code noun} is sheet, file, table or query. */
    public record TableCount(String table, String noun, int read, int imported, int skipped, int rejected) {}

    /** A row that is not data, and why it was taken for none. */
    public record SkippedRow(String table, int row, String reason) {}

    /** A row that could not be imported. */
    public record RejectedRow(String table, int row, List<RowProblem> problems) {}

    /** One problem of a rejected row: the column, the value as the source has it (or a mask), the reason. */
    public record RowProblem(String column, String value, String reason) {}

    /** A warning or a whole-dataset problem; {@code table} and {@code row} are empty / 0 when it has no row. */
    public record Note(String table, int row, String column, String message) {}

    public int rowsRead() {
        return tables.stream().mapToInt(TableCount::read).sum();
    }

    public int rowsImported() {
        return tables.stream().mapToInt(TableCount::imported).sum();
    }

    public int rowsSkipped() {
        return tables.stream().mapToInt(TableCount::skipped).sum();
    }

    public int rowsRejected() {
        return tables.stream().mapToInt(TableCount::rejected).sum();
    }
}
