package org.dangjian.rules.facts;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.model.InspectionCriterion;

/**
 * Inspection flags (检查发现) of one criterion on an organization that still count on {@code asOf}:
 * dated in the {@code weak.flagMonths} months ending at {@code asOf}, and after the organization's
 * last accepted rectification ended. {@code dates} sorted, at least one.
 */
public record RecentFlags(String orgId, InspectionCriterion criterion, List<LocalDate> dates) {

    public RecentFlags {
        dates = List.copyOf(dates);
    }

    /** How many flags count. */
    public int count() {
        return dates.size();
    }
}
