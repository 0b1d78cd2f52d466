package org.dangjian.rules.vocabulary.organization;

import java.util.List;
import java.util.Objects;
import org.dangjian.rules.vocabulary.OrganizationFact;

/**
 * The posts (职务) in force on {@code asOf} in one organization that exists on {@code asOf}, as
 * person ids (sorted, each once): its secretaries (书记) and those of them not full-time, its
 * committee (班子: secretary, deputy secretaries and committee members), and its full-time
 * party workers (专职党务工作者). Derived for every such organization, with empty lists where no
 * post is held, so a rule can compare a count of 0.
 *
 * <p>A person is full-time when one of their posts in force says so, not full-time when all of
 * them say not, and unknown otherwise ({@code fullTime} left out of the dataset): unknown
 * secretaries and party workers are in {@code secretariesFullTimeUnknown} and
 * {@code partyWorkersFullTimeUnknown}, never counted as part-time.
 */
public record OrgPosts(
        String orgId,
        List<String> secretaries,
        List<String> partTimeSecretaries,
        List<String> committee,
        List<String> fullTimePartyWorkers,
        List<String> secretariesFullTimeUnknown,
        List<String> partyWorkersFullTimeUnknown) implements OrganizationFact {

    public OrgPosts {
        Objects.requireNonNull(orgId, "orgId");
        secretaries = List.copyOf(secretaries);
        partTimeSecretaries = List.copyOf(partTimeSecretaries);
        committee = List.copyOf(committee);
        fullTimePartyWorkers = List.copyOf(fullTimePartyWorkers);
        secretariesFullTimeUnknown = List.copyOf(secretariesFullTimeUnknown);
        partyWorkersFullTimeUnknown = List.copyOf(partyWorkersFullTimeUnknown);
    }

    /** The number of full-time party workers, counting those whose full-time status is unknown as full-time. */
    public int fullTimePartyWorkersAtMost() {
        return fullTimePartyWorkers.size() + partyWorkersFullTimeUnknown.size();
    }

    /** Whether no secretary is known part-time but the full-time status of one is unknown. */
    public boolean secretaryFullTimeUnknown() {
        return partTimeSecretaries.isEmpty() && !secretariesFullTimeUnknown.isEmpty();
    }

    /** The number of people on the committee (a person in two committee posts counts once). */
    public int committeeSize() {
        return committee.size();
    }

    /** The number of full-time party workers. */
    public int fullTimePartyWorkerCount() {
        return fullTimePartyWorkers.size();
    }

    /** Whether a secretary in force is not full-time (兼职). */
    public boolean hasPartTimeSecretary() {
        return !partTimeSecretaries.isEmpty();
    }
}
