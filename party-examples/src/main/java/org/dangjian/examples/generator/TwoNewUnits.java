package org.dangjian.examples.generator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.dangjian.examples.generator.MemberFactory.Admission;
import org.dangjian.examples.generator.UnitShaper.Recruit;
import org.dangjian.examples.generator.UnitShaper.Shape;
import org.dangjian.model.HostUnit;
import org.dangjian.model.OrgType;
import org.dangjian.model.Sector;

/**
 * The “two-new” units of a street (两新组织): private firms with a branch of their own, a joint
 * branch (联合党支部) for small firms with one or two members each, and social organizations; each
 * firm's wages and party funds, each organization's star rating (星级), the street's first firm a
 * demonstration point (示范点). Now and then a branch set up this year.
 */
final class TwoNewUnits {

    private final Ctx ctx;
    private final UnitShaper shaper;
    private final Staffing staffing;
    private final UnitWriter writer;
    /** Firm names run over the whole district. */
    private int firms;

    TwoNewUnits(Ctx ctx, UnitShaper shaper, Staffing staffing, UnitWriter writer) {
        this.ctx = ctx;
        this.shaper = shaper;
        this.staffing = staffing;
        this.writer = writer;
    }

    void street(Plan.District plan, Plan.Street s) {
        Rng rng = ctx.rng(s.id() + "-two-new");
        int total = s.twoNew();
        int joint = Math.min(total - 6, rng.between(6, 9));
        int rest = total - joint;
        int firmCount = Math.max(1, (int) Math.round(rest * 0.6 / 14));
        int socialCount = Math.max(1, (int) Math.round(rest * 0.4 / 8));
        int[] sizes = Plan.split(rng, rest, Plan.weights(rng, firmCount + socialCount, 0.5, 1.5), Plan.fill(firmCount + socialCount, 5));
        jointBranch(ctx.rng(s.id() + "-FL"), plan, s, joint);
        for (int i = 0; i < firmCount + socialCount; i++) {
            boolean firm = i < firmCount;
            String id = String.format(Locale.ROOT, "%s-%s%02d", s.id(), firm ? "F" : "Z", firm ? i + 1 : i - firmCount + 1);
            String name = firm ? PlaceNames.firm(plan.name().substring(0, 2), firms++)
                    : PlaceNames.socialOrganization(s.name().replace("街道", ""), i - firmCount);
            own(ctx.rng(id), s, id, name, firm, sizes[i], firm && s.index() == 0 && i < 2 ? i + 1 : 0);
        }
    }

    /** A unit with a branch of its own; {@code showcase} 1 = the district's demonstration point, 2 = a four-star. */
    private void own(Rng rng, Plan.Street s, String id, String name, boolean firm, int size, int showcase) {
        // a small branch whose old members left: two full members, the rest admitted this year
        boolean hollow = size <= 6 && ctx.hit(rng, Fault.HOLLOW_BRANCH);
        LocalDate established = rng.chance(0.05) && ctx.asOf.getMonthValue() >= 6 && showcase == 0
                ? Dates.workday(rng, YearMonth.of(ctx.year, rng.between(2, ctx.asOf.getMonthValue() - 3)))
                : rng.date(LocalDate.of(2008, 1, 1), ctx.yearStart.minusYears(2));
        Sector sector = firm ? Sector.NON_PUBLIC_ENTERPRISE : Sector.SOCIAL_ORGANIZATION;
        OrgNode top = shaper.shape(rng, id, name, sector, null, s.id(), size, established, Shape.UNIT, List.of());
        UnitShaper.underStreet(top);
        String hostId = "U-" + id;
        top.hostUnitId = Optional.of(hostId);
        Recruit recruit = hollow ? (r, b, k) -> k >= 2 ? Admission.THIS_YEAR : Admission.OLD : Recruit.rate(firm ? 0.04 : 0.03);
        shaper.populate(rng, top, (r, b, k) -> firm ? Profile.FIRM_STAFF : Profile.SOCIAL_STAFF, Optional.of(hostId), recruit);
        shaper.finishBranches(rng, top);
        stars(rng, top, showcase);
        staffing.unit(rng, top);
        List<Object> extra = new ArrayList<>();
        Units.flag(ctx, rng, top).ifPresent(extra::add);
        Units.finish(ctx, staffing, writer, rng, top, List.of(host(rng, hostId, name, sector, Optional.of(top.id), s.id(), size)), extra);
    }

    /**
     * The street's joint branch of small firms, each with one or two members and no branch of its
     * own (three full members would oblige a firm to set one up).
     */
    private void jointBranch(Rng rng, Plan.District plan, Plan.Street s, int size) {
        String id = s.id() + "-FL";
        OrgNode branch = new OrgNode(id, s.name() + "非公企业联合党支部", OrgType.BRANCH, Sector.NON_PUBLIC_ENTERPRISE, s.id(),
                rng.date(LocalDate.of(2010, 1, 1), ctx.yearStart.minusYears(3)));
        branch.joint = true;
        UnitShaper.underStreet(branch);
        boolean crowded = ctx.hit(rng, Fault.OWN_ORG_MISSING);
        List<HostUnit> hosts = new ArrayList<>();
        int perFirm = 2;
        int firmCount = (size + perFirm - 1) / perFirm;
        for (int f = 0; f < firmCount; f++) {
            String hostId = String.format(Locale.ROOT, "U-%s-%d", id, f + 1);
            hosts.add(host(rng, hostId, PlaceNames.firm(plan.name().substring(0, 2), firms++), Sector.NON_PUBLIC_ENTERPRISE,
                    Optional.empty(), id, 2));
        }
        for (int k = 0; k < size; k++) {
            int firm = crowded ? (k < 3 ? 0 : 1 + (k - 3) / perFirm) : k / perFirm;
            String hostId = hosts.get(Math.min(firm, hosts.size() - 1)).id();
            shaper.factory().create(rng, branch, Profile.FIRM_STAFF,
                    crowded && k < 3 ? Admission.OLD : Recruit.rate(0.03).admission(rng, 0, k), Optional.of(hostId));
        }
        shaper.finishBranches(rng, branch);
        stars(rng, branch, 0);
        staffing.unit(rng, branch);
        Units.finish(ctx, staffing, writer, rng, branch, hosts, List.of());
    }

    /** A star rating (一星 to 五星) for every two-new organization; the showcases rate high. */
    private void stars(Rng rng, OrgNode top, int showcase) {
        if (showcase == 1) {
            top.starRating = OptionalInt.of(5);
            top.demonstrationPoint = true;
        } else if (showcase == 2) {
            top.starRating = OptionalInt.of(4);
        } else if (!ctx.hit(rng, Fault.NO_STAR_RATING)) {
            top.starRating = OptionalInt.of(1 + rng.weighted(5, 25, 40, 22, 8));
        }
    }

    /** The firm or organization: employees, wages, and party funds within 1% of wages (税前列支). */
    private HostUnit host(Rng rng, String hostId, String name, Sector sector, Optional<String> ownOrg, String supervisor, int members) {
        int employees = Math.max(8, members * rng.between(6, 30));
        double wages = employees * rng.between(55, 140) * 1000.0;
        double share = ctx.hit(rng, Fault.PARTY_FUNDS_OVER_WAGE_SHARE) ? rng.real(0.012, 0.02) : rng.real(0.002, 0.008);
        return new HostUnit(hostId, name, sector, ownOrg, Optional.of(supervisor), OptionalInt.of(employees),
                OptionalDouble.of(wages), OptionalDouble.of(Math.floor(wages * share / 100) * 100));
    }
}
