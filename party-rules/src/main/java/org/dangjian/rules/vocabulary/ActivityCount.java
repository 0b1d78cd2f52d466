package org.dangjian.rules.vocabulary;

import org.dangjian.model.ActivityType;
import org.dangjian.model.AuditPeriod;

/**
 * How many activities of one type an organization held in one period of the audit year (only
 * counts above zero exist as facts). Derived for every period kind, so a cadence compares one
 * fact with its minimum instead of accumulating over activities.
 */
public record ActivityCount(String orgId, ActivityType type, AuditPeriod period, int count) implements OrganizationFact {
}
