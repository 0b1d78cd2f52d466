package org.dangjian.rules.vocabulary.cadence;

import java.util.Objects;
import org.dangjian.model.ActivityType;
import org.dangjian.model.PeriodKind;
import org.dangjian.rules.Severity;
import org.dangjian.rules.vocabulary.DatasetFact;

/**
 * A row of the cadence table (频次表): organizations in {@code scope} hold at least
 * {@code minimum} activities of {@code activityType} in every {@code period}. Policy staff add a
 * cadence by adding a row, not a rule. {@code source} is {@code cadences.csv:12}.
 */
public record Cadence(
        String id,
        String scope,
        ActivityType activityType,
        PeriodKind period,
        int minimum,
        Severity severity,
        String title,
        String titleEn,
        String clause,
        String source) implements DatasetFact {

    public Cadence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(activityType, "activityType");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(severity, "severity");
    }
}
