package org.dangjian.examples.generator;

import java.time.LocalDate;

/**
 * What to generate: how many members, from which seed, as of which date, and how often each
 * kind of non-compliance occurs.
 *
 * @param members            the number of party members (memberships) in the dataset, at least 200
 * @param seed               the same seed (and the same other settings) gives the same bytes
 * @param asOf               the dataset's date; records run from the start of its year up to it
 * @param violations         the chance of each kind of non-compliance per subject it can affect
 *                           (0 = a clean district; 0.03 = a few percent per kind)
 * @param rectificationShare the share of community organizations under rectification of a weak
 *                           organization (整顿) during the year, which the district's quota asks for
 */
public record GeneratorConfig(long members, long seed, LocalDate asOf, double violations, double rectificationShare) {

    /** The default share of non-compliance per kind. */
    public static final double DEFAULT_VIOLATIONS = 0.03;

    /** The default share of community organizations under rectification (the quota is 10%). */
    public static final double DEFAULT_RECTIFICATION_SHARE = 0.12;

    public GeneratorConfig {
        if (members < 200) {
            throw new IllegalArgumentException("--members must be at least 200, not " + members);
        }
        if (!(violations >= 0 && violations <= 0.5)) {
            throw new IllegalArgumentException("--violations must be from 0 to 0.5, not " + violations);
        }
        if (!(rectificationShare >= 0 && rectificationShare <= 1)) {
            throw new IllegalArgumentException("the rectification share must be from 0 to 1, not " + rectificationShare);
        }
        if (asOf.getYear() < 2000 || asOf.getYear() > 2100) {
            throw new IllegalArgumentException("--as-of must be a date from 2000 to 2100, not " + asOf);
        }
    }

    /** A district of {@code members} members as of 31 December 2020, default violations. */
    public static GeneratorConfig of(long members, long seed) {
        return new GeneratorConfig(members, seed, LocalDate.of(2020, 12, 31), DEFAULT_VIOLATIONS, DEFAULT_RECTIFICATION_SHARE);
    }

    /** The same with another violation rate. */
    public GeneratorConfig withViolations(double rate) {
        return new GeneratorConfig(members, seed, asOf, rate, rectificationShare);
    }

    /** The same as of another date. */
    public GeneratorConfig withAsOf(LocalDate date) {
        return new GeneratorConfig(members, seed, date, violations, rectificationShare);
    }

    /** The audit year: the calendar year of {@link #asOf()}. */
    public int year() {
        return asOf.getYear();
    }
}
