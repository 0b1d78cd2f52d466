package org.dangjian.rules.facts;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.model.InspectionCriterion;

/**
 * The inspection flags (检查发现) of one criterion on an organization, dated on or before
 * {@code asOf} and after its last accepted rectification ended; {@code dates} sorted, at least
 * one. A rule counts those within the flag window, the {@code weak.flagMonths} months ending at
 * {@code asOf}: {@code CriterionFlags( latest > $y.asOf.minusMonths($p.integer("weak.flagMonths")) )}.
 */
public record CriterionFlags(String orgId, InspectionCriterion criterion, List<LocalDate> dates) {

    public CriterionFlags {
        dates = List.copyOf(dates);
        if (dates.isEmpty()) {
            throw new IllegalArgumentException("no flag dates");
        }
    }

    /** The latest flag's date. */
    public LocalDate latest() {
        return dates.get(dates.size() - 1);
    }

    /** The flags dated in the {@code months} months ending at {@code asOf}. */
    public List<LocalDate> within(LocalDate asOf, int months) {
        return within(dates, asOf, months);
    }

    /**
     * The {@code dates} in the {@code months} months ending at {@code asOf}: after {@code asOf}
     * minus {@code months}, on or before {@code asOf} (12 months ending at 31 December 2020 begin
     * on 1 January 2020).
     */
    public static List<LocalDate> within(List<LocalDate> dates, LocalDate asOf, int months) {
        LocalDate after = asOf.minusMonths(months);
        return dates.stream().filter(d -> d.isAfter(after) && !d.isAfter(asOf)).toList();
    }
}
