package org.dangjian.model.io;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The limits the reader puts on single values, beyond their JSON type: the years a party record
 * can be dated in, and how long each kind of text may be and which characters it may hold.
 *
 * <p>Why: a date like {@code +99999-12-31} or year 0 is a typing slip, never a record, and would
 * only make the rules' periods meaningless; a name of five million characters made a report of
 * hundreds of megabytes; a name holding a terminal escape sequence rewrote the auditor's screen.
 * The limits are listed in {@code docs/data-format.md}.
 */
final class FieldBounds {

    /** The first date a record may bear (members born in the 1900s are the oldest on record). */
    static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    /** The last date a record may bear: plans reach a few years ahead, not centuries. */
    static final LocalDate LAST_DATE = LocalDate.of(2100, 12, 31);

    /** The kinds of text field, each with its longest value and whether it may break lines. */
    enum TextKind {
        ID("an id", 64, false),
        NAME("a name", 200, false),
        ID_NUMBER("an id number", 32, false),
        FREE_TEXT("a title or note", 2000, true);

        final String noun;
        final int maxLength;
        final boolean lineBreaks;

        TextKind(String noun, int maxLength, boolean lineBreaks) {
            this.noun = noun;
            this.maxLength = maxLength;
            this.lineBreaks = lineBreaks;
        }
    }

    private FieldBounds() {}

    /** The kind of the text field {@code name}: ids and references, names, the id number, or free text. */
    static TextKind textKind(String field) {
        if (field.equals("id") || field.endsWith("Id") || field.equals("attendees")) {
            return TextKind.ID;
        }
        return switch (field) {
            case "name" -> TextKind.NAME;
            case "idNumber" -> TextKind.ID_NUMBER;
            default -> TextKind.FREE_TEXT;
        };
    }

    /** What is wrong with {@code value} as a text of {@code kind}, if anything. */
    static Optional<String> textProblem(TextKind kind, String value) {
        if (value.length() > kind.maxLength) {
            return Optional.of(String.format("The text is %,d characters long; %s has at most %,d.",
                    value.length(), kind.noun, kind.maxLength));
        }
        int bad = PrintableText.firstUnprintable(value, kind.lineBreaks);
        if (bad >= 0) {
            return Optional.of("The text holds the invisible control character " + PrintableText.codePoint(value.charAt(bad))
                    + " at character " + (bad + 1) + "; " + kind.noun + " may hold "
                    + (kind.lineBreaks ? "line breaks and tabs but no other control characters."
                    : "no control characters, tabs or line breaks."));
        }
        return Optional.empty();
    }

    /** What is wrong with {@code date}, if it is outside the years records are dated in. */
    static Optional<String> dateProblem(LocalDate date) {
        if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
            return Optional.of("The date " + date + " is outside the dates a record may bear ("
                    + FIRST_DATE + " to " + LAST_DATE + "); is the year mistyped?");
        }
        return Optional.empty();
    }

    /** The same for a month. */
    static Optional<String> monthProblem(YearMonth month) {
        return month.atDay(1).isBefore(FIRST_DATE) || month.atEndOfMonth().isAfter(LAST_DATE)
                ? Optional.of("The month " + month + " is outside the months a record may bear ("
                        + YearMonth.from(FIRST_DATE) + " to " + YearMonth.from(LAST_DATE) + "); is the year mistyped?")
                : Optional.empty();
    }

    /** Whether the whole-number field {@code name} is a year ({@code year}, {@code lastEvaluationYear}). */
    static boolean isYear(String field) {
        return field.equals("year") || field.endsWith("Year");
    }

    /** The same for a year. */
    static Optional<String> yearProblem(int year) {
        return year < FIRST_DATE.getYear() || year > LAST_DATE.getYear()
                ? Optional.of("The year " + year + " is outside the years a record may bear ("
                        + FIRST_DATE.getYear() + " to " + LAST_DATE.getYear() + ").")
                : Optional.empty();
    }
}
