package org.dangjian.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The embedding examples are what a system that embeds party-rules writes: they use the API
 * package {@code org.dangjian.rules} and party-model, nothing of the engine's other packages.
 */
class ApiOnlyTest {

    @Test
    void theExamplesUseTheApiPackageAlone() {
        JavaClasses examples = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.dangjian.examples");
        classes().that().resideInAPackage("org.dangjian.examples")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "org.dangjian.rules", "org.dangjian.model..", "org.dangjian.examples..", "java..")
                .check(examples);
    }
}
