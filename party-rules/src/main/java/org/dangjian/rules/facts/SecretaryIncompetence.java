package org.dangjian.rules.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * The secretary of a grassroots organization is not competent (书记不胜任): the latest yearly
 * assessment of a secretary in post on {@code asOf}, among the years they held the post, is
 * INCOMPETENT ({@code assessments}: {@code personId@year}), or inspectors flagged
 * SECRETARY_INCOMPETENT within the flag window ({@code flags}: their dates). Exists only when one of
 * the two lists is not empty. Facts dated before an accepted rectification ended are left out: the
 * rectification dealt with them.
 */
public record SecretaryIncompetence(String orgId, List<String> assessments, List<LocalDate> flags) {

    public SecretaryIncompetence {
        assessments = List.copyOf(assessments);
        flags = List.copyOf(flags);
    }
}
