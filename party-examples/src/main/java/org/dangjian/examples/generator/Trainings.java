package org.dangjian.examples.generator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dangjian.model.OrganizerLevel;
import org.dangjian.model.Sector;
import org.dangjian.model.Training;

/**
 * A year of training (学习培训) per member: the winter training (冬训, centralized), online study
 * (网上党校), the branch's study sessions and the July party-spirit course — 36 hours and more;
 * secretaries and committee members add the district's courses (56 hours and more, two
 * centralized trainings, one at district level); a new secretary is trained within months.
 */
final class Trainings {

    private final Ctx ctx;

    Trainings(Ctx ctx) {
        this.ctx = ctx;
    }

    List<Training> of(Rng rng, Member m) {
        List<Training> out = new ArrayList<>();
        if (!m.active() || m.untrained) {
            return out;
        }
        int y = ctx.year;
        LocalDate joined = m.membership.admitted();
        boolean street = m.branch.underStreet;
        OrganizerLevel own = street ? OrganizerLevel.STREET : OrganizerLevel.DISTRICT;
        if (m.exempt()) { // taken to their home (送学上门): not centralized
            add(out, m, rng.date(LocalDate.of(y, 4, 1), LocalDate.of(y, 10, 31)), 4, false, OrganizerLevel.COMMUNITY, "送学上门");
            return out;
        }
        boolean twoNewGap = m.twoNewCadre && ctx.hit(rng, Fault.TWO_NEW_UNTRAINED);
        boolean oneCentralized = m.secretarySince != null && ctx.hit(rng, Fault.ONE_CENTRALIZED_TRAINING);
        boolean centralized = !twoNewGap && !oneCentralized;
        LocalDate winter = Dates.workday(rng, YearMonth.of(y, 1), 6, 17);
        if (joined.isBefore(winter)) {
            add(out, m, winter, rng.between(10, 12), centralized, own, m.mobile() ? "流动党员集中培训（线上）" : "党员冬训");
        } else {
            add(out, m, joined.plusDays(rng.between(10, 40)), rng.between(10, 12), centralized, own, "新党员入党教育培训");
        }
        if (!m.trainsShort) {
            add(out, m, rng.date(LocalDate.of(y, 11, 16), LocalDate.of(y, 11, 30)), rng.between(14, 20), false,
                    OrganizerLevel.CITY, "网上党校在线学习");
        }
        add(out, m, Dates.workday(rng, YearMonth.of(y, 9), 8, 25), 8, false, OrganizerLevel.BRANCH, "支部集中学习");
        OrganizerLevel july = street && m.branch.sector == Sector.COMMUNITY ? OrganizerLevel.COMMUNITY : OrganizerLevel.BRANCH;
        add(out, m, Dates.workday(rng, YearMonth.of(y, 7), 1, 15), 4, centralized, july, "七一党性教育专题培训");

        boolean shortPost = ctx.hit(rng, Fault.POST_TRAINING_SHORT);
        if (m.secretarySince != null) {
            secretary(rng, m, out, shortPost, centralized);
        } else if (m.committeeSeat) {
            add(out, m, Dates.workday(rng, YearMonth.of(y, 5), 10, 28), shortPost ? 12 : 24, true,
                    OrganizerLevel.DISTRICT, "基层党务干部培训班");
        }
        if (m.twoNewCadre && !twoNewGap) {
            add(out, m, Dates.workday(rng, YearMonth.of(y, 6), 1, 28), 8, true, OrganizerLevel.DISTRICT, "两新组织党务工作者培训");
        }
        if (m.leader && m.profile == Profile.CIVIL_SERVANT) {
            add(out, m, Dates.workday(rng, YearMonth.of(y, 3), 1, 28), 24, false, OrganizerLevel.DISTRICT, "理论学习中心组学习");
        }
        return out;
    }

    /** The district's course for secretaries (within six months for a new one) and the autumn rotation. */
    private void secretary(Rng rng, Member m, List<Training> out, boolean shortPost, boolean centralized) {
        int y = ctx.year;
        LocalDate since = m.secretarySince;
        OrganizerLevel level = ctx.hit(rng, Fault.NO_DISTRICT_TRAINING) ? OrganizerLevel.STREET : OrganizerLevel.DISTRICT;
        LocalDate course = Dates.workday(rng, YearMonth.of(y, rng.between(4, 5)), 6, 28);
        if (since.getYear() == y) { // a new secretary (新任书记): trained within six months of taking office
            course = since.plusDays(ctx.hit(rng, Fault.LATE_INDUCTION) ? rng.between(200, 260) : rng.between(20, 140));
        }
        if (!since.isBefore(ctx.yearStart.minusMonths(6)) && since.isBefore(ctx.yearStart)) {
            // appointed late last year: the induction course, which the dataset keeps although of last year
            LocalDate induction = since.plusDays(rng.between(20, 60));
            if (!induction.isAfter(ctx.asOf)) {
                out.add(new Training(m.id(), induction, 16, true, OrganizerLevel.DISTRICT, Optional.of("新任基层党组织书记任职培训")));
            }
        }
        add(out, m, course, shortPost ? 8 : 24, true, level, "基层党组织书记示范培训班");
        add(out, m, Dates.workday(rng, YearMonth.of(y, 10), 9, 28), rng.between(8, 12), centralized,
                m.branch.underStreet ? OrganizerLevel.STREET : OrganizerLevel.DISTRICT, "党组织书记轮训");
    }

    private void add(List<Training> out, Member m, LocalDate date, double hours, boolean centralized,
                     OrganizerLevel level, String title) {
        if (ctx.inYear(date) && !date.isBefore(m.membership.admitted())) {
            out.add(new Training(m.id(), date, hours, centralized, level, Optional.of(title)));
        }
    }
}
