package org.dangjian.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.dangjian.model.Dataset;
import org.dangjian.model.RecordKind;
import org.dangjian.model.io.DatasetReader;
import org.dangjian.rules.vocabulary.Params;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.LiveWorld;

/**
 * Keeps {@link FactDeriver#reads()} honest, on which a live audit relies to derive again only
 * the derivers a change can affect: each deriver's facts stay the same (as a multiset) whatever
 * happens to the records of a kind it does not declare (all removed, one replaced, one added,
 * reordered), and change for some such change of every kind it declares; the second shows that
 * the datasets are rich enough for the first to catch a kind left out.
 */
class DeriverReadsTest {

    private static final Params PARAMS = new Params(ComplianceEngine.builtIn().parameters());
    /** The sample district, and small random districts for the corners it lacks. */
    private static final List<Dataset> DATASETS = new ArrayList<>();
    /** Per dataset, per kind: the dataset with the records of that kind changed in several ways. */
    private static final List<Map<RecordKind, Map<String, Dataset>>> VARIANTS = new ArrayList<>();

    @BeforeAll
    static void datasets() throws Exception {
        Path sample = Path.of("..", "party-examples", "sample-district.json");
        assertTrue(Files.isRegularFile(sample), "the sample district should be at " + sample.toAbsolutePath());
        DATASETS.add(DatasetReader.read(sample).dataset());
        for (long seed = 1; seed <= 12; seed++) {
            DATASETS.add(LiveWorld.withUniqueKeys(new LiveWorld(new Random(seed)).dataset()));
        }
        Random rnd = new Random(7);
        for (Dataset d : DATASETS) {
            Map<RecordKind, Map<String, Dataset>> byKind = new LinkedHashMap<>();
            for (RecordKind k : RecordKind.values()) {
                byKind.put(k, variants(d, k, new LiveWorld(rnd), rnd));
            }
            VARIANTS.add(byKind);
        }
    }

    @Test
    void aDeriverIsBlindToEveryKindItDoesNotRead() {
        List<String> wrong = new ArrayList<>();
        for (FactDeriver deriver : Derivations.DERIVERS) {
            for (int i = 0; i < DATASETS.size(); i++) {
                Map<Object, Integer> facts = facts(deriver, DATASETS.get(i));
                VARIANTS.get(i).forEach((kind, variants) -> {
                    if (!deriver.reads().contains(kind)) {
                        variants.forEach((how, changed) -> {
                            if (!facts.equals(facts(deriver, changed))) {
                                wrong.add(name(deriver) + " reads " + kind + " (" + how + ")");
                            }
                        });
                    }
                });
            }
        }
        assertEquals(List.of(), wrong, "declare these kinds in the deriver's reads(), or a live audit misses their changes");
    }

    @Test
    void aDeriverSeesSomeChangeOfEveryKindItDeclares() {
        List<String> unseen = new ArrayList<>();
        for (FactDeriver deriver : Derivations.DERIVERS) {
            Set<RecordKind> seen = new TreeSet<>();
            for (int i = 0; i < DATASETS.size(); i++) {
                Map<Object, Integer> facts = facts(deriver, DATASETS.get(i));
                VARIANTS.get(i).forEach((kind, variants) -> {
                    if (deriver.reads().contains(kind) && !seen.contains(kind)
                            && variants.values().stream().anyMatch(changed -> !facts.equals(facts(deriver, changed)))) {
                        seen.add(kind);
                    }
                });
            }
            for (RecordKind kind : deriver.reads()) {
                if (!seen.contains(kind)) {
                    unseen.add(name(deriver) + " " + kind);
                }
            }
        }
        assertEquals(List.of(), unseen, "no change of these declared kinds changed the facts: enrich the datasets"
                + " (else the other test could not catch them left out), or drop a kind not read");
    }

    @Test
    void noTwoDeriversEmitTheSameClass() {
        // A live audit keeps each deriver's facts apart: an instance two derivers both emitted
        // would be one fact in the session, deleted when either no longer emits it.
        Map<Class<?>, String> by = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (FactDeriver d : Derivations.DERIVERS) {
            for (Class<?> c : d.produces()) {
                String other = by.putIfAbsent(c, name(d));
                if (other != null) {
                    twice.add(c.getSimpleName() + ": " + other + ", " + name(d));
                }
            }
        }
        assertEquals(List.of(), twice);
    }

    /** {@code d} with the records of {@code kind} all removed, one replaced, one added, reversed. */
    private static Map<String, Dataset> variants(Dataset d, RecordKind kind, LiveWorld world, Random rnd) {
        List<Object> records = d.records(kind);
        Map<String, Dataset> out = new LinkedHashMap<>();
        out.put("all removed", with(d, kind, List.of()));
        List<Object> more = new ArrayList<>(records);
        more.add(world.record(d, kind, null));
        out.put("one added", with(d, kind, more));
        if (!records.isEmpty()) {
            List<Object> replaced = new ArrayList<>(records);
            replaced.set(rnd.nextInt(records.size()), world.record(d, kind, null));
            out.put("one replaced", with(d, kind, replaced));
            List<Object> reversed = new ArrayList<>(records);
            Collections.reverse(reversed);
            out.put("reversed", with(d, kind, reversed));
        }
        return out;
    }

    /** {@code d} with {@code records} as the records of {@code kind}; the kinds present stay present. */
    private static Dataset with(Dataset d, RecordKind kind, List<Object> records) {
        Dataset.Builder b = Dataset.builder(d.asOf());
        for (RecordKind k : RecordKind.values()) {
            (k == kind ? records : d.records(k)).forEach(b::add);
        }
        d.present().forEach(b::present);
        return b.build();
    }

    /** Every fact of {@code deriver} on {@code d}, with how many times it was emitted. */
    private static Map<Object, Integer> facts(FactDeriver deriver, Dataset d) {
        Map<Object, Integer> out = new HashMap<>();
        deriver.derive(d, PARAMS, FactSink.all(f -> out.merge(f, 1, Integer::sum)));
        return out;
    }

    private static String name(FactDeriver d) {
        return d.getClass().getSimpleName();
    }
}
