package org.dangjian.rules.vocabulary.development;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Set;
import java.util.function.Consumer;
import org.dangjian.model.Dataset;
import org.dangjian.model.HostUnit;
import org.dangjian.model.Membership;
import org.dangjian.model.MembershipStatus;
import org.dangjian.model.Organization;
import org.dangjian.model.Person;
import org.dangjian.model.RecordKind;
import org.dangjian.rules.vocabulary.development.AdmissionCohort;
import org.dangjian.rules.vocabulary.development.NewMember;
import org.dangjian.rules.vocabulary.Params;
import org.dangjian.rules.vocabulary.development.ProbationTerm;
import org.dangjian.rules.internal.FactDeriver;
import org.dangjian.rules.internal.FactSink;
import org.dangjian.rules.internal.OrgKinds;

/**
 * DEV: the facts of developing new members (发展党员). The members admitted in the audit year up
 * to {@code asOf} ({@link NewMember}), gathered for every committee-level organization above them
 * ({@link AdmissionCohort}), and every probation still running ({@link ProbationTerm}).
 */
final class DevelopmentFacts implements FactDeriver {

    private static final Set<RecordKind> READS = Set.of(
            RecordKind.MEMBERSHIPS, RecordKind.PEOPLE, RecordKind.HOST_UNITS, RecordKind.ORGANIZATIONS);

    @Override
    public Set<RecordKind> reads() {
        return READS;
    }

    @Override
    public void derive(Dataset d, Params params, FactSink out) {
        LocalDate yearStart = LocalDate.of(d.auditYear(), 1, 1);
        Map<String, List<NewMember>> byOrg = new TreeMap<>();
        Map<String, List<String>> chains = new HashMap<>();
        boolean probations = out.wants(ProbationTerm.class);
        boolean cohorts = out.wants(AdmissionCohort.class);
        for (Membership m : d.memberships()) {
            if (probations && m.status() == MembershipStatus.PROBATIONARY) {
                out.accept(ProbationTerm.of(m));
            }
            Optional<Person> person = d.person(m.personId());
            if (m.admitted().isBefore(yearStart) || m.admitted().isAfter(d.asOf()) || person.isEmpty()) {
                continue;
            }
            NewMember n = NewMember.of(m, person.get(), fromTwoNewUnit(d, m));
            out.accept(n);
            if (!cohorts) {
                continue;
            }
            for (String orgId : chains.computeIfAbsent(m.organizationId(), id -> committeeLevelChain(d, id))) {
                byOrg.computeIfAbsent(orgId, k -> new ArrayList<>()).add(n);
            }
        }
        byOrg.forEach((orgId, members) -> out.accept(new AdmissionCohort(orgId, members)));
    }

    /** The committee-level organizations at or above {@code orgId}. */
    private static List<String> committeeLevelChain(Dataset d, String orgId) {
        List<Organization> chain = new ArrayList<>();
        d.organization(orgId).ifPresent(chain::add);
        chain.addAll(d.ancestors(orgId));
        return chain.stream().filter(o -> OrgKinds.COMMITTEE_LEVEL.contains(o.type())).map(Organization::id).toList();
    }

    /** The work unit is a two-new unit; with no work unit given, the member's organization is of a two-new sector. */
    private static boolean fromTwoNewUnit(Dataset d, Membership m) {
        if (m.workUnitId().isPresent()) {
            return d.hostUnit(m.workUnitId().get()).map(HostUnit::kind).map(OrgKinds.TWO_NEW::contains).orElse(false);
        }
        return d.organization(m.organizationId()).map(o -> OrgKinds.TWO_NEW.contains(o.sector())).orElse(false);
    }
}
