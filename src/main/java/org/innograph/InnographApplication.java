package org.innograph;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.innograph.export.ExportCommand;
import org.innograph.ingest.ImportCommand;
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
        if (ExportCommand.asked(args)) {
            System.exit(ExportCommand.run(InnographApplication.class, args));
        }
        if (args.length > 0 && args[0].equals("scale-folder")) {
            // scale-folder DIR SIZE [SEED]: the benchmark's input, the scale network as an import folder (no database).
            long seed = args.length > 3 ? Long.parseLong(args[3]) : 20261126L;
            ScaleNetwork.writeImportFolder(Path.of(args[1]), args[2], seed, "CN").describe().forEach(System.out::println);
            return;
        }
        SpringApplication.run(InnographApplication.class, args);
    }

    /**
     * {@code import DIR ...}: the same application, without a web server, the sample load or a Bolt listener,
     * quiet but for warnings; it runs the import and exits. Settings ({@code --innograph.neo4j.uri=...}) apply.
     */
    static int importCommand(String[] args) {
        String[] settings = Arrays.stream(args).filter(arg -> arg.startsWith("--") && arg.contains("=")).toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(InnographApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties(Map.of("innograph.sample.enabled", "false", "innograph.neo4j.embedded.bolt-enabled", "false",
                        "spring.main.banner-mode", "off", "logging.level.root", "warn",
                        // A batch of 10,000 rows on a busy machine can take longer than a request's 30 s.
                        "innograph.neo4j.embedded.transaction-timeout", "10m"))
                .run(settings);
        int status = context.getBean(ImportCommand.class).run(Arrays.asList(args), System.out, System.err);
        return SpringApplication.exit(context, () -> status);
    }
}
