package org.innograph;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasModifiers.Predicates.modifier;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/** The package-by-feature layout holds: features stay in their rooms. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.innograph");

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("org.innograph.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /** The rooms a question is answered in; each may use the domain, ingest's events and the shared infrastructure. */
    private static final String[] FEATURES = {"org.innograph.search..", "org.innograph.stats..", "org.innograph.paths..",
            "org.innograph.regions..", "org.innograph.sample..", "org.innograph.export..",
            "org.innograph.gaps.."};

    /**
     * Features that present the answers of other features in another form (exports; gap reports, which read
     * the region matrix): they may ask those
     * features through their public classes, never reach into the rest.
     */
    private static final Set<String> PRESENTERS = Set.of("org.innograph.export..", "org.innograph.gaps..");

    @Test
    void everyPackageIsCoveredByTheseRules() {
        var known = new HashSet<>(Arrays.stream(FEATURES).map(feature -> feature.replace("..", "")).toList());
        known.addAll(List.of("org.innograph.database", "org.innograph.graphql", "org.innograph.network", "org.innograph.subgraph",
                "org.innograph.ingest", "org.innograph"));
        assertThat(CLASSES.stream().map(type -> type.getPackageName().replaceFirst("^(org\\.innograph\\.[a-z]+).*", "$1")))
                .as("a new feature package must be added to FEATURES").allMatch(known::contains);
    }

    @Test
    void sharedInfrastructureKnowsNoFeature() {
        noClasses().that().resideInAnyPackage("org.innograph.database..", "org.innograph.graphql..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.innograph.network..", "org.innograph.ingest..")
                .check(CLASSES);
    }

    @Test
    void noFeatureReachesIntoAnother() {
        for (String feature : FEATURES) {
            String[] others = Arrays.stream(FEATURES).filter(other -> !other.equals(feature)).toArray(String[]::new);
            if (PRESENTERS.contains(feature)) {
                noClasses().that().resideInAPackage(feature)
                        .should().dependOnClassesThat(resideInAnyPackage(others).and(not(modifier(JavaModifier.PUBLIC))))
                        .because("a presenter asks other features through their public API only")
                        .check(CLASSES);
                continue;
            }
            noClasses().that().resideInAPackage(feature)
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("features talk through the domain (network), ingest's events and the shared infrastructure")
                    .check(CLASSES);
        }
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
    void theDrawingModelKnowsOnlyTheDomain() {
        noClasses().that().resideInAPackage("org.innograph.subgraph..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.innograph.ingest..", "org.innograph.database..")
                .because("search, paths, regions and the gaps all draw with it")
                .check(CLASSES);
    }

    @Test
    void theDomainDependsOnNoOtherFeature() {
        noClasses().that().resideInAPackage("org.innograph.network..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.innograph.ingest..", "org.innograph.subgraph..")
                .check(CLASSES);
    }
}
