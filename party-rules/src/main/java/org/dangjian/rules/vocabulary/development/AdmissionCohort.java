package org.dangjian.rules.vocabulary.development;

import java.util.List;
import java.util.Objects;
import org.dangjian.model.Education;
import org.kie.api.definition.type.ClassReactive;
import org.dangjian.rules.vocabulary.OrganizationFact;

/**
 * The members a committee-level organization admitted in the audit year over its subtree
 * (年度发展党员), sorted by person id. Derived only where there is at least one. Shares are exact
 * (0 to 1); the ages and education levels they are taken at come from the rule, so the thresholds
 * stay in the rule.
 *
 * @param orgId the committee-level organization (DISTRICT_COMMITTEE, STREET_WORKING_COMMITTEE,
 *        PARTY_COMMITTEE)
 * @param members the new members in its subtree
 */
// Rules call its methods with thresholds as arguments, which property reactivity cannot follow;
// the fact is immutable, so class reactivity costs nothing and keeps Drools from warning.
@ClassReactive
public record AdmissionCohort(String orgId, List<NewMember> members) implements OrganizationFact {

    public AdmissionCohort {
        Objects.requireNonNull(orgId, "orgId");
        members = CohortMembers.sorted(members); // each part the rules ask for worked out once
    }

    /** How many were admitted. */
    public int size() {
        return members.size();
    }

    /** Every new member's person id: the denominator. */
    public List<String> personIds() {
        return cohort().personIds();
    }

    /** Those younger than {@code age} on the day of admission. */
    public List<String> youngerThan(int age) {
        return cohort().youngerThan(age);
    }

    public double shareYoungerThan(int age) {
        return share(youngerThan(age));
    }

    /** Those educated to {@code level} or above. */
    public List<String> educatedAtLeast(Education level) {
        return cohort().educatedAtLeast(level);
    }

    public double shareEducatedAtLeast(Education level) {
        return share(educatedAtLeast(level));
    }

    /** The women. */
    public List<String> female() {
        return cohort().female();
    }

    /** Those working in two-new units. */
    public List<String> fromTwoNewUnits() {
        return cohort().fromTwoNewUnits();
    }

    /** The exact share of {@code part} among the cohort. */
    public double share(List<String> part) {
        return members.isEmpty() ? 0 : (double) part.size() / members.size();
    }

    /** The members as the constructor keeps them, with the parts the rules ask for. */
    private CohortMembers cohort() {
        return (CohortMembers) members;
    }
}
