package org.dangjian.rules.vocabulary.life;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dangjian.model.AuditPeriod;
import org.dangjian.rules.vocabulary.ChunkedSortedMap;
import org.dangjian.rules.vocabulary.OrganizationFact;

/**
 * Participation in volunteer service (志愿服务参与率) of a grassroots organization's members in the
 * audit year up to {@code asOf}. {@link #members()}: the members of its subtree (FULL and
 * PROBATIONARY), leaving out those flagged {@code exempt}; {@link #participants()}: those of them
 * who attended at least one VOLUNTEER_SERVICE activity (of any organization). Person ids, sorted.
 *
 * <p>Derived only where it can be known: the organization has members, and every volunteer
 * activity of its subtree in the year records its attendees.
 *
 * <p>The count LIFE-010 compares is kept in the fact, so that comparing costs no pass over the
 * members; the lists of ids are made when a rule's action asks for them. A live audit derives the
 * fact of an organization from the one it held, member by member changed
 * ({@link ChunkedSortedMap}: the members a change leaves alone are shared, not copied).
 *
 * @param orgId the organization at the top of the subtree
 * @param year the audit year
 * @param byMember each member's person id, with whether they took part
 * @param participantCount how many of them took part
 */
public record VolunteerParticipation(String orgId, AuditPeriod year, ChunkedSortedMap<String, Boolean> byMember,
                                     int participantCount) implements OrganizationFact {

    /** The count must be that of the members (checked as far as it costs no pass over them). */
    public VolunteerParticipation {
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(byMember, "byMember");
        if (participantCount < 0 || participantCount > byMember.size()) {
            throw new IllegalArgumentException("the participants of " + orgId + " are not those of its "
                    + byMember.size() + " members");
        }
    }

    /** The fact of {@code byMember} (person id: took part), counted (one pass over them). */
    public static VolunteerParticipation of(String orgId, AuditPeriod year, Map<String, Boolean> byMember) {
        int n = 0;
        for (boolean took : byMember.values()) {
            n += took ? 1 : 0;
        }
        return new VolunteerParticipation(orgId, year, ChunkedSortedMap.copyOf(byMember), n);
    }

    /** This fact with {@code personId} a member who took part or not (added, or in place of theirs): O(64 + n/64). */
    VolunteerParticipation with(String personId, boolean took) {
        Boolean old = byMember.get(personId);
        if (old != null && old == took) {
            return this;
        }
        int n = participantCount - (old != null && old ? 1 : 0) + (took ? 1 : 0);
        return new VolunteerParticipation(orgId, year, byMember.with(personId, took), n);
    }

    /** This fact without {@code personId}: itself if they are not a member. */
    VolunteerParticipation without(String personId) {
        Boolean old = byMember.get(personId);
        if (old == null) {
            return this;
        }
        return new VolunteerParticipation(orgId, year, byMember.without(personId), participantCount - (old ? 1 : 0));
    }

    /** The members who took part, sorted: the share's numerator (LIFE-010's evidence). */
    public List<String> participants() {
        return byMember.keysWhere(Boolean::booleanValue);
    }

    /** Every member, sorted: the share's denominator (LIFE-010's evidence). */
    public List<String> members() {
        return byMember.keyList();
    }

    /** The exact share {@code participants / members} (compare this, not the rounded {@link #shown()}). */
    public double rate() {
        return byMember.isEmpty() ? 0 : (double) participantCount / byMember.size();
    }

    /** The share rounded to four places, for the report. */
    public double shown() {
        return org.dangjian.rules.Expect.share(participantCount, byMember.size());
    }
}
