package org.dangjian.rules.vocabulary.life;

import java.util.List;
import java.util.Objects;
import org.dangjian.model.AuditPeriod;
import org.dangjian.rules.vocabulary.OrganizationFact;

/**
 * Participation in volunteer service (志愿服务参与率) of a grassroots organization's members in the
 * audit year up to {@code asOf}. {@code members}: the members of its subtree (FULL and
 * PROBATIONARY), leaving out those flagged {@code exempt}; {@code participants}: those of them who
 * attended at least one VOLUNTEER_SERVICE activity (of any organization). Person ids, sorted.
 *
 * <p>Derived only where it can be known: the organization has members, and every volunteer
 * activity of its subtree in the year records its attendees.
 */
public record VolunteerParticipation(String orgId, AuditPeriod year, List<String> participants, List<String> members) implements OrganizationFact {

    public VolunteerParticipation {
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(year, "year");
        participants = List.copyOf(participants);
        members = List.copyOf(members);
    }

    /** The exact share {@code participants / members} (compare this, not the rounded {@link #shown()}). */
    public double rate() {
        return members.isEmpty() ? 0 : (double) participants.size() / members.size();
    }

    /** The share rounded to four places, for the report. */
    public double shown() {
        return org.dangjian.rules.Expect.share(participants.size(), members.size());
    }
}
