package org.dangjian.rules;

import static org.dangjian.rules.Fixtures.activity;
import static org.dangjian.rules.Fixtures.branch;
import static org.dangjian.rules.Fixtures.established;
import static org.dangjian.rules.RuleVerifier.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dangjian.model.ActivityType;
import org.dangjian.model.Organization;
import org.junit.jupiter.api.Test;

/** The cadence mechanism: completed periods only, lifetimes, the year judged on 31 December. */
class CadenceRulesTest {

    private final Organization branch = branch("b-1", null);

    private static List<Object> monthly(String orgId, ActivityType type, int... months) {
        List<Object> out = new ArrayList<>();
        for (int m : months) {
            out.add(activity(orgId + "-" + type + "-" + m, orgId, type, LocalDate.of(2020, m, 5)));
        }
        return out;
    }

    private static Object[] with(Object first, List<Object> rest) {
        List<Object> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all.toArray();
    }

    @Test
    void life005MissedMonthIsNamed() {
        Finding f = verify("LIFE-005").given(with(branch,
                monthly("b-1", ActivityType.THEME_PARTY_DAY, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12)))
                .raises("b-1", "2020-07");
        assertEquals(Optional.of(0L), f.measured());
        assertEquals(List.of("2020-07"), f.evidence().get("missedPeriod"));
        verify("LIFE-005").given(with(branch,
                monthly("b-1", ActivityType.THEME_PARTY_DAY, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12))).raisesNothing();
    }

    @Test
    void onlyPeriodsEndedByAsOfCount() {
        // asOf 30 June: June has ended and counts; July has not begun.
        verify("LIFE-005").asOf(LocalDate.of(2020, 6, 30)).given(with(branch,
                monthly("b-1", ActivityType.THEME_PARTY_DAY, 1, 2, 3, 4, 5))).raises("b-1", "2020-06");
        // asOf 29 June: June is not over, nothing is missed yet.
        verify("LIFE-005").asOf(LocalDate.of(2020, 6, 29)).given(with(branch,
                monthly("b-1", ActivityType.THEME_PARTY_DAY, 1, 2, 3, 4, 5))).raisesNothing();
    }

    @Test
    void orgEstablishedOnFirstOfMonthIsJudgedThatMonth() {
        Organization b = established(branch, LocalDate.of(2020, 12, 1));
        verify("LIFE-005").given(b, activity("x", "b-1", ActivityType.OTHER, LocalDate.of(2020, 12, 2)))
                .raises("b-1", "2020-12");
        Organization later = established(branch, LocalDate.of(2020, 12, 2));
        verify("LIFE-005").given(later, activity("x", "b-1", ActivityType.OTHER, LocalDate.of(2020, 12, 2)))
                .raisesNothing();
    }

    @Test
    void yearlyCadenceIsProgressBeforeYearEnd() {
        Finding f = verify("LIFE-007").asOf(LocalDate.of(2020, 6, 30))
                .given(branch, activity("x", "b-1", ActivityType.OTHER, LocalDate.of(2020, 1, 2))).raises("b-1", "2020");
        assertTrue(f.progress());
        assertEquals(Severity.INFO, f.severity());
        Finding judged = verify("LIFE-007")
                .given(branch, activity("x", "b-1", ActivityType.OTHER, LocalDate.of(2020, 1, 2))).raises("b-1", "2020");
        assertEquals(Severity.MEDIUM, judged.severity());
        verify("LIFE-007").given(branch, activity("x", "b-1", ActivityType.ORGANIZATIONAL_LIFE_MEETING,
                LocalDate.of(2020, 12, 31))).raisesNothing();
    }

    @Test
    void noActivitiesArrayMeansNotEvaluated() {
        verify("LIFE-005").given(branch).notEvaluated();
    }
}
