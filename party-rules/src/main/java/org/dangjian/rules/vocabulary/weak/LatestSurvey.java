package org.dangjian.rules.vocabulary.weak;

import java.time.LocalDate;
import org.dangjian.rules.vocabulary.OrganizationFact;

/**
 * The latest satisfaction survey of the masses (群众满意度测评) of an organization on or before
 * {@code asOf}, and after its last accepted rectification ended. Several surveys on that date are
 * averaged, unrounded, so a threshold is never passed by rounding.
 */
public record LatestSurvey(String orgId, LocalDate date, double satisfaction) implements OrganizationFact {
}
