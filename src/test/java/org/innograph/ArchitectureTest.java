package org.innograph;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package-by-feature layout holds: features stay in their rooms. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.innograph");

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("org.innograph.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void sharedInfrastructureKnowsNoFeature() {
        noClasses().that().resideInAnyPackage("org.innograph.database..", "org.innograph.graphql..")
                .should().dependOnClassesThat().resideInAnyPackage("org.innograph.network..", "org.innograph.search..",
                        "org.innograph.stats..", "org.innograph.sample..", "org.innograph.ingest..")
                .check(CLASSES);
    }

    @Test
    void onlyTheQueryRunnerTalksToNeo4jClient() {
        noClasses().that().resideOutsideOfPackage("org.innograph.database..")
                .should().dependOnClassesThat().areAssignableTo(Neo4jClient.class)
                .because("all Cypher runs as named .cypher files through QueryRunner")
                .check(CLASSES);
    }

    @Test
    void controllersAreNamedAfterWhatTheyServe() {
        classes().that().areAnnotatedWith(Controller.class).should().haveSimpleNameEndingWith("Controller").check(CLASSES);
    }

    @Test
    void theDomainDependsOnNoOtherFeature() {
        noClasses().that().resideInAPackage("org.innograph.network..")
                .should().dependOnClassesThat().resideInAnyPackage("org.innograph.search..", "org.innograph.stats..",
                        "org.innograph.sample..", "org.innograph.ingest..")
                .check(CLASSES);
    }
}
