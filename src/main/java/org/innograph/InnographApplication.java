package org.innograph;

import org.innograph.export.ExportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Innograph: a graph knowledge service for the global S&T innovation network. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class InnographApplication {

    public static void main(String[] args) {
        if (ExportCommand.asked(args)) {
            System.exit(ExportCommand.run(InnographApplication.class, args));
        }
        SpringApplication.run(InnographApplication.class, args);
    }
}
