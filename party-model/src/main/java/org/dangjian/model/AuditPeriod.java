package org.dangjian.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One period of a year: the {@code index}-th (from 1) period of its kind in {@code year}.
 * Its label is the report contract's: {@code 2020}, {@code 2020-H1}, {@code 2020-Q3},
 * {@code 2020-B1} (January–February) to {@code 2020-B6}, {@code 2020-07}.
 */
public record AuditPeriod(PeriodKind kind, int year, int index) implements Comparable<AuditPeriod> {

    public AuditPeriod {
        Objects.requireNonNull(kind, "kind");
        if (index < 1 || index > kind.perYear()) {
            throw new IllegalArgumentException(kind + " index out of range: " + index);
        }
    }

    /** The period of {@code kind} that contains {@code date}. */
    public static AuditPeriod containing(PeriodKind kind, LocalDate date) {
        return new AuditPeriod(kind, date.getYear(), (date.getMonthValue() - 1) / kind.months() + 1);
    }

    /**
     * The periods of {@code kind} in {@code year}, in order: index {@code i} holds period {@code i + 1}.
     * Derivations that make a fact per organization and period share these few instances (a
     * million-member district has millions of such facts).
     */
    public static java.util.List<AuditPeriod> allOf(PeriodKind kind, int year) {
        // Kept per kind and year (an audit meets one or two years): a list made at each call shared
        // nothing, and a million-member district held three million equal periods.
        return ALL.computeIfAbsent(year * 8L + kind.ordinal(), k -> {
            AuditPeriod[] all = new AuditPeriod[kind.perYear()];
            for (int i = 0; i < all.length; i++) {
                all[i] = new AuditPeriod(kind, year, i + 1);
            }
            return java.util.List.of(all);
        });
    }

    /** {@link #allOf}'s lists by {@code year * 8 + kind}. */
    private static final java.util.Map<Long, java.util.List<AuditPeriod>> ALL = new java.util.concurrent.ConcurrentHashMap<>();

    /** The whole year {@code year}. */
    public static AuditPeriod year(int year) {
        return new AuditPeriod(PeriodKind.YEAR, year, 1);
    }

    /** Parses a label of the report contract ({@code 2020-Q3}); throws on anything else. */
    public static AuditPeriod parse(String label) {
        String s = label.trim();
        try {
            if (s.length() == 4) {
                return year(Integer.parseInt(s));
            }
            int year = Integer.parseInt(s.substring(0, 4));
            if (s.charAt(4) != '-') {
                throw new IllegalArgumentException();
            }
            String rest = s.substring(5);
            return switch (rest.charAt(0)) {
                case 'H' -> new AuditPeriod(PeriodKind.HALF_YEAR, year, Integer.parseInt(rest.substring(1)));
                case 'Q' -> new AuditPeriod(PeriodKind.QUARTER, year, Integer.parseInt(rest.substring(1)));
                case 'B' -> new AuditPeriod(PeriodKind.BIMONTH, year, Integer.parseInt(rest.substring(1)));
                default -> {
                    if (rest.length() != 2) {
                        throw new IllegalArgumentException();
                    }
                    yield new AuditPeriod(PeriodKind.MONTH, year, Integer.parseInt(rest));
                }
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a period label (2020, 2020-H1, 2020-Q3, 2020-B1, 2020-07): " + label);
        }
    }

    /** The first day of the period. */
    public LocalDate start() {
        return LocalDate.of(year, (index - 1) * kind.months() + 1, 1);
    }

    /** The last day of the period. */
    public LocalDate end() {
        return YearMonth.of(year, index * kind.months()).atEndOfMonth();
    }

    /** Whether {@code date} falls in the period, both ends included. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /** The label of the report contract. */
    public String label() {
        return switch (kind) {
            case YEAR -> String.valueOf(year);
            case HALF_YEAR -> year + "-H" + index;
            case QUARTER -> year + "-Q" + index;
            case BIMONTH -> year + "-B" + index;
            case MONTH -> String.format("%d-%02d", year, index);
        };
    }

    @Override
    public int compareTo(AuditPeriod o) {
        int c = start().compareTo(o.start());
        return c != 0 ? c : Integer.compare(kind.months(), o.kind.months());
    }

    @Override
    public String toString() {
        return label();
    }
}
