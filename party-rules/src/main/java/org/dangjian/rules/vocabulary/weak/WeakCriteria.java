package org.dangjian.rules.vocabulary.weak;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dangjian.rules.Findings;
import org.dangjian.rules.vocabulary.Raised;

/**
 * The weak-organization criteria (软弱涣散认定标准) an organization meets, as WEAK-100 and WEAK-103
 * report them: the criteria's IDs, and for each the facts behind it, taken from the evidence of
 * its findings ({@link Raised}). A criterion whose findings carry one evidence key lists its values
 * as they are ({@code "WEAK-004" → ["2020-03", "2020-04", "2020-05"]}); one with several keys lists
 * {@code key:value} ({@code "WEAK-001" → ["lastSecretary:p1", "vacantSince:2020-06-30"]}).
 *
 * <pre>
 * then
 *     WeakCriteria.listed(findings.on(drools, $o).measured(WeakCriteria.ids($met)), $met).raise();
 * </pre>
 */
public final class WeakCriteria {

    private WeakCriteria() {
    }

    /** The criteria met, e.g. {@code "WEAK-001, WEAK-004"}. */
    public static String ids(Collection<?> raised) {
        return String.join(", ", byCriterion(raised).keySet());
    }

    /** Adds the evidence {@code criteria} and one entry per criterion to {@code finding}. */
    public static Findings.Builder listed(Findings.Builder finding, Collection<?> raised) {
        Map<String, TreeMap<String, TreeSet<String>>> met = byCriterion(raised);
        finding.evidence("criteria", met.keySet());
        met.forEach((id, evidence) -> {
            // Keys without values (no last secretary) neither show nor make the others need a prefix.
            evidence.values().removeIf(TreeSet::isEmpty);
            List<String> facts = new ArrayList<>();
            evidence.forEach((key, values) -> values.forEach(v -> facts.add(evidence.size() == 1 ? v : key + ":" + v)));
            finding.evidence(id, facts);
        });
        return finding;
    }

    private static Map<String, TreeMap<String, TreeSet<String>>> byCriterion(Collection<?> raised) {
        TreeMap<String, TreeMap<String, TreeSet<String>>> out = new TreeMap<>();
        for (Object o : raised) {
            Raised r = (Raised) o;
            TreeMap<String, TreeSet<String>> ev = out.computeIfAbsent(r.ruleId(), k -> new TreeMap<>());
            r.evidence().forEach((key, values) -> ev.computeIfAbsent(key, k -> new TreeSet<>()).addAll(values));
        }
        return out;
    }
}
