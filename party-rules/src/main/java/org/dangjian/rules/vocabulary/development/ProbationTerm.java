package org.dangjian.rules.vocabulary.development;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.model.Membership;
import org.dangjian.model.Periods;
import org.kie.api.definition.type.ClassReactive;
import org.dangjian.rules.vocabulary.MembershipFact;

/**
 * A probationary member's probation (预备期), derived for every PROBATIONARY membership: admitted
 * on {@code admitted}, perhaps extended until {@code extendedUntil} (延长预备期). DEV-004 asks
 * when it ends, with its own lengths.
 */
// Rules call its methods with thresholds as arguments, which property reactivity cannot follow;
// the fact is immutable, so class reactivity costs nothing and keeps Drools from warning.
@ClassReactive
public record ProbationTerm(Membership membership, LocalDate admitted, Optional<LocalDate> extendedUntil) implements MembershipFact {

    public ProbationTerm {
        Objects.requireNonNull(membership, "membership");
        Objects.requireNonNull(admitted, "admitted");
        extendedUntil = extendedUntil == null ? Optional.empty() : extendedUntil;
    }

    /** The probation of a membership. */
    public static ProbationTerm of(Membership m) {
        return new ProbationTerm(m, m.admitted(), m.probationExtendedUntil());
    }

    public String personId() {
        return membership.personId();
    }

    /** The end of the regular probation: {@code months} after admission. */
    public LocalDate regularEnd(int months) {
        return Periods.monthsLater(admitted, months);
    }

    /**
     * The last day of probation: the regular end, or the extension's end when one runs past it.
     * An extension counts as approved up to {@code maxExtensionMonths} beyond the regular end
     * (细则 Art. 32 allows at most a year); one shorter than the six months Art. 32 asks for is
     * still taken as given, since it ends sooner and the member is overdue from its end.
     */
    public LocalDate end(int months, int maxExtensionMonths) {
        LocalDate regular = regularEnd(months);
        if (extendedUntil.isEmpty() || !extendedUntil.get().isAfter(regular)) {
            return regular;
        }
        LocalDate cap = Periods.monthsLater(regular, maxExtensionMonths);
        return extendedUntil.get().isAfter(cap) ? cap : extendedUntil.get();
    }

    /** Whole days from the end of probation to {@code asOf} (0 if not yet past). */
    public long daysOverdue(LocalDate asOf, int months, int maxExtensionMonths) {
        return Math.max(0, ChronoUnit.DAYS.between(end(months, maxExtensionMonths), asOf));
    }
}
