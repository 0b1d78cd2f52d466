package org.dangjian.rules.vocabulary.members;

import org.dangjian.rules.internal.AsOfMove;
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
import org.dangjian.model.Tables;
import org.dangjian.rules.vocabulary.members.DuesArrears;
import org.dangjian.rules.vocabulary.members.IncomeNotDeclared;
import org.dangjian.rules.vocabulary.members.LostContact;
import org.dangjian.rules.vocabulary.members.MobileMember;
import org.dangjian.rules.vocabulary.members.MonthlyDues;
import org.dangjian.rules.vocabulary.Params;
import org.dangjian.rules.vocabulary.members.Suspension;
import org.dangjian.rules.vocabulary.members.UnhandledEvaluations;
import org.dangjian.rules.Parameters;
import org.dangjian.rules.internal.KeyedDeriver;
import org.dangjian.rules.internal.FactSink;

/**
 * MEM: member management (党员管理). Dues arrears and dues below the rate, lost contact and
 * suspension, mobile members, unhandled unqualified members.
 *
 * <p>Dues are owed for a month once it has ended: the last month judged is that of {@code asOf}
 * when {@code asOf} is its last day, else the month before (as cadences count completed periods).
 * A payment whose {@code paidOn} is after {@code asOf} had not been made as of {@code asOf}.
 */
final class MemberFacts implements KeyedDeriver {

    static final String DUES_BRACKETS = "mem.duesBrackets";
    static final String RETIRED_DUES_BRACKETS = "mem.retiredDuesBrackets";

    private static final Set<RecordKind> READS = Set.of(
            RecordKind.MEMBERSHIPS, RecordKind.DUES_PAYMENTS, RecordKind.MEMBER_EVALUATIONS);

    @Override
    public Set<RecordKind> reads() {
        return READS;
    }

    /**
     * The whole pass: every person's payments gathered in one pass over the dues, then the facts
     * of each membership and of each person's evaluations derived as {@link #derive(Dataset, Params, Object, FactSink)}
     * derives them for one person.
     */
    @Override
    public void derive(Dataset d, Params params, FactSink out) {
        Context c = new Context(d, params, out);
        Map<String, Paid> paid = c.paid ? paidByPerson(d, c) : Map.of();
        for (Membership m : d.memberships()) {
            facts(m, paid.getOrDefault(m.personId(), Paid.NONE), c, out);
        }
        if (c.unhandled) {
            Map<String, List<TreeSet<Integer>>> years = new TreeMap<>();
            for (MemberEvaluation e : d.memberEvaluations()) {
                if (unhandled(e, d)) {
                    add(years.computeIfAbsent(e.personId(), k -> years()), e);
                }
            }
            years.forEach((personId, ys) -> unhandledEvaluations(d, personId, ys, out));
        }
    }

    /** Keyed by person: a person's memberships, payments and evaluations give their facts. */
    @Override
    public KeyedDeriver.Live live(Dataset dataset) {
        return new ByPerson(dataset);
    }

    /** What every person's facts read of the parameters, the date and the demand: worked out once. */
    private static final class Context {
        final Dataset d;
        final LocalDate asOf;
        final YearMonth lastDue;
        final long last;
        final boolean arrears;
        final boolean rates;
        final boolean undeclared;
        final boolean contact;
        final boolean mobile;
        final boolean unhandled;
        final boolean paid;
        final List<Parameters.Bracket> brackets;
        final List<Parameters.Bracket> retiredBrackets;
        final List<AuditPeriod> monthsOfYear;

        Context(Dataset d, Params params, FactSink out) {
            this.d = d;
            asOf = d.asOf();
            lastDue = lastMonthDue(asOf);
            last = index(lastDue);
            arrears = out.wants(DuesArrears.class);
            // A pack that replaces the built-in one need not define the dues brackets; MEM-003 then has no facts.
            rates = out.wants(MonthlyDues.class) && params.has(DUES_BRACKETS) && params.has(RETIRED_DUES_BRACKETS);
            undeclared = out.wants(IncomeNotDeclared.class);
            contact = out.wants(LostContact.class) || out.wants(Suspension.class);
            mobile = out.wants(MobileMember.class);
            unhandled = out.wants(UnhandledEvaluations.class);
            paid = arrears || rates || undeclared;
            brackets = rates ? params.brackets(DUES_BRACKETS) : List.of();
            retiredBrackets = rates ? params.brackets(RETIRED_DUES_BRACKETS) : List.of();
            monthsOfYear = AuditPeriod.allOf(PeriodKind.MONTH, d.auditYear());
        }

        /**
         * {@code from}'s for another dataset {@code d} of the same {@code asOf}: what was worked
         * out from the parameters and the date is kept (a live change gives a new dataset at every
         * change, and parsing the dues brackets again was a part of each dues payment's cost).
         */
        Context(Context from, Dataset d) {
            this.d = d;
            asOf = from.asOf;
            lastDue = from.lastDue;
            last = from.last;
            arrears = from.arrears;
            rates = from.rates;
            undeclared = from.undeclared;
            contact = from.contact;
            mobile = from.mobile;
            unhandled = from.unhandled;
            paid = from.paid;
            brackets = from.brackets;
            retiredBrackets = from.retiredBrackets;
            monthsOfYear = from.monthsOfYear;
        }

        /** Whether the amounts of each month are needed, not only the latest month paid. */
        boolean amounts() {
            return rates || undeclared;
        }
    }

    /** The facts of one membership, given what its person had paid. */
    private static void facts(Membership m, Paid months, Context c, Consumer<Object> out) {
        if (c.arrears) {
            arrears(m, months, c.lastDue, out);
        }
        if (c.rates) {
            belowRate(m, months, c.lastDue, c.monthsOfYear,
                    m.category() == MemberCategory.RETIRED ? c.retiredBrackets : c.brackets, out);
        }
        if (c.undeclared && m.monthlyIncomeYuan().isEmpty()
                && months.paidInYear(c.d.auditYear(), c.lastDue, YearMonth.from(m.admitted()))) {
            out.accept(new IncomeNotDeclared(m));
        }
        if (c.contact) {
            contact(m, c.asOf, out);
        }
        if (c.mobile) {
            mobile(m, c.asOf, out);
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
    private static Map<String, Paid> paidByPerson(Dataset d, Context c) {
        Map<String, Paid> out = new HashMap<>();
        Tables.Dues t = d.duesTable();
        for (int i = 0, n = t.size(); i < n; i++) {
            pay(out.computeIfAbsent(t.personId(i), k -> new Paid()), t.monthIndex(i), t.amountYuan(i),
                    t.hasPaidOn(i) ? t.paidOnEpochDay(i) : NOT_DATED, c);
        }
        return out;
    }

    /** {@code paidOn} of a payment that gives none, as an epoch day. */
    private static final long NOT_DATED = Long.MIN_VALUE;

    /** Adds a payment (month index, amount, epoch day paid or {@link #NOT_DATED}) to what a person had paid by asOf. */
    private static void pay(Paid paid, long month, double amountYuan, long paidOn, Context c) {
        if (paidOn != NOT_DATED && paidOn > c.asOf.toEpochDay()) {
            return;
        }
        if (month <= c.last && month > paid.latest) {
            paid.latest = month;
        }
        if (c.amounts() && Math.floorDiv(month, 12) == c.d.auditYear()) {
            paid.add((int) Math.floorMod(month, 12), amountYuan);
        }
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

    /** MEM-009: an UNQUALIFIED evaluation up to the audit year, not handled, of a person still a member. */
    private static boolean unhandled(MemberEvaluation e, Dataset d) {
        return e.result() == EvaluationResult.UNQUALIFIED && !e.handled().orElse(false) && e.year() <= d.auditYear()
                && d.membershipOf(e.personId()).isPresent();
    }

    /** The years of a person's evaluations not handled (index 0) and with {@code handled} left out (index 1). */
    private static List<TreeSet<Integer>> years() {
        return List.of(new TreeSet<>(), new TreeSet<>());
    }

    private static void add(List<TreeSet<Integer>> years, MemberEvaluation e) {
        years.get(e.handled().isPresent() ? 0 : 1).add(e.year());
    }

    private static void unhandledEvaluations(Dataset d, String personId, List<TreeSet<Integer>> ys, Consumer<Object> out) {
        out.accept(new UnhandledEvaluations(d.membershipOf(personId).get(),
                ys.get(0).stream().map(String::valueOf).toList(), ys.get(1).stream().map(String::valueOf).toList()));
    }

    /**
     * A live audit's payments and evaluations by person. Payments are kept as their month, amount
     * and day paid only (a city has millions; records would outweigh the dataset's columns).
     */
    private static final class ByPerson implements KeyedDeriver.Live {
        // A person's dues are read through the dataset's index of them (no copy: a live audit of a
        // million members kept 400 MB of payments by person).
        private final Map<String, List<MemberEvaluation>> evaluations = new HashMap<>();
        /** The context of the last derivation (the sink's demand is the session's, fixed). */
        private Context context;
        private Params contextParams;

        ByPerson(Dataset d) {
            d.memberEvaluations().forEach(this::added);
        }

        @Override
        public void keys(Dataset d, Consumer<Object> out) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Membership m : d.memberships()) {
                if (seen.add(m.personId())) {
                    out.accept(m.personId());
                }
            }
        }

        @Override
        public void touched(Dataset d, Object record, Consumer<Object> out) {
            if (record instanceof DuesPayment p) {
                out.accept(p.personId());
            } else if (record instanceof Membership m) {
                out.accept(m.personId());
            } else if (record instanceof MemberEvaluation e) {
                out.accept(e.personId());
            }
        }

        @Override
        public void derive(Dataset d, Params params, Object key, FactSink out) {
            String personId = (String) key;
            List<Membership> memberships = d.membershipsOfPerson(personId);
            if (memberships.isEmpty()) {
                return; // a person's facts are those of their memberships
            }
            // Worked out once per asOf: a change derives a person or two (in a new dataset), opening every one.
            if (context == null || contextParams != params || !context.asOf.equals(d.asOf())) {
                context = new Context(d, params, out);
                contextParams = params;
            } else if (context.d != d) {
                context = new Context(context, d);
            }
            Context c = context;
            Paid paid = Paid.NONE;
            Tables.Rows rows = c.paid ? d.duesRowsOf(personId) : null;
            if (rows != null && rows.size() > 0) {
                paid = new Paid();
                Tables.Dues t = d.duesTable();
                for (int k = 0; k < rows.size(); k++) {
                    int i = rows.at(k);
                    pay(paid, t.monthIndex(i), t.amountYuan(i), t.hasPaidOn(i) ? t.paidOnEpochDay(i) : NOT_DATED, c);
                }
            }
            for (Membership m : memberships) {
                facts(m, paid, c, out);
            }
            if (c.unhandled) {
                List<TreeSet<Integer>> years = null;
                for (MemberEvaluation e : evaluations.getOrDefault(personId, List.of())) {
                    if (unhandled(e, d)) {
                        years = years == null ? years() : years;
                        add(years, e);
                    }
                }
                if (years != null) {
                    unhandledEvaluations(d, personId, years, out);
                }
            }
        }

        @Override
        public void added(Object record) {
            if (record instanceof MemberEvaluation e) {
                evaluations.computeIfAbsent(e.personId(), k -> new ArrayList<>(1)).add(e);
            }
        }

        @Override
        public void removed(Object record) {
            if (record instanceof MemberEvaluation e) {
                List<MemberEvaluation> list = evaluations.get(e.personId());
                if (list != null && list.remove(e) && list.isEmpty()) {
                    evaluations.remove(e.personId());
                }
            }
        }

        /**
         * A move of asOf inside the year. When a month ended between the days the months owed
         * moved on: every person (their arrears run to the last month due, their months below the
         * rate and undeclared income to it). Else the people with a payment made between the days,
         * and the members whose months out of contact or away, or years suspended, differ on the
         * two days (or who lost contact, were suspended or went away between them).
         */
        @Override
        public boolean movedKeys(Dataset d, AsOfMove move, Consumer<Object> out) {
            if (!lastMonthDue(move.from()).equals(lastMonthDue(move.to()))) {
                return false;
            }
            java.util.Set<String> people = new java.util.HashSet<>();
            Tables.Dues t = d.duesTable();
            for (int i = 0, n = t.size(); i < n; i++) {
                if (t.hasPaidOn(i) && move.counted(t.paidOnEpochDay(i))) {
                    people.add(t.personId(i));
                }
            }
            for (Membership m : d.memberships()) {
                if (!people.contains(m.personId()) && (contactMoved(m, move) || mobileMoved(m, move))) {
                    people.add(m.personId());
                }
            }
            people.forEach(out);
            return true;
        }

        private static boolean contactMoved(Membership m, AsOfMove move) {
            boolean lost = m.lostContactSince()
                    .map(since -> move.differs(a -> since.isAfter(a) ? -1 : Periods.monthsBetween(since, a)))
                    .orElse(false);
            return lost || m.status() == MembershipStatus.SUSPENDED && m.suspendedSince()
                    .map(since -> move.differs(a -> since.isAfter(a) ? -1 : Periods.yearsBetween(since, a)))
                    .orElse(false);
        }

        private static boolean mobileMoved(Membership m, AsOfMove move) {
            return m.category() == MemberCategory.MOBILE && m.mobile().map(i -> move.differs(
                    a -> i.since().isAfter(a) ? -1 : Periods.monthsBetween(i.since(), a))).orElse(false);
        }
    }
}
