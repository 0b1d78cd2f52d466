package org.dangjian.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.dangjian.model.Dataset;
import org.dangjian.rules.Finding;
import org.dangjian.rules.FindingEvent;
import org.dangjian.rules.LiveAudit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.annotations.Param;

/**
 * Each kind of {@link LiveChangeBenchmark} measures what its name says: the trial's first operation
 * changes the live audit's dataset (or its {@code asOf}), the second puts it back, and the trial's
 * end leaves the audit's findings and dataset as they were, so the kinds that share one audit in a
 * JVM measure the same district. Run on the benchmark's own district generator, at 2,000 members.
 */
class LiveChangeBenchmarkTest {

    private static final long MEMBERS = 2_000;

    /** Every kind the benchmark's {@code @Param} lists: a kind added there is tested here. */
    static Stream<String> kinds() throws NoSuchFieldException {
        return Arrays.stream(LiveChangeBenchmark.class.getField("change").getAnnotation(Param.class).value());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aTrialChangesTheAuditAndLeavesItAsItWas(String kind) {
        trial(kind, 0);
    }

    /** The same in groups of subtrees, one open at a time: the mode that holds 1,000,000 members in 4 GB. */
    @ParameterizedTest
    @MethodSource("kinds")
    void soInGroupsOfSubtrees(String kind) {
        trial(kind, 1);
    }

    private static void trial(String kind, int openGroups) {
        LiveAudit live = LiveChangeBenchmark.open(MEMBERS, openGroups);
        List<Finding> findingsBefore = List.copyOf(live.findings());
        Dataset opened = live.dataset();
        LiveChangeBenchmark b = new LiveChangeBenchmark();
        b.members = MEMBERS;
        b.openGroups = openGroups;
        b.change = kind;
        b.setUp();
        Dataset datasetBefore = live.dataset();

        List<FindingEvent> forth = b.apply();
        assertNotEquals(datasetBefore, live.dataset(), kind + ": the first operation changes nothing");
        if (kind.equals("duesQuiet")) {
            assertTrue(forth.isEmpty(), "a quiet payment raised or cleared " + forth);
        }
        if (kind.equals("duesRaising")) {
            assertFalse(forth.isEmpty(), "a raising payment changed no finding");
        }
        b.apply();
        assertEquals(datasetBefore, live.dataset(), kind + ": the second operation does not undo the first");

        b.tearDown();
        assertEquals(opened, live.dataset(), kind + ": the trial left another dataset");
        assertEquals(findingsBefore, List.copyOf(live.findings()), kind + ": the trial left other findings");
    }
}
