package uk.socguide.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of ARCHITECTURE.md, checked on the main classes of every module (app's test
 * classpath holds them all). A rule about a module that has no classes yet passes vacuously.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("uk.socguide");
  }

  @Test
  void dependenciesPointFromAppThroughAdaptersAndCoreToIntentsAndContent() {
    ArchRule rule =
        layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("app")
            .definedBy("uk.socguide.app..")
            .layer("adapters")
            .definedBy("uk.socguide.adapters..")
            .layer("core")
            .definedBy("uk.socguide.core..")
            .layer("intents")
            .definedBy("uk.socguide.intents..")
            .layer("content")
            .definedBy("uk.socguide.content..")
            .whereLayer("app")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("adapters")
            .mayOnlyBeAccessedByLayers("app")
            .whereLayer("core")
            .mayOnlyBeAccessedByLayers("adapters", "app")
            .whereLayer("intents")
            .mayOnlyBeAccessedByLayers("core", "app")
            .whereLayer("content")
            .mayOnlyBeAccessedByLayers("core", "app");
    rule.check(classes);
  }

  @Test
  void adaptersNeverSeeEachOther() {
    slices()
        .matching("uk.socguide.adapters.(*)..")
        .should()
        .notDependOnEachOther()
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void adaptersSeeOnlyTheCoresTypesNotTheContentStoreOrOpenNlp() {
    noClasses()
        .that()
        .resideInAPackage("uk.socguide.adapters..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("uk.socguide.content..", "uk.socguide.intents..", "opennlp..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void openNlpStaysInIntents() {
    onlyIn("uk.socguide.intents..", "opennlp..").check(classes);
  }

  @Test
  void theBotFrameworkStaysInTheTeamsAdapter() {
    onlyIn("uk.socguide.adapters.teams..", "com.microsoft.bot..").check(classes);
  }

  @Test
  void telegramStaysInTheTelegramAdapter() {
    onlyIn("uk.socguide.adapters.telegram..", "org.telegram..").check(classes);
  }

  @Test
  void theWebFrameworkStaysInApp() {
    onlyIn("uk.socguide.app..", "io.javalin..").check(classes);
    onlyIn("uk.socguide.app..", "org.eclipse.jetty..", "jakarta.servlet..").check(classes);
  }

  @Test
  void noPackageCycles() {
    slices().matching("uk.socguide.(**)").should().beFreeOfCycles().check(classes);
  }

  private static ArchRule onlyIn(String home, String... vendorPackages) {
    return noClasses()
        .that()
        .resideOutsideOfPackage(home)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(vendorPackages)
        .allowEmptyShould(true)
        .because(String.join(", ", vendorPackages) + " belong to " + home + " alone");
  }
}
