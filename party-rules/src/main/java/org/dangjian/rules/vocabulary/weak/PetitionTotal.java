package org.dangjian.rules.vocabulary.weak;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.rules.vocabulary.OrganizationFact;

/**
 * Petitions (信访) concerning an organization in the 12 months ending at {@code asOf}
 * ({@code from} to {@code to}, both inclusive), counted after its last accepted rectification
 * ended: {@code total} is the sum of the records' counts, {@code byDate} lists {@code date:count}.
 * Exists only when the total is above zero.
 */
public record PetitionTotal(String orgId, LocalDate from, LocalDate to, int total, List<String> byDate) implements OrganizationFact {

    public PetitionTotal {
        byDate = List.copyOf(byDate);
    }
}
