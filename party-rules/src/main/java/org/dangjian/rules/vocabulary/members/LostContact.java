package org.dangjian.rules.vocabulary.members;

import java.time.LocalDate;
import java.util.Objects;
import org.dangjian.model.Membership;
import org.dangjian.rules.vocabulary.MembershipFact;

/**
 * A member out of contact (失联党员) since {@code since}, for {@code months} whole months by
 * {@code asOf}; {@code suspended} when the membership has already been suspended.
 */
public record LostContact(Membership membership, LocalDate since, long months, boolean suspended) implements MembershipFact {

    public LostContact {
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
