package org.dangjian.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.dangjian.model.Activity;
import org.dangjian.model.ActivityType;
import org.dangjian.model.HostUnit;
import org.dangjian.model.Membership;
import org.dangjian.model.MembershipStatus;
import org.dangjian.model.OrgType;
import org.dangjian.model.Organization;
import org.dangjian.model.Position;
import org.dangjian.model.Role;
import org.dangjian.model.Sector;

/**
 * Builders for the ORG and LIFE tests beyond {@link Fixtures}: organizations with committee seats,
 * elections and types changed, posts that end or are full-time, members with a work unit or
 * flagged exempt, host units, and whole branches of members.
 */
final class OrgLifeFixtures {

    private OrgLifeFixtures() {
    }

    /** A copy of an organization to change, field by field. */
    static OrgEdit edit(Organization o) {
        return new OrgEdit(o);
    }

    /** A mutable copy of an {@link Organization}; {@link #build()} makes the record. */
    static final class OrgEdit {
        private final Organization o;
        private OrgType type;
        private Sector sector;
        private Optional<String> parentId;
        private LocalDate established;
        private Optional<Boolean> hasCommittee;
        private OptionalInt seats;
        private Optional<LocalDate> lastElection;
        private Optional<LocalDate> extendedUntil;

        private OrgEdit(Organization o) {
            this.o = o;
            type = o.type();
            sector = o.sector();
            parentId = o.parentId();
            established = o.established();
            hasCommittee = o.hasCommittee();
            seats = o.committeeSeats();
            lastElection = o.lastElection();
            extendedUntil = o.electionExtendedUntil();
        }

        OrgEdit type(OrgType t) { type = t; return this; }
        OrgEdit sector(Sector s) { sector = s; return this; }
        OrgEdit parent(String id) { parentId = Optional.ofNullable(id); return this; }
        OrgEdit established(LocalDate d) { established = d; return this; }
        OrgEdit committee() { hasCommittee = Optional.of(true); return this; }
        OrgEdit committeeLeftOut() { hasCommittee = Optional.empty(); return this; }
        OrgEdit seats(int n) { seats = OptionalInt.of(n); return this; }
        OrgEdit elected(LocalDate d) { lastElection = Optional.of(d); return this; }
        OrgEdit extendedUntil(LocalDate d) { extendedUntil = Optional.of(d); return this; }

        Organization build() {
            return new Organization(o.id(), o.name(), type, sector, parentId, established, o.dissolved(), o.joint(),
                    hasCommittee, seats, lastElection, extendedUntil, o.households(), o.serviceAreaSqm(),
                    o.fundsYuan(), o.starRating(), o.demonstrationPoint(), o.hostUnitId());
        }
    }

    static Position post(String personId, String orgId, Role role, LocalDate start, LocalDate end) {
        return new Position(personId, orgId, role, start, Optional.ofNullable(end), Optional.of(false), Optional.empty(),
                Optional.empty());
    }

    /** {@code p} with {@code fullTime} left out (unknown). */
    static Position fullTimeLeftOut(Position p) {
        return new Position(p.personId(), p.organizationId(), p.role(), p.start(), p.end(), Optional.empty(),
                p.archiveKept(), p.filedWithDistrict());
    }

    static Position fullTime(Position p) {
        return new Position(p.personId(), p.organizationId(), p.role(), p.start(), p.end(), Optional.of(true), p.archiveKept(),
                p.filedWithDistrict());
    }

    static Membership worksAt(Membership m, String unitId) {
        return new Membership(m.personId(), m.organizationId(), m.status(), m.admitted(), m.fullSince(),
                m.probationExtendedUntil(), m.activistSince(), m.candidateSince(), m.preAdmissionTrainingHours(),
                m.category(), Optional.of(unitId), m.exempt(), m.lostContactSince(), m.suspendedSince(),
                m.monthlyIncomeYuan(), m.mobile(), m.reportedToCommunityId());
    }

    static Membership exempt(Membership m) {
        return new Membership(m.personId(), m.organizationId(), m.status(), m.admitted(), m.fullSince(),
                m.probationExtendedUntil(), m.activistSince(), m.candidateSince(), m.preAdmissionTrainingHours(),
                m.category(), m.workUnitId(), true, m.lostContactSince(), m.suspendedSince(),
                m.monthlyIncomeYuan(), m.mobile(), m.reportedToCommunityId());
    }

    static HostUnit unit(String id, String ownOrganizationId) {
        return new HostUnit(id, "单位" + id, Sector.NON_PUBLIC_ENTERPRISE, Optional.ofNullable(ownOrganizationId),
                Optional.empty(), OptionalInt.empty(), OptionalDouble.empty(), OptionalDouble.empty());
    }

    /** {@code n} full members {@code prefix1..prefixN} of {@code orgId}, with their people. */
    static List<Object> members(String orgId, String prefix, int n) {
        return members(orgId, prefix, n, MembershipStatus.FULL);
    }

    static List<Object> members(String orgId, String prefix, int n, MembershipStatus status) {
        List<Object> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(Fixtures.person(prefix + i));
            out.add(Fixtures.member(prefix + i, orgId, status, Fixtures.LONG_AGO));
        }
        return out;
    }

    /** An activity with its attendees recorded. */
    static Activity attended(String id, String orgId, ActivityType type, LocalDate date, String... attendees) {
        return Fixtures.attended(id, orgId, type, date, List.of(attendees));
    }

    /**
     * A dataset read from JSON text through the product's reader ({@code DatasetReader}), exactly as
     * {@code party-audit audit} reads a file; single quotes stand for double quotes, to keep tests short.
     */
    static org.dangjian.model.Dataset json(String text) {
        byte[] bytes = text.replace('\'', '"').getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try {
            return org.dangjian.model.io.DatasetReader.read(new java.io.ByteArrayInputStream(bytes), "test.json").dataset();
        } catch (org.dangjian.model.io.InvalidDatasetException | java.io.IOException e) {
            throw new AssertionError("test dataset does not read: " + e.getMessage(), e);
        }
    }

    /** The findings of one rule in an audit of {@code d} with the built-in pack, as {@code subject@period}, sorted. */
    static List<String> findings(org.dangjian.model.Dataset d, String ruleId) {
        return RuleVerifier.engine().audit(d).findings(ruleId).stream()
                .map(f -> f.subjectId() + "@" + f.period().orElse("-")).sorted().toList();
    }

    /** Every record of the arguments, flattening lists, for {@code given(...)}. */
    static Object[] all(Object... parts) {
        List<Object> out = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof List<?> l) {
                out.addAll(l);
            } else {
                out.add(p);
            }
        }
        return out.toArray();
    }
}
