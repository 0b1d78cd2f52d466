package org.dangjian.rules.vocabulary.members;

import java.util.List;
import java.util.Objects;
import org.dangjian.model.Membership;
import org.dangjian.rules.vocabulary.MembershipFact;

/**
 * A current member rated UNQUALIFIED (不合格党员) in democratic evaluation and not handled (未处置),
 * with the years of those evaluations (up to the audit year), earliest first: {@code years} those
 * the dataset says were not handled, {@code unknownYears} those it leaves {@code handled} out of
 * (unknown, not "no"). Exists only when one of the two is not empty.
 */
public record UnhandledEvaluations(Membership membership, List<String> years, List<String> unknownYears)
        implements MembershipFact {

    public UnhandledEvaluations {
        Objects.requireNonNull(membership, "membership");
        years = List.copyOf(years);
        unknownYears = List.copyOf(unknownYears);
    }

    /** Whether only evaluations whose handling the dataset leaves out remain: MEM-009 cannot judge. */
    public boolean handlingUnknown() {
        return years.isEmpty() && !unknownYears.isEmpty();
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
