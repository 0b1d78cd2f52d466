package org.dangjian.rules.vocabulary.example;

import org.dangjian.rules.vocabulary.OrganizationFact;

/** A derived fact as a new one is written: a public record of its area, saying its partition key. */
public record ExampleCount(String orgId, int count) implements OrganizationFact {
}
