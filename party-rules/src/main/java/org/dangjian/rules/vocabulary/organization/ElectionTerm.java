package org.dangjian.rules.vocabulary.organization;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.model.Periods;
import org.dangjian.rules.vocabulary.OrganizationFact;

/**
 * The current term (任期) of a grassroots organization that exists on {@code asOf}: it began at
 * the last election ({@code lastElection}) or, if none is recorded, when the organization was
 * established; {@code extendedUntil} is an approved extension (延期换届), if any. The length of a
 * term and the longest extension that counts are thresholds, so the rule asks for the
 * {@link #deadline(int, int) deadline} with them.
 */
public record ElectionTerm(String orgId, LocalDate termStart, boolean elected, Optional<LocalDate> extendedUntil,
                           LocalDate asOf) implements OrganizationFact {

    public ElectionTerm {
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(termStart, "termStart");
        extendedUntil = extendedUntil == null ? Optional.empty() : extendedUntil;
        Objects.requireNonNull(asOf, "asOf");
    }

    /**
     * The last day on which the next election is on time, for terms of {@code termYears} and
     * extensions of at most {@code maxExtensionMonths}: the term's anniversary, or the approved
     * extension's end if later. An extension longer than the maximum counts up to the maximum
     * (the approval cannot grant more); one ending before the anniversary belongs to an earlier
     * term and is ignored.
     */
    public ElectionDeadline deadline(int termYears, int maxExtensionMonths) {
        LocalDate due = Periods.yearsLater(termStart, termYears);
        LocalDate cap = Periods.monthsLater(due, maxExtensionMonths);
        LocalDate deadline = due;
        boolean capped = false;
        if (extendedUntil.isPresent() && extendedUntil.get().isAfter(due)) {
            capped = extendedUntil.get().isAfter(cap);
            deadline = capped ? cap : extendedUntil.get();
        }
        int overdue = (int) Periods.monthsBegun(deadline.plusDays(1), asOf);
        return new ElectionDeadline(orgId, due, deadline, capped, overdue);
    }
}
