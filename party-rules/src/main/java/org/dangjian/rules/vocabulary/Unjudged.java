package org.dangjian.rules.vocabulary;

import java.util.List;
import java.util.Objects;
import org.dangjian.rules.Subject;

/**
 * A subject a rule could not judge (未能评估): the dataset leaves out a field the rule needs for it
 * ({@code fields}, e.g. {@code serviceAreaSqm}). A field left out is unknown, not a zero or a no,
 * so the rule raises nothing on it and the report lists the subject instead, so that nothing is
 * silently skipped. Logically inserted by a rule's action ({@code findings.notJudged(...)}).
 */
public record Unjudged(String ruleId, Subject subject, List<String> fields) {

    public Unjudged {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(subject, "subject");
        fields = fields.stream().sorted().distinct().toList();
    }
}
