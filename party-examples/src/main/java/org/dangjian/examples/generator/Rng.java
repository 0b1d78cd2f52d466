package org.dangjian.examples.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's randomness: a {@link SplittableRandom} seeded from the run's seed and a stable
 * key (an organization id), so that each organization's records depend on nothing but the seed
 * and its own place in the plan — never on the order other parts were generated in.
 */
final class Rng {

    private final SplittableRandom random;

    private Rng(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The randomness of the part named {@code key} in the run seeded with {@code seed}. */
    static Rng of(long seed, String key) {
        long h = 0x9E3779B97F4A7C15L ^ seed;
        for (int i = 0; i < key.length(); i++) {
            h = mix(h + key.charAt(i));
        }
        return new Rng(mix(h));
    }

    private static long mix(long z) { // SplitMix64's finalizer
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** True with probability {@code p}. */
    boolean chance(double p) {
        return p > 0 && random.nextDouble() < p;
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    int between(int min, int max) {
        return max <= min ? min : min + random.nextInt(max - min + 1);
    }

    /** A number from {@code min} (included) to {@code max} (excluded). */
    double real(double min, double max) {
        return min + random.nextDouble() * (max - min);
    }

    /** A normally distributed number, cut to [min, max]. */
    double normal(double mean, double sd, double min, double max) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        double g = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
        return Math.max(min, Math.min(max, mean + sd * g));
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    <T> T pick(T[] array) {
        return array[random.nextInt(array.length)];
    }

    /** An index drawn with the given weights. */
    int weighted(double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A date from {@code from} to {@code to}, both included. */
    LocalDate date(LocalDate from, LocalDate to) {
        long a = from.toEpochDay();
        long b = to.toEpochDay();
        return b <= a ? from : LocalDate.ofEpochDay(a + random.nextLong(b - a + 1));
    }
}
