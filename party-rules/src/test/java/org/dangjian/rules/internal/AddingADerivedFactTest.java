package org.dangjian.rules.internal;

import static org.dangjian.rules.Fixtures.YEAR_END;
import static org.dangjian.rules.Fixtures.branch;
import static org.dangjian.rules.Fixtures.org;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dangjian.model.Dataset;
import org.dangjian.model.OrgType;
import org.dangjian.model.Sector;
import org.dangjian.rules.Parameters;
import org.dangjian.rules.vocabulary.Params;
import org.dangjian.rules.vocabulary.example.ExampleCount;
import org.dangjian.rules.vocabulary.example.ExampleFacts;
import org.junit.jupiter.api.Test;

/**
 * Adding a derived fact is one record in its area's package and the line of the area's deriver
 * that emits it ({@code vocabulary.example} in the test sources is written so): with nothing else
 * listed anywhere, the deriver declares it, a rule pack may read it but not make it, and a
 * partitioned audit routes it by the key it implements.
 */
class AddingADerivedFactTest {

    @Test
    void aRecordAndTheLineThatEmitsItAreAllItTakes() {
        FactDeriver deriver = new ExampleFacts();
        assertEquals(Set.of(ExampleCount.class), deriver.produces());

        Dataset d = Dataset.builder(YEAR_END)
                .add(org("d", OrgType.DISTRICT_COMMITTEE, Sector.ORGAN, null))
                .add(branch("b1", "d"))
                .build();
        List<Object> facts = new ArrayList<>();
        deriver.derive(d, new Params(Parameters.empty()), FactSink.all(facts::add));
        assertEquals(List.of(new ExampleCount("d", 1), new ExampleCount("b1", 0)), facts);

        String name = "org/dangjian/rules/vocabulary/example/ExampleCount";
        assertTrue(PackAllowList.classAllowed(name));
        assertEquals(null, PackAllowList.refusal(name, "count"));
        assertTrue(PackAllowList.refusal(name, "<init>") != null, "a pack reads the fact, never makes it");
        assertFalse(PackAllowList.classAllowed("org/dangjian/rules/vocabulary/example/ExampleFacts"));
        assertTrue(Partitions.routed(ExampleCount.class));
    }
}
