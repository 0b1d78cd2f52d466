package org.dangjian.rules.vocabulary.members;

import java.util.Objects;
import org.dangjian.model.AuditPeriod;
import org.dangjian.model.Membership;
import org.dangjian.rules.Expect;
import org.dangjian.rules.vocabulary.MembershipFact;

/**
 * Dues paid for one month of the audit year below the member's rate (党费交纳标准): the payments
 * naming {@code month} add up to {@code paidYuan}, less than {@code requiredYuan}, the declared
 * monthly income times the rate of its bracket ({@code mem.duesBrackets}, or
 * {@code mem.retiredDuesBrackets} for retirees), rounded to the fen. The bracket is
 * ({@code bracketFrom}, {@code bracketUpTo}]: an income exactly on a bracket's upper bound pays
 * that bracket's rate.
 *
 * <p>Only months that have ended by {@code asOf}, of members with a declared income, and only
 * underpaid months are facts: one fact per member-month would fill a session for little gain.
 */
public record MonthlyDues(
        Membership membership,
        AuditPeriod month,
        double paidYuan,
        double requiredYuan,
        double rate,
        double bracketFrom,
        double bracketUpTo,
        boolean retired) implements MembershipFact {

    public MonthlyDues {
        Objects.requireNonNull(membership, "membership");
        Objects.requireNonNull(month, "month");
    }

    /** The member's person id. */
    public String personId() {
        return membership.personId();
    }

    /** The member's organization. */
    public String organizationId() {
        return membership.organizationId();
    }

    /** The bracket as text: {@code (3000, 5000]}, or {@code > 10000} for the open top bracket. */
    public String bracket() {
        String from = Expect.number(bracketFrom);
        return Double.isInfinite(bracketUpTo) ? "> " + from
                : "(" + from + ", " + Expect.number(bracketUpTo) + "]";
    }
}
