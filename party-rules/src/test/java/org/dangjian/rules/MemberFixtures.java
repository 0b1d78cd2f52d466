package org.dangjian.rules;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.dangjian.model.Education;
import org.dangjian.model.Gender;
import org.dangjian.model.MemberCategory;
import org.dangjian.model.Membership;
import org.dangjian.model.MembershipStatus;
import org.dangjian.model.OrganizerLevel;
import org.dangjian.model.Person;
import org.dangjian.model.Training;

/**
 * Builders for the TRN and DEV tests: memberships with the fields those rules read (exempt,
 * probation, development dates, pre-admission training, work unit), people with gender and
 * education, centralized trainings. {@link Fixtures} holds the shared plain cases.
 */
final class MemberFixtures {

    private MemberFixtures() {
    }

    /** A person of the given gender, birth date and education. */
    static Person person(String id, Gender gender, LocalDate birth, Education education) {
        return new Person(id, "党员" + id, gender, birth, education, Optional.empty());
    }

    /** A centralized training organized at {@code level}. */
    static Training centralized(String personId, LocalDate date, double hours, OrganizerLevel level) {
        return new Training(personId, date, hours, true, level, Optional.empty());
    }

    /** A membership being built: {@code membership("p1", "b").admitted(d).exempt().build()}. */
    static MembershipBuilder membership(String personId, String orgId) {
        return new MembershipBuilder(personId, orgId);
    }

    /** A mutable membership under construction; defaults are a FULL DIRECT member since 2010. */
    static final class MembershipBuilder {
        private final String personId;
        private final String orgId;
        private MembershipStatus status = MembershipStatus.FULL;
        private LocalDate admitted = Fixtures.LONG_AGO;
        private Optional<LocalDate> extendedUntil = Optional.empty();
        private Optional<LocalDate> activistSince = Optional.empty();
        private Optional<LocalDate> candidateSince = Optional.empty();
        private OptionalDouble preTraining = OptionalDouble.empty();
        private Optional<String> workUnitId = Optional.empty();
        private boolean exempt;

        private MembershipBuilder(String personId, String orgId) {
            this.personId = personId;
            this.orgId = orgId;
        }

        MembershipBuilder status(MembershipStatus s) {
            this.status = s;
            return this;
        }

        MembershipBuilder admitted(LocalDate d) {
            this.admitted = d;
            return this;
        }

        /** PROBATIONARY, admitted on {@code d}. */
        MembershipBuilder probationary(LocalDate d) {
            return status(MembershipStatus.PROBATIONARY).admitted(d);
        }

        MembershipBuilder extendedUntil(LocalDate d) {
            this.extendedUntil = Optional.of(d);
            return this;
        }

        MembershipBuilder activistSince(LocalDate d) {
            this.activistSince = Optional.of(d);
            return this;
        }

        MembershipBuilder candidateSince(LocalDate d) {
            this.candidateSince = Optional.of(d);
            return this;
        }

        MembershipBuilder preTraining(double hours) {
            this.preTraining = OptionalDouble.of(hours);
            return this;
        }

        MembershipBuilder workUnit(String hostUnitId) {
            this.workUnitId = Optional.of(hostUnitId);
            return this;
        }

        MembershipBuilder exempt() {
            this.exempt = true;
            return this;
        }

        Membership build() {
            return new Membership(personId, orgId, status, admitted, Optional.empty(), extendedUntil, activistSince,
                    candidateSince, preTraining, MemberCategory.DIRECT, workUnitId, exempt, Optional.empty(),
                    Optional.empty(), OptionalDouble.empty(), Optional.empty(), Optional.empty());
        }
    }

    /** A woman or man born on {@code birth} with a bachelor's degree. */
    static Person person(String id, Gender gender, LocalDate birth) {
        return person(id, gender, birth, Education.BACHELOR);
    }
}
