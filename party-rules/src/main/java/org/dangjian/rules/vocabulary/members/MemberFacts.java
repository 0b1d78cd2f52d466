package org.dangjian.rules.vocabulary.members;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Set;
import java.util.function.Consumer;
import org.dangjian.model.AuditPeriod;
import org.dangjian.model.Dataset;
import org.dangjian.model.DuesPayment;
import org.dangjian.model.EvaluationResult;
import org.dangjian.model.MemberCategory;
import org.dangjian.model.MemberEvaluation;
import org.dangjian.model.Membership;
import org.dangjian.model.MembershipStatus;
import org.dangjian.model.MobileInfo;
import org.dangjian.model.PeriodKind;
import org.dangjian.model.Periods;
import org.dangjian.model.RecordKind;
import org.dangjian.rules.vocabulary.members.DuesArrears;
import org.dangjian.rules.vocabulary.members.IncomeNotDeclared;
import org.dangjian.rules.vocabulary.members.LostContact;
import org.dangjian.rules.vocabulary.members.MobileMember;
import org.dangjian.rules.vocabulary.members.MonthlyDues;
import org.dangjian.rules.vocabulary.Params;
import org.dangjian.rules.vocabulary.members.Suspension;
import org.dangjian.rules.vocabulary.members.UnhandledEvaluations;
import org.dangjian.rules.Parameters;
import org.dangjian.rules.internal.FactDeriver;
import org.dangjian.rules.internal.FactSink;

/**
 * MEM: member management (党员管理). Dues arrears and dues below the rate, lost contact and
 * suspension, mobile members, unhandled unqualified members.
 *
 * <p>Dues are owed for a month once it has ended: the last month judged is that of {@code asOf}
 * when {@code asOf} is its last day, else the month before (as cadences count completed periods).
 * A payment whose {@code paidOn} is after {@code asOf} had not been made as of {@code asOf}.
 */
final class MemberFacts implements FactDeriver {

    static final String DUES_BRACKETS = "mem.duesBrackets";
    static final String RETIRED_DUES_BRACKETS = "mem.retiredDuesBrackets";

    private static final Set<RecordKind> READS = Set.of(
            RecordKind.MEMBERSHIPS, RecordKind.DUES_PAYMENTS, RecordKind.MEMBER_EVALUATIONS);

    @Override
    public Set<RecordKind> reads() {
        return READS;
    }

    @Override
    public void derive(Dataset d, Params params, FactSink out) {
        LocalDate asOf = d.asOf();
        YearMonth lastDue = lastMonthDue(asOf);
        boolean arrears = out.wants(DuesArrears.class);
        // A pack that replaces the built-in one need not define the dues brackets; MEM-003 then has no facts.
        boolean rates = out.wants(MonthlyDues.class) && params.has(DUES_BRACKETS) && params.has(RETIRED_DUES_BRACKETS);
        boolean undeclared = out.wants(IncomeNotDeclared.class);
        boolean contact = out.wants(LostContact.class) || out.wants(Suspension.class);
        boolean mobile = out.wants(MobileMember.class);
        Map<String, Paid> paid = arrears || rates || undeclared ? paidByPerson(d, lastDue, rates || undeclared) : Map.of();
        List<Parameters.Bracket> brackets = rates ? params.brackets(DUES_BRACKETS) : List.of();
        List<Parameters.Bracket> retiredBrackets = rates ? params.brackets(RETIRED_DUES_BRACKETS) : List.of();
        List<AuditPeriod> monthsOfYear = AuditPeriod.allOf(PeriodKind.MONTH, d.auditYear());
        for (Membership m : d.memberships()) {
            Paid months = paid.getOrDefault(m.personId(), Paid.NONE);
            if (arrears) {
                arrears(m, months, lastDue, out);
            }
            if (rates) {
                belowRate(m, months, lastDue, monthsOfYear,
                        m.category() == MemberCategory.RETIRED ? retiredBrackets : brackets, out);
            }
            if (undeclared && m.monthlyIncomeYuan().isEmpty() && months.paidInYear(d.auditYear(), lastDue, YearMonth.from(m.admitted()))) {
                out.accept(new IncomeNotDeclared(m));
            }
            if (contact) {
                contact(m, asOf, out);
            }
            if (mobile) {
                mobile(m, asOf, out);
            }
        }
        if (out.wants(UnhandledEvaluations.class)) {
            unhandledEvaluations(d, out);
        }
    }

    /** The last month whose dues are owed by {@code asOf}: one that has ended. */
    static YearMonth lastMonthDue(LocalDate asOf) {
        YearMonth current = YearMonth.from(asOf);
        return asOf.equals(current.atEndOfMonth()) ? current : current.minusMonths(1);
    }

    /**
     * What each person had paid by asOf (a payment made after asOf had not been): the latest month
     * paid up to the last month due, which is all that arrears need, and, for the rate check, the
     * amounts paid for each month of the audit year, summed in decimal (order-independent).
     */
    private static Map<String, Paid> paidByPerson(Dataset d, YearMonth lastDue, boolean amounts) {
        Map<String, Paid> out = new HashMap<>();
        long last = index(lastDue);
        int year = d.auditYear();
        for (DuesPayment p : d.duesPayments()) {
            if (p.paidOn().isPresent() && p.paidOn().get().isAfter(d.asOf())) {
                continue;
            }
            Paid paid = out.computeIfAbsent(p.personId(), k -> new Paid());
            long month = index(p.month());
            if (month <= last && month > paid.latest) {
                paid.latest = month;
            }
            if (amounts && p.month().getYear() == year) {
                paid.add(p.month().getMonthValue() - 1, p.amountYuan());
            }
        }
        return out;
    }

    private static long index(YearMonth ym) {
        return ym.getYear() * 12L + ym.getMonthValue() - 1;
    }

    /**
     * One person's payments as of asOf. A month's amount is kept as paid (a double) and turned
     * into a decimal only when a second payment for the month must be added or when it is read:
     * a city has millions of payments, and a decimal per payment would outweigh the dataset.
     */
    private static final class Paid {
        static final Paid NONE = new Paid();
        /** The latest month paid, at or before the last month due (as a month index), or none. */
        long latest = Long.MIN_VALUE;
        /** The months of the audit year with a payment kept, one bit each (bit 0 January). */
        private int months;
        /** The single payment of each month of the audit year, where {@link #months} has its bit. */
        private double[] single;
        /** The decimal sum of a month paid more than once (order-independent), else null. */
        private BigDecimal[] sums;

        boolean any() {
            return this != NONE;
        }

        void add(int month, double amountYuan) {
            if (single == null) {
                single = new double[12];
            }
            if ((months & (1 << month)) == 0) {
                months |= 1 << month;
                single[month] = amountYuan;
                return;
            }
            if (sums == null) {
                sums = new BigDecimal[12];
            }
            BigDecimal before = sums[month] != null ? sums[month] : BigDecimal.valueOf(single[month]);
            sums[month] = before.add(BigDecimal.valueOf(amountYuan));
        }

        /**
         * Whether a month of the audit {@code year}, from {@code first} to {@code lastDue}, was paid
         * for: a month MEM-003 would judge, given the income.
         */
        boolean paidInYear(int year, YearMonth lastDue, YearMonth first) {
            for (int i = 0; i < 12; i++) {
                if ((months & (1 << i)) != 0) {
                    YearMonth ym = YearMonth.of(year, i + 1);
                    if (!ym.isAfter(lastDue) && !ym.isBefore(first)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The amount paid for {@code month} (1–12) of the audit year, or null: none. */
        BigDecimal amount(int month) {
            int i = month - 1;
            if ((months & (1 << i)) == 0) {
                return null;
            }
            return sums != null && sums[i] != null ? sums[i] : BigDecimal.valueOf(single[i]);
        }
    }

    /** MEM-001/002: consecutive unpaid months back from {@code lastDue}, not before admission. */
    private static void arrears(Membership m, Paid paid, YearMonth lastDue, Consumer<Object> out) {
        if (m.status() == MembershipStatus.SUSPENDED) {
            return; // no dues while suspended; MEM-004 watches the suspension itself
        }
        // The run ends at lastDue and starts after the latest month paid, at admission at the earliest.
        long from = Math.max(index(YearMonth.from(m.admitted())), paid.latest == Long.MIN_VALUE ? Long.MIN_VALUE : paid.latest + 1);
        long length = index(lastDue) - from + 1;
        if (length > 0) {
            List<String> unpaid = new ArrayList<>((int) length);
            for (YearMonth ym = lastDue.minusMonths(length - 1); !ym.isAfter(lastDue); ym = ym.plusMonths(1)) {
                unpaid.add(ym.toString());
            }
            out.accept(new DuesArrears(m, unpaid.size(), unpaid));
        }
    }

    /** MEM-003: months of the audit year, ended by asOf, paid below the rate of the declared income. */
    private static void belowRate(Membership m, Paid paid, YearMonth lastDue, List<AuditPeriod> periods,
                                  List<Parameters.Bracket> brackets, Consumer<Object> out) {
        int year = periods.get(0).year();
        if (m.monthlyIncomeYuan().isEmpty() || !paid.any()) {
            return;
        }
        double income = m.monthlyIncomeYuan().getAsDouble();
        double from = 0;
        Parameters.Bracket bracket = brackets.get(brackets.size() - 1);
        for (Parameters.Bracket b : brackets) {
            if (income <= b.upTo()) {
                bracket = b;
                break;
            }
            from = b.upTo();
        }
        BigDecimal required = BigDecimal.valueOf(income).multiply(BigDecimal.valueOf(bracket.rate()))
                .setScale(2, RoundingMode.HALF_UP);
        YearMonth first = YearMonth.from(m.admitted());
        for (int month = 1; month <= 12; month++) {
            YearMonth ym = YearMonth.of(year, month);
            BigDecimal amount = paid.amount(month);
            if (amount == null || ym.isAfter(lastDue) || ym.isBefore(first) || amount.compareTo(required) >= 0) {
                continue;
            }
            out.accept(new MonthlyDues(m, periods.get(month - 1),
                    amount.doubleValue(), required.doubleValue(), bracket.rate(), from, bracket.upTo(),
                    m.category() == MemberCategory.RETIRED));
        }
    }

    /** MEM-004: out of contact, and suspended. */
    private static void contact(Membership m, LocalDate asOf, Consumer<Object> out) {
        m.lostContactSince().filter(since -> !since.isAfter(asOf)).ifPresent(since -> out.accept(new LostContact(
                m, since, Periods.monthsBetween(since, asOf),
                m.status() == MembershipStatus.SUSPENDED)));
        if (m.status() == MembershipStatus.SUSPENDED) {
            m.suspendedSince().filter(since -> !since.isAfter(asOf)).ifPresent(since -> out.accept(new Suspension(
                    m, since, Periods.yearsBetween(since, asOf))));
        }
    }

    /** MEM-005/006: mobile members who are away by asOf and not suspended. */
    private static void mobile(Membership m, LocalDate asOf, Consumer<Object> out) {
        if (m.category() != MemberCategory.MOBILE || m.status() == MembershipStatus.SUSPENDED || m.mobile().isEmpty()) {
            return;
        }
        MobileInfo i = m.mobile().get();
        if (i.since().isAfter(asOf)) {
            return;
        }
        boolean evaluated = i.lastEvaluationYear().isPresent() && i.lastEvaluationYear().getAsInt() >= asOf.getYear();
        out.accept(new MobileMember(m, i.since(), Periods.monthsBetween(i.since(), asOf),
                i.fixedPlace(), i.certificate(), i.fileKept(), i.lastEvaluationYear(), evaluated));
    }

    /**
     * MEM-009: UNQUALIFIED evaluations up to the audit year of people still members, not handled
     * (index 0) or with {@code handled} left out (index 1).
     */
    private static void unhandledEvaluations(Dataset d, Consumer<Object> out) {
        Map<String, List<TreeSet<Integer>>> years = new TreeMap<>();
        for (MemberEvaluation e : d.memberEvaluations()) {
            if (e.result() == EvaluationResult.UNQUALIFIED && !e.handled().orElse(false) && e.year() <= d.auditYear()
                    && d.membershipOf(e.personId()).isPresent()) {
                years.computeIfAbsent(e.personId(), k -> List.of(new TreeSet<>(), new TreeSet<>()))
                        .get(e.handled().isPresent() ? 0 : 1).add(e.year());
            }
        }
        years.forEach((personId, ys) -> out.accept(new UnhandledEvaluations(d.membershipOf(personId).get(),
                ys.get(0).stream().map(String::valueOf).toList(), ys.get(1).stream().map(String::valueOf).toList())));
    }
}
