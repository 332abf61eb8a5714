package pbi.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The house rules the build checks: dependencies run one way, screens do not know each other, view models never
 * touch a control, the window never talks SQL and the data layer never knows the toolkit.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("pbi");
    private static final List<String> FEATURES = List.of("browse", "editor", "doctor", "transfer", "connect", "map",
            "compare", "bulk", "audit");

    @Test
    void theAppsPackagesHaveNoCycles() {
        slices().matching("pbi.app.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theRootAndTheCommandLineAreNotPartOfACycleEither() {
        // pbi.app itself (App, Main) is no slice of the rule above: nothing below it may depend on it.
        noClasses().that().resideInAnyPackage("pbi.app.cli..", "pbi.app.gui..")
                .should().dependOnClassesThat().resideInAPackage("pbi.app")
                .check(CLASSES);
    }

    @Test
    void screensDoNotImportEachOtherOnlyMainComposesThem() {
        for (String feature : FEATURES) {
            String[] others = FEATURES.stream().filter(f -> !f.equals(feature))
                    .map(f -> "pbi.app.gui." + f + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("pbi.app.gui." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .orShould().dependOnClassesThat().resideInAPackage("pbi.app.gui.main..")
                    .check(CLASSES);
        }
        noClasses().that().resideInAPackage("pbi.app.gui.common..")
                .should().dependOnClassesThat().resideInAnyPackage("pbi.app.gui.main..", "pbi.app.gui.browse..",
                        "pbi.app.gui.editor..", "pbi.app.gui.doctor..", "pbi.app.gui.transfer..",
                        "pbi.app.gui.connect..", "pbi.app.gui.map..", "pbi.app.gui.compare..",
                        "pbi.app.gui.bulk..", "pbi.app.gui.audit..")
                .check(CLASSES);
    }

    @Test
    void viewModelsNeverTouchControls() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "org.controlsfx..", "javafx.application..")
                .check(CLASSES);
    }

    @Test
    void theEditorsPureCoresKnowNoToolkit() {
        noClasses().that().haveFullyQualifiedName("pbi.app.gui.editor.BotDraft")
                .or().haveFullyQualifiedName("pbi.app.gui.editor.BagLayout")
                .or().haveFullyQualifiedName("pbi.app.gui.editor.StateField")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(CLASSES);
    }

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
}
