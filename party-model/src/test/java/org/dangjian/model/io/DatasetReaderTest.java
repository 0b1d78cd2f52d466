package org.dangjian.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.dangjian.model.MemberCategory;
import org.dangjian.model.Membership;
import org.dangjian.model.RecordKind;
import org.junit.jupiter.api.Test;

/** One test per kind of problem the reader reports, on small documents written out in full. */
class DatasetReaderTest {

    /** A valid document; tests change one thing in it. */
    static final String VALID = """
            {"asOf": "2020-12-31",
             "organizations": [
               {"id": "o-1", "name": "第一支部", "type": "BRANCH", "sector": "COMMUNITY", "established": "2000-01-01"}],
             "people": [
               {"id": "p-1", "name": "张三", "gender": "MALE", "birthDate": "1980-01-01", "education": "BACHELOR"}],
             "memberships": [
               {"personId": "p-1", "organizationId": "o-1", "status": "FULL", "admitted": "2005-07-01"}],
             "trainings": []
            }
            """;

    @Test
    void readsAValidDocumentWithDefaultsAndPresentArrays() throws Exception {
        LoadedDataset loaded = read(VALID);
        Membership m = loaded.dataset().memberships().get(0);
        assertEquals(MemberCategory.DIRECT, m.category());
        assertFalse(m.exempt());
        assertTrue(loaded.dataset().has(RecordKind.TRAININGS), "an empty array is still present");
        assertFalse(loaded.dataset().has(RecordKind.DUES_PAYMENTS));
        assertEquals(List.of(), loaded.warnings());
        String expected = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(VALID.getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, loaded.sha256());
    }

    @Test
    void malformedJsonIsOneErrorWithItsLineAndPath() {
        String broken = VALID.replace("\"status\": \"FULL\",", "\"status\": \"FULL\"");
        List<Problem> problems = problems(broken);
        assertEquals(1, problems.size(), problems::toString);
        Problem p = problems.get(0);
        assertEquals("memberships[0].status", p.path());
        assertTrue(p.message().startsWith("The file is not valid JSON at line 7, column"), p.message());
    }

    @Test
    void unknownEnumWordListsTheAllowedWords() {
        assertEquals(List.of(Problem.error("people[0].gender",
                        "\"M\" is not one of the allowed words: MALE, FEMALE.")),
                problems(VALID.replace("\"MALE\"", "\"M\"")));
        assertEquals("\"male\" is not one of the allowed words: MALE, FEMALE. Write it in capitals: MALE.",
                problems(VALID.replace("\"MALE\"", "\"male\"")).get(0).message());
    }

    @Test
    void missingRequiredFieldIsNamed() {
        assertEquals(List.of(Problem.error("memberships[0].admitted", "The required field \"admitted\" is missing.")),
                problems(VALID.replace(", \"admitted\": \"2005-07-01\"", "")));
    }

    @Test
    void wrongJsonTypeAndBadDatesAreReported() {
        assertEquals(List.of(Problem.error("organizations[0].established",
                        "\"2000-02-30\" is not a date that exists.")),
                problems(VALID.replace("2000-01-01", "2000-02-30")));
        assertEquals(List.of(Problem.error("organizations[0].established",
                        "\"2000/01/01\" is not a date; write dates as YYYY-MM-DD, for example 2020-12-31.")),
                problems(VALID.replace("2000-01-01", "2000/01/01")));
        assertEquals(List.of(Problem.error("organizations[0].name", "Expected text in quotes, found the number 12.")),
                problems(VALID.replace("\"第一支部\"", "12")));
    }

    @Test
    void duplicateIdNamesTheFirstHolder() {
        String twoOrgs = VALID.replace("\"established\": \"2000-01-01\"}]",
                "\"established\": \"2000-01-01\"},\n {\"id\": \"o-1\", \"name\": \"又一个\", \"type\": \"BRANCH\","
                        + " \"sector\": \"COMMUNITY\", \"established\": \"2001-01-01\"}]");
        assertEquals(List.of(Problem.error("organizations[1].id",
                        "The id \"o-1\" is already used by organizations[0]; ids must be unique.")),
                problems(twoOrgs));
    }

    @Test
    void danglingReferenceIsAnError() {
        assertEquals(List.of(Problem.error("memberships[0].organizationId",
                        "There is no organization with the id \"o-9\".")),
                problems(VALID.replace("\"organizationId\": \"o-1\"", "\"organizationId\": \"o-9\"")));
    }

    @Test
    void referenceToARecordThatCouldNotBeReadIsNotAlsoDangling() {
        List<Problem> problems = problems(VALID.replace("\"BRANCH\"", "\"CELL\""));
        assertEquals(1, problems.size(), problems::toString);
        assertEquals("organizations[0].type", problems.get(0).path());
    }

    @Test
    void impossibleDatesAreErrors() {
        assertEquals(List.of(Problem.error("memberships[0].admitted",
                        "The admission date 1975-07-01 is before the person's birth date 1980-01-01.")),
                problems(VALID.replace("2005-07-01", "1975-07-01")));
        assertEquals(List.of(Problem.error("memberships[0].admitted",
                        "The date 2021-07-01 is after the date the dataset is as of (2020-12-31).")),
                problems(VALID.replace("2005-07-01", "2021-07-01")));
    }

    @Test
    void negativeNumberIsAnError() {
        String withDues = VALID.replace("\"trainings\": []",
                "\"duesPayments\": [{\"personId\": \"p-1\", \"month\": \"2020-01\", \"amountYuan\": -5}]");
        assertEquals(List.of(Problem.error("duesPayments[0].amountYuan", "The number -5 must be at least 0.")),
                problems(withDues));
    }

    @Test
    void unknownFieldsAreWarningsAndTheReadSucceeds() throws Exception {
        String extra = VALID.replace("\"type\": \"BRANCH\"", "\"type\": \"BRANCH\", \"parentID\": \"o-0\"")
                .replace("\"trainings\": []", "\"trainings\": [], \"version\": 3");
        assertEquals(List.of(
                        Problem.warning("organizations[0].parentID",
                                "Unknown field \"parentID\" is ignored. Did you mean \"parentId\"?"),
                        Problem.warning("version", "Unknown field \"version\" is ignored.")),
                read(extra).warnings());
    }

    @Test
    void everyProblemIsReportedInOnePass() {
        String many = """
                {"organizations": [
                   {"id": "o-1", "name": "第一支部", "type": "BRANCH", "sector": "COMMUNITY", "established": "2000-01-01",
                    "starRating": 7, "colour": "red"},
                   {"id": "o-2", "name": "第二支部", "type": "BRANCH", "sector": "COMMUNITY", "parentId": "o-3",
                    "established": "2000-01-01"}],
                 "people": [
                   {"id": "p-1", "name": "张三", "gender": "MALE", "birthDate": "1980-01-01", "education": "PHD"}],
                 "trainings": [
                   {"personId": "p-1", "date": "2020-05-01", "hours": 0, "centralized": "yes", "organizerLevel": "CITY"},
                   {"personId": "p-2", "date": "2020-05-01", "hours": 0, "centralized": true, "organizerLevel": "CITY"}]
                }
                """;
        assertEquals(List.of(
                        Problem.error("people[0].education", "\"PHD\" is not one of the allowed words: PRIMARY, JUNIOR_HIGH,"
                                + " HIGH_SCHOOL, TECHNICAL_SECONDARY, JUNIOR_COLLEGE, BACHELOR, MASTER, DOCTORATE."),
                        Problem.error("trainings[0].centralized", "Expected true or false (without quotes), found the text \"yes\"."),
                        Problem.error("asOf", "The required field \"asOf\" (the date the records are as of) is missing."),
                        Problem.error("organizations[1].parentId", "There is no organization with the id \"o-3\"."),
                        Problem.error("trainings[1].personId", "There is no person with the id \"p-2\"."),
                        Problem.error("organizations[0].starRating", "The star rating 7 is not between 1 and 5."),
                        Problem.error("trainings[1].hours", "The hours must be more than 0, not 0."),
                        Problem.warning("organizations[0].colour", "Unknown field \"colour\" is ignored.")),
                problems(many));
    }

    @Test
    void aTrainingWithoutItsRequiredCentralizedFlagIsAnErrorNotANo() {
        String noFlag = """
                {"asOf": "2020-12-31",
                 "organizations": [{"id": "o-1", "name": "第一支部", "type": "BRANCH", "sector": "COMMUNITY",
                                    "established": "2000-01-01"}],
                 "people": [{"id": "p-1", "name": "张三", "gender": "MALE", "birthDate": "1980-01-01", "education": "MASTER"}],
                 "trainings": [{"personId": "p-1", "date": "2020-05-01", "hours": 4, "organizerLevel": "CITY"}]}
                """;
        assertEquals(List.of(Problem.error("trainings[0].centralized", "The required field \"centralized\" is missing.")),
                problems(noFlag));
    }

    @Test
    void aDatasetWithoutOrganizationsIsAnError() {
        assertEquals(List.of(Problem.error("organizations", "The dataset has no \"organizations\" array; every dataset needs one.")),
                problems("{\"asOf\": \"2020-12-31\", \"people\": []}"));
        assertEquals(List.of(Problem.error("", "The dataset must be a JSON object { ... }, found a list [ ... ].")),
                problems("[]"));
    }

    @Test
    void theExceptionSummarisesAndPutsErrorsFirst() {
        InvalidDatasetException e = assertThrows(InvalidDatasetException.class,
                () -> read(VALID.replace("\"MALE\"", "\"M\"").replace("\"type\"", "\"colour\": 1, \"type\"")));
        assertEquals("test.json is not a valid dataset: 1 error, 1 warning", e.getMessage());
        assertEquals(Problem.Level.ERROR, e.problems().get(0).level());
    }

    static LoadedDataset read(String json) throws Exception {
        return DatasetReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    static List<Problem> problems(String json) {
        return assertThrows(InvalidDatasetException.class, () -> read(json)).problems();
    }
}
