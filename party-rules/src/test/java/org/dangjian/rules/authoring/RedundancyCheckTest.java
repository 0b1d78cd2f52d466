package org.dangjian.rules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dangjian.rules.RulePack;
import org.junit.jupiter.api.Test;

/** What drools-verifier is given for an extending pack: its own rules and those they could overlap. */
class RedundancyCheckTest {

    static String rule(String name, String when) {
        return "rule \"" + name + "\"\nwhen\n    " + when + "\nthen\nend\n\n";
    }

    @Test
    void theBuiltInRulesThatCannotOverlapTheOfficersAreLeftOut() {
        SortedMap<String, String> drl = new TreeMap<>(Map.of(
                "rules/a.drl", "package a;\n\n"
                        + rule("A-1 small branch", "$o : OrgProfile( type == OrgType.BRANCH, fullMembers < 3 )")
                        + rule("A-8 branch", "$o : OrgProfile( type == OrgType.BRANCH )")
                        + rule("A-2 branch and year", "$o : OrgProfile( active, fullMembers < 2 )\n    $y : AuditYear( )")
                        + rule("A-3 dues", "$d : DuesArrears( months > 3 )")
                        + rule("A-4 no dues", "$o : OrgProfile( fullMembers < 3 )\n    not DuesArrears( )")
                        + rule("A-9 any organization", "$o : OrgProfile( )")
                        + rule("A-5 \"quoted\" dues", "$d : DuesArrears( note == \"OrgProfile(\" )")
                        + rule("A-6 dues or year", "DuesArrears( ) or AuditYear( )")
                        + rule("A-7 summed dues", "$y : AuditYear( )\n    $n : Number( ) from accumulate( "
                                + "DuesArrears( ), count( ) )"),
                "packs/street/rules/local.drl", "package street;\n\n"
                        + rule("ST-1 small", "$o : OrgProfile( fullMembers < 5 )")));
        PackArgument arg = new PackArgument(RulePack.builtIn(), "packs/street/", Optional.empty(), "street 1");
        SortedMap<String, String> verified = RedundancyCheck.verified(drl, RedundancyCheck.conditions(drl),
                RedundancyCheck.places(drl), arg);
        assertEquals(drl.get("packs/street/rules/local.drl"), verified.get("packs/street/rules/local.drl"));
        String a = verified.get("rules/a.drl");
        assertTrue(a.startsWith("package a;\n\n"), a);
        assertTrue(a.contains("A-1 small branch"), "narrower than the officer's rule: " + a);
        assertFalse(a.contains("A-8 branch"), "never names the field the officer's rule compares, and compares "
                + "one the officer's rule never names: neither can subsume the other: " + a);
        assertTrue(a.contains("A-2 branch and year"), "has every type of the officer's rule and compares its field: " + a);
        assertTrue(a.contains("A-4 no dues"), "narrower, with a not: " + a);
        assertTrue(a.contains("A-9 any organization"), "the officer's rule could be the narrower one: " + a);
        assertFalse(a.contains("A-3 dues"), "no type in common: " + a);
        assertTrue(a.contains("A-6 dues or year"), "an or is kept whatever its types: " + a);
        assertFalse(a.contains("A-7 summed dues"), "not a plain condition, no type in common: " + a);
        assertFalse(a.contains("A-5"), "a type named inside a string is no pattern: " + a);
        assertTrue(RedundancyCheck.verified(drl, RedundancyCheck.conditions(drl), RedundancyCheck.places(drl),
                new PackArgument(RulePack.builtIn(), "", Optional.empty(), "all own")).equals(drl),
                "a pack whose files are all its own is analysed whole");
    }

    @Test
    void versionsInForceOnDifferentDaysAreNotRedundantCopies() {
        String old = "rule \"ST-1 old\"\n    @id(\"ST-1\") @validTo(\"2020-12-31\")\nwhen\n    $o : OrgProfile( fullMembers < 5 )\nthen\nend\n\n";
        String next = "rule \"ST-1 new\"\n    @id(\"ST-1\") @validFrom(\"2021-01-01\")\nwhen\n    $o : OrgProfile( fullMembers < 5 )\nthen\nend\n\n";
        String overlapping = next.replace("2021-01-01", "2020-06-01");
        PackArgument arg = new PackArgument(RulePack.builtIn(), "", Optional.empty(), "street 1");
        assertEquals(List.of(), RedundancyCheck.check(new TreeMap<>(Map.of("rules/st.drl", "package st;\nimport org.dangjian.rules.vocabulary.OrgProfile;\n\n" + old + next)), arg)
                .stream().filter(p -> p.message().contains("ST-1")).toList());
        assertTrue(RedundancyCheck.check(new TreeMap<>(Map.of("rules/st.drl", "package st;\nimport org.dangjian.rules.vocabulary.OrgProfile;\n\n" + old + overlapping)), arg)
                .stream().anyMatch(p -> p.message().contains("has the same condition as")), "overlapping days: a copy");
    }
}
