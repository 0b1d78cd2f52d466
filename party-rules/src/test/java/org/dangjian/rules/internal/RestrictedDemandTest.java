package org.dangjian.rules.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.dangjian.rules.RulePack;
import org.dangjian.rules.vocabulary.life.VolunteerService;
import org.dangjian.rules.vocabulary.training.YearlyTraining;
import org.junit.jupiter.api.Test;

/**
 * A pack restricted to some rules demands only the facts those rules read: Drools keeps the
 * object type nodes of the rules it removes, and taking them for "matched" had a six-rule audit
 * derive every fact of the whole pack.
 */
class RestrictedDemandTest {

    @Test
    void aRestrictedPackDemandsOnlyWhatItsRulesRead() throws Exception {
        FactDemand full = PackCompiler.compile(RulePack.builtIn()).demand();
        FactDemand one = PackCompiler.compile(RulePack.builtIn(), Set.of("TRN-001")).demand();
        assertTrue(full.matched().test(VolunteerService.class), "the whole pack reads volunteer services");
        assertFalse(one.matched().test(VolunteerService.class), "TRN-001 does not");
        assertTrue(one.matched().test(YearlyTraining.class), "TRN-001 reads yearly training");
    }
}
