package org.dangjian.rules.vocabulary.weak;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.model.InspectionCriterion;
import org.dangjian.rules.vocabulary.OrganizationFact;

/**
 * The inspection flags (检查发现) of one criterion on an organization, dated on or before
 * {@code asOf} and after its last accepted rectification ended; {@code dates} sorted, at least
 * one. A flag counts however old (the catalog names no window) unless {@code weak.flagMonths} is
 * set above 0: then only flags of that many months ending at {@code asOf} count:
 * {@code CriterionFlags( latest > CriterionFlags.windowStart($y.asOf, $p.integer("weak.flagMonths")) )}.
 */
public record CriterionFlags(String orgId, InspectionCriterion criterion, List<LocalDate> dates) implements OrganizationFact {

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

    /** The flags that count on {@code asOf} with a window of {@code months} (0: no window). */
    public List<LocalDate> within(LocalDate asOf, int months) {
        return within(dates, asOf, months);
    }

    /**
     * The day before a window of {@code months} months ending at {@code asOf} begins: flags dated
     * after it count (12 months ending at 31 December 2020 begin on 1 January 2020).
     * {@code months} 0 or less means no window: {@link LocalDate#MIN}.
     */
    public static LocalDate windowStart(LocalDate asOf, int months) {
        return months <= 0 ? LocalDate.MIN : asOf.minusMonths(months);
    }

    /** The {@code dates} after {@link #windowStart} and on or before {@code asOf}. */
    public static List<LocalDate> within(List<LocalDate> dates, LocalDate asOf, int months) {
        LocalDate after = windowStart(asOf, months);
        return dates.stream().filter(d -> d.isAfter(after) && !d.isAfter(asOf)).toList();
    }
}
