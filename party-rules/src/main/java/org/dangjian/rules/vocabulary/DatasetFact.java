package org.dangjian.rules.vocabulary;

/**
 * A fact of the whole audit (the parameters, the audit year, the judged periods, the cadence
 * rows): every partition (分区) of a partitioned audit holds it.
 *
 * <p>A fact that implements none of {@link OrganizationFact}, {@link MembershipFact},
 * {@link PersonFact}, {@link TopFact} or this goes to every partition too (a rule reading it
 * alone then raises the same finding in each, which the merge keeps once); a test lists the
 * derived facts that say nothing, so that none does by oversight.
 */
public interface DatasetFact {
}
