package org.dangjian.rules.vocabulary.weak;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dangjian.model.AuditPeriod;
import org.dangjian.rules.vocabulary.OrganizationFact;

/**
 * The consecutive calendar years, ending with the audit year, in which a community or village
 * organization admitted no new member anywhere in its subtree (未发展党员). Only years the
 * organization existed from 1 January, and years after the one in which its last accepted
 * rectification ended, count. {@code lastAdmitted} is the latest admission on or before
 * {@code asOf}, if any. Before 31 December the audit year is counted as far as it has gone (no
 * admission so far); {@code completedYears} are the years of the run that have ended by
 * {@code asOf}: all of them on 31 December, the audit year left out before.
 */
public record AdmissionGap(String orgId, List<Integer> years, List<Integer> completedYears,
                           Optional<LocalDate> lastAdmitted) implements OrganizationFact {

    public AdmissionGap {
        years = List.copyOf(years);
        completedYears = List.copyOf(completedYears);
    }

    /** The number of years without admission, the audit year so far included. */
    public int length() {
        return years.size();
    }

    /** The number of completed years without admission. */
    public int completedLength() {
        return completedYears.size();
    }

    /** The last completed year of the run, as a period (the run judged); empty if none has ended. */
    public Optional<AuditPeriod> lastCompleted() {
        return completedYears.isEmpty() ? Optional.empty()
                : Optional.of(AuditPeriod.year(completedYears.get(completedYears.size() - 1)));
    }
}
