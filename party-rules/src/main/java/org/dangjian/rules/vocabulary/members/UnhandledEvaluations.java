package org.dangjian.rules.vocabulary.members;

import java.util.List;
import java.util.Objects;
import org.dangjian.model.Membership;
import org.dangjian.rules.vocabulary.MembershipFact;

/**
 * A current member rated UNQUALIFIED (不合格党员) in democratic evaluation and not handled (未处置),
 * with the years of those evaluations (up to the audit year), earliest first.
 */
public record UnhandledEvaluations(Membership membership, List<String> years) implements MembershipFact {

    public UnhandledEvaluations {
        Objects.requireNonNull(membership, "membership");
        years = List.copyOf(years);
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
