package org.dangjian.rules.vocabulary.weak;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.rules.vocabulary.OrganizationFact;

/**
 * Signs that the secretary of a grassroots organization is not competent (书记不胜任): the latest
 * yearly assessment of a secretary in post on {@code asOf}, among the years they held the post, is
 * INCOMPETENT ({@code assessments}: {@code personId@year}); and inspectors' SECRETARY_INCOMPETENT
 * flags dated on or before {@code asOf} ({@code flags}, sorted), which rules count within the flag
 * window if one is set. Exists only when one of the two lists is not empty. Facts dated before an accepted
 * rectification ended are left out: the rectification dealt with them.
 */
public record SecretaryIncompetence(String orgId, List<String> assessments, List<LocalDate> flags) implements OrganizationFact {

    public SecretaryIncompetence {
        assessments = List.copyOf(assessments);
        flags = List.copyOf(flags);
    }

    /** The latest flag's date; {@link LocalDate#MIN} when there is none. */
    public LocalDate latestFlag() {
        return flags.isEmpty() ? LocalDate.MIN : flags.get(flags.size() - 1);
    }

    /** The flags that count on {@code asOf} with a window of {@code months} (0: no window). */
    public List<LocalDate> flagsWithin(LocalDate asOf, int months) {
        return CriterionFlags.within(flags, asOf, months);
    }
}
