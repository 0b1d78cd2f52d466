package org.dangjian.imports.convert;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dangjian.imports.source.Cell;

/**
 * Dates and months in the forms the field writes them (日期格式): Excel date serials,
 * {@code 2019-02-03}, {@code 2019.02.03}, {@code 2019/2/3 14:30} (the time is dropped),
 * {@code 2019年2月3日}, {@code 20190203}; months as {@code 2011.5}, {@code 2011-05},
 * {@code 2011/5}, {@code 2011年5月} and {@code 2011.05} typed as a number. A month is kept as a
 * month where the field is one and refused where a day is needed: a day is never made up.
 */
public final class DateValues {

    /** Day 0 of Excel's 1900 date system as Java counts it (serial 1 = 1900-01-01, with Excel's 1900 leap-day bug). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Pattern DAY = Pattern.compile(
            "(\\d{4})\\s*(?:[-./]|年)\\s*(\\d{1,2})\\s*(?:[-./]|月)\\s*(\\d{1,2})\\s*日?(?:\\s*[T ]\\s*\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern COMPACT_DAY = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*(?:[-./]|年)\\s*(\\d{1,2})\\s*月?");

    private DateValues() {}

    /** A date or month read from a cell, or why it is none. */
    public sealed interface Parsed permits Day, Month, Invalid {}

    /** A full date. */
    public record Day(LocalDate date) implements Parsed {}

    /** Only a month. */
    public record Month(YearMonth month) implements Parsed {}

    /** Not a date: the reason, for the person who filled it in. */
    public record Invalid(String reason) implements Parsed {}

    /** Reads a cell as a date or a month. */
    public static Parsed parse(Cell cell) {
        return switch (cell.kind()) {
            case DAY -> new Day(cell.day().orElseThrow());
            case EXCEL_DATE -> serial(cell.number());
            case NUMBER -> number(cell.number());
            default -> text(cell.text().strip());
        };
    }

    private static Parsed serial(double serial) {
        if (serial < 1 || serial >= 2958466) { // 9999-12-31 is Excel's last day
            return new Invalid("is not an Excel date");
        }
        return new Day(EXCEL_EPOCH.plusDays((long) Math.floor(serial)));
    }

    /**
     * A number: {@code 2011.05} is May 2011 as typed into a number cell, {@code 2011.1} cannot be
     * told from 2011.10 (Excel drops the 0), an integer of 5 digits is a date serial without its
     * format, {@code 20190203} a compact date.
     */
    private static Parsed number(double n) {
        String text = Cell.number(n).text();
        if (text.matches("\\d{4}\\.\\d{2}")) {
            return month(text.substring(0, 4), text.substring(5));
        }
        if (text.matches("\\d{4}\\.1")) {
            return new Invalid("is a number: January or October (" + text + "0 typed as a number loses its 0); "
                    + "type the month as text, e.g. " + text.substring(0, 4) + ".01 or " + text + "0 in a text cell");
        }
        if (text.matches("\\d{4}\\.[2-9]")) {
            return month(text.substring(0, 4), text.substring(5));
        }
        if (text.matches("[1-9]\\d{4}")) {
            return serial(n);
        }
        return text(text);
    }

    private static Parsed text(String s) {
        Matcher m = DAY.matcher(s);
        if (m.matches()) {
            return day(m.group(1), m.group(2), m.group(3), s);
        }
        m = COMPACT_DAY.matcher(s);
        if (m.matches()) {
            return day(m.group(1), m.group(2), m.group(3), s);
        }
        m = MONTH.matcher(s);
        if (m.matches()) {
            return month(m.group(1), m.group(2));
        }
        if (s.matches("\\d{4}年?")) {
            return new Invalid("is only a year");
        }
        return new Invalid("is not a date (write e.g. 2019-02-03, 2019.02.03, 2019/2/3 or 2019年2月3日)");
    }

    private static Parsed day(String y, String m, String d, String original) {
        try {
            return new Day(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException e) {
            return new Invalid("is not a date that exists");
        }
    }

    private static Parsed month(String y, String m) {
        int month = Integer.parseInt(m);
        if (month < 1 || month > 12) {
            return new Invalid("is not a month that exists");
        }
        return new Month(YearMonth.of(Integer.parseInt(y), month));
    }
}
