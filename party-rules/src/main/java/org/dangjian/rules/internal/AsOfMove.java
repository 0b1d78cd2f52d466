package org.dangjian.rules.internal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.dangjian.model.AuditPeriod;
import org.dangjian.model.Organization;
import org.dangjian.model.Periods;

/**
 * A move of {@code asOf} (截止日期) inside one audit year, from {@code from} to {@code to} (either
 * way): what a keyed deriver asks to name the keys whose facts the move can change
 * ({@link KeyedDeriver.Live#movedKeys}). Each test compares what a fact reads of {@code asOf} on
 * both days, so that a key left out is one whose facts are the same on both.
 */
public record AsOfMove(LocalDate from, LocalDate to) {

    public AsOfMove {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** The earlier of the two days. */
    public LocalDate low() {
        return from.isBefore(to) ? from : to;
    }

    /** The later of the two days. */
    public LocalDate high() {
        return from.isBefore(to) ? to : from;
    }

    /** Whether a record dated {@code day} is counted "up to asOf" on one day and not on the other. */
    public boolean counted(LocalDate day) {
        return day.isAfter(low()) && !day.isAfter(high());
    }

    /** The same for a day given as an epoch day. */
    public boolean counted(long epochDay) {
        return epochDay > low().toEpochDay() && epochDay <= high().toEpochDay();
    }

    /**
     * Whether a period ending on {@code end} has ended by one day and not by the other (ended on
     * {@code asOf}: its end is on or before it, as {@code Periods.completed} judges).
     */
    public boolean ended(LocalDate end) {
        return counted(end);
    }

    /** Whether some month ends between the two days: each month-long duration and monthly period moves on. */
    public boolean monthEnded() {
        return !java.time.YearMonth.from(low()).equals(java.time.YearMonth.from(high()))
                || high().equals(java.time.YearMonth.from(high()).atEndOfMonth());
    }

    /** Whether {@code p} has ended by one day and not by the other. */
    public boolean ended(AuditPeriod p) {
        return ended(p.end());
    }

    /** Whether what {@code f} reads of {@code asOf} differs between the two days. */
    public <T> boolean differs(Function<LocalDate, T> f) {
        return !Objects.equals(f.apply(from), f.apply(to));
    }

    /** Whether something in force from {@code start} to an optional {@code end} is so on one day only. */
    public boolean inForceDiffers(LocalDate start, Optional<LocalDate> end) {
        return Periods.inForce(start, end, from) != Periods.inForce(start, end, to);
    }

    /** Whether {@code o} exists on one day only. */
    public boolean existsDiffers(Organization o) {
        return OrgKinds.exists(o, from) != OrgKinds.exists(o, to);
    }
}
