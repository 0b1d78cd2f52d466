package org.dangjian.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * A payment of party dues (党费) for one month.
 *
 * <p>Required fields are never null; optional fields of the dataset contract are {@code Optional}s,
 * and an optional flag that is absent is {@code false}.
 */
public record DuesPayment(
        String personId,
        YearMonth month,
        double amountYuan,
        Optional<LocalDate> paidOn) {

    public DuesPayment {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(month, "month");
        paidOn = paidOn == null ? Optional.empty() : paidOn;
    }
}
