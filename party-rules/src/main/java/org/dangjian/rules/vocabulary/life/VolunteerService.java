package org.dangjian.rules.vocabulary.life;

import java.util.List;
import java.util.Objects;
import org.dangjian.model.AuditPeriod;
import org.dangjian.rules.vocabulary.OrganizationFact;

/**
 * The volunteer service (志愿服务, activities of type VOLUNTEER_SERVICE) a grassroots organization
 * organized in the audit year up to {@code asOf}: held by it or by an organization under it (its
 * subtree), as activity ids (sorted). Derived for every grassroots organization, with 0 where
 * there is none.
 */
public record VolunteerService(String orgId, AuditPeriod year, List<String> activityIds) implements OrganizationFact {

    public VolunteerService {
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(year, "year");
        activityIds = List.copyOf(activityIds);
    }

    /** How many were held. */
    public int count() {
        return activityIds.size();
    }
}
