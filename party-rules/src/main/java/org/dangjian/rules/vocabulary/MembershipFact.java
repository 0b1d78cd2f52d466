package org.dangjian.rules.vocabulary;

import org.dangjian.model.Membership;

/**
 * A fact about one membership: a partitioned audit gives it to the partition (分区) of the
 * membership's organization.
 */
public interface MembershipFact {

    /** The membership the fact is about. */
    Membership membership();
}
