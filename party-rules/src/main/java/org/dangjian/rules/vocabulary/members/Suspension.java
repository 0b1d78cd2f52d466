package org.dangjian.rules.vocabulary.members;

import java.time.LocalDate;
import java.util.Objects;
import org.dangjian.model.Membership;
import org.dangjian.rules.vocabulary.MembershipFact;

/**
 * A suspended membership (停止党籍) since {@code since}, for {@code years} whole years by
 * {@code asOf} (an anniversary counts from its day; 29 February falls on 1 March). Being in the
 * dataset means it has not been removed.
 */
public record Suspension(Membership membership, LocalDate since, long years) implements MembershipFact {

    public Suspension {
        Objects.requireNonNull(membership, "membership");
        Objects.requireNonNull(since, "since");
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
