package org.dangjian.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The pack allow-list (包可调用清单): the rule vocabulary and pure value classes, nothing reflective. */
class PackAllowListTest {

    @Test
    void theAllowListNamesTheVocabularyAndValueClassesOnly() {
        assertEquals(null, PackAllowList.refusal("org/dangjian/rules/vocabulary/OrgProfile", "fullMembers"));
        assertEquals(null, PackAllowList.refusal("java/lang/Math", "max"));
        assertEquals(null, PackAllowList.refusal("java/util/List", "of"));
        assertEquals(null, PackAllowList.refusal("java/time/LocalDate", "plusDays"));
        assertTrue(PackAllowList.refusal("org/dangjian/rules/vocabulary/Raised", "<init>") != null);
        assertTrue(PackAllowList.refusal("java/util/List", "add") != null);
        assertTrue(PackAllowList.refusal("java/lang/String", "getClass") != null);
        assertTrue(PackAllowList.refusal("java/lang/Integer", "getInteger") != null);
        assertTrue(PackAllowList.refusal("org/dangjian/model/Dataset", "people") != null);
        assertTrue(PackAllowList.refusal("org/dangjian/model/io/DatasetReader", "read") != null);
        assertTrue(PackAllowList.refusal("java/time/zone/ZoneRulesProvider", "registerProvider") != null);
        assertTrue(PackAllowList.refusal("java/util/stream/Stream", "parallel") != null);
        assertTrue(PackAllowList.refusal("org/dangjian/rules/vocabulary/Params", "parameters") != null);
    }

    @Test
    void theVocabularyIsThePackageAndWhatItsPackageInfoDeclares() {
        // The areas' facts and helpers, by being public in the vocabulary's packages.
        assertEquals(null, PackAllowList.refusal("org/dangjian/rules/vocabulary/training/YearlyTraining", "hours"));
        assertEquals(null, PackAllowList.refusal("org/dangjian/rules/vocabulary/weak/WeakCriteria", "ids"));
        assertEquals(null, PackAllowList.refusal("org/dangjian/rules/vocabulary/cadence/Cadence", "minimum"));
        assertTrue(PackAllowList.classAllowed("org/dangjian/rules/vocabulary/members/DuesArrears"));
        // The derivers beside them are the engine's, and so is everything of internal.
        assertTrue(!PackAllowList.classAllowed("org/dangjian/rules/vocabulary/training/TrainingFacts"));
        assertTrue(!PackAllowList.classAllowed("org/dangjian/rules/vocabulary/BaseFacts"));
        assertTrue(PackAllowList.refusal("org/dangjian/rules/vocabulary/training/TrainingFacts", "derive") != null);
        assertTrue(PackAllowList.refusal("org/dangjian/rules/internal/FactSink", "accept") != null);
        assertTrue(!PackAllowList.classAllowed("org/dangjian/rules/vocabulary/NoSuchType"));
        // What the package-info's @RuleVocabulary adds: records of the model, the API's words, the global.
        assertEquals(null, PackAllowList.refusal("org/dangjian/model/Periods", "completed"));
        assertTrue(!PackAllowList.classAllowed("org/dangjian/model/ColumnList"));
        assertTrue(!PackAllowList.classAllowed("org/dangjian/model/Dataset$Builder"));
        assertEquals(null, PackAllowList.refusal("org/dangjian/rules/Expect", "atLeast"));
        assertEquals(null, PackAllowList.refusal("org/dangjian/rules/Severity", "HIGH"));
        assertEquals(null, PackAllowList.refusal("org/dangjian/rules/Parameters$Bracket", "rate"));
        assertEquals(null, PackAllowList.refusal("org/dangjian/rules/Findings", "raise"));
        assertEquals(null, PackAllowList.refusal("org/dangjian/rules/Findings$Builder", "evidence"));
        assertTrue(PackAllowList.refusal("org/dangjian/rules/Findings", "use") != null);
        assertTrue(PackAllowList.refusal("org/dangjian/rules/Subject", "<init>") != null);
        assertTrue(!PackAllowList.classAllowed("org/dangjian/rules/ComplianceEngine"));
        assertTrue(!PackAllowList.classAllowed("org/dangjian/rules/Parameters"));
    }

}
