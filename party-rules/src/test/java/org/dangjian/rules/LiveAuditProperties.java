package org.dangjian.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import org.dangjian.model.Dataset;
import org.dangjian.model.RecordKind;
import org.dangjian.model.Training;
import org.dangjian.rules.internal.AuditSession;

/**
 * Live audits agree with batch audits: after any sequence of changes (records of every kind
 * added, updated, removed; {@code asOf} moved), the live findings, and the whole report, equal
 * a batch audit of the dataset the changes leave; and the events told add up to them.
 */
class LiveAuditProperties {

    private static final ComplianceEngine ENGINE = ComplianceEngine.builtIn();
    /** The built-in pack and rules of every shape an area may write (test resource liveprobe/). */
    static final ComplianceEngine PROBE = probe();

    static ComplianceEngine probe() {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of(LiveAuditProperties.class.getResource("/liveprobe").toURI());
            return ComplianceEngine.compile(RulePack.builtIn().extendedBy(RulePack.load(dir)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // Tries: each is a live audit of up to six steps, each step checked against a batch audit (up to
    // seven audits a try); 1000 tries took most of the test command's time, 200 still give every
    // record kind and change kind many times over (see the statistics jqwik prints). 160 since every
    // area is keyed (issue 15): each audit derives by key, which made a try about a fifth slower,
    // and the test command's time is fixed.
    @Property(tries = 160)
    void liveFindingsEqualABatchAuditAfterAnyChanges(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int steps) {
        agreeWithBatch(ENGINE, seed, steps);
    }

    // The second pack's rules reach the same derived facts: half the tries, with the first property's.
    @Property(tries = 100)
    void soWithRulesOfEveryShape(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int steps) {
        agreeWithBatch(PROBE, seed, steps);
    }

    /**
     * Found by the property above: a training's very instance added a second time. The batch
     * session held it once (Drools holds an instance once), the live one, whose dataset made an
     * instance of its own for the first listing, twice. Each listing of a record kept by value is
     * a fact now, in both.
     */
    @Example
    void theSameInstanceAddedTwiceIsTwoListings() {
        agreeWithBatch(PROBE, 371, 6);
    }

    /** A training listed twice is two facts, whether as one instance or as two equal ones. */
    @Example
    void aRecordKeptByValueIsAFactPerListing() {
        Training t = Fixtures.training("p-1", LocalDate.of(2020, 6, 30), 20);
        Training equal = Fixtures.training("p-1", LocalDate.of(2020, 6, 30), 20);
        Dataset none = Dataset.builder(Fixtures.YEAR_END).add(Fixtures.branch("b-1", null))
                .add(Fixtures.person("p-1")).add(Fixtures.member("p-1", "b-1")).build();
        Dataset once = none.toBuilder().add(t).build(); // added to a dataset: held as it is
        Dataset sameTwice = once.toBuilder().add(t).build();
        Dataset equalTwice = once.toBuilder().add(equal).build();
        assertSame(sameTwice.trainings().get(0), sameTwice.trainings().get(1), "the dataset lists one instance twice");
        long twice = factCount(PROBE, equalTwice, AuditOptions.DEFAULTS);
        assertEquals(twice, factCount(PROBE, sameTwice, AuditOptions.DEFAULTS), "one instance listed twice");
        try (LiveAudit live = PROBE.openLive(once)) {
            live.apply(Change.add(t));
            assertEquals(twice, live.factCount(), "the very instance added again");
            live.apply(Change.remove(t));
            assertEquals(factCount(PROBE, once, AuditOptions.DEFAULTS), live.factCount());
        }
    }

    // The same with the facts in a session per subtree, every group closed once fired (the built-in
    // pack: the probe's rules are not declared subtree-safe, and would be held in one session).
    @Property(tries = 60)
    void soInGroupsOfSubtrees(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int steps) {
        agreeWithBatch(ENGINE, seed, steps, true);
    }

    private static void agreeWithBatch(ComplianceEngine engine, long seed, int steps) {
        agreeWithBatch(engine, seed, steps, false);
    }

    private static void agreeWithBatch(ComplianceEngine engine, long seed, int steps, boolean grouped) {
        Random rnd = new Random(seed);
        LiveWorld world = new LiveWorld(rnd);
        Dataset model = world.dataset();
        AuditOptions options = rnd.nextBoolean() ? AuditOptions.DEFAULTS : AuditOptions.DEFAULTS.withLanguage(Language.EN);
        try (LiveAudit live = LiveWorld.open(engine, model, options, grouped)) {
            Set<Finding> heard = new LinkedHashSet<>(live.findings());
            live.addListener(e -> {
                if (e.raised()) {
                    heard.add(e.finding());
                } else {
                    heard.remove(e.finding());
                }
            });
            sameFindings(engine.audit(model, options).findings(), live.findings(), "when opened");
            for (int step = 1; step <= steps; step++) {
                List<Change> changes = new ArrayList<>();
                int n = rnd.nextInt(4) == 0 ? 2 + rnd.nextInt(3) : 1;
                Dataset next = model;
                for (int i = 0; i < n; i++) {
                    Change c = world.change(next);
                    changes.add(c);
                    next = LiveWorld.applied(next, List.of(c));
                }
                model = next;
                int rebuilds = live.rebuilds();
                live.apply(changes);
                Statistics.label("steps").collect(live.rebuilds() > rebuilds ? "session rebuilt" : "incremental");
                String where = "after step " + step + " " + changes;
                assertEquals(model, live.dataset(), where);
                sameFindings(engine.audit(model, options).findings(), live.findings(), where);
                assertEquals(Set.copyOf(live.findings()), heard, "events told " + where);
                if (engine == PROBE && !grouped) { // the session holds what a batch session holds, duplicates included
                    assertEquals(factCount(engine, model, options), live.factCount(), "facts " + where);
                }
                sameFacts(live.batchDerivedFacts(model), live.derivedFacts(), where);
            }
            assertEquals(engine.audit(model, options), live.report(), "the whole report");
        }
    }

    /** The facts a batch session of {@code d} holds once its rules have fired. */
    static long factCount(ComplianceEngine engine, Dataset d, AuditOptions options) {
        try (AuditSession s = AuditSession.batch(engine.compiled(), d, engine.plan(d, options), options.maxFirings())) {
            s.fire();
            return s.factCount();
        }
    }

    /** Equal lists of findings, or a failure that shows only the difference. */
    static void sameFindings(List<Finding> batch, List<Finding> live, String where) {
        if (batch.equals(live)) {
            return;
        }
        List<Finding> missing = new ArrayList<>(batch);
        missing.removeAll(live);
        List<Finding> extra = new ArrayList<>(live);
        extra.removeAll(batch);
        throw new AssertionError(where + ": live findings differ from a batch audit\n  batch only: " + missing
                + "\n  live only: " + extra + (missing.isEmpty() && extra.isEmpty() ? "\n  (same findings, other order)" : ""));
    }

    /** Equal derived facts (each with as many instances), or a failure that shows only the difference. */
    static void sameFacts(Map<Object, Integer> batch, Map<Object, Integer> live, String where) {
        if (batch.equals(live)) {
            return;
        }
        Map<Object, Integer> missing = new HashMap<>(batch);
        live.forEach((f, n) -> missing.remove(f, n));
        Map<Object, Integer> extra = new HashMap<>(live);
        batch.forEach((f, n) -> extra.remove(f, n));
        throw new AssertionError(where + ": live derived facts differ from a batch derivation\n  batch only: "
                + missing + "\n  live only: " + extra);
    }

    /**
     * A change and its inverse (an addition and the removal, a removal and the re-addition, an
     * update and the update back, asOf moved and moved back) leave the facts the live audit holds
     * exactly as they were, and its findings.
     */
    @Property(tries = 60)
    void aChangeAndItsInverseLeaveTheHeldFactsAsTheyWere(@ForAll long seed) {
        changeAndInverse(seed, false);
    }

    @Property(tries = 30)
    void soInGroupsOfSubtrees(@ForAll long seed) {
        changeAndInverse(seed, true);
    }

    private static void changeAndInverse(long seed, boolean grouped) {
        Random rnd = new Random(seed);
        LiveWorld world = new LiveWorld(rnd);
        // Unique keys: a membership removed and added again goes last, and would no longer be its person's first.
        Dataset start = allPresent(LiveWorld.withUniqueKeys(world.dataset()));
        try (LiveAudit live = LiveWorld.open(grouped ? ENGINE : PROBE, start, AuditOptions.DEFAULTS, grouped)) {
            Map<Object, Integer> facts = live.derivedFacts();
            List<Finding> findings = live.findings();
            Change c = world.change(start);
            Change inverse = inverse(c, start);
            int rebuilds = live.rebuilds();
            live.apply(c);
            live.apply(inverse);
            Statistics.label("change").collect(c.getClass().getSimpleName()
                    + (live.rebuilds() > rebuilds ? " (session rebuilt)" : ""));
            String where = "after " + c + " and its inverse";
            sameFacts(facts, live.derivedFacts(), where);
            sameFindings(findings, live.findings(), where);
        }
    }

    private static Dataset allPresent(Dataset d) {
        Dataset.Builder all = d.toBuilder();
        for (RecordKind k : RecordKind.values()) {
            all.present(k); // else an addition undone would leave its kind present, and rules evaluated
        }
        return all.build();
    }

    private static Change inverse(Change c, Dataset before) {
        if (c instanceof Change.Add a) {
            return Change.remove(a.record());
        } else if (c instanceof Change.Remove r) {
            return Change.add(r.record());
        } else if (c instanceof Change.Update u) {
            return Change.update(u.replacement(), u.old());
        }
        return Change.asOf(before.asOf());
    }

    @Property(tries = 100)
    void batchFindingsDoNotDependOnTheOrderOfRecords(@ForAll long seed) {
        Random rnd = new Random(seed);
        Dataset d = LiveWorld.withUniqueKeys(new LiveWorld(rnd).dataset());
        Dataset.Builder shuffled = Dataset.builder(d.asOf());
        List<Object> records = new ArrayList<>(d.allRecords());
        Collections.shuffle(records, rnd);
        records.forEach(shuffled::add);
        d.present().forEach(shuffled::present);
        sameFindings(PROBE.audit(d).findings(), PROBE.audit(shuffled.build()).findings(), "shuffled");
    }

    @Property(tries = 80)
    void undoingEveryChangeRestoresTheFindings(@ForAll long seed, @ForAll @IntRange(min = 1, max = 5) int steps) {
        Random rnd = new Random(seed);
        LiveWorld world = new LiveWorld(rnd);
        Dataset start = allPresent(world.dataset());
        try (LiveAudit live = PROBE.openLive(start)) {
            List<Finding> before = live.findings();
            List<Change> undo = new ArrayList<>();
            Dataset d = start;
            for (int i = 0; i < steps; i++) {
                Change c = world.change(d);
                if (c instanceof Change.Add a) {
                    undo.add(0, Change.remove(a.record()));
                } else if (c instanceof Change.Remove r) {
                    undo.add(0, Change.add(r.record()));
                } else if (c instanceof Change.Update u) {
                    undo.add(0, Change.update(u.replacement(), u.old()));
                } else {
                    undo.add(0, Change.asOf(d.asOf()));
                }
                d = LiveWorld.applied(d, List.of(c));
                live.apply(c);
            }
            live.apply(undo);
            // Removal and re-addition may move a record within its kind; findings do not care.
            sameFindings(before, live.findings(), "undone");
            for (RecordKind k : RecordKind.values()) {
                assertEquals(new java.util.HashSet<>(start.records(k)), new java.util.HashSet<>(live.dataset().records(k)));
            }
        }
    }
}
