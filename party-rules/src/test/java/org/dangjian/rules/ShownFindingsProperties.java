package org.dangjian.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.dangjian.rules.vocabulary.Raised;

/**
 * {@link ShownFindings} shows what {@link ComplianceEngine#ordered} makes of the findings raised
 * (the first of each key in the report's order), after single updates and after batches, both a
 * batch of many placed by one sort and one of a few among many shown placed one by one (a move
 * of {@code asOf} raises nearly every finding of the rules joined to the audit year again, and
 * changes a few); and the findings it tells as come and gone are the difference.
 */
class ShownFindingsProperties {

    @Property(tries = 60)
    void showsTheFirstOfEachKeyAfterUpdatesAndBatches(@ForAll long seed,
                                                      @ForAll @IntRange(min = 20, max = 600) int findings) {
        Random rnd = new Random(seed);
        List<Raised> all = new ArrayList<>();
        for (int i = 0; i < findings; i++) {
            all.add(raised(rnd, i));
        }
        ShownFindings shown = new ShownFindings();
        Set<Raised> now = new HashSet<>();
        for (int step = 0; step < 30; step++) {
            List<Finding> before = shown.list();
            // Mostly batches that raise again what is raised (no change) and flip a few; sometimes many.
            boolean batch = rnd.nextInt(3) > 0;
            int flips = rnd.nextInt(4) == 0 ? rnd.nextInt(findings) : rnd.nextInt(1 + findings / 40);
            Set<Finding> came = new HashSet<>();
            Set<Finding> went = new HashSet<>();
            if (batch) {
                shown.beginBatch();
                for (Raised r : now) {
                    shown.update(r, true, RENDER, came, went); // raised again as it was
                }
            }
            for (int f = 0; f < flips; f++) {
                Raised r = all.get(rnd.nextInt(all.size()));
                boolean raised = !now.remove(r) && now.add(r);
                shown.update(r, raised, RENDER, came, went);
            }
            if (batch) {
                shown.endBatch();
            }
            List<Finding> expected = ComplianceEngine.ordered(now.stream().map(RENDER).toList());
            String where = "step " + step + (batch ? " (batch, " : " (") + flips + " flipped)";
            assertEquals(expected, shown.list(), where);
            Set<Finding> gone = new HashSet<>(before);
            gone.removeAll(expected);
            Set<Finding> added = new HashSet<>(expected);
            before.forEach(added::remove);
            assertEquals(gone, went, "gone, " + where);
            assertEquals(added, came, "come, " + where);
        }
    }

    /** A finding on one of a few subjects, rules and periods, so that keys repeat (several raised per key). */
    private static Raised raised(Random rnd, int i) {
        String subject = "o" + rnd.nextInt(12);
        Optional<org.dangjian.model.AuditPeriod> period = rnd.nextBoolean() ? Optional.empty()
                : Optional.of(org.dangjian.model.AuditPeriod.year(2020));
        return new Raised("R-00" + rnd.nextInt(6), Severity.values()[rnd.nextInt(Severity.values().length)], subject,
                Subject.organization(subject, "组织" + subject), period, Optional.of((long) i), Optional.empty(),
                new TreeMap<>(), "t", "t", "c", false, Unit.NONE);
    }

    /** A rendering that keeps what orders and tells findings apart (the measure makes each distinct). */
    private static final Function<Raised, Finding> RENDER = new Function<>() {
        private final Map<Raised, Finding> rendered = new HashMap<>();

        @Override
        public Finding apply(Raised r) {
            return rendered.computeIfAbsent(r, x -> new Finding(x.ruleId(), x.severity(), x.subject().type(),
                    x.subjectId(), x.subject().name(), x.organizationId(), x.period().map(p -> p.label()),
                    x.measured(), Optional.empty(), "m" + x.measured().orElse(""), x.clause(), new TreeMap<>(),
                    false));
        }
    };
}
