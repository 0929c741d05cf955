package dev.weft;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layers of design.md: only the UI knows JavaFX; the sandbox never calls the app; the API knows no UI. */
@AnalyzeClasses(packages = "dev.weft", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheUiUsesJavaFx = noClasses().that().resideOutsideOfPackage("dev.weft.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("ViewModels, services and the API must run and be tested without a toolkit");

    @ArchTest
    static final ArchRule theApiAndDomainKnowNothingAbove = noClasses()
            .that().resideInAnyPackage("dev.weft.api..", "dev.weft.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.weft.ui..", "dev.weft.sandbox..", "dev.weft.service..",
                    "dev.weft.profiles..")
            .because("data flows down as requests and up as records; nothing flows sideways");

    @ArchTest
    static final ArchRule theSandboxIsIndependentOfTheApp = noClasses().that().resideInAPackage("dev.weft.sandbox..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.weft.ui..", "dev.weft.service..", "dev.weft.profiles..");
}
