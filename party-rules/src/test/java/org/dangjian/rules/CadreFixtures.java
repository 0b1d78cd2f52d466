package org.dangjian.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.dangjian.model.Assessment;
import org.dangjian.model.AssessmentResult;
import org.dangjian.model.ContactPoint;
import org.dangjian.model.Education;
import org.dangjian.model.Gender;
import org.dangjian.model.OrgType;
import org.dangjian.model.Organization;
import org.dangjian.model.Person;
import org.dangjian.model.PersonalMattersReport;
import org.dangjian.model.Position;
import org.dangjian.model.ReserveCadre;
import org.dangjian.model.Role;
import org.dangjian.model.Sector;

/**
 * Builders for CAD tests, and the small tree they share: district {@code d-1} → street working
 * committee {@code s-1} → community org {@code c-1} (a general branch of sector COMMUNITY) →
 * branch {@code b-1} (also COMMUNITY, but not the community org: {@code c-1} is above it).
 */
final class CadreFixtures {

    static final Organization DISTRICT = Fixtures.org("d-1", OrgType.DISTRICT_COMMITTEE, Sector.ORGAN, null);
    static final Organization STREET = Fixtures.org("s-1", OrgType.STREET_WORKING_COMMITTEE, Sector.ORGAN, "d-1");
    static final Organization COMMUNITY = Fixtures.org("c-1", OrgType.GENERAL_BRANCH, Sector.COMMUNITY, "s-1");
    static final Organization COMMUNITY_BRANCH = Fixtures.branch("b-1", "c-1");

    private CadreFixtures() {
    }

    static Person person(String id, LocalDate birth, Education education) {
        return new Person(id, "干部" + id, Gender.FEMALE, birth, education, Optional.empty());
    }

    static Person person(String id, Education education) {
        return person(id, LocalDate.of(1980, 5, 1), education);
    }

    static ReserveCadre reserve(String personId, String orgId) {
        return new ReserveCadre(personId, orgId, Fixtures.LONG_AGO, Optional.empty());
    }

    static ReserveCadre reserve(String personId, String orgId, LocalDate since, LocalDate until) {
        return new ReserveCadre(personId, orgId, since, Optional.ofNullable(until));
    }

    /** A post since {@code start}, in force, archive kept, not filed. */
    static Position post(String personId, String orgId, Role role, LocalDate start) {
        return new Position(personId, orgId, role, start, Optional.empty(), Optional.of(true), Optional.of(true), Optional.empty());
    }

    static Position ended(Position p, LocalDate end) {
        return new Position(p.personId(), p.organizationId(), p.role(), p.start(), Optional.of(end), p.fullTime(),
                p.archiveKept(), p.filedWithDistrict());
    }

    static Position archiveNotRecorded(Position p) {
        return new Position(p.personId(), p.organizationId(), p.role(), p.start(), p.end(), p.fullTime(), Optional.empty(),
                p.filedWithDistrict());
    }

    static Position withoutArchive(Position p) {
        return new Position(p.personId(), p.organizationId(), p.role(), p.start(), p.end(), p.fullTime(), Optional.of(false),
                p.filedWithDistrict());
    }

    static Position filed(Position p, LocalDate filed) {
        return new Position(p.personId(), p.organizationId(), p.role(), p.start(), p.end(), p.fullTime(),
                p.archiveKept(), Optional.of(filed));
    }

    static Assessment assessment(String personId, int year, AssessmentResult result, Boolean massesSatisfied) {
        return new Assessment(personId, year, result, Optional.ofNullable(massesSatisfied), false);
    }

    static ContactPoint contactPoint(String personId, String orgId, int year, double days) {
        return new ContactPoint(personId, orgId, year, days);
    }

    static PersonalMattersReport report(String personId, int year, LocalDate filed) {
        return new PersonalMattersReport(personId, year, filed);
    }
}
