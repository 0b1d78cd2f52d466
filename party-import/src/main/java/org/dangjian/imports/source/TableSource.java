package org.dangjian.imports.source;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Where rows come from (数据来源): a workbook's sheets, a folder's CSV files or a database's
 * tables, each a table named as the user sees it. Rows are handed over one at a time, so a source
 * of any size passes through in little memory.
 */
public interface TableSource extends Closeable {

    /** Receives the rows of a table in order. */
    @FunctionalInterface
    interface RowHandler {
        /**
         * One row. {@code number} is where a person finds it: the sheet's row number, the CSV
         * file's line, the row's position in a database result (1 = first row after the header).
         * The list is the row's cells by column, empty cells included; it is not kept by the source.
         */
        void row(int number, List<Cell> cells) throws ImportFailure;
    }

    /** The source as a person names it (a file or the database URL without credentials). */
    String name();

    /** How the source calls a table: "sheet", "file", "table". */
    String tableNoun();

    /** The tables that are there, in the source's order. */
    List<String> tables() throws IOException;

    /** Whether a query in SQL can be given instead of a table. */
    default boolean acceptsQueries() {
        return false;
    }

    /**
     * Reads the table (or, where {@link #acceptsQueries()}, the query's result) row by row. For a
     * database the first row handed over is the header built from the column labels.
     */
    void read(String table, boolean isQuery, RowHandler handler) throws IOException, ImportFailure;

    /** Whether the first row handed over is always the header (databases), so none is searched for. */
    default boolean headerIsFirstRow() {
        return false;
    }
}
