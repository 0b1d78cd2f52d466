package org.dangjian.rules;

import static org.dangjian.rules.Fixtures.branch;
import static org.dangjian.rules.Fixtures.member;
import static org.dangjian.rules.Fixtures.person;
import static org.dangjian.rules.RuleVerifier.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.dangjian.model.Organization;
import org.junit.jupiter.api.Test;

/** ORG: organization setup, one test per rule, both sides of each boundary. */
class OrganizationRulesTest {

    private final Organization branch = branch("b-1", null);

    @Test
    void org002HollowBranchBelowThreeFullMembers() {
        Finding f = verify("ORG-002").given(branch, person("p1"), person("p2"),
                member("p1", "b-1"), member("p2", "b-1")).raises("b-1");
        assertEquals(Optional.of(2L), f.measured());
        assertEquals(Optional.of(">= 3"), f.expected());
        verify("ORG-002").given(branch, person("p1"), person("p2"), person("p3"),
                member("p1", "b-1"), member("p2", "b-1"), member("p3", "b-1")).raisesNothing();
    }
}
