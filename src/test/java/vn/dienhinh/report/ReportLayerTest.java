package vn.dienhinh.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The report layer rests on model and util only (ARCHITECTURE.md). */
class ReportLayerTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.dienhinh.report");

    @Test
    void reportDependsOnModelAndUtilOnly() {
        noClasses().that().resideInAPackage("vn.dienhinh.report..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.dienhinh.store..", "vn.dienhinh.service..",
                        "vn.dienhinh.ui..", "vn.dienhinh.cli..", "javafx..", "java.sql..")
                .check(classes);
    }

    @Test
    void modelStaysPlain() {
        noClasses().that().resideInAPackage("vn.dienhinh.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "javafx..", "java.sql..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("vn.dienhinh.model"));
    }
}
