package org.dangjian.rules.vocabulary.cadres;

import java.util.List;
import java.util.Objects;
import org.dangjian.rules.vocabulary.PersonFact;

/**
 * A run of consecutive years in which a person in post was assessed INCOMPETENT (考核不合格),
 * ending at {@code throughYear}: the audit year when it has an assessment of the person, else the
 * year before (the audit year's assessment is often made after it ends). {@code years} are the
 * years of the run, earliest first; {@code massesDissatisfied} when an INCOMPETENT assessment of
 * {@code throughYear} records {@code massesSatisfied == false}; {@code satisfactionRecorded} when
 * one of them records {@code massesSatisfied} at all (absent is unknown: CAD-003 cannot judge).
 * Only runs of at least one year are facts.
 */
public record AssessmentStreak(
        String personId, int throughYear, int incompetentYears, List<String> years, boolean massesDissatisfied,
        boolean satisfactionRecorded) implements PersonFact {

    public AssessmentStreak {
        Objects.requireNonNull(personId, "personId");
        years = List.copyOf(years);
    }
}
