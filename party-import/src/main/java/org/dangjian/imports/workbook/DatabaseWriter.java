package org.dangjian.imports.workbook;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dangjian.model.Dataset;
import org.dangjian.model.io.RecordCodec;

/**
 * Writes a dataset into a database laid out like the project's workbook: one table per sheet,
 * one column per header, typed (DATE, INTEGER, DOUBLE, VARCHAR). What a party-building
 * platform's database holds, for tests and benchmarks of the JDBC import.
 */
public final class DatabaseWriter {

    private DatabaseWriter() {}

    public static void write(Dataset dataset, Connection c) throws SQLException {
        String q = c.getMetaData().getIdentifierQuoteString().trim();
        String text = c.getMetaData().getDatabaseProductName().toLowerCase().contains("h2") ? "CLOB" : "TEXT";
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        for (Layout.Sheet s : WorkbookWriter.layout().sheets()) {
            try (Statement st = c.createStatement()) {
                st.execute("DROP TABLE IF EXISTS " + q + s.name() + q);
                st.execute("CREATE TABLE " + q + s.name() + q + " (" + s.columns().stream()
                        .map(col -> q + col.header() + q + " " + sqlType(col.rule().type(), text))
                        .collect(Collectors.joining(", ")) + ")");
            }
            String insert = "INSERT INTO " + q + s.name() + q + " VALUES (" + s.columns().stream().map(col -> "?")
                    .collect(Collectors.joining(", ")) + ")";
            try (PreparedStatement ps = c.prepareStatement(insert)) {
                if (s.kind().isEmpty()) {
                    ps.setObject(1, java.sql.Date.valueOf(dataset.asOf()));
                    ps.executeUpdate();
                    continue;
                }
                int n = 0;
                for (Object record : dataset.records(s.kind().get())) {
                    var json = RecordCodec.encode(record);
                    List<Layout.Column> cols = s.columns();
                    for (int i = 0; i < cols.size(); i++) {
                        set(ps, i + 1, cols.get(i).rule().type(), cols.get(i).value(json));
                    }
                    ps.addBatch();
                    if (++n % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        }
        c.commit();
        c.setAutoCommit(auto);
    }

    private static String sqlType(RecordCodec.Type type, String text) {
        return switch (type) {
            case DATE -> "DATE";
            case INT -> "INTEGER";
            case NUMBER -> "DOUBLE";
            case STRING_LIST -> text;
            default -> "VARCHAR(255)";
        };
    }

    private static void set(PreparedStatement ps, int i, RecordCodec.Type type, Optional<Object> value) throws SQLException {
        if (value.isEmpty()) {
            ps.setNull(i, type == RecordCodec.Type.DATE ? Types.DATE : type == RecordCodec.Type.INT ? Types.INTEGER
                    : type == RecordCodec.Type.NUMBER ? Types.DOUBLE : Types.VARCHAR);
        } else if (value.get() instanceof LocalDate d) {
            ps.setDate(i, java.sql.Date.valueOf(d));
        } else if (value.get() instanceof BigDecimal n) {
            if (type == RecordCodec.Type.INT) {
                ps.setInt(i, n.intValueExact());
            } else {
                ps.setDouble(i, n.doubleValue());
            }
        } else {
            ps.setString(i, (String) value.get());
        }
    }
}
