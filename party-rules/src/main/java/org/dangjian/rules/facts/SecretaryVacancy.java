package org.dangjian.rules.facts;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The secretary post (书记) of a grassroots organization is vacant (出缺) on {@code asOf}: no
 * SECRETARY post is in force that day. The vacancy runs from {@code vacantSince}: the day after the
 * last secretary's post ended, or the day the organization was established if it never had one.
 *
 * <p>{@code monthsVacant} counts the months the vacancy has begun: 3 for a vacancy from 1 October
 * to 31 December (exactly three months), 4 from 30 September (three months and two days). A
 * vacancy is longer than N months exactly when {@code monthsVacant > N}.
 */
public record SecretaryVacancy(String orgId, LocalDate vacantSince, int monthsVacant, Optional<String> lastSecretaryId) {

    /** The months of a vacancy from {@code since} to {@code asOf} (both inclusive), a begun month counting whole. */
    public static int monthsBegun(LocalDate since, LocalDate asOf) {
        int m = 0;
        // plusMonths clamps to month ends (31 Jan + 1 month = 29 Feb), so step rather than divide.
        while (!since.plusMonths(m).isAfter(asOf)) {
            m++;
        }
        return m;
    }
}
