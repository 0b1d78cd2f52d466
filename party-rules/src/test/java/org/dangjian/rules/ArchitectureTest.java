package org.dangjian.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dangjian.rules.internal.FactDeriver;
import org.junit.jupiter.api.Test;

/**
 * The house of party-rules (docs/architecture.md): which package may lean on which. The API
 * package and the library packages beside it (review, report, authoring) may call the internals,
 * but never show them: no public signature outside {@code internal} names an internal type, and
 * the internals never call up into review, report or authoring. Drools stays behind the API, and
 * party-model knows nothing of it.
 */
class ArchitectureTest {

    private static final String INTERNAL = "org.dangjian.rules.internal..";
    private static final JavaClasses RULES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.dangjian.rules");
    private static final JavaClasses MODEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.dangjian.model");

    @Test
    void internalsSitBelowTheLibraryPackages() {
        noClasses().that().resideInAPackage(INTERNAL)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.dangjian.rules.review..", "org.dangjian.rules.report..", "org.dangjian.rules.authoring..")
                .check(RULES);
    }

    @Test
    void theLibraryPackagesAreBuiltOnTheApiNotBesideIt() {
        noClasses().that().resideInAPackage("org.dangjian.rules")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.dangjian.rules.review..", "org.dangjian.rules.report..", "org.dangjian.rules.authoring..")
                .check(RULES);
        noClasses().that().resideInAnyPackage("org.dangjian.rules.report..")
                .should().dependOnClassesThat().resideInAnyPackage("org.dangjian.rules.authoring..")
                .check(RULES);
    }

    @Test
    void noPublicSignatureOutsideTheInternalsNamesAnInternalType() {
        List<String> leaks = new ArrayList<>();
        for (JavaClass c : RULES) {
            if (c.getPackageName().startsWith("org.dangjian.rules.internal") || !isVisible(c)) {
                continue;
            }
            for (JavaCodeUnit m : c.getCodeUnits()) {
                if (!m.getModifiers().contains(JavaModifier.PUBLIC) && !m.getModifiers().contains(JavaModifier.PROTECTED)) {
                    continue;
                }
                Stream.concat(Stream.of(m.getRawReturnType()), m.getRawParameterTypes().stream())
                        .filter(ArchitectureTest::internal)
                        .forEach(t -> leaks.add(m.getFullName() + " names " + t.getName()));
            }
            for (JavaField f : c.getFields()) {
                if (f.getModifiers().contains(JavaModifier.PUBLIC) && internal(f.getRawType())) {
                    leaks.add(f.getFullName() + " is a " + f.getRawType().getName());
                }
            }
        }
        assertEquals(List.of(), leaks);
    }

    @Test
    void catalogAreasMeetOnlyThroughTheVocabulary() {
        // Each area (vocabulary.<area>) is one unit: its facts, deriver, rules and scenarios. Areas
        // share what they share through the vocabulary package itself or the engine, never through
        // one another, so an area can be read, changed or dropped alone.
        slices().matching("org.dangjian.rules.vocabulary.(*)..").should().notDependOnEachOther().check(RULES);
        noClasses().that().resideInAPackage("org.dangjian.rules.vocabulary")
                .should().dependOnClassesThat().resideInAPackage("org.dangjian.rules.vocabulary.*..")
                .check(RULES);
    }

    @Test
    void deriversStayOutOfSight() {
        // Packs see the vocabulary's public types (PackAllowList): a deriver among them would be a
        // door into the engine. Embedding systems see nothing of it in the Javadoc either.
        noClasses().that().implement(FactDeriver.class).should().bePublic().check(RULES);
    }

    @Test
    void droolsStaysBehindTheApi() {
        // Findings is the rules' global: its actions receive the rule context (the executable model's Drools).
        noClasses().that().resideInAnyPackage("org.dangjian.rules", "org.dangjian.rules.review..",
                        "org.dangjian.rules.report..")
                .and().doNotBelongToAnyOf(Findings.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..")
                .check(RULES);
    }

    @Test
    void partyModelIsFreeOfDrools() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..", "org.mvel2..")
                .check(MODEL);
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.dangjian.rules..").check(MODEL);
    }

    private static boolean isVisible(JavaClass c) {
        return c.getModifiers().contains(JavaModifier.PUBLIC)
                && c.getEnclosingClass().map(ArchitectureTest::isVisible).orElse(true);
    }

    private static boolean internal(JavaClass type) {
        JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
        return base.getPackageName().startsWith("org.dangjian.rules.internal");
    }
}
