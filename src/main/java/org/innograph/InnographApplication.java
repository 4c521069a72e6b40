package org.innograph;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.innograph.export.ExportCommand;
import org.innograph.ingest.ImportCommand;
import org.innograph.paths.CooperationEdges;
import org.innograph.sample.ScaleNetwork;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/** Innograph: a graph knowledge service for the global S&T innovation network. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class InnographApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(ImportCommand.NAME)) {
            System.exit(importCommand(args));
        }
        if (args.length > 0 && args[0].equals("rebuild-cooperation")) {
            System.exit(rebuildCooperation(args));
        }
        if (ExportCommand.asked(args)) {
            System.exit(ExportCommand.run(InnographApplication.class, args));
        }
        if (args.length > 0 && args[0].equals("consortia-folder")) {
            // consortia-folder DIR SIZE [SEED]: the cooperation benchmark's input, projects with heavy-tailed consortia.
            long seed = args.length > 3 ? Long.parseLong(args[3]) : 20261127L;
            ScaleNetwork.writeConsortiaFolder(Path.of(args[1]), args[2], seed).describe().forEach(System.out::println);
            return;
        }
        if (args.length > 0 && args[0].equals("scale-folder")) {
            // scale-folder DIR SIZE [SEED]: the benchmark's input, the scale network as an import folder (no database).
            long seed = args.length > 3 ? Long.parseLong(args[3]) : 20261126L;
            ScaleNetwork.writeImportFolder(Path.of(args[1]), args[2], seed, "CN").describe().forEach(System.out::println);
            return;
        }
        SpringApplication.run(InnographApplication.class, args);
    }

    /** {@code import DIR ...}: runs the import and exits with its status. */
    public static int importCommand(String[] args) {
        ConfigurableApplicationContext context = commandContext(args);
        int status = context.getBean(ImportCommand.class).run(Arrays.asList(args), System.out, System.err);
        return SpringApplication.exit(context, () -> status);
    }

    /**
     * {@code rebuild-cooperation}: derives every COOPERATES_WITH edge afresh (the admin's full rebuild, beside the
     * incremental derivation that follows every write), then exits.
     */
    static int rebuildCooperation(String[] args) {
        ConfigurableApplicationContext context = commandContext(args);
        long started = System.nanoTime();
        CooperationEdges cooperation = context.getBean(CooperationEdges.class);
        CooperationEdges.Derived derived = cooperation.rebuild(soFar -> System.out.printf("\r%,d institutions re-derived, %,d edges written, %,d removed",
                soFar.institutions(), soFar.written(), soFar.removed()));
        System.out.println();
        System.out.printf("Re-derived the COOPERATES_WITH edges of %,d institutions in %,d ms: %,d written, %,d removed; %,d edges%n",
                derived.institutions(), (System.nanoTime() - started) / 1_000_000, derived.written(), derived.removed(),
                cooperation.count());
        return SpringApplication.exit(context, () -> 0);
    }

    /**
     * The same application for a command: no web server, sample load, Bolt listener or Graph Data Science
     * procedures, quiet but for warnings.
     * Settings among the arguments ({@code --innograph.neo4j.uri=...}) apply.
     */
    private static ConfigurableApplicationContext commandContext(String[] args) {
        String[] settings = Arrays.stream(args).filter(arg -> arg.startsWith("--") && arg.contains("=")).toArray(String[]::new);
        return new SpringApplicationBuilder(InnographApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties(Map.of("innograph.sample.enabled", "false", "innograph.neo4j.embedded.bolt-enabled", "false",
                        "innograph.neo4j.embedded.plugins", "false",
                        "spring.main.banner-mode", "off", "logging.level.root", "warn",
                        // A batch of 10,000 rows on a busy machine can take longer than a request's 30 s.
                        "innograph.neo4j.embedded.transaction-timeout", "10m"))
                .run(settings);
    }
}
