package org.dangjian.rules.vocabulary;

/**
 * A fact about the host units (the units that host party organizations): a partitioned audit
 * gives it to the top partition, with the district and street committees and the host units.
 */
public interface TopFact {
}
