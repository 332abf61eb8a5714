package pbi.app.gui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the layers apart: the window never talks SQL, the data layer never knows the toolkit. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("pbi");

    @Test
    void theGuiNeverUsesJdbcOrMyBatis() {
        noClasses().that().resideInAPackage("pbi.app.gui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.apache.ibatis..")
                .check(CLASSES);
    }

    @Test
    void theDataLayerNeverUsesJavaFx() {
        noClasses().that().resideInAPackage("pbi.dao..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(CLASSES);
    }

    @Test
    void viewModelsNeverTouchControls() {
        noClasses().that().resideInAPackage("pbi.app.gui.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "org.controlsfx..", "javafx.application..")
                .check(CLASSES);
    }
}
