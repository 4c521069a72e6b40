package org.innograph.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.innograph.InnographApplication;
import org.innograph.database.EmbeddedNeo4j;
import org.innograph.sample.SampleNetworkStatus;
import org.neo4j.graphdb.GraphDatabaseService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Innograph started in this JVM as its main method would, on 127.0.0.1 with a free HTTP port. On the
 * embedded default its Neo4j is the benchmark's database: a Bolt listener on a free loopback port for the
 * driver and the second Innograph, and the {@link GraphDatabaseService} itself for in-process Cypher.
 */
final class Service implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    final long startMillis;

    private Service(ConfigurableApplicationContext context, long startMillis) {
        this.context = context;
        this.startMillis = startMillis;
    }

    static Service start(List<String> properties) throws InterruptedException {
        long started = System.nanoTime();
        var all = new ArrayList<>(List.of("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off"));
        all.addAll(properties);
        // As command-line arguments: they win over application.yml (innograph.neo4j.uri: ${NEO4J_URI:}), defaults would not.
        var context = new SpringApplicationBuilder(InnographApplication.class)
                .run(all.stream().map(property -> "--" + property).toArray(String[]::new));
        context.getBean(SampleNetworkStatus.class).awaitLoaded(Duration.ofHours(2));
        return new Service(context, (System.nanoTime() - started) / 1_000_000);
    }

    URI graphql() {
        return URI.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port") + "/graphql");
    }

    URI bolt() {
        return context.getBean(EmbeddedNeo4j.class).boltUri();
    }

    GraphDatabaseService database() {
        return context.getBean(EmbeddedNeo4j.class).database();
    }

    @Override
    public void close() {
        context.close();
    }
}
