package org.dangjian.rules.vocabulary.life;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.dangjian.model.AuditPeriod;
import org.dangjian.rules.vocabulary.OrganizationFact;

/**
 * The theme party days (主题党日, activities of type THEME_PARTY_DAY) an organization held in one
 * month of the audit year up to {@code asOf}: their dates and activity ids (sorted). Derived only
 * for months with at least one; a month with none is LIFE-005's.
 */
public record ThemeDays(String orgId, AuditPeriod month, List<LocalDate> dates, List<String> activityIds) implements OrganizationFact {

    public ThemeDays {
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(month, "month");
        dates = List.copyOf(dates);
        activityIds = List.copyOf(activityIds);
    }

    /** The month as a {@code YearMonth}. */
    public YearMonth yearMonth() {
        return YearMonth.of(month.year(), month.index());
    }

    /** The dates held, as text ({@code 2020-03-05, 2020-03-19}). */
    public String datesText() {
        return String.join(", ", dates.stream().map(LocalDate::toString).toList());
    }
}
