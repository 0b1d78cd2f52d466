package org.dangjian.rules.vocabulary.organization;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When an organization's next election (换届) is due: {@code termEnds} is the anniversary of the
 * term's start, {@code deadline} the last day on time once an approved extension is counted
 * ({@code extensionCapped} when the extension was longer than the maximum and counted only up
 * to it). {@code monthsOverdue} counts the months begun since the day after the deadline up to
 * {@code asOf} (0 while the election is not overdue). Made by {@link ElectionTerm#deadline}.
 */
public record ElectionDeadline(String orgId, LocalDate termEnds, LocalDate deadline, boolean extensionCapped,
                               int monthsOverdue) {

    public ElectionDeadline {
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(termEnds, "termEnds");
        Objects.requireNonNull(deadline, "deadline");
    }

    /** Whether the election is overdue on {@code asOf}: the deadline has passed. */
    public boolean overdue() {
        return monthsOverdue > 0;
    }
}
