package org.dangjian.examples.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.dangjian.model.Petition;
import org.dangjian.model.Rectification;
import org.dangjian.model.RectificationKind;
import org.dangjian.model.Sector;
import org.dangjian.model.Survey;
import org.dangjian.examples.generator.MemberFactory.Admission;
import org.dangjian.examples.generator.UnitShaper.Mix;
import org.dangjian.examples.generator.UnitShaper.Recruit;
import org.dangjian.examples.generator.UnitShaper.Shape;

/**
 * A community (社区) under its street: the community party committee (社区党委) with branches and
 * party groups, community staff (社区工作者) and residents — mostly retired, some working, young
 * or away for work; households, a service centre and funds; petitions and satisfaction surveys;
 * the rectification the district ordered, if any. At least one new member this year and last.
 */
final class Communities {

    private static final Profile[] RESIDENTS = {Profile.RETIRED_RESIDENT, Profile.WORKING_RESIDENT,
            Profile.YOUNG_RESIDENT, Profile.MOBILE_RESIDENT};
    private static final double[] RESIDENT_WEIGHTS = {66, 20, 7, 7};
    /** Community leaders and workers in the first branch: the committee, party workers and reserves come from them. */
    private static final int LEADERS = 6;
    private static final int WORKERS = 8;

    private final Ctx ctx;
    private final UnitShaper shaper;
    private final Staffing staffing;
    private final UnitWriter writer;

    Communities(Ctx ctx, UnitShaper shaper, Staffing staffing, UnitWriter writer) {
        this.ctx = ctx;
        this.shaper = shaper;
        this.staffing = staffing;
        this.writer = writer;
    }

    void community(Plan.District plan, Plan.Street s, int i, int districtIndex) {
        String id = s.communityId(i);
        Rng rng = ctx.rng(id);
        int size = s.communities().get(i);
        LocalDate established = rng.date(LocalDate.of(1999, 1, 1), LocalDate.of(2012, 12, 31));
        OrgNode top = shaper.shape(rng, id, PlaceNames.community(districtIndex), Sector.COMMUNITY, null, s.id(), size,
                established, Shape.COMMUNITY, List.of());
        top.communityOrg = true;
        UnitShaper.underStreet(top);
        int lastBranch = UnitShaper.branches(top).size() - 1;
        int lastSize = UnitShaper.branches(top).get(lastBranch).planned;
        boolean noRecruits = ctx.hit(rng, Fault.NO_NEW_MEMBERS);
        Mix staffThenResidents = (r, b, k) -> b == 0 && k < LEADERS ? Profile.COMMUNITY_LEADER
                : b == 0 && k < LEADERS + WORKERS ? Profile.COMMUNITY_WORKER
                : b == lastBranch && k >= lastSize - 2 ? Profile.YOUNG_RESIDENT
                : RESIDENTS[r.weighted(RESIDENT_WEIGHTS)];
        Recruit recruit = (r, b, k) -> noRecruits ? Admission.OLD
                : b == lastBranch && k == lastSize - 1 ? Admission.THIS_YEAR // a new member every year
                : b == lastBranch && k == lastSize - 2 ? Admission.LAST_YEAR
                : Recruit.rate(0.012).admission(r, b, k);
        shaper.populate(rng, top, staffThenResidents, Optional.empty(), recruit);
        shaper.finishBranches(rng, top);
        facilities(rng, top, size);
        List<Object> extra = new ArrayList<>();
        rectification(rng, plan, top).ifPresent(extra::add);
        staffing.unit(rng, top);
        extra.addAll(staffing.reserves(rng, top));
        extra.addAll(petitions(rng, top));
        extra.addAll(surveys(rng, top));
        Units.flag(ctx, rng, top).ifPresent(extra::add);
        Units.finish(ctx, staffing, writer, rng, top, List.of(), extra);
    }

    /** Households, the service centre's area (30 m² per 100 households and more) and the year's funds (10 yuan a household and more). */
    private void facilities(Rng rng, OrgNode top, int members) {
        int households = (int) Math.round(members * rng.real(18, 40) / 10) * 10;
        top.households = OptionalInt.of(households);
        double area = Math.ceil(households * 0.3 * (ctx.hit(rng, Fault.SERVICE_AREA_LOW) ? rng.real(0.6, 0.9) : rng.real(1.1, 2.2)));
        top.serviceAreaSqm = ctx.hit(rng, Fault.NO_SERVICE_FACILITY) ? OptionalDouble.empty() : OptionalDouble.of(area);
        double perHousehold = ctx.hit(rng, Fault.FUNDS_LOW) ? rng.real(6, 9.5) : rng.real(11, 20);
        top.fundsYuan = OptionalDouble.of(Math.ceil(households * perHousehold / 100) * 100);
    }

    /** The district's rectification of this community, if it is one of those ordered: one in three a backward community (后进社区). */
    private Optional<Rectification> rectification(Rng rng, Plan.District plan, OrgNode top) {
        if (!plan.rectified().contains(top.id)) {
            return Optional.empty();
        }
        LocalDate start = rng.date(LocalDate.of(ctx.year, 3, 2), LocalDate.of(ctx.year, 4, 30));
        if (start.isAfter(ctx.asOf)) {
            return Optional.empty();
        }
        boolean backward = rng.chance(1.0 / 3);
        if (backward) {
            top.backwardSince = Optional.of(start);
        }
        return Optional.of(new Rectification(top.id, backward ? RectificationKind.BACKWARD : RectificationKind.WEAK, start,
                Optional.empty(), false));
    }

    /** A few petitions (信访) in the year; concentrated ones where the fault falls. */
    private List<Petition> petitions(Rng rng, OrgNode top) {
        List<Petition> out = new ArrayList<>();
        boolean concentrated = ctx.hit(rng, Fault.PETITIONS_CONCENTRATED);
        int n = concentrated ? rng.between(4, 6) : rng.between(0, 3);
        for (int k = 0; k < n; k++) {
            out.add(new Petition(top.id, rng.date(ctx.yearStart, ctx.asOf), concentrated ? rng.between(2, 4) : rng.between(1, 2)));
        }
        out.sort(java.util.Comparator.comparing(Petition::date));
        return out;
    }

    /** Satisfaction surveys of residents (群众满意度测评) in June and December. */
    private List<Survey> surveys(Rng rng, OrgNode top) {
        List<Survey> out = new ArrayList<>();
        boolean low = ctx.hit(rng, Fault.MASSES_DISSATISFIED);
        for (int month : new int[] {6, 12}) {
            LocalDate date = Dates.workday(rng, java.time.YearMonth.of(ctx.year, month), 15, 28);
            if (!date.isAfter(ctx.asOf)) {
                double sat = low && month == 12 ? rng.real(0.45, 0.58) : rng.real(0.82, 0.97);
                out.add(new Survey(top.id, date, Math.round(sat * 100) / 100.0));
            }
        }
        return out;
    }
}
