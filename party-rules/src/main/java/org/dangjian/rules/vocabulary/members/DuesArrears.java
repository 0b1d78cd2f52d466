package org.dangjian.rules.vocabulary.members;

import java.util.List;
import java.util.Objects;
import org.dangjian.model.Membership;
import org.dangjian.rules.vocabulary.MembershipFact;

/**
 * Dues in arrears (欠交党费): a member's run of consecutive unpaid months ending at the last
 * month that has ended by {@code asOf}, counted only over months of membership (from the month of
 * admission). A month is paid when any payment names it, whenever it was paid (a late payment
 * counts for the month it names). Only runs of at least one month are facts; suspended members
 * (停止党籍) owe no dues and have none. {@code unpaidMonths} are month labels ({@code 2020-07}),
 * earliest first.
 */
public record DuesArrears(Membership membership, int months, List<String> unpaidMonths) implements MembershipFact {

    public DuesArrears {
        Objects.requireNonNull(membership, "membership");
        unpaidMonths = List.copyOf(unpaidMonths);
    }

    /** The member's person id. */
    public String personId() {
        return membership.personId();
    }

    /** The member's organization. */
    public String organizationId() {
        return membership.organizationId();
    }
}
