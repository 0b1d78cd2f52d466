package org.dangjian.rules.vocabulary;

/**
 * A fact a partitioned audit gives to the top partition, with the district and street committees
 * and the host units: a fact about the host units (the units that host party organizations), or
 * one whose rules join the findings of organizations of any partition (the top is given them all).
 */
public interface TopFact {
}
