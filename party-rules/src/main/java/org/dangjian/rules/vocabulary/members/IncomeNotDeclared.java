package org.dangjian.rules.vocabulary.members;

import java.util.Objects;
import org.dangjian.model.Membership;
import org.dangjian.rules.vocabulary.MembershipFact;

/**
 * A member who paid dues for a month of the audit year ended by {@code asOf} but whose monthly
 * income (月收入, {@code monthlyIncomeYuan}) the dataset leaves out: MEM-003 cannot tell the rate
 * owed, so it lists the member as not judged rather than passing or raising.
 */
public record IncomeNotDeclared(Membership membership) implements MembershipFact {

    public IncomeNotDeclared {
        Objects.requireNonNull(membership, "membership");
    }
}
