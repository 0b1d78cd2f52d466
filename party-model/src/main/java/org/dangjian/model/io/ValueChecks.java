package org.dangjian.model.io;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.dangjian.model.ContactPoint;
import org.dangjian.model.DuesPayment;
import org.dangjian.model.HostUnit;
import org.dangjian.model.Membership;
import org.dangjian.model.Organization;
import org.dangjian.model.Person;
import org.dangjian.model.Petition;
import org.dangjian.model.Position;
import org.dangjian.model.RecordKind;
import org.dangjian.model.Rectification;
import org.dangjian.model.ReserveCadre;
import org.dangjian.model.Survey;
import org.dangjian.model.Training;

/**
 * Dates that cannot be (an end before its start, an admission before birth, a past event after
 * the as-of date) and numbers out of range (negative amounts, a star rating of 6).
 */
final class ValueChecks {

    private ValueChecks() {}

    /**
     * Checks every kind; the trainings' hours and the dues amounts only with {@code amounts}
     * (a reader that saw them all in range says so: they are the big kinds, in columns).
     */
    static void check(ValidationContext c, boolean amounts) {
        organizations(c);
        hostUnits(c);
        people(c);
        memberships(c);
        positions(c);
        reserveCadres(c);
        if (amounts) {
            trainings(c);
            duesPayments(c);
        }
        contactPoints(c);
        petitions(c);
        surveys(c);
        rectifications(c);
    }

    private static void organizations(ValidationContext c) {
        List<Organization> list = c.dataset.organizations();
        for (int i = 0; i < list.size(); i++) {
            Organization o = list.get(i);
            notAfterAsOf(c, RecordKind.ORGANIZATIONS, i, "established", o.established());
            notBefore(c, RecordKind.ORGANIZATIONS, i, "dissolved", o.dissolved(), "establishment date", o.established());
            atLeast(c, RecordKind.ORGANIZATIONS, i, "committeeSeats", o.committeeSeats(), 0);
            atLeast(c, RecordKind.ORGANIZATIONS, i, "households", o.households(), 0);
            atLeast(c, RecordKind.ORGANIZATIONS, i, "serviceAreaSqm", o.serviceAreaSqm(), 0);
            atLeast(c, RecordKind.ORGANIZATIONS, i, "fundsYuan", o.fundsYuan(), 0);
            if (o.starRating().isPresent() && (o.starRating().getAsInt() < 1 || o.starRating().getAsInt() > 5)) {
                c.error(RecordKind.ORGANIZATIONS, i, "starRating",
                        "The star rating " + o.starRating().getAsInt() + " is not between 1 and 5.");
            }
        }
    }

    private static void hostUnits(ValidationContext c) {
        List<HostUnit> list = c.dataset.hostUnits();
        for (int i = 0; i < list.size(); i++) {
            HostUnit h = list.get(i);
            atLeast(c, RecordKind.HOST_UNITS, i, "employees", h.employees(), 0);
            atLeast(c, RecordKind.HOST_UNITS, i, "annualWagesYuan", h.annualWagesYuan(), 0);
            atLeast(c, RecordKind.HOST_UNITS, i, "partyFundsYuan", h.partyFundsYuan(), 0);
        }
    }

    private static void people(ValidationContext c) {
        List<Person> list = c.dataset.people();
        for (int i = 0; i < list.size(); i++) {
            notAfterAsOf(c, RecordKind.PEOPLE, i, "birthDate", list.get(i).birthDate());
        }
    }

    private static void memberships(ValidationContext c) {
        List<Membership> list = c.dataset.memberships();
        RecordKind k = RecordKind.MEMBERSHIPS;
        for (int i = 0; i < list.size(); i++) {
            Membership m = list.get(i);
            notAfterAsOf(c, k, i, "admitted", m.admitted());
            Optional<LocalDate> birth = c.dataset.person(m.personId()).map(Person::birthDate);
            if (birth.isPresent() && m.admitted().isBefore(birth.get())) {
                c.error(k, i, "admitted", "The admission date " + m.admitted()
                        + " is before the person's birth date " + birth.get() + ".");
            }
            notBefore(c, k, i, "fullSince", m.fullSince(), "admission date", m.admitted());
            if (m.activistSince().isPresent()) {
                notBefore(c, k, i, "candidateSince", m.candidateSince(), "activist date (activistSince)",
                        m.activistSince().get());
            }
            atLeast(c, k, i, "preAdmissionTrainingHours", m.preAdmissionTrainingHours(), 0);
            atLeast(c, k, i, "monthlyIncomeYuan", m.monthlyIncomeYuan(), 0);
        }
    }

    private static void positions(ValidationContext c) {
        List<Position> list = c.dataset.positions();
        for (int i = 0; i < list.size(); i++) {
            Position p = list.get(i);
            notAfterAsOf(c, RecordKind.POSITIONS, i, "start", p.start());
            notBefore(c, RecordKind.POSITIONS, i, "end", p.end(), "start date", p.start());
        }
    }

    private static void reserveCadres(ValidationContext c) {
        List<ReserveCadre> list = c.dataset.reserveCadres();
        for (int i = 0; i < list.size(); i++) {
            ReserveCadre r = list.get(i);
            notBefore(c, RecordKind.RESERVE_CADRES, i, "until", r.until(), "date since (since)", r.since());
        }
    }

    /** Whether a training's hours are in range (more than 0), as {@link #check} judges them. */
    static boolean inRange(Training t) {
        return hoursInRange(t.hours());
    }

    static boolean hoursInRange(double hours) {
        return hours > 0;
    }

    /** Whether a dues payment's amount is in range (at least 0, not NaN). */
    static boolean inRange(DuesPayment d) {
        return amountInRange(d.amountYuan());
    }

    static boolean amountInRange(double amountYuan) {
        return amountYuan >= 0;
    }

    private static void trainings(ValidationContext c) {
        List<Training> list = c.dataset.trainings();
        for (int i = 0; i < list.size(); i++) {
            double hours = list.get(i).hours();
            if (!inRange(list.get(i))) {
                c.error(RecordKind.TRAININGS, i, "hours", "The hours must be more than 0, not " + format(hours) + ".");
            }
        }
    }

    private static void duesPayments(ValidationContext c) {
        List<DuesPayment> list = c.dataset.duesPayments();
        for (int i = 0; i < list.size(); i++) {
            DuesPayment d = list.get(i);
            if (!inRange(d)) {
                atLeast(c, RecordKind.DUES_PAYMENTS, i, "amountYuan", OptionalDouble.of(d.amountYuan()), 0);
            }
        }
    }

    private static void contactPoints(ValidationContext c) {
        List<ContactPoint> list = c.dataset.contactPoints();
        for (int i = 0; i < list.size(); i++) {
            atLeast(c, RecordKind.CONTACT_POINTS, i, "daysOnSite", OptionalDouble.of(list.get(i).daysOnSite()), 0);
        }
    }

    private static void petitions(ValidationContext c) {
        List<Petition> list = c.dataset.petitions();
        for (int i = 0; i < list.size(); i++) {
            atLeast(c, RecordKind.PETITIONS, i, "count", OptionalInt.of(list.get(i).count()), 1);
        }
    }

    private static void surveys(ValidationContext c) {
        List<Survey> list = c.dataset.surveys();
        for (int i = 0; i < list.size(); i++) {
            double s = list.get(i).satisfaction();
            if (!(s >= 0 && s <= 1)) {
                c.error(RecordKind.SURVEYS, i, "satisfaction", "The satisfaction " + format(s)
                        + " is not between 0 and 1 (write 95% as 0.95).");
            }
        }
    }

    private static void rectifications(ValidationContext c) {
        List<Rectification> list = c.dataset.rectifications();
        for (int i = 0; i < list.size(); i++) {
            Rectification r = list.get(i);
            notAfterAsOf(c, RecordKind.RECTIFICATIONS, i, "start", r.start());
            notBefore(c, RecordKind.RECTIFICATIONS, i, "end", r.end(), "start date", r.start());
        }
    }

    private static void notAfterAsOf(ValidationContext c, RecordKind kind, int i, String field, LocalDate date) {
        if (date.isAfter(c.dataset.asOf())) {
            c.error(kind, i, field, "The date " + date + " is after the date the dataset is as of ("
                    + c.dataset.asOf() + ").");
        }
    }

    private static void notBefore(ValidationContext c, RecordKind kind, int i, String field,
                                  Optional<LocalDate> date, String earlierName, LocalDate earlier) {
        if (date.isPresent() && date.get().isBefore(earlier)) {
            c.error(kind, i, field, "The date " + date.get() + " is before the " + earlierName + " " + earlier + ".");
        }
    }

    private static void atLeast(ValidationContext c, RecordKind kind, int i, String field, OptionalInt value, int min) {
        if (value.isPresent() && value.getAsInt() < min) {
            c.error(kind, i, field, "The number " + value.getAsInt() + " must be at least " + min + ".");
        }
    }

    private static void atLeast(ValidationContext c, RecordKind kind, int i, String field, OptionalDouble value, int min) {
        // written as !(v >= min) so that NaN, which a Java caller can build, is caught too
        if (value.isPresent() && !(value.getAsDouble() >= min)) {
            c.error(kind, i, field, "The number " + format(value.getAsDouble()) + " must be at least " + min + ".");
        }
    }

    /** 12 rather than 12.0: the way the user wrote it. */
    static String format(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
