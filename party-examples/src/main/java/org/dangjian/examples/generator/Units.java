package org.dangjian.examples.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.dangjian.examples.generator.UnitShaper.Mix;
import org.dangjian.examples.generator.UnitShaper.Recruit;
import org.dangjian.examples.generator.UnitShaper.Shape;
import org.dangjian.model.HostUnit;
import org.dangjian.model.InspectionCriterion;
import org.dangjian.model.InspectionFlag;
import org.dangjian.model.OrgType;
import org.dangjian.model.Sector;

/**
 * Builds and writes the units of a district one at a time: the district committee with its
 * organs (区直机关), the education, health and state-enterprise systems, and per street its working
 * committee and organ branch, its communities ({@link Communities}) and its two-new units
 * ({@link TwoNewUnits}). Each unit has its own randomness, keyed by its id.
 */
final class Units {

    private final Ctx ctx;
    private final UnitShaper shaper;
    private final Staffing staffing;
    private final UnitWriter writer;
    private final Communities communities;
    private final TwoNewUnits twoNew;

    Units(Ctx ctx) {
        this.ctx = ctx;
        this.shaper = new UnitShaper(ctx);
        this.staffing = new Staffing(ctx);
        this.writer = new UnitWriter(ctx);
        this.communities = new Communities(ctx, shaper, staffing, writer);
        this.twoNew = new TwoNewUnits(ctx, shaper, staffing, writer);
    }

    /** Every unit of the district, in order. */
    void district(Plan.District plan) {
        districtAndOrgans(plan);
        system(plan, "JY", "教育系统党委", Sector.SCHOOL, plan.education(), Profile.TEACHER, 0.02);
        system(plan, "WJ", "卫生健康系统党委", Sector.INSTITUTION, plan.health(), Profile.MEDIC, 0.02);
        system(plan, "GZ", "国资系统党委", Sector.STATE_ENTERPRISE, plan.stateEnterprises(), Profile.STATE_STAFF, 0.025);
        int communityIndex = 0;
        for (Plan.Street s : plan.streets()) {
            street(plan, s);
            for (int i = 0; i < s.communities().size(); i++) {
                communities.community(plan, s, i, communityIndex++);
            }
            twoNew.street(plan, s);
        }
    }

    /** The district committee (区委) and the organs' committee (区直机关党委) whose members lead it. */
    private void districtAndOrgans(Plan.District plan) {
        Rng rng = ctx.rng(plan.id());
        OrgNode district = new OrgNode(plan.id(), "中共" + plan.name() + "委", OrgType.DISTRICT_COMMITTEE, Sector.OTHER,
                ctx.above, rng.date(LocalDate.of(1983, 1, 1), LocalDate.of(1988, 12, 31)));
        OrgNode organs = new OrgNode(plan.id() + "-JG", plan.name() + "直属机关党委", OrgType.PARTY_COMMITTEE, Sector.ORGAN,
                district, rng.date(LocalDate.of(1990, 1, 1), LocalDate.of(1995, 12, 31)));
        organs.hasCommittee = true;
        int retirees = Math.max(6, (int) Math.round(plan.organs() * 0.08));
        int budget = plan.organs() - retirees;
        int count = Plan.clamp((int) Math.round(budget / 30.0), 1, PlaceNames.organCount());
        int[] sizes = Plan.split(rng, budget, Plan.weights(rng, count, 0.7, 1.3), Plan.fill(count, 6));
        List<HostUnit> hosts = new ArrayList<>();
        List<OrgNode> bureaus = new ArrayList<>();
        List<Member> servants = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = PlaceNames.organ(plan.name(), i);
            String id = String.format(Locale.ROOT, "%s-JG-%02d", plan.id(), i + 1);
            OrgNode b = unit(rng, id, name, Sector.ORGAN, organs, sizes[i], Profile.CIVIL_SERVANT, 0.01, hosts);
            bureaus.add(b);
            servants.addAll(b.subtreeMembers());
        }
        OrgNode retired = shaper.shape(rng, plan.id() + "-JG-LT", plan.name() + "直属机关离退休干部", Sector.ORGAN, organs,
                null, retirees, organs.established, Shape.UNIT, List.of());
        shaper.populate(rng, retired, (r, b, i) -> Profile.RETIRED_CADRE, Optional.empty(), Recruit.rate(0));
        shaper.finishBranches(rng, retired);
        staffing.district(rng, district, servants);
        staffing.unit(rng, organs);
        List<Object> extra = new ArrayList<>();
        for (OrgNode b : bureaus) {
            for (Member m : staffing.sectionCadres(rng, b)) {
                extra.addAll(writer.paperwork().sectionCadre(rng, m, rng.pick(ctx.communityIds)));
            }
        }
        finish(rng, district, hosts, extra);
    }

    /** A system committee (系统党委) over units of one sector: schools, hospitals, companies. */
    private void system(Plan.District plan, String code, String title, Sector sector, int budget, Profile profile, double recruit) {
        Rng rng = ctx.rng(plan.id() + "-" + code);
        OrgNode sys = new OrgNode(plan.id() + "-" + code, plan.name() + title, OrgType.PARTY_COMMITTEE, sector, plan.id(),
                rng.date(LocalDate.of(1990, 1, 1), LocalDate.of(2005, 12, 31)));
        sys.hasCommittee = true;
        List<String> names = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        if (sector == Sector.SCHOOL) {
            int secondary = Math.max(1, (int) Math.round(budget * 0.5 / 90));
            int primary = Math.max(1, (int) Math.round(budget * 0.5 / 32));
            int[] split = Plan.split(rng, budget, weightsFor(rng, secondary, primary), Plan.fill(secondary + primary, 6));
            for (int i = 0; i < secondary + primary; i++) {
                names.add(PlaceNames.school(plan.name(), i < secondary ? i : i - secondary, i < secondary));
                sizes.add(split[i]);
            }
        } else {
            int count = Math.max(1, (int) Math.round(budget / 60.0));
            count = Math.min(count, sector == Sector.STATE_ENTERPRISE ? 10 : 60);
            int[] split = Plan.split(rng, budget, Plan.weights(rng, count, 0.6, 1.4), Plan.fill(count, 6));
            for (int i = 0; i < count; i++) {
                names.add(sector == Sector.INSTITUTION ? PlaceNames.health(plan.name(), i) : PlaceNames.stateEnterprise(plan.name(), i));
                sizes.add(split[i]);
            }
        }
        List<HostUnit> hosts = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            unit(rng, String.format(Locale.ROOT, "%s-%02d", sys.id, i + 1), names.get(i), sector, sys, sizes.get(i), profile, recruit, hosts);
        }
        staffing.unit(rng, sys);
        finish(rng, sys, hosts, List.of());
    }

    /** Secondary schools weigh about three primary schools. */
    private static double[] weightsFor(Rng rng, int secondary, int primary) {
        double[] w = new double[secondary + primary];
        for (int i = 0; i < w.length; i++) {
            w[i] = (i < secondary ? 2.8 : 1) * rng.real(0.85, 1.15);
        }
        return w;
    }

    /** One host unit and its organizations, filled with members of one kind. */
    private OrgNode unit(Rng rng, String id, String name, Sector sector, OrgNode parent, int size, Profile profile,
                         double recruit, List<HostUnit> hosts) {
        OrgNode top = shaper.shape(rng, id, name, sector, parent, null, size,
                rng.date(parent.established, ctx.yearStart.minusYears(3)), Shape.UNIT, List.of());
        String hostId = "U-" + id;
        top.hostUnitId = Optional.of(hostId);
        shaper.populate(rng, top, (r, b, i) -> profile, Optional.of(hostId), Recruit.rate(recruit));
        shaper.finishBranches(rng, top);
        int employees = size * rng.between(3, 8);
        OptionalDouble wages = sector == Sector.STATE_ENTERPRISE
                ? OptionalDouble.of(employees * rng.between(70, 130) * 1000.0) : OptionalDouble.empty();
        OptionalDouble funds = wages.isPresent()
                ? OptionalDouble.of(Math.floor(wages.getAsDouble() * rng.real(0.003, 0.008) / 100) * 100) : OptionalDouble.empty();
        hosts.add(new HostUnit(hostId, name, sector, Optional.of(top.id), Optional.of(parent.id), OptionalInt.of(employees),
                wages, funds));
        return top;
    }

    /** A street working committee (街道党工委) and its organ branch, whose members lead it. */
    private void street(Plan.District plan, Plan.Street s) {
        Rng rng = ctx.rng(s.id());
        OrgNode street = new OrgNode(s.id(), s.name() + "党工委", OrgType.STREET_WORKING_COMMITTEE, Sector.OTHER, plan.id(),
                rng.date(LocalDate.of(1990, 1, 1), LocalDate.of(2010, 12, 31)));
        String hostId = "U-" + s.id();
        OrgNode organ = shaper.shape(rng, s.id() + "-JG", s.name() + "机关", Sector.ORGAN, street, null, s.organBranch(),
                street.established, Shape.UNIT, List.of());
        organ.hostUnitId = Optional.of(hostId);
        shaper.populate(rng, organ, (r, b, i) -> Profile.CIVIL_SERVANT, Optional.of(hostId), Recruit.rate(0.01));
        shaper.finishBranches(rng, organ);
        List<Member> cadres = staffing.street(rng, street, organ);
        staffing.unit(rng, organ);
        List<Object> extra = new ArrayList<>();
        for (int i = 0; i < cadres.size(); i++) { // each leader keeps in touch with one of the street's communities
            String contact = s.communities().isEmpty() ? rng.pick(ctx.communityIds) : s.communityId(i % s.communities().size());
            extra.addAll(writer.paperwork().sectionCadre(rng, cadres.get(i), contact));
        }
        HostUnit office = new HostUnit(hostId, s.name() + "办事处", Sector.ORGAN, Optional.of(organ.id), Optional.of(street.id),
                OptionalInt.of(s.organBranch() * rng.between(3, 5)), OptionalDouble.empty(), OptionalDouble.empty());
        finish(rng, street, List.of(office), extra);
    }

    /** Marks duties, lets a few leaders skip their branch for a quarter, and writes the unit. */
    private void finish(Rng rng, OrgNode top, List<HostUnit> hosts, List<?> extra) {
        finish(ctx, staffing, writer, rng, top, hosts, extra);
    }

    static void finish(Ctx ctx, Staffing staffing, UnitWriter writer, Rng rng, OrgNode top, List<HostUnit> hosts, List<?> extra) {
        staffing.markDuties(top);
        int quarters = (ctx.asOf.getMonthValue() - 1) / 3 + 1;
        for (Member m : top.subtreeMembers()) {
            if (m.leader && ctx.hit(rng, Fault.LEADER_SKIPS_BRANCH)) {
                m.skipsQuarter = rng.between(1, quarters);
            }
        }
        writer.write(rng, top, hosts, extra);
    }

    /** An inspector's flag on a weak organization (软弱涣散), planted by the fault of that name. */
    static Optional<InspectionFlag> flag(Ctx ctx, Rng rng, OrgNode o) {
        if (!ctx.hit(rng, Fault.INSPECTION_FLAG)) {
            return Optional.empty();
        }
        InspectionCriterion c = rng.pick(new InspectionCriterion[] {InspectionCriterion.DISUNITY,
                InspectionCriterion.VOTE_BUYING, InspectionCriterion.INTERFERENCE, InspectionCriterion.SECRETARY_INCOMPETENT});
        return Optional.of(new InspectionFlag(o.id, c, rng.date(ctx.yearStart, ctx.asOf), Optional.of("区委组织部督查发现")));
    }

    /** A mix of members: the first {@code staff} of the first branch of one kind, the rest drawn by weights. */
    static Mix mix(int staff, Profile staffKind, Profile[] kinds, double[] weights) {
        return (rng, b, i) -> b == 0 && i < staff ? staffKind : kinds[rng.weighted(weights)];
    }
}
