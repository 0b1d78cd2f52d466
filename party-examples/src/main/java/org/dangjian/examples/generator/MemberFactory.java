package org.dangjian.examples.generator;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.dangjian.model.Education;
import org.dangjian.model.Gender;
import org.dangjian.model.MemberCategory;
import org.dangjian.model.Membership;
import org.dangjian.model.MembershipStatus;
import org.dangjian.model.MobileInfo;
import org.dangjian.model.Person;

/**
 * Makes members: a person with a plausible name, birth date and education for their kind, and
 * a membership with its admission history (activist, candidate, pre-admission training for the
 * recent ones), category, income and mobile record. Faults on members are planted here.
 */
final class MemberFactory {

    /** When a member was admitted (入党): long ago, last year, or in the audit year. */
    enum Admission { OLD, LAST_YEAR, THIS_YEAR }

    private final Ctx ctx;

    MemberFactory(Ctx ctx) {
        this.ctx = ctx;
    }

    /** A member of {@code branch}, added to it. */
    Member create(Rng rng, OrgNode branch, Profile profile, Admission admission, Optional<String> workUnitId) {
        LocalDate asOf = ctx.asOf;
        String id = ctx.nextPersonId();
        Gender gender = rng.chance(profile.female) ? Gender.FEMALE : Gender.MALE;
        Education education = profile.drawEducation(rng);
        LocalDate birth;
        LocalDate admitted;
        if (admission == Admission.OLD || !profile.recruits()) {
            int age = profile == Profile.RETIRED_RESIDENT || profile == Profile.RETIRED_CADRE
                    ? (int) Math.round(rng.normal(71, 8, profile.minAge, profile.maxAge))
                    : rng.between(profile.minAge, profile.maxAge);
            birth = asOf.minusYears(age).minusDays(rng.between(1, 364));
            admitted = oldAdmission(rng, profile, birth);
        } else {
            admitted = admission == Admission.THIS_YEAR
                    ? rng.date(ctx.yearStart, asOf)
                    : rng.date(ctx.yearStart.minusYears(1), ctx.yearStart.minusDays(1));
            int ageAtAdmission = (int) Math.round(rng.normal(27, 5, 20, 38));
            if (ctx.hit(rng, Fault.OLD_NEW_MEMBER)) {
                ageAtAdmission = rng.between(41, 52);
            } else if (ctx.hit(rng, Fault.UNDERAGE_ADMISSION)) {
                ageAtAdmission = 17;
            }
            birth = admitted.minusYears(ageAtAdmission).minusDays(rng.between(0, 364));
            if (ageAtAdmission < 19) {
                education = Education.HIGH_SCHOOL; // a pupil
            } else if (ctx.hit(rng, Fault.LOW_EDUCATION_NEW_MEMBER)) {
                education = Education.JUNIOR_HIGH;
            } else if (education.compareTo(Education.HIGH_SCHOOL) < 0) {
                education = Education.HIGH_SCHOOL; // new members are high-school educated or more
            }
        }
        String name = Names.name(rng, gender, birth.getYear());
        Person person = new Person(id, name, gender, birth, education, Optional.of(idNumber(rng, birth, gender)));
        Membership membership = membership(rng, id, branch, profile, birth, admitted, workUnitId);
        Member m = new Member(person, membership, branch, profile);
        plantYearFaults(rng, m);
        branch.members.add(m);
        return m;
    }

    /** Admitted at about 26 (retirees about 28), at least 18, and before the last two years. */
    private LocalDate oldAdmission(Rng rng, Profile profile, LocalDate birth) {
        LocalDate latest = ctx.yearStart.minusYears(1).minusDays(1);
        int age = (int) Math.round(rng.normal(profile.recruits() ? 26 : 28, 5, 18, 45));
        LocalDate admitted = birth.plusYears(age).plusDays(rng.between(0, 300));
        if (admitted.isAfter(latest)) {
            admitted = rng.date(Dates.max(birth.plusYears(18).plusDays(1), latest.minusYears(3)), latest);
        }
        return admitted;
    }

    private Membership membership(Rng rng, String id, OrgNode branch, Profile profile, LocalDate birth,
                                  LocalDate admitted, Optional<String> workUnitId) {
        LocalDate asOf = ctx.asOf;
        boolean recent = !admitted.isBefore(ctx.yearStart.minusYears(2));
        Optional<LocalDate> activist = Optional.empty();
        Optional<LocalDate> candidate = Optional.empty();
        OptionalDouble preTraining = OptionalDouble.empty();
        if (recent) {
            LocalDate c = admitted.minusMonths(rng.between(3, 8)).minusDays(rng.between(0, 20));
            LocalDate a = c.minusMonths(ctx.hit(rng, Fault.CANDIDATE_TOO_SOON) ? rng.between(5, 10) : rng.between(13, 20));
            candidate = Optional.of(c);
            activist = Optional.of(a);
            preTraining = OptionalDouble.of(ctx.hit(rng, Fault.PRE_TRAINING_SHORT) ? rng.pick(new Integer[] {8, 12, 16})
                    : rng.pick(new Integer[] {24, 24, 32, 36, 40}));
        }
        LocalDate endOfProbation = admitted.plusYears(1);
        boolean overdue = !admitted.isBefore(ctx.yearStart.minusYears(1)) && ctx.hit(rng, Fault.PROBATION_OVERDUE);
        boolean full = !endOfProbation.isAfter(asOf) && !overdue;
        MembershipStatus status = full ? MembershipStatus.FULL : MembershipStatus.PROBATIONARY;
        Optional<LocalDate> fullSince = full ? Optional.of(endOfProbation) : Optional.empty();

        int age = org.dangjian.model.Periods.ageOn(birth, asOf);
        boolean exempt = profile.category == MemberCategory.RETIRED
                && (age >= 80 ? rng.chance(0.6) : age >= 75 && rng.chance(0.1));
        OptionalDouble income = OptionalDouble.empty();
        if (!rng.chance(profile.noIncome)) {
            int yuan = rng.between(profile.minIncome / 10, profile.maxIncome / 10) * 10;
            if (yuan == 3000 || yuan == 5000 || yuan == 10000) {
                yuan += 10; // off the bracket boundaries, where readings of "up to" could differ
            }
            income = OptionalDouble.of(yuan);
        }

        Optional<LocalDate> lostContact = Optional.empty();
        Optional<LocalDate> suspended = Optional.empty();
        boolean mayDrift = full && (profile == Profile.WORKING_RESIDENT || profile == Profile.MOBILE_RESIDENT);
        if (mayDrift && rng.chance(0.004)) { // suspended after losing contact, within the last two years
            LocalDate lost = asOf.minusMonths(rng.between(14, 22));
            lostContact = Optional.of(lost);
            suspended = Optional.of(lost.plusMonths(rng.between(6, 8)));
            status = MembershipStatus.SUSPENDED;
        } else if (mayDrift && ctx.hit(rng, Fault.LOST_CONTACT)) {
            lostContact = Optional.of(asOf.minusMonths(rng.between(7, 14)).withDayOfMonth(1));
        }

        Optional<MobileInfo> mobile = Optional.empty();
        if (profile.category == MemberCategory.MOBILE) {
            mobile = Optional.of(mobileInfo(rng));
        }
        Optional<String> reported = Optional.empty();
        if (profile.category == MemberCategory.IN_SERVICE && !ctx.communityIds.isEmpty()
                && !ctx.hit(rng, Fault.IN_SERVICE_UNREPORTED)) {
            reported = Optional.of(rng.pick(ctx.communityIds));
        }
        return new Membership(id, branch.id, status, admitted, fullSince, Optional.empty(), activist, candidate,
                preTraining, profile.category, workUnitId, exempt, lostContact, suspended, income, mobile, reported);
    }

    /** Away for work (流动党员): not at a fixed place, or only lately; certificate, file and evaluation kept. */
    private MobileInfo mobileInfo(Rng rng) {
        LocalDate asOf = ctx.asOf;
        if (ctx.hit(rng, Fault.MOBILE_NOT_TRANSFERRED)) {
            return new MobileInfo(asOf.minusMonths(rng.between(8, 30)), Optional.of(true), Optional.of(true), Optional.of(true),
                    OptionalInt.of(ctx.year));
        }
        boolean lately = rng.chance(0.2);
        LocalDate since = lately ? asOf.minusMonths(rng.between(1, 4)) : asOf.minusMonths(rng.between(6, 60));
        boolean certificate = true;
        boolean file = true;
        OptionalInt evaluated = OptionalInt.of(ctx.year);
        if (ctx.hit(rng, Fault.MOBILE_WITHOUT_CERTIFICATE)) {
            switch (rng.between(0, 2)) {
                case 0 -> certificate = false;
                case 1 -> file = false;
                default -> evaluated = OptionalInt.of(ctx.year - 1);
            }
        }
        return new MobileInfo(since, Optional.of(lately), Optional.of(certificate), Optional.of(file), evaluated);
    }

    /** Faults that show in the year's records: absence, unpaid or underpaid dues, short training. */
    private void plantYearFaults(Rng rng, Member m) {
        m.membership.lostContactSince().ifPresent(d -> m.absentFrom = Optional.of(d));
        if (!m.active()) {
            return;
        }
        if (ctx.hit(rng, Fault.ABSENT_MEMBER)) {
            m.absentFrom = Optional.of(ctx.asOf.minusMonths(rng.between(6, 9)).withDayOfMonth(1));
        }
        if (ctx.hit(rng, Fault.DUES_STOPPED)) {
            m.unpaidMonths = rng.between(6, 10);
        } else if (ctx.hit(rng, Fault.DUES_ARREARS)) {
            m.unpaidMonths = rng.between(1, 5);
        }
        if (ctx.hit(rng, Fault.DUES_UNDERPAID)) { // income rose, dues did not follow
            m.underpaysFrom = ctx.asOf.getMonthValue() - rng.between(0, 2);
        }
        if (ctx.hit(rng, Fault.UNTRAINED_MEMBER)) {
            m.untrained = true;
        } else if (ctx.hit(rng, Fault.MEMBER_TRAINING_SHORT)) {
            m.trainsShort = true;
        }
    }

    private String idNumber(Rng rng, LocalDate birth, Gender gender) {
        return IdNumbers.of(ctx.district == null ? 990100 : ctx.district.regionCode(), birth, gender, rng.between(0, 499));
    }
}
