package org.dangjian.examples.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The shape of the city before any record: how many districts, and in each the member budget of
 * its systems (organs, education, health, state enterprises) and of its streets, with their
 * communities and two-new units. Only one district's plan is held at a time.
 */
final class Plan {

    /** A district holds at most this many members; a larger city has several districts. */
    static final int DISTRICT_MAX = 150_000;

    private Plan() {
    }

    /** One district's budgets; community org ids are known in advance (in-service members report to them). */
    record District(int index, String id, String name, int regionCode, int members, int organs, int education,
                    int health, int stateEnterprises, List<Street> streets, Set<String> rectified) {

        List<String> communityOrgIds() {
            List<String> ids = new ArrayList<>();
            for (Street s : streets) {
                for (int i = 0; i < s.communities().size(); i++) {
                    ids.add(s.communityId(i));
                }
            }
            return ids;
        }
    }

    /** One street: its organ branch, communities (member counts) and two-new members. */
    record Street(int index, String id, String name, int organBranch, List<Integer> communities, int twoNew) {

        String communityId(int i) {
            return String.format(Locale.ROOT, "%s-C%02d", id, i + 1);
        }
    }

    /** Member budgets of the city's districts, in order; they add up to {@code members}. */
    static int[] districtBudgets(long members) {
        return districtBudgets(members, 1);
    }

    /** The same in at least {@code districts} districts. */
    static int[] districtBudgets(long members, int districts) {
        int n = (int) Math.max(districts, (members + DISTRICT_MAX - 1) / DISTRICT_MAX);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = (int) (members / n + (i < members % n ? 1 : 0));
        }
        return out;
    }

    /** The plan of district {@code index} with {@code members} members. */
    static District district(GeneratorConfig config, int index, int members) {
        Rng rng = Rng.of(config.seed(), "plan-" + index);
        String id = "D" + (index + 1);
        int[] systems = split(rng, members, new double[] {0.07, 0.07, 0.04, 0.06, 0.76}, new int[] {40, 40, 25, 30, 100});
        int streetCount = clamp((int) Math.round(Math.sqrt(members) / 11), 1, 30);
        int[] streetBudgets = split(rng, systems[4], weights(rng, streetCount, 0.8, 1.2), fill(streetCount, 100));
        int communitySize = clamp(members / 20, 60, 350);
        List<Street> streets = new ArrayList<>();
        for (int s = 0; s < streetCount; s++) {
            int budget = streetBudgets[s];
            int organ = clamp((int) Math.round(budget * 0.04), 20, 40); // the leaders come from it, and its own committee
            int twoNew = Math.max(12, (int) Math.round(budget * 0.14));
            int communities = budget - organ - twoNew;
            int count = Math.max(1, (int) Math.round((double) communities / communitySize));
            int[] sizes = split(rng, communities, weights(rng, count, 0.75, 1.25), fill(count, 30));
            List<Integer> list = new ArrayList<>();
            for (int size : sizes) {
                list.add(size);
            }
            streets.add(new Street(s, String.format(Locale.ROOT, "%s-S%02d", id, s + 1), PlaceNames.street(index * 30 + s), organ, list, twoNew));
        }
        District d = new District(index, id, PlaceNames.district(index), 990100 + index, members,
                systems[0], systems[1], systems[2], systems[3], streets, Set.of());
        return new District(d.index(), d.id(), d.name(), d.regionCode(), members, d.organs(), d.education(), d.health(),
                d.stateEnterprises(), streets, rectified(rng, d.communityOrgIds(), config.rectificationShare()));
    }

    /** The community orgs under rectification: the share asked, rounded up, spread over the district. */
    private static Set<String> rectified(Rng rng, List<String> communityIds, double share) {
        int n = (int) Math.ceil(communityIds.size() * share - 1e-9);
        List<String> pool = new ArrayList<>(communityIds);
        Set<String> out = new TreeSet<>();
        while (out.size() < n && !pool.isEmpty()) {
            out.add(pool.remove(rng.between(0, pool.size() - 1)));
        }
        return out;
    }

    /**
     * Splits {@code total} into parts proportional to {@code weights}, each at least its minimum
     * when the total allows; the parts add up to {@code total} exactly.
     */
    static int[] split(Rng rng, int total, double[] weights, int[] minimums) {
        int n = weights.length;
        int[] out = new int[n];
        int minSum = 0;
        for (int m : minimums) {
            minSum += m;
        }
        double scale = minSum <= total ? 1 : (double) total / minSum;
        int used = 0;
        for (int i = 0; i < n; i++) {
            out[i] = (int) Math.floor(minimums[i] * scale);
            used += out[i];
        }
        int rest = total - used;
        double wsum = 0;
        for (double w : weights) {
            wsum += w;
        }
        int given = 0;
        for (int i = 0; i < n; i++) {
            int add = (int) Math.floor(rest * weights[i] / wsum);
            out[i] += add;
            given += add;
        }
        for (int i = 0; given < rest; i = (i + 1) % n) { // the remainder, one by one
            out[i]++;
            given++;
        }
        return out;
    }

    /** {@code n} random weights from {@code lo} to {@code hi}. */
    static double[] weights(Rng rng, int n, double lo, double hi) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = rng.real(lo, hi);
        }
        return w;
    }

    static int[] fill(int n, int value) {
        int[] out = new int[n];
        java.util.Arrays.fill(out, value);
        return out;
    }

    static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
