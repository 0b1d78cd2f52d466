package org.dangjian.rules.vocabulary;

import java.time.LocalDate;
import org.dangjian.model.AuditPeriod;

/**
 * The audit year (审计年度): the calendar year of {@code asOf}. {@code complete} when {@code asOf}
 * is 31 December; before that, annual requirements give INFO progress findings.
 */
public record AuditYear(int year, LocalDate asOf, boolean complete) implements DatasetFact {

    /** The whole audit year as a period, labelled {@code 2020}. */
    public AuditPeriod period() {
        return AuditPeriod.year(year);
    }

    /** 1 January of the audit year. */
    public LocalDate start() {
        return LocalDate.of(year, 1, 1);
    }

    /** 31 December of the audit year. */
    public LocalDate end() {
        return LocalDate.of(year, 12, 31);
    }
}
