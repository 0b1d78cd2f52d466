package org.dangjian.rules.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The consecutive calendar years, ending with the audit year, in which a community or village
 * organization admitted no new member anywhere in its subtree (未发展党员). Only years the
 * organization existed from 1 January, and years after the one in which its last accepted
 * rectification ended, count. {@code lastAdmitted} is the latest admission on or before
 * {@code asOf}, if any.
 */
public record AdmissionGap(String orgId, List<Integer> years, Optional<LocalDate> lastAdmitted) implements OrganizationFact {

    public AdmissionGap {
        years = List.copyOf(years);
    }

    /** The number of years without admission. */
    public int length() {
        return years.size();
    }
}
