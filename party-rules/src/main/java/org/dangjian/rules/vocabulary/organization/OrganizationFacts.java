package org.dangjian.rules.vocabulary.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.dangjian.model.Dataset;
import org.dangjian.model.HostUnit;
import org.dangjian.model.Membership;
import org.dangjian.model.MembershipStatus;
import org.dangjian.model.Organization;
import org.dangjian.model.Periods;
import org.dangjian.model.Position;
import org.dangjian.model.RecordKind;
import org.dangjian.model.Role;
import org.dangjian.rules.vocabulary.organization.CommitteeSeats;
import org.dangjian.rules.vocabulary.organization.ElectionTerm;
import org.dangjian.rules.vocabulary.organization.HostUnitMembers;
import org.dangjian.rules.vocabulary.organization.OrgPosts;
import org.dangjian.rules.vocabulary.Params;
import org.dangjian.rules.vocabulary.organization.SecretaryVacancy;
import org.dangjian.rules.internal.KeyedDeriver;
import org.dangjian.rules.internal.RecordsByKey;
import org.dangjian.rules.internal.FactSink;
import org.dangjian.rules.internal.OrgKinds;
import org.dangjian.rules.internal.AsOfMove;

/**
 * Facts of the ORG area (组织设置): the posts in force on {@code asOf} of every existing
 * organization, committee seats, secretary vacancies and election terms of grassroots
 * organizations, and the full members working in each host unit.
 */
final class OrganizationFacts implements KeyedDeriver {

    /** The posts that make up a committee (班子). */
    static final Set<Role> COMMITTEE_ROLES = EnumSet.of(Role.SECRETARY, Role.DEPUTY_SECRETARY, Role.COMMITTEE_MEMBER);

    private static final Set<RecordKind> READS = Set.of(
            RecordKind.ORGANIZATIONS, RecordKind.POSITIONS, RecordKind.MEMBERSHIPS, RecordKind.HOST_UNITS);

    @Override
    public Set<RecordKind> reads() {
        return READS;
    }

    @Override
    public KeyedDeriver.Live live(Dataset dataset) {
        return new ByKey(dataset);
    }

    /** The key of the posts, seats, vacancy and election term of the organizations of an id. */
    private record Posts(String orgId) {
    }

    /** The key of the {@link HostUnitMembers} of the host units of an id. */
    private record Unit(String unitId) {
    }

    /**
     * Keys: an organization's posts, and a host unit's members. Kept between changes: the
     * organizations and host units by id, the organizations set up in each unit, the units that
     * name each organization their own, and the full members working in each unit.
     */
    private static final class ByKey implements KeyedDeriver.Live {
        private final Map<String, List<Organization>> orgs = new HashMap<>();
        private final Map<String, List<HostUnit>> units = new HashMap<>();
        private final Map<String, List<Organization>> hosted = new HashMap<>();
        private final Map<String, List<String>> ownedBy = new HashMap<>();
        private final Map<String, Map<String, Integer>> full = new HashMap<>();

        ByKey(Dataset d) {
            d.organizations().forEach(this::added);
            d.hostUnits().forEach(this::added);
            d.memberships().forEach(this::added);
        }

        @Override
        public void added(Object record) {
            if (record instanceof Organization o) {
                RecordsByKey.add(orgs, o.id(), o);
                o.hostUnitId().ifPresent(h -> RecordsByKey.add(hosted, h, o));
            } else if (record instanceof HostUnit h) {
                RecordsByKey.add(units, h.id(), h);
                h.ownOrganizationId().ifPresent(id -> RecordsByKey.add(ownedBy, id, h.id()));
            } else if (record instanceof Membership m && fullAt(m) != null) {
                full.computeIfAbsent(fullAt(m), k -> new HashMap<>()).merge(m.personId(), 1, Integer::sum);
            }
        }

        @Override
        public void removed(Object record) {
            if (record instanceof Organization o) {
                RecordsByKey.drop(orgs, o.id(), o);
                o.hostUnitId().ifPresent(h -> RecordsByKey.drop(hosted, h, o));
            } else if (record instanceof HostUnit h) {
                RecordsByKey.drop(units, h.id(), h);
                h.ownOrganizationId().ifPresent(id -> RecordsByKey.drop(ownedBy, id, h.id()));
            } else if (record instanceof Membership m && fullAt(m) != null) {
                Map<String, Integer> people = full.get(fullAt(m));
                people.computeIfPresent(m.personId(), (k, n) -> n == 1 ? null : n - 1);
                if (people.isEmpty()) {
                    full.remove(fullAt(m));
                }
            }
        }

        /** The unit a full member works in, or null. */
        private static String fullAt(Membership m) {
            return m.status() == MembershipStatus.FULL ? m.workUnitId().orElse(null) : null;
        }

        @Override
        public void keys(Dataset d, Consumer<Object> out) {
            orgs.keySet().forEach(id -> out.accept(new Posts(id)));
            units.keySet().forEach(id -> out.accept(new Unit(id)));
        }

        @Override
        public void touched(Dataset d, Object record, Consumer<Object> out) {
            if (record instanceof Position p) {
                out.accept(new Posts(p.organizationId()));
            } else if (record instanceof Membership m) {
                m.workUnitId().ifPresent(h -> out.accept(new Unit(h)));
            } else if (record instanceof HostUnit h) {
                out.accept(new Unit(h.id()));
            } else if (record instanceof Organization o) {
                out.accept(new Posts(o.id()));
                o.hostUnitId().ifPresent(h -> out.accept(new Unit(h)));
                ownedBy.getOrDefault(o.id(), List.of()).forEach(h -> out.accept(new Unit(h)));
            }
        }

        @Override
        public void derive(Dataset d, Params params, Object key, FactSink out) {
            if (key instanceof Posts k) {
                for (Organization o : orgs.getOrDefault(k.orgId(), List.of())) {
                    posts(d, o, out);
                }
            } else if (key instanceof Unit k) {
                Map<String, Integer> people = full.get(k.unitId());
                if (people == null) {
                    return;
                }
                for (HostUnit h : units.getOrDefault(k.unitId(), List.of())) {
                    hostUnit(d, h, new TreeSet<>(people.keySet()), hosted.getOrDefault(h.id(), List.of()), out);
                }
            }
        }

        /**
         * A move of asOf inside the year: the posts of an organization that exists on one day only;
         * of a grassroots one that exists on both, always (its {@link ElectionTerm} holds asOf
         * itself, from which the rules' {@code deadline} counts the months overdue, and its
         * {@link SecretaryVacancy} counts months begun); of another, when a post of it is in force
         * on one day only. A unit's members when an organization naming it, or named by it,
         * exists on one day only.
         */
        @Override
        public boolean movedKeys(Dataset d, AsOfMove move, Consumer<Object> out) {
            orgs.forEach((id, list) -> {
                boolean moved = false;
                for (Organization o : list) {
                    moved |= move.existsDiffers(o) || OrgKinds.exists(o, move.to())
                            && (OrgKinds.GRASSROOTS.contains(o.type())
                                || d.positionsOf(o.id()).stream().anyMatch(p -> move.inForceDiffers(p.start(), p.end())));
                }
                if (moved) {
                    out.accept(new Posts(id));
                }
            });
            units.forEach((id, list) -> {
                boolean moved = hosted.getOrDefault(id, List.of()).stream().anyMatch(move::existsDiffers);
                for (HostUnit h : list) {
                    moved |= h.ownOrganizationId().flatMap(d::organization).map(move::existsDiffers).orElse(false);
                }
                if (moved && full.containsKey(id)) {
                    out.accept(new Unit(id));
                }
            });
            return true;
        }
    }

    /** The posts in force of an organization that exists on asOf; for a grassroots one, its vacancy and election term. */
    private static void posts(Dataset d, Organization o, Consumer<Object> out) {
        LocalDate asOf = d.asOf();
        if (!OrgKinds.exists(o, asOf)) {
            return;
        }
        List<Position> posts = d.positionsOf(o.id());
        List<Position> inForce = posts.stream().filter(p -> Periods.inForce(p.start(), p.end(), asOf)).toList();
        posts(o, inForce, out);
        if (OrgKinds.GRASSROOTS.contains(o.type())) {
            vacancy(o, posts, inForce, asOf).ifPresent(out);
            out.accept(new ElectionTerm(o.id(), o.lastElection().orElse(o.established()),
                    o.lastElection().isPresent(), o.electionExtendedUntil(), asOf));
        }
    }

    private static void posts(Organization o, List<Position> inForce, Consumer<Object> out) {
        FullTime secretaries = new FullTime();
        FullTime workers = new FullTime();
        Set<String> committee = new TreeSet<>();
        for (Position p : inForce) {
            if (p.role() == Role.SECRETARY) {
                secretaries.add(p);
            }
            if (COMMITTEE_ROLES.contains(p.role())) {
                committee.add(p.personId());
            }
            if (p.role() == Role.PARTY_WORKER) {
                workers.add(p);
            }
        }
        out.accept(new OrgPosts(o.id(), List.copyOf(secretaries.all), secretaries.partTime(), List.copyOf(committee),
                List.copyOf(workers.fullTime), secretaries.unknown(), workers.unknown()));
        o.committeeSeats().ifPresent(seats -> out.accept(new CommitteeSeats(o.id(), seats, List.copyOf(committee))));
    }

    /**
     * Holders of one role sorted by whether they are full-time: full-time when one of their posts
     * says so (a secretary with two posts in force, one full-time, is full-time), part-time when
     * all say not, unknown when none says so and one leaves {@code fullTime} out.
     */
    private static final class FullTime {
        final Set<String> all = new TreeSet<>();
        final Set<String> fullTime = new TreeSet<>();
        final Set<String> silent = new TreeSet<>();

        void add(Position p) {
            all.add(p.personId());
            if (p.fullTime().orElse(false)) {
                fullTime.add(p.personId());
            }
            if (p.fullTime().isEmpty()) {
                silent.add(p.personId());
            }
        }

        /** Neither full-time nor with a post silent on it. */
        List<String> partTime() {
            return all.stream().filter(id -> !fullTime.contains(id) && !silent.contains(id)).toList();
        }

        /** Not full-time by any post, and silent on it in one. */
        List<String> unknown() {
            return silent.stream().filter(id -> !fullTime.contains(id)).toList();
        }
    }

    /**
     * The vacancy of the secretary post on {@code asOf}, if no secretary is in force: from the day
     * after the latest end of a secretary's post (posts starting after {@code asOf} do not count),
     * or from establishment.
     */
    private static Optional<SecretaryVacancy> vacancy(Organization o, List<Position> posts, List<Position> inForce,
                                                      LocalDate asOf) {
        if (inForce.stream().anyMatch(p -> p.role() == Role.SECRETARY)) {
            return Optional.empty();
        }
        LocalDate since = o.established();
        Set<String> last = new TreeSet<>();
        LocalDate lastEnd = null;
        for (Position p : posts) {
            if (p.role() != Role.SECRETARY || p.start().isAfter(asOf) || p.end().isEmpty()) {
                continue;
            }
            LocalDate end = p.end().get();
            if (lastEnd == null || end.isAfter(lastEnd)) {
                lastEnd = end;
                last.clear();
            }
            if (end.equals(lastEnd)) {
                last.add(p.personId());
            }
        }
        if (lastEnd != null && lastEnd.plusDays(1).isAfter(since)) {
            since = lastEnd.plusDays(1);
        }
        return Optional.of(new SecretaryVacancy(o.id(), since, (int) Periods.monthsBegun(since, asOf), List.copyOf(last)));
    }

    /** The full members working in unit {@code h}, and whether it has its own organization. */
    private static void hostUnit(Dataset d, HostUnit h, Set<String> ids, List<Organization> hostedHere,
                                 Consumer<Object> out) {
        // Either side of the link names the unit's own organization: the unit's ownOrganizationId,
        // or an organization whose hostUnitId is the unit (set up in it).
        List<Optional<Boolean>> links = new ArrayList<>();
        hostedHere.forEach(o -> links.add(ownable(o, d.asOf())));
        h.ownOrganizationId().ifPresent(id -> links.add(d.organization(id)
                .map(o -> ownable(o, d.asOf())).orElse(Optional.of(true))));
        boolean own = links.contains(Optional.of(true));
        boolean unknown = !own && links.contains(Optional.<Boolean>empty());
        out.accept(new HostUnitMembers(h.id(), new ArrayList<>(ids), own, unknown));
    }

    /**
     * Whether {@code o} can be a unit's own organization on {@code asOf}: a dissolved one no longer
     * is, and a joint branch was not set up by the unit on its own (单独建立); unknown (empty) when
     * the dataset leaves {@code joint} out of an organization that exists.
     */
    private static Optional<Boolean> ownable(Organization o, LocalDate asOf) {
        if (!OrgKinds.exists(o, asOf)) {
            return Optional.of(false);
        }
        return o.joint().map(joint -> !joint);
    }
}
