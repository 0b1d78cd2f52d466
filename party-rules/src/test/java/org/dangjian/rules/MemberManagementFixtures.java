package org.dangjian.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.dangjian.model.DuesPayment;
import org.dangjian.model.EvaluationResult;
import org.dangjian.model.MemberCategory;
import org.dangjian.model.MemberEvaluation;
import org.dangjian.model.Membership;
import org.dangjian.model.MembershipStatus;
import org.dangjian.model.MobileInfo;

/** Builders for MEM tests: memberships with the fields member management reads, dues, evaluations. */
final class MemberManagementFixtures {

    private MemberManagementFixtures() {
    }

    /** A full member of {@code orgId} since 2010, category DIRECT; change what the test is about. */
    static MemberBuilder membership(String personId, String orgId) {
        return new MemberBuilder(personId, orgId);
    }

    /** A payment for {@code month} with no payment date. */
    static DuesPayment dues(String personId, YearMonth month, double amount) {
        return new DuesPayment(personId, month, amount, Optional.empty());
    }

    /** A payment for {@code month} made on {@code paidOn}. */
    static DuesPayment dues(String personId, YearMonth month, double amount, LocalDate paidOn) {
        return new DuesPayment(personId, month, amount, Optional.of(paidOn));
    }

    /** One payment of {@code amount} for every month from {@code from} to {@code to}, both included. */
    static List<DuesPayment> duesFor(String personId, YearMonth from, YearMonth to, double amount) {
        List<DuesPayment> out = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            out.add(dues(personId, m, amount));
        }
        return out;
    }

    /** Mobile information; a flag given as {@code null} is left out (unknown). */
    static MobileInfo mobile(LocalDate since, Boolean fixedPlace, Boolean certificate, Boolean fileKept,
                             Integer lastEvaluationYear) {
        return new MobileInfo(since, Optional.ofNullable(fixedPlace), Optional.ofNullable(certificate),
                Optional.ofNullable(fileKept),
                lastEvaluationYear == null ? OptionalInt.empty() : OptionalInt.of(lastEvaluationYear));
    }

    /** A democratic evaluation; {@code handled} given as {@code null} is left out (unknown). */
    static MemberEvaluation evaluation(String personId, int year, EvaluationResult result, Boolean handled) {
        return new MemberEvaluation(personId, year, result, Optional.ofNullable(handled));
    }

    /** Records of mixed kinds as one array for {@code given(...)}. */
    static Object[] all(Object... parts) {
        List<Object> out = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof List<?> l) {
                out.addAll(l);
            } else {
                out.add(p);
            }
        }
        return out.toArray();
    }

    /** A membership under construction. */
    static final class MemberBuilder {
        private final String personId;
        private final String orgId;
        private MembershipStatus status = MembershipStatus.FULL;
        private LocalDate admitted = Fixtures.LONG_AGO;
        private MemberCategory category = MemberCategory.DIRECT;
        private Optional<LocalDate> lostContactSince = Optional.empty();
        private Optional<LocalDate> suspendedSince = Optional.empty();
        private OptionalDouble income = OptionalDouble.empty();
        private Optional<MobileInfo> mobile = Optional.empty();
        private Optional<String> reportedTo = Optional.empty();

        private MemberBuilder(String personId, String orgId) {
            this.personId = personId;
            this.orgId = orgId;
        }

        MemberBuilder admitted(LocalDate date) {
            this.admitted = date;
            return this;
        }

        MemberBuilder status(MembershipStatus s) {
            this.status = s;
            return this;
        }

        MemberBuilder suspendedSince(LocalDate date) {
            this.status = MembershipStatus.SUSPENDED;
            this.suspendedSince = Optional.of(date);
            return this;
        }

        MemberBuilder category(MemberCategory c) {
            this.category = c;
            return this;
        }

        MemberBuilder income(double yuan) {
            this.income = OptionalDouble.of(yuan);
            return this;
        }

        MemberBuilder lostContactSince(LocalDate date) {
            this.lostContactSince = Optional.of(date);
            return this;
        }

        MemberBuilder mobile(MobileInfo info) {
            this.category = MemberCategory.MOBILE;
            this.mobile = Optional.of(info);
            return this;
        }

        MemberBuilder reportedTo(String communityId) {
            this.reportedTo = Optional.of(communityId);
            return this;
        }

        Membership build() {
            return new Membership(personId, orgId, status, admitted, Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), OptionalDouble.empty(), category, Optional.empty(), false,
                    lostContactSince, suspendedSince, income, mobile, reportedTo);
        }
    }
}
