package org.dangjian.rules.vocabulary;

import java.time.LocalDate;
import org.dangjian.model.AuditPeriod;
import org.dangjian.model.PeriodKind;

/**
 * A period of the audit year that a cadence is judged on: every period that ended on or before
 * {@code asOf}, and the year itself while it is not over ({@code complete == false}, which turns
 * its findings into INFO progress).
 */
public record JudgedPeriod(AuditPeriod period, boolean complete) implements DatasetFact {

    public PeriodKind kind() {
        return period.kind();
    }

    public LocalDate start() {
        return period.start();
    }

    public LocalDate end() {
        return period.end();
    }

    public String label() {
        return period.label();
    }
}
