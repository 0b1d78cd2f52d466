package org.dangjian.rules.vocabulary.life;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dangjian.rules.vocabulary.OrganizationFact;

/**
 * A member's absence from organizational life (不参加组织生活), as far as the dataset proves it:
 * since {@code absentSince} up to {@code asOf}, the member attended no activity of their
 * organization (the one their membership is in, with its party groups), every activity there in
 * that span recorded its attendees ({@code missed}: their ids, sorted, at least one), and
 * {@code monthsAbsent} whole months have passed. {@code absentSince} is the latest of: admission,
 * the organization's establishment, the date of its first activity in the dataset (before it the
 * records say nothing), the day after the member's last recorded attendance ({@code lastAttended},
 * if any), and the day after the organization's last activity without an attendance record.
 * Derived for members, not suspended and not exempt, absent at least a whole month.
 */
public record MemberAbsence(String personId, String orgId, LocalDate absentSince, List<LocalDate> lastAttended,
                            int monthsAbsent, List<String> missed) implements OrganizationFact {

    public MemberAbsence {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(absentSince, "absentSince");
        lastAttended = List.copyOf(lastAttended);
        missed = List.copyOf(missed);
    }
}
