package pbi.dao.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The data layer's layering: packages depend one way (domain, columns, mapper, db, service, then doctor and json),
 * mapper interfaces are used only by the code that runs units of work, and nothing here knows the window.
 */
class LayeringTest {

    private static final JavaClasses DAO = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("pbi.dao");

    /**
     * Who may call a mapper: the services (units of work), the pool's schema probe in {@code db}, and in the doctor
     * only the classes that read for a scan or a plan. The doctor's rules and repairs ({@code Checks},
     * {@code Repairs}) stay pure, and its writes go through {@code BotService}.
     */
    private static final String DOCTOR_READERS = "pbi\\.dao\\.doctor\\.(Scan|Fixer|Duplicates)(\\$.*)?";

    @Test
    void packagesHaveNoCycles() {
        slices().matching("pbi.dao.(*)..").should().beFreeOfCycles().check(DAO);
    }

    @Test
    void mappersAreUsedOnlyByTheUnitsOfWork() {
        classes().that().resideInAPackage("pbi.dao.mapper").and().areInterfaces()
                .should().onlyBeAccessed().byClassesThat(
                        resideInAnyPackage("pbi.dao.mapper", "pbi.dao.service", "pbi.dao.db")
                                .or(nameMatching(DOCTOR_READERS)))
                .check(DAO);
    }

    @Test
    void mappersKnowOnlyTheDomainAndTheColumns() {
        // geo is pure values beside domain (zone rectangles, map boxes, cells), so the map's mapper may use it.
        noClasses().that().resideInAPackage("pbi.dao.mapper")
                .should().dependOnClassesThat(resideInAnyPackage("pbi.dao..")
                        .and(not(resideInAnyPackage("pbi.dao.mapper", "pbi.dao.domain", "pbi.dao.geo",
                                "pbi.dao.columns"))))
                .check(DAO);
    }

    @Test
    void rulesAndRepairsArePure() {
        noClasses().that(nameMatching("pbi\\.dao\\.doctor\\.(Checks|Repairs)(\\$.*)?"))
                .should().dependOnClassesThat().resideInAnyPackage("pbi.dao.mapper", "pbi.dao.db",
                        "pbi.dao.service", "org.apache.ibatis..", "java.sql..")
                .check(DAO);
    }

    @Test
    void theDataLayerKnowsNothingOfTheWindow() {
        noClasses().that().resideInAPackage("pbi.dao..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "pbi.app..")
                .check(DAO);
    }
}
