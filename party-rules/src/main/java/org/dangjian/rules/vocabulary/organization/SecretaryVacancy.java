package org.dangjian.rules.vocabulary.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dangjian.rules.vocabulary.OrganizationFact;

/**
 * The secretary post (书记) of a grassroots organization is vacant (出缺) on {@code asOf}: no
 * SECRETARY post of the organization is in force that day. The vacancy runs from
 * {@code vacantSince}, the day after the last secretary's post ended, or the day the
 * organization was established if it never had one. {@code monthsVacant} counts the months begun
 * from {@code vacantSince} to {@code asOf} (不满一月按一月计), so "vacant longer than 3 months" is
 * {@code monthsVacant > 3}. {@code lastSecretary} holds the last secretary's person id, if any.
 */
public record SecretaryVacancy(String orgId, LocalDate vacantSince, int monthsVacant, List<String> lastSecretary) implements OrganizationFact {

    public SecretaryVacancy {
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(vacantSince, "vacantSince");
        lastSecretary = List.copyOf(lastSecretary);
    }
}
