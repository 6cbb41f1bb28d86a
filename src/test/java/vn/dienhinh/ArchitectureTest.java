package vn.dienhinh;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layers' arrows point down: Main/App → cli, ui → context (the composition root) → service → report →
 * store → model; imports (reading officers' workbooks) sits below service beside report and uses only
 * model and util; util is below everything. The benchmark (bench) sits beside the command line that starts
 * it: it drives the composition root and the services, and measures its floors straight on the store,
 * JDBC, POI and JavaFX (a bare window), so it is left out of the JDBC and JavaFX rules.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.dienhinh");

    @Test
    void layersOnlyDependDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("Root").definedBy("vn.dienhinh")
                .layer("Context").definedBy("vn.dienhinh.context..")
                .layer("Cli").definedBy("vn.dienhinh.cli..")
                .layer("Bench").definedBy("vn.dienhinh.bench..")
                .layer("Ui").definedBy("vn.dienhinh.ui..")
                .layer("Service").definedBy("vn.dienhinh.service..")
                .layer("Report").definedBy("vn.dienhinh.report..")
                .layer("Imports").definedBy("vn.dienhinh.imports..")
                .layer("Store").definedBy("vn.dienhinh.store..")
                .layer("Model").definedBy("vn.dienhinh.model..")
                .layer("Util").definedBy("vn.dienhinh.util..")
                .whereLayer("Root").mayNotBeAccessedByAnyLayer()
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("Root")
                .whereLayer("Bench").mayOnlyBeAccessedByLayers("Cli")
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("Root")
                .whereLayer("Context").mayOnlyBeAccessedByLayers("Root", "Cli", "Ui", "Bench")
                .whereLayer("Service").mayOnlyBeAccessedByLayers("Root", "Context", "Cli", "Ui", "Bench")
                .whereLayer("Report").mayOnlyBeAccessedByLayers("Root", "Context", "Cli", "Ui", "Service", "Bench")
                .whereLayer("Imports").mayOnlyBeAccessedByLayers("Context", "Cli", "Ui", "Service", "Bench")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("Context", "Service", "Bench")
                .whereLayer("Model").mayOnlyBeAccessedByLayers("Root", "Context", "Cli", "Ui", "Service", "Report", "Store",
                        "Imports", "Bench")
                .check(CLASSES);
    }

    @Test
    void onlyTheUiKnowsJavaFx() {
        noClasses().that().resideInAnyPackage("vn.dienhinh.service..", "vn.dienhinh.store..", "vn.dienhinh.model..",
                        "vn.dienhinh.report..", "vn.dienhinh.util..", "vn.dienhinh.cli..", "vn.dienhinh.imports..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(CLASSES);
    }

    @Test
    void onlyTheStoreKnowsJdbc() {
        noClasses().that().resideInAnyPackage("vn.dienhinh.service..", "vn.dienhinh.ui..", "vn.dienhinh.model..",
                        "vn.dienhinh.report..", "vn.dienhinh.cli..", "vn.dienhinh.imports..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "org.flywaydb..")
                .check(CLASSES);
    }
}
