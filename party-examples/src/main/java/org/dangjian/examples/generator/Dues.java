package org.dangjian.examples.generator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dangjian.model.DuesPayment;
import org.dangjian.model.MembershipStatus;

/**
 * Party dues (党费) month by month from the declared income: 0.5% up to 3000 yuan, 1% to 5000,
 * 1.5% to 10000, 2% above; retirees 0.5% up to 5000 and 1% above; 0.2 yuan without income.
 * Members round up to the next whole yuan.
 */
final class Dues {

    private final Ctx ctx;

    Dues(Ctx ctx) {
        this.ctx = ctx;
    }

    List<DuesPayment> of(Member m) {
        List<DuesPayment> out = new ArrayList<>();
        YearMonth first = YearMonth.from(Dates.max(ctx.yearStart, m.membership.admitted()));
        YearMonth last = YearMonth.from(ctx.asOf);
        if (m.membership.status() == MembershipStatus.SUSPENDED) { // nothing due while suspended
            last = Dates.min(last, YearMonth.from(m.membership.suspendedSince().orElse(ctx.asOf)).minusMonths(1));
        }
        Optional<LocalDate> lost = m.membership.lostContactSince();
        if (lost.isPresent() && m.membership.status() != MembershipStatus.SUSPENDED) {
            last = Dates.min(last, YearMonth.from(lost.get()).minusMonths(1));
        }
        last = last.minusMonths(m.unpaidMonths);
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            // the day paid is left out: the catalog asks only whether a month was paid, and it would add a fifth to the size
            out.add(new DuesPayment(m.id(), month, amount(m, month.getMonthValue() >= m.underpaysFrom), Optional.empty()));
        }
        return out;
    }

    /** The monthly amount, rounded up to a whole yuan above the due; half the due when underpaying. */
    private static double amount(Member m, boolean underpay) {
        if (m.membership.monthlyIncomeYuan().isEmpty()) {
            return 0.2;
        }
        double income = m.membership.monthlyIncomeYuan().getAsDouble();
        double rate = rate(income, m.retired());
        return underpay ? Math.floor(income * rate / 2) : Math.floor(income * rate) + 1;
    }

    static double rate(double income, boolean retired) {
        if (retired) {
            return income <= 5000 ? 0.005 : 0.01;
        }
        return income <= 3000 ? 0.005 : income <= 5000 ? 0.01 : income <= 10000 ? 0.015 : 0.02;
    }
}
