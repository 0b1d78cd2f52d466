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
 */
public record OrgPosts(
        String orgId,
        List<String> secretaries,
        List<String> partTimeSecretaries,
        List<String> committee,
        List<String> fullTimePartyWorkers) implements OrganizationFact {

    public OrgPosts {
        Objects.requireNonNull(orgId, "orgId");
        secretaries = List.copyOf(secretaries);
        partTimeSecretaries = List.copyOf(partTimeSecretaries);
        committee = List.copyOf(committee);
        fullTimePartyWorkers = List.copyOf(fullTimePartyWorkers);
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
