package org.dangjian.imports.source;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * A SQL database over JDBC (MariaDB/MySQL, PostgreSQL, H2): a table is read with
 * {@code SELECT * FROM} it, a query as given. Results are fetched in batches (MariaDB and
 * PostgreSQL otherwise load a whole result into memory first). The first row handed over is the
 * header of column labels; data rows are numbered from 1 in the result's order.
 */
public final class JdbcSource implements TableSource {

    private final String url;
    private final Connection connection;

    /** Connects; the password is used for this and kept nowhere. */
    public JdbcSource(String url, String user, char[] password) throws ImportFailure {
        this.url = url;
        try {
            this.connection = DriverManager.getConnection(url, user, new String(password));
            connection.setReadOnly(true);
        } catch (SQLException e) {
            throw new ImportFailure(displayUrl(url) + ": cannot connect (" + e.getMessage() + ").", e);
        }
    }

    /** The URL without a password given in it. */
    static String displayUrl(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @Override
    public String name() {
        return displayUrl(url);
    }

    @Override
    public String tableNoun() {
        return "table";
    }

    @Override
    public boolean acceptsQueries() {
        return true;
    }

    @Override
    public boolean headerIsFirstRow() {
        return true;
    }

    @Override
    public List<String> tables() throws IOException {
        List<String> names = new ArrayList<>();
        try {
            DatabaseMetaData meta = connection.getMetaData();
            String catalog = connection.getCatalog();
            String schema = connection.getSchema();
            try (ResultSet rs = meta.getTables(catalog, schema, "%", new String[] {"TABLE", "VIEW"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
        return names;
    }

    @Override
    public void read(String table, boolean isQuery, RowHandler handler) throws IOException, ImportFailure {
        boolean autoCommit;
        try {
            String sql = isQuery ? table : "SELECT * FROM " + quote(table);
            autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false); // PostgreSQL streams a result only inside a transaction
            try (Statement st = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                st.setFetchSize(1000);
                try (ResultSet rs = st.executeQuery(sql)) {
                    rows(rs, handler);
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new ImportFailure(name() + ": " + (isQuery ? "the query \"" + table + "\"" : "the table " + table)
                    + " cannot be read (" + e.getMessage() + ").", e);
        }
    }

    private String quote(String table) throws SQLException {
        String q = connection.getMetaData().getIdentifierQuoteString();
        if (q == null || q.isBlank()) {
            return table;
        }
        q = q.trim();
        return q + table.replace(q, q + q) + q;
    }

    private static void rows(ResultSet rs, RowHandler handler) throws SQLException, ImportFailure {
        ResultSetMetaData meta = rs.getMetaData();
        int n = meta.getColumnCount();
        List<Cell> cells = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            cells.add(Cell.text(meta.getColumnLabel(i)));
        }
        handler.row(0, cells);
        int row = 0;
        while (rs.next()) {
            cells.clear();
            for (int i = 1; i <= n; i++) {
                cells.add(cell(rs, i, meta.getColumnType(i)));
            }
            handler.row(++row, cells);
        }
    }

    private static Cell cell(ResultSet rs, int i, int type) throws SQLException {
        switch (type) {
            case Types.DATE -> {
                java.sql.Date d = rs.getDate(i);
                return d == null ? Cell.EMPTY : Cell.day(d.toLocalDate());
            }
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
                java.sql.Timestamp t = rs.getTimestamp(i);
                return t == null ? Cell.EMPTY : Cell.day(t.toLocalDateTime().toLocalDate());
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean b = rs.getBoolean(i);
                return rs.wasNull() ? Cell.EMPTY : Cell.bool(b);
            }
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.DECIMAL, Types.NUMERIC,
                 Types.REAL, Types.FLOAT, Types.DOUBLE -> {
                BigDecimal v = rs.getBigDecimal(i);
                return v == null ? Cell.EMPTY : Cell.number(v.doubleValue());
            }
            default -> {
                return Cell.text(rs.getString(i));
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
