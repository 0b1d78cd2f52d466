package org.dangjian.rules;

import java.util.Locale;

/**
 * How serious a finding is (严重程度), most serious first: CRITICAL (membership or organization
 * irregular), HIGH (mandatory requirement unmet), MEDIUM (requirement unmet), LOW (target,
 * paperwork), INFO (metric, progress).
 */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW, INFO;

    /** Whether this severity is at or above {@code threshold} (CRITICAL is above HIGH). */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** Parses a severity word in any case; throws with the allowed words otherwise. */
    public static Severity parse(String word) {
        try {
            return valueOf(word.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown severity '" + word + "' (CRITICAL, HIGH, MEDIUM, LOW, INFO)");
        }
    }
}
