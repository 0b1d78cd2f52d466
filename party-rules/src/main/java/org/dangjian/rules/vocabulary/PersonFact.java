package org.dangjian.rules.vocabulary;

/**
 * A fact about one person: a partitioned audit gives it to every partition (分区) the person
 * belongs to (their memberships, posts, reserve-cadre pools and contact points), so that a rule
 * joining a post with its holder's fact finds both; a person in none goes to the top.
 */
public interface PersonFact {

    /** The person the fact is about. */
    String personId();
}
