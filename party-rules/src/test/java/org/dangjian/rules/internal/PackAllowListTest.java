package org.dangjian.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The pack allow-list (包可调用清单): the rule vocabulary and pure value classes, nothing reflective. */
class PackAllowListTest {

    @Test
    void theAllowListNamesTheVocabularyAndValueClassesOnly() {
        assertEquals(null, PackAllowList.refusal("org/dangjian/rules/facts/OrgProfile", "fullMembers"));
        assertEquals(null, PackAllowList.refusal("java/lang/Math", "max"));
        assertEquals(null, PackAllowList.refusal("java/util/List", "of"));
        assertEquals(null, PackAllowList.refusal("java/time/LocalDate", "plusDays"));
        assertTrue(PackAllowList.refusal("org/dangjian/rules/facts/Raised", "<init>") != null);
        assertTrue(PackAllowList.refusal("java/util/List", "add") != null);
        assertTrue(PackAllowList.refusal("java/lang/String", "getClass") != null);
        assertTrue(PackAllowList.refusal("java/lang/Integer", "getInteger") != null);
        assertTrue(PackAllowList.refusal("org/dangjian/model/Dataset", "people") != null);
        assertTrue(PackAllowList.refusal("org/dangjian/model/io/DatasetReader", "read") != null);
        assertTrue(PackAllowList.refusal("java/time/zone/ZoneRulesProvider", "registerProvider") != null);
        assertTrue(PackAllowList.refusal("java/util/stream/Stream", "parallel") != null);
        assertTrue(PackAllowList.refusal("org/dangjian/rules/facts/Params", "parameters") != null);
    }

}
