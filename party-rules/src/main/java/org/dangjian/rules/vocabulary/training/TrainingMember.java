package org.dangjian.rules.vocabulary.training;

import java.util.Objects;
import org.dangjian.model.Membership;
import org.dangjian.rules.vocabulary.MembershipFact;

/**
 * A member the training rules judge for the audit year (参训党员): FULL or PROBATIONARY (a
 * probationary member has a full member's duties, 党章 Art. 7), not {@code exempt} (elderly or
 * infirm, 条例 Art. 23), and a member since 1 January of the audit year at the latest (someone
 * admitted during the year is not held to a whole year's hours). TRN-001 judges each one;
 * TRN-002 and TRN-008 count them in {@link SubtreeTraining}.
 */
public record TrainingMember(String personId, Membership membership) implements MembershipFact {

    public TrainingMember {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(membership, "membership");
    }

    /** The organization the membership is held in. */
    public String orgId() {
        return membership.organizationId();
    }
}
