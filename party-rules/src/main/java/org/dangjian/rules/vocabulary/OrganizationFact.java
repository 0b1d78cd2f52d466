package org.dangjian.rules.vocabulary;

/**
 * A fact about one organization: a partitioned audit gives it to the partition (分区) of that
 * organization's subtree. A record with an {@code orgId} component implements this by saying so.
 */
public interface OrganizationFact {

    /** The organization the fact is about. */
    String orgId();
}
