package org.dangjian.rules.vocabulary.life;

import java.util.List;
import java.util.Objects;
import org.dangjian.model.AuditPeriod;
import org.dangjian.rules.vocabulary.PersonFact;

/**
 * Dual organizational life (双重组织生活) of one member in one completed quarter of the audit
 * year: the member holds a post (any role) in a committee-level organization ({@code postOrgIds})
 * throughout the quarter, and {@code ownOrgId} is the organization their membership is in (their own branch).
 * {@code attended}: activity ids of the own branch and its party groups in the quarter whose
 * attendees include the member; {@code unrecorded}: how many activities there in the quarter
 * did not record attendance (the member may have attended them).
 */
public record DualLifeQuarter(String personId, String ownOrgId, List<String> postOrgIds, AuditPeriod quarter,
                              List<String> attended, int unrecorded) implements PersonFact {

    public DualLifeQuarter {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(ownOrgId, "ownOrgId");
        postOrgIds = List.copyOf(postOrgIds);
        Objects.requireNonNull(quarter, "quarter");
        attended = List.copyOf(attended);
    }

    /** How many of the own branch's activities the member is recorded to have attended. */
    public int attendedCount() {
        return attended.size();
    }

    /** The most the member may have attended: recorded attendances plus activities without a record. */
    public int attendedAtMost() {
        return attended.size() + unrecorded;
    }
}
