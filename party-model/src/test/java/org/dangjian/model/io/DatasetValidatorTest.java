package org.dangjian.model.io;

import static org.dangjian.model.testing.TestRecords.AS_OF;
import static org.dangjian.model.testing.TestRecords.member;
import static org.dangjian.model.testing.TestRecords.org;
import static org.dangjian.model.testing.TestRecords.person;
import static org.dangjian.model.testing.TestRecords.post;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dangjian.model.ActivityType;
import org.dangjian.model.Dataset;
import org.dangjian.model.OrgType;
import org.dangjian.model.Petition;
import org.dangjian.model.Position;
import org.dangjian.model.Role;
import org.dangjian.model.Survey;
import org.dangjian.model.testing.TestRecords;
import org.junit.jupiter.api.Test;

/** The validator on datasets built in Java, as an embedder would build them. */
class DatasetValidatorTest {

    static final LocalDate DAY = LocalDate.of(2020, 6, 1);

    @Test
    void aConsistentDatasetHasNoProblems() {
        Dataset d = Dataset.builder(AS_OF)
                .add(org("o-1", OrgType.PARTY_COMMITTEE)).add(org("o-2", OrgType.BRANCH, "o-1"))
                .add(org("o-3", OrgType.BRANCH)) // a second root is fine
                .add(person("p-1")).add(member("p-1", "o-2")).add(post("p-1", "o-2", Role.SECRETARY))
                .add(TestRecords.activity("a-1", "o-2", ActivityType.PARTY_LESSON, DAY, List.of("p-1")))
                .build();
        assertEquals(List.of(), DatasetValidator.validate(d));
    }

    @Test
    void aPersonHasOneMembership() {
        Dataset d = Dataset.builder(AS_OF).add(org("o-1", OrgType.BRANCH)).add(person("p-1"))
                .add(member("p-1", "o-1")).add(member("p-1", "o-1")).build();
        assertEquals(List.of(Problem.error("memberships[1].personId",
                        "The person \"p-1\" already has a membership at memberships[0]; a person has one membership.")),
                DatasetValidator.validate(d));
    }

    @Test
    void aCycleOfParentsIsReportedOnce() {
        Dataset d = Dataset.builder(AS_OF)
                .add(org("o-1", OrgType.PARTY_COMMITTEE, "o-3")).add(org("o-2", OrgType.GENERAL_BRANCH, "o-1"))
                .add(org("o-3", OrgType.BRANCH, "o-2")).add(org("o-4", OrgType.PARTY_GROUP, "o-3"))
                .build();
        assertEquals(List.of(Problem.error("organizations[0].parentId",
                        "The organizations' parents go round in a circle: o-1 → o-3 → o-2 → o-1;"
                                + " the tree must end at a root without parentId.")),
                DatasetValidator.validate(d));
    }

    @Test
    void attendeesMustBePeople() {
        Dataset d = Dataset.builder(AS_OF).add(org("o-1", OrgType.BRANCH)).add(person("p-1"))
                .add(TestRecords.activity("a-1", "o-1", ActivityType.PARTY_LESSON, DAY, List.of("p-1", "p-7")))
                .build();
        assertEquals(List.of(Problem.error("activities[0].attendees[1]", "There is no person with the id \"p-7\".")),
                DatasetValidator.validate(d));
    }

    @Test
    void anEndBeforeItsStartAndAStartAfterAsOfAreErrors() {
        Position ended = new Position("p-1", "o-1", Role.SECRETARY, LocalDate.of(2018, 1, 1),
                Optional.of(LocalDate.of(2017, 1, 1)), Optional.of(false), Optional.of(false), Optional.empty());
        Position future = new Position("p-1", "o-1", Role.SECRETARY, LocalDate.of(2021, 1, 1),
                Optional.empty(), Optional.of(false), Optional.of(false), Optional.empty());
        Dataset d = Dataset.builder(AS_OF).add(org("o-1", OrgType.BRANCH)).add(person("p-1"))
                .add(ended).add(future).build();
        assertEquals(List.of(
                        Problem.error("positions[0].end", "The date 2017-01-01 is before the start date 2018-01-01."),
                        Problem.error("positions[1].start",
                                "The date 2021-01-01 is after the date the dataset is as of (2020-12-31).")),
                DatasetValidator.validate(d));
    }

    @Test
    void trainingsAndActivitiesMayBePlannedAfterAsOf() {
        Dataset d = Dataset.builder(AS_OF).add(org("o-1", OrgType.BRANCH)).add(person("p-1"))
                .add(TestRecords.training("p-1", LocalDate.of(2021, 3, 1), 8))
                .add(TestRecords.activity("a-1", "o-1", ActivityType.PARTY_LESSON, LocalDate.of(2021, 3, 1), List.of()))
                .build();
        assertEquals(List.of(), DatasetValidator.validate(d));
    }

    @Test
    void numbersOutOfRangeAreErrors() {
        Dataset d = Dataset.builder(AS_OF).add(org("o-1", OrgType.BRANCH))
                .add(new Petition("o-1", DAY, 0)).add(new Survey("o-1", DAY, 95)).add(new Survey("o-1", DAY, Double.NaN))
                .build();
        assertEquals(List.of(
                        Problem.error("petitions[0].count", "The number 0 must be at least 1."),
                        Problem.error("surveys[0].satisfaction",
                                "The satisfaction 95 is not between 0 and 1 (write 95% as 0.95)."),
                        Problem.error("surveys[1].satisfaction",
                                "The satisfaction NaN is not between 0 and 1 (write 95% as 0.95).")),
                DatasetValidator.validate(d));
    }

    @Test
    void emptyIdsAreErrors() {
        Dataset d = Dataset.builder(AS_OF).add(org(" ", OrgType.BRANCH)).build();
        assertEquals(List.of(Problem.error("organizations[0].id", "The id is empty; every organization needs one.")),
                DatasetValidator.validate(d));
    }

    @Test
    void aDatasetBuiltInJavaIsHeldToTheReadersLimitsOnSingleValues() {
        org.dangjian.model.Person p = person("p-1");
        Dataset d = Dataset.builder(AS_OF).add(org("o-1", OrgType.BRANCH))
                .add(new org.dangjian.model.Person("p-1", "张\u001b[31m三", p.gender(), LocalDate.of(1, 1, 1),
                        p.education(), Optional.of("1".repeat(33))))
                .add(TestRecords.activity("a-1", "o-1", ActivityType.PARTY_LESSON, DAY, List.of("p-1\n")))
                .build();
        assertEquals(List.of(
                "people[0].name", "people[0].birthDate", "people[0].idNumber", "activities[0].attendees[0]",
                "activities[0].attendees[0]"),
                DatasetValidator.validate(d).stream().map(Problem::path).toList());
    }

    @Test
    void anOrganizationAndAHostUnitMayNotShareAnId() {
        Dataset d = Dataset.builder(AS_OF).add(org("x-1", OrgType.BRANCH))
                .add(new org.dangjian.model.HostUnit("x-1", "某公司", org.dangjian.model.Sector.NON_PUBLIC_ENTERPRISE,
                        Optional.empty(), Optional.empty(), java.util.OptionalInt.empty(),
                        java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty()))
                .build();
        assertEquals(List.of("organizations[0].id"), DatasetValidator.validate(d).stream().map(Problem::path).toList());
        assertEquals("The id \"x-1\" is also the id of hostUnits[0]; an organization, a person and a host unit may not"
                + " share an id, because a finding names its subject by id alone. Give one of them another id, for"
                + " example with a prefix for its kind (o-x-1, p-x-1, h-x-1).", DatasetValidator.validate(d).get(0).message());
    }
}
