package org.dangjian.imports.source;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One cell of a source row (单元格) as the source holds it: text, a number, an Excel date serial
 * (a number whose cell is formatted as a date), a day from a database, or a flag. The importer
 * turns it into a contract value according to the field it fills.
 *
 * @param kind   what the source holds
 * @param text   the cell's text as a person reads it (a number without trailing zeros)
 * @param number the number of a NUMBER or EXCEL_DATE cell, else 0
 * @param day    the day of a DAY cell
 */
public record Cell(Kind kind, String text, double number, Optional<LocalDate> day) {

    /** What a source cell holds. */
    public enum Kind { EMPTY, TEXT, NUMBER, EXCEL_DATE, DAY, BOOLEAN }

    /** The empty cell. */
    public static final Cell EMPTY = new Cell(Kind.EMPTY, "", 0, Optional.empty());

    public Cell {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        day = day == null ? Optional.empty() : day;
    }

    /** Text; blank text is the empty cell. */
    public static Cell text(String s) {
        return s == null || s.isBlank() ? EMPTY : new Cell(Kind.TEXT, s, 0, Optional.empty());
    }

    /** A number as typed (2011.05 stays 2011.05). */
    public static Cell number(double n) {
        return new Cell(Kind.NUMBER, plain(n), n, Optional.empty());
    }

    /** A number in a cell formatted as a date: days since 1899-12-30 (Excel's 1900 system). */
    public static Cell excelDate(double serial) {
        return new Cell(Kind.EXCEL_DATE, plain(serial), serial, Optional.empty());
    }

    /** A day from a typed source (a database's DATE or TIMESTAMP). */
    public static Cell day(LocalDate d) {
        return new Cell(Kind.DAY, d.toString(), 0, Optional.of(d));
    }

    /** A true/false cell. */
    public static Cell bool(boolean b) {
        return new Cell(Kind.BOOLEAN, Boolean.toString(b), b ? 1 : 0, Optional.empty());
    }

    public boolean isEmpty() {
        return kind == Kind.EMPTY;
    }

    /** The shortest decimal of {@code n}: 12 for 12.0, 2011.05 for 2011.05. */
    static String plain(double n) {
        if (n == Math.rint(n) && Math.abs(n) < 1e15) {
            return Long.toString((long) n);
        }
        return java.math.BigDecimal.valueOf(n).stripTrailingZeros().toPlainString();
    }
}
