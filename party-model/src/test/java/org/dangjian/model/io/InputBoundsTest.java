package org.dangjian.model.io;

import static org.dangjian.model.io.DatasetReaderTest.VALID;
import static org.dangjian.model.io.DatasetReaderTest.problems;
import static org.dangjian.model.io.DatasetReaderTest.read;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Values the JSON types allow but no party record holds: dates centuries away, text with
 * terminal escapes or megabytes long, an id that names an organization and a person at once.
 * Each is refused at its JSON path, and the message never carries the bad text as it is.
 */
class InputBoundsTest {

    private static final String OUTSIDE = " is outside the dates a record may bear (1900-01-01 to 2100-12-31);"
            + " is the year mistyped?";

    @Test
    void datesOutsideTheYearsOfAnyRecordAreRefusedAtTheirPath() {
        for (String date : List.of("+99999-12-31", "0000-01-01", "-0001-01-01", "1899-12-31", "2101-01-01")) {
            List<Problem> problems = problems(VALID.replace("\"2000-01-01\"", "\"" + date + "\""));
            assertEquals(1, problems.size(), problems::toString);
            assertEquals("organizations[0].established", problems.get(0).path());
            assertTrue(problems.get(0).message().endsWith(OUTSIDE), problems.get(0).message());
        }
        assertEquals(List.of(Problem.error("organizations[0].established",
                        "\"+2020-01-01\" is not a date; write dates as YYYY-MM-DD, for example 2020-12-31.")),
                problems(VALID.replace("\"2000-01-01\"", "\"+2020-01-01\"")));
    }

    @Test
    void theFirstAndLastDatesAreAccepted() throws Exception {
        String bounds = VALID.replace("\"birthDate\": \"1980-01-01\"", "\"birthDate\": \"1900-01-01\"")
                .replace("\"trainings\": []", "\"trainings\": [{\"personId\": \"p-1\", \"date\": \"2100-12-31\","
                        + " \"hours\": 1, \"centralized\": true, \"organizerLevel\": \"BRANCH\"}]");
        assertEquals(1, read(bounds).dataset().trainings().size());
    }

    @Test
    void asOfMonthsAndYearsAreBoundedToo() {
        assertEquals(List.of(Problem.error("asOf", "The date 9999-12-31" + OUTSIDE)),
                problems(VALID.replace("\"asOf\": \"2020-12-31\"", "\"asOf\": \"9999-12-31\"")));
        String dues = VALID.replace("\"trainings\": []",
                "\"duesPayments\": [{\"personId\": \"p-1\", \"month\": \"1899-12\", \"amountYuan\": 1}],"
                        + " \"assessments\": [{\"personId\": \"p-1\", \"year\": 20200, \"result\": \"COMPETENT\"}]");
        assertEquals(List.of(
                Problem.error("duesPayments[0].month", "The month 1899-12 is outside the months a record may bear"
                        + " (1900-01 to 2100-12); is the year mistyped?"),
                Problem.error("assessments[0].year", "The year 20200 is outside the years a record may bear"
                        + " (1900 to 2100).")), problems(dues));
    }

    @Test
    void controlCharactersInTextAreRefusedAndNeverEchoedRaw() {
        List<Problem> problems = problems(VALID.replace("\"张三\"", "\"张\\u001b[2J三\""));
        assertEquals(List.of(Problem.error("people[0].name", "The text holds the invisible control character U+001B"
                + " at character 2; a name may hold no control characters, tabs or line breaks.")), problems);
        assertEquals("people[0].name", problems(VALID.replace("\"张三\"", "\"张三\\n\"")).get(0).path());
        assertEquals("people[0].name", problems(VALID.replace("\"张三\"", "\"\\u202e张三\"")).get(0).path(),
                "a direction override reorders what a reader sees");
        assertEquals("organizations[0].id", problems(VALID.replace("\"o-1\"", "\"o-1\\u009b\"")).get(0).path());
        List<Problem> badKey = problems(VALID.replace("\"gender\"", "\"g\\u001bender\", \"gender\""));
        assertTrue(badKey.stream().noneMatch(p -> p.toString().contains("\u001b")), badKey::toString);
    }

    @Test
    void aNoteMayBreakLinesButHoldNoOtherControlCharacter() throws Exception {
        String flag = "\"inspectionFlags\": [{\"organizationId\": \"o-1\", \"criterion\": \"OTHER\","
                + " \"date\": \"2020-01-01\", \"note\": \"%s\"}]";
        assertEquals("第一行\n\t第二行", read(VALID.replace("\"trainings\": []", String.format(flag, "第一行\\n\\t第二行")))
                .dataset().inspectionFlags().get(0).note().orElseThrow());
        assertEquals(List.of(Problem.error("inspectionFlags[0].note", "The text holds the invisible control character"
                        + " U+0007 at character 3; a title or note may hold line breaks and tabs but no other control"
                        + " characters.")),
                problems(VALID.replace("\"trainings\": []", String.format(flag, "响铃\\u0007"))));
    }

    @Test
    void textLongerThanItsKindAllowsIsRefusedWithoutQuotingIt() {
        String huge = "名".repeat(5_000_000);
        List<Problem> problems = problems(VALID.replace("\"张三\"", "\"" + huge + "\""));
        assertEquals(List.of(Problem.error("people[0].name",
                "The text is 5,000,000 characters long; a name has at most 200.")), problems);
        assertEquals("The text is 65 characters long; an id has at most 64.",
                problems(VALID.replace("\"o-1\", \"name\"", "\"" + "o".repeat(65) + "\", \"name\"")).get(0).message());
        assertEquals("名".repeat(200), assertDoesNotThrow(() -> read(VALID.replace("\"张三\"",
                "\"" + "名".repeat(200) + "\""))).dataset().people().get(0).name());
    }

    @Test
    void anIdSharedByAnOrganizationAndAPersonIsRefused() {
        String shared = VALID.replace("\"id\": \"p-1\"", "\"id\": \"o-1\"").replace("\"personId\": \"p-1\"",
                "\"personId\": \"o-1\"");
        assertEquals(List.of(Problem.error("organizations[0].id", "The id \"o-1\" is also the id of people[0];"
                + " an organization, a person and a host unit may not share an id, because a finding names its subject"
                + " by id alone. Give one of them another id, for example with a prefix for its kind (o-o-1, p-o-1,"
                + " h-o-1).")),
                problems(shared));
    }

    @Test
    void jsonNestedTooDeeplyIsALocatedError() {
        String deep = VALID.replace("\"trainings\": []", "\"extra\": " + "[".repeat(1500) + "]".repeat(1500));
        List<Problem> errors = problems(deep).stream().filter(Problem::isError).toList();
        assertEquals(1, errors.size(), errors::toString);
        assertEquals("extra[0][0][0][0][0][0][0][0]…(1001 levels)", errors.get(0).path());
        assertTrue(errors.get(0).message().startsWith("The file is not valid JSON at line 8, column 1011: the JSON"
                + " is nested more than 1,000 levels deep"), errors.get(0).message());
    }
}
