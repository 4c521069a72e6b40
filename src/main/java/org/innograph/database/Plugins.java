package org.innograph.database;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.procedure.Procedure;
import org.neo4j.procedure.UserAggregationFunction;
import org.neo4j.procedure.UserFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.util.ClassUtils;

/**
 * The Neo4j plugins the service ships on its classpath: Neo4j Graph Data Science (open GDS). A Neo4j server
 * loads plugin procedures from its {@code plugins} folder; an embedded DBMS (and the test harness) loads
 * none by itself, so their classes are found here, by the annotations on their methods, and registered with
 * the DBMS's {@link GlobalProcedures}. GDS's own extension (its catalog, memory tracking) is found by Neo4j's
 * service loader. GDS reaches below the public API, so its procedures must be unrestricted:
 * {@link #UNRESTRICTED}, for {@code dbms.security.procedures.unrestricted}.
 */
public final class Plugins {

    /** The procedures allowed to use Neo4j's internals. */
    public static final List<String> UNRESTRICTED = List.of("gds.*");
    private static final String PACKAGE = "org.neo4j.gds";
    /** The plugin's name as its documentation and Neo4j's plugin folder know it. */
    public static final String GDS = "Neo4j Graph Data Science";
    private static final Pattern UNKNOWN_CALLABLE = Pattern.compile(
            "no procedure with the name `([\\w.]+)`|Unknown function '([\\w.]+)'");
    private static final Logger log = LoggerFactory.getLogger(Plugins.class);

    private Plugins() {
    }

    /** Registers every GDS procedure, function and aggregation function with the database's DBMS. */
    public static void register(GraphDatabaseService database) {
        register(database, callableClasses());
    }

    /** Registers the procedures and functions of these classes (found by {@link #callableClasses()}). */
    public static void register(GraphDatabaseService database, List<Class<?>> classes) {
        long started = System.nanoTime();
        var procedures = ((GraphDatabaseAPI) database).getDependencyResolver().resolveDependency(GlobalProcedures.class);
        int registered = 0;
        var refused = new ArrayList<String>();
        for (Class<?> type : classes) {
            try {
                if (has(type, Procedure.class)) {
                    procedures.registerProcedure(type);
                }
                if (has(type, UserFunction.class)) {
                    procedures.registerFunction(type);
                }
                if (has(type, UserAggregationFunction.class)) {
                    procedures.registerAggregationFunction(type);
                }
                registered++;
            }
            catch (Exception | LinkageError e) {
                // A class of an edition we do not ship (or already registered): the rest still loads.
                refused.add(type.getName() + ": " + e.getMessage());
            }
        }
        log.info("Registered the procedures and functions of {} Graph Data Science classes in {} ms{}", registered,
                (System.nanoTime() - started) / 1_000_000, refused.isEmpty() ? "" : "; refused " + refused.size());
        refused.forEach(reason -> log.debug("Not registered: {}", reason));
    }

    /**
     * The classes of the plugin packages that declare a procedure, function or aggregation function: a scan of
     * the class files' bytecode (not loading them), a few seconds that the embedded start overlaps with the
     * DBMS's own start.
     */
    public static List<Class<?>> callableClasses() {
        long started = System.nanoTime();
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent() && definition.getMetadata().isConcrete();
            }
        };
        // Whichever thread scans, the classes are those the service's own class loader sees (a fat jar's nested ones).
        scanner.setResourceLoader(new DefaultResourceLoader(Plugins.class.getClassLoader()));
        scanner.addIncludeFilter((reader, factory) -> {
            var metadata = reader.getAnnotationMetadata();
            return metadata.hasAnnotatedMethods(Procedure.class.getName()) || metadata.hasAnnotatedMethods(UserFunction.class.getName())
                    || metadata.hasAnnotatedMethods(UserAggregationFunction.class.getName());
        });
        var classes = new ArrayList<Class<?>>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(PACKAGE)) {
            try {
                classes.add(ClassUtils.forName(candidate.getBeanClassName(), Plugins.class.getClassLoader()));
            }
            catch (ClassNotFoundException | LinkageError e) {
                log.debug("Not loadable: {}: {}", candidate.getBeanClassName(), e.getMessage());
            }
        }
        log.info("Found {} Graph Data Science classes with procedures or functions in {} ms", classes.size(),
                (System.nanoTime() - started) / 1_000_000);
        return classes;
    }

    /**
     * The plugin a failed query needed and the Neo4j it ran on lacks, read from Neo4j's own message (an
     * external Neo4j without GDS answers "There is no procedure with the name `gds...`" or "Unknown function
     * 'gds...'"); empty when the failure is anything else.
     */
    public static Optional<Missing> missing(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            Matcher matcher = cause.getMessage() == null ? null : UNKNOWN_CALLABLE.matcher(cause.getMessage());
            if (matcher != null && matcher.find()) {
                String callable = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                if (callable.startsWith("gds.")) {
                    return Optional.of(new Missing(GDS, callable));
                }
            }
        }
        return Optional.empty();
    }

    /** A plugin a query needed, by name, and the procedure or function it called. */
    public record Missing(String plugin, String callable) {
    }

    private static boolean has(Class<?> type, Class<? extends java.lang.annotation.Annotation> annotation) {
        for (Method method : type.getDeclaredMethods()) {
            if (method.isAnnotationPresent(annotation)) {
                return true;
            }
        }
        return false;
    }
}
