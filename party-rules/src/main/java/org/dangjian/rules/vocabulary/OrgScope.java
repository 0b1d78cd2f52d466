package org.dangjian.rules.vocabulary;

import java.time.LocalDate;

/**
 * An organization belongs to a named scope of the cadence table from {@code from} to
 * {@code until} (both inclusive). Scopes: the organization types ({@code BRANCH} …), and
 * {@code GRASSROOTS}, {@code GRASSROOTS_WITH_COMMITTEE}, {@code COMMUNITY_ORG},
 * {@code COMMUNITY_OR_VILLAGE_ORG}, {@code TWO_NEW}, {@code COMMITTEE_LEVEL} for the lifetime of the
 * organization, and {@code UNDER_WEAK_RECTIFICATION}, {@code UNDER_BACKWARD_RECTIFICATION} for the
 * time a rectification runs. A period counts for a cadence only if the scope holds throughout it.
 */
public record OrgScope(String orgId, String scope, LocalDate from, LocalDate until) implements OrganizationFact {

    /** Every scope name the engine derives; a cadence row naming another is a pack error. */
    public static final java.util.Set<String> NAMES = java.util.Set.of(
            "DISTRICT_COMMITTEE", "STREET_WORKING_COMMITTEE", "PARTY_COMMITTEE", "GENERAL_BRANCH", "BRANCH",
            "PARTY_GROUP", "GRASSROOTS", "GRASSROOTS_WITH_COMMITTEE", "COMMUNITY_ORG", "COMMUNITY_OR_VILLAGE_ORG",
            "TWO_NEW", "COMMITTEE_LEVEL", "UNDER_WEAK_RECTIFICATION", "UNDER_BACKWARD_RECTIFICATION");

    /** Whether the scope holds on every day of {@code p}. */
    public boolean covers(JudgedPeriod p) {
        return !from.isAfter(p.start()) && !until.isBefore(p.end());
    }
}
