package org.dangjian.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.dangjian.model.Dataset;
import org.dangjian.model.io.DatasetReader;
import org.dangjian.rules.AuditOptions;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.Severity;
import org.dangjian.rules.Subject;
import org.dangjian.rules.SubjectType;
import org.dangjian.rules.Unit;
import org.dangjian.rules.vocabulary.Raised;
import org.dangjian.rules.vocabulary.Unjudged;
import org.junit.jupiter.api.Test;

/**
 * Every finding the built-in pack raises on the sample district, and every subject it could not
 * judge, comes back from its bytes equal: what a group audited on another machine hands on.
 */
class RaisedCodecTest {

    @Test
    void everyFindingOfTheSampleDistrictComesBackEqual() throws Exception {
        Dataset d = DatasetReader.read(Path.of("..", "party-examples", "sample-district.json")).dataset();
        ComplianceEngine engine = ComplianceEngine.builtIn();
        EngineAccess access = EngineAccess.get();
        AuditSession.Plan plan = access.plan(engine, d.asOf(), Inputs.available(d), AuditOptions.DEFAULTS);
        List<Raised> raised;
        List<Unjudged> unjudged;
        try (AuditSession s = AuditSession.batch(access.compiled(engine), d, plan, AuditOptions.DEFAULTS.maxFirings())) {
            s.fire();
            raised = s.raised();
            unjudged = s.unjudged();
        }
        assertTrue(raised.size() > 100, "the sample district raises findings of many rules");
        assertTrue(raised.stream().anyMatch(r -> r.measured().isPresent() && r.measured().get() instanceof Double),
                "some measure is a decimal");
        assertTrue(raised.stream().anyMatch(r -> r.period().isPresent() && !r.evidence().isEmpty()));
        for (Raised r : raised) {
            assertEquals(r, RaisedCodec.decodeRaised(RaisedCodec.encode(r)));
        }
        for (Unjudged u : unjudged) {
            assertEquals(u, RaisedCodec.decodeUnjudged(RaisedCodec.encode(u)));
        }
    }

    @Test
    void aMeasureOfAnotherKindIsRefusedNotGuessed() {
        Raised odd = new Raised("X-1", Severity.LOW, "o1", new Subject(SubjectType.ORGANIZATION, "o1", "一支部", "o1"),
                Optional.empty(), Optional.of(new StringBuilder("41")), Optional.empty(), new TreeMap<>(), "t", "t", "c",
                false, Unit.NONE);
        assertThrows(IllegalArgumentException.class, () -> RaisedCodec.encode(odd));
        assertFalse(RaisedCodec.encode(new Raised("X-1", Severity.LOW, "o1", odd.subject(), Optional.empty(),
                Optional.of(41L), Optional.empty(), new TreeMap<>(), "t", "t", "c", false, Unit.NONE)).length == 0);
    }
}
