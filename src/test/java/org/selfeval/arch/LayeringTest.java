package org.selfeval.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The allowed directions of architecture.md: ui → (logic layers) → model; JavaFX only in ui; SQL only in store. */
@AnalyzeClasses(packages = "org.selfeval", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule onlyTheUiUsesJavaFx = noClasses()
            .that().resideOutsideOfPackages("org.selfeval.ui..").and().doNotHaveFullyQualifiedName("org.selfeval.Launcher")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..");

    @ArchTest
    static final ArchRule theModelDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("org.selfeval.model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.selfeval.audit..", "org.selfeval.narrative..", "org.selfeval.document..", "org.selfeval.charts..",
                    "org.selfeval.export..", "org.selfeval.store..", "org.selfeval.exchange..", "org.selfeval.edit..",
                    "org.selfeval.cli..", "org.selfeval.ui..", "org.selfeval.recognise..",
                    "com.fasterxml..", "org.jooq..", "org.apache.poi..", "com.itextpdf..");

    @ArchTest
    static final ArchRule theRecogniserDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("org.selfeval.recognise..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.selfeval.model..", "org.selfeval.audit..", "org.selfeval.narrative..", "org.selfeval.document..",
                    "org.selfeval.charts..", "org.selfeval.export..", "org.selfeval.store..", "org.selfeval.exchange..",
                    "org.selfeval.edit..", "org.selfeval.cli..", "org.selfeval.ui..");

    @ArchTest
    static final ArchRule sqlStaysInTheStore = noClasses()
            .that().resideOutsideOfPackages("org.selfeval.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.sqlite..", "org.flywaydb..");

    @ArchTest
    static final ArchRule nothingBelowTheUiUsesTheUi = noClasses()
            .that().resideOutsideOfPackages("org.selfeval.ui..").and().doNotHaveFullyQualifiedName("org.selfeval.Launcher")
            .should().dependOnClassesThat().resideInAnyPackage("org.selfeval.ui..");

    @ArchTest
    static final ArchRule logicDoesNotReachIntoTheCli = noClasses()
            .that().resideOutsideOfPackages("org.selfeval.cli..").and().doNotHaveFullyQualifiedName("org.selfeval.Launcher")
            .should().dependOnClassesThat().resideInAnyPackage("org.selfeval.cli..");
}
