package org.dangjian.examples.generator;

/** Decides where faults fall: each kind with the run's violation rate times its weight, per subject. */
final class Faults {

    private final double rate;

    Faults(double rate) {
        this.rate = rate;
    }

    /** Whether {@code fault} falls on the subject whose randomness is {@code rng}. */
    boolean hit(Rng rng, Fault fault) {
        return rate > 0 && rng.chance(rate * fault.weight());
    }
}
