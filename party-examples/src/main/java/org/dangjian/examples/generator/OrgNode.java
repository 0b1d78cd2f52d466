package org.dangjian.examples.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.dangjian.model.OrgType;
import org.dangjian.model.Organization;
import org.dangjian.model.Sector;

/** A party organization while its unit is being generated: its fields, members, posts and children. */
final class OrgNode {

    final String id;
    final String name;
    final OrgType type;
    final Sector sector;
    final OrgNode parent;
    LocalDate established;
    boolean joint;
    boolean hasCommittee;
    OptionalInt committeeSeats = OptionalInt.empty();
    Optional<LocalDate> lastElection = Optional.empty();
    OptionalInt households = OptionalInt.empty();
    OptionalDouble serviceAreaSqm = OptionalDouble.empty();
    OptionalDouble fundsYuan = OptionalDouble.empty();
    OptionalInt starRating = OptionalInt.empty();
    boolean demonstrationPoint;
    Optional<String> hostUnitId = Optional.empty();

    /** The highest community organization of its tree (社区党组织): affairs disclosure, feedback, funds. */
    boolean communityOrg;
    /** Under a street working committee: trainings are the street's. */
    boolean underStreet;
    /** Under rectification as a backward community this year (后进社区整顿), from this day. */
    Optional<LocalDate> backwardSince = Optional.empty();
    /** How many members the plan gives this branch. */
    int planned;

    final List<OrgNode> children = new ArrayList<>();
    /** Memberships held directly here (branches; members of a party group belong to its branch). */
    final List<Member> members = new ArrayList<>();
    /** A party group's members, a part of its branch's. */
    final List<Member> groupMembers = new ArrayList<>();
    final List<Post> posts = new ArrayList<>();

    /** Where the parent lives outside this unit (a unit's root under the district or a street). */
    private final Optional<String> outsideParentId;

    OrgNode(String id, String name, OrgType type, Sector sector, OrgNode parent, LocalDate established) {
        this(id, name, type, sector, parent, Optional.empty(), established);
    }

    OrgNode(String id, String name, OrgType type, Sector sector, String outsideParentId, LocalDate established) {
        this(id, name, type, sector, null, Optional.ofNullable(outsideParentId), established);
    }

    private OrgNode(String id, String name, OrgType type, Sector sector, OrgNode parent, Optional<String> outsideParentId,
                    LocalDate established) {
        this.id = id;
        this.name = name;
        this.type = type;
        this.sector = sector;
        this.parent = parent;
        this.outsideParentId = outsideParentId;
        this.established = established;
        if (parent != null) {
            parent.children.add(this);
            this.underStreet = parent.underStreet || parent.type == OrgType.STREET_WORKING_COMMITTEE;
        }
    }

    boolean grassroots() {
        return type == OrgType.PARTY_COMMITTEE || type == OrgType.GENERAL_BRANCH || type == OrgType.BRANCH;
    }

    boolean twoNew() {
        return grassroots() && (sector == Sector.NON_PUBLIC_ENTERPRISE || sector == Sector.SOCIAL_ORGANIZATION);
    }

    Optional<String> parentId() {
        return parent != null ? Optional.of(parent.id) : outsideParentId;
    }

    /** This organization and every one below it, parents first. */
    List<OrgNode> subtree() {
        List<OrgNode> out = new ArrayList<>();
        out.add(this);
        for (int i = 0; i < out.size(); i++) {
            out.addAll(out.get(i).children);
        }
        return out;
    }

    /** The members of this organization and of every one below it. */
    List<Member> subtreeMembers() {
        List<Member> out = new ArrayList<>();
        for (OrgNode o : subtree()) {
            out.addAll(o.members);
        }
        return out;
    }

    /** Full members held directly here. */
    int fullMembers() {
        return (int) members.stream().filter(Member::full).count();
    }

    /** The posts of one role in force on {@code date}. */
    List<Post> posts(org.dangjian.model.Role role, LocalDate date) {
        return posts.stream().filter(p -> p.role() == role && p.inForce(date)).toList();
    }

    Organization toRecord() {
        return new Organization(id, name, type, sector, parentId(), established, Optional.empty(), Optional.of(joint), Optional.of(hasCommittee),
                committeeSeats, lastElection, Optional.empty(), households, serviceAreaSqm, fundsYuan, starRating,
                Optional.of(demonstrationPoint), hostUnitId);
    }
}
