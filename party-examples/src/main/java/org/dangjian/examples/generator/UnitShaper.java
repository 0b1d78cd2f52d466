package org.dangjian.examples.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dangjian.model.OrgType;
import org.dangjian.model.Sector;

/**
 * Gives a unit its organizations: a branch (党支部) for a small unit, a general branch (党总支) or a
 * committee (党委) with branches for larger ones, party groups (党小组) in branches of twenty and
 * more, and fills the branches with members.
 */
final class UnitShaper {

    /** From how many members a unit's top organization is a general branch, a committee; the usual branch size. */
    record Shape(int generalBranchFrom, int committeeFrom, int branchSize) {
        static final Shape UNIT = new Shape(46, 100, 35);
        /** Communities set up committees early (社区党委), as most cities now ask. */
        static final Shape COMMUNITY = new Shape(30, 50, 32);
    }

    /** The kind of each new member of a branch, by their place in it. */
    @FunctionalInterface
    interface Mix {
        Profile profile(Rng rng, int branchIndex, int memberIndex);
    }

    /** When each new member of a branch was admitted, by their place in it. */
    @FunctionalInterface
    interface Recruit {
        MemberFactory.Admission admission(Rng rng, int branchIndex, int memberIndex);

        /** New this year, or last year, each with chance {@code rate}; else long ago. */
        static Recruit rate(double rate) {
            return (rng, b, i) -> {
                double x = rng.real(0, 1);
                return x < rate ? MemberFactory.Admission.THIS_YEAR
                        : x < 2 * rate ? MemberFactory.Admission.LAST_YEAR : MemberFactory.Admission.OLD;
            };
        }
    }

    private final Ctx ctx;
    private final MemberFactory factory;

    UnitShaper(Ctx ctx) {
        this.ctx = ctx;
        this.factory = new MemberFactory(ctx);
    }

    MemberFactory factory() {
        return factory;
    }

    /**
     * The organizations of a unit named {@code unitName} with {@code size} members under
     * {@code parent} (or the outside parent id), their branches planned but still empty.
     */
    OrgNode shape(Rng rng, String id, String unitName, Sector sector, OrgNode parent, String outsideParent,
                  int size, LocalDate established, Shape shape, List<String> branchNames) {
        OrgType type = size >= shape.committeeFrom() ? OrgType.PARTY_COMMITTEE
                : size >= shape.generalBranchFrom() ? OrgType.GENERAL_BRANCH : OrgType.BRANCH;
        String suffix = switch (type) {
            case PARTY_COMMITTEE -> "党委";
            case GENERAL_BRANCH -> "党总支";
            default -> "党支部";
        };
        OrgNode top = parent != null
                ? new OrgNode(id, unitName + suffix, type, sector, parent, established)
                : new OrgNode(id, unitName + suffix, type, sector, outsideParent, established);
        if (type == OrgType.BRANCH) {
            top.planned = size;
            return top;
        }
        top.hasCommittee = true;
        int k = Math.max(2, (int) Math.ceil((double) size / shape.branchSize()));
        int[] sizes = Plan.split(rng, size, Plan.weights(rng, k, 0.9, 1.1), Plan.fill(k, 5));
        if (k >= 3 && ctx.hit(rng, Fault.OVERSIZED_BRANCH)) { // two branches that merged into one past 50
            int big = Math.min(rng.between(51, 56), sizes[0] + sizes[1] - 5);
            sizes[1] = sizes[0] + sizes[1] - big;
            sizes[0] = big;
        }
        LocalDate latest = ctx.yearStart.minusYears(2);
        for (int i = 0; i < k; i++) {
            String name = i < branchNames.size() ? branchNames.get(i) : unitName + "第" + PlaceNames.number(i + 1) + "党支部";
            LocalDate est = established.isAfter(latest) ? established
                    : rng.date(established, Dates.min(latest, established.plusYears(5)));
            OrgNode b = new OrgNode(id + "-B" + (i + 1), name, OrgType.BRANCH, sector, top, est);
            b.planned = sizes[i];
        }
        return top;
    }

    /** The branches of a unit: its top if it is one, else its children that are branches. */
    static List<OrgNode> branches(OrgNode top) {
        List<OrgNode> out = new ArrayList<>();
        for (OrgNode o : top.subtree()) {
            if (o.type == OrgType.BRANCH) {
                out.add(o);
            }
        }
        return out;
    }

    /** Fills every branch of {@code top} to its planned size with members of the kinds and admissions given. */
    void populate(Rng rng, OrgNode top, Mix mix, Optional<String> workUnitId, Recruit recruit) {
        List<OrgNode> branches = branches(top);
        for (int b = 0; b < branches.size(); b++) {
            OrgNode branch = branches.get(b);
            for (int i = 0; i < branch.planned; i++) {
                Profile p = mix.profile(rng, b, i);
                factory.create(rng, branch, p, recruit.admission(rng, b, i), workUnitId);
            }
        }
    }

    /** Marks a unit placed under a street working committee (its trainings are the street's). */
    static void underStreet(OrgNode top) {
        for (OrgNode o : top.subtree()) {
            o.underStreet = true;
        }
    }

    /**
     * Completes the branches once their members are known: a committee for seven full members or
     * more (支部委员会), party groups for twenty members or more, about ten to a group.
     */
    void finishBranches(Rng rng, OrgNode top) {
        for (OrgNode branch : branches(top)) {
            branch.hasCommittee = branch.fullMembers() >= 7 && !ctx.hit(rng, Fault.NO_BRANCH_COMMITTEE);
            int n = branch.members.size();
            if (n < 20) {
                continue;
            }
            int groups = Math.min(4, n / 10);
            List<OrgNode> list = new ArrayList<>();
            for (int g = 0; g < groups; g++) {
                String name = branch.name + "第" + PlaceNames.number(g + 1) + "党小组";
                list.add(new OrgNode(branch.id + "-G" + (g + 1), name, OrgType.PARTY_GROUP, branch.sector, branch,
                        branch.established));
            }
            for (int i = 0; i < n; i++) { // neighbours in the list live near each other: groups by block
                list.get(i * groups / n).groupMembers.add(branch.members.get(i));
            }
        }
    }
}
