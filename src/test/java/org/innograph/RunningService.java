package org.innograph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innograph.sample.SampleNetworkStatus;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;

/** A whole Innograph started as its main method would, with some settings, for tests of start-up modes. */
final class RunningService implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private RunningService(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static RunningService start(String... properties) throws InterruptedException {
        var settings = new ArrayList<>(List.of("server.port=0", "spring.main.banner-mode=off"));
        settings.addAll(List.of(properties));
        var context = new SpringApplicationBuilder(InnographApplication.class).properties(settings.toArray(String[]::new)).run();
        context.getBean(SampleNetworkStatus.class).awaitLoaded(Duration.ofMinutes(5));
        return new RunningService(context);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Node counts per kind, read through GraphQL {@code stats}. */
    Map<String, Long> nodeCounts() {
        var tester = ExecutionGraphQlServiceTester.create(context.getBean(ExecutionGraphQlService.class));
        var counts = new LinkedHashMap<String, Long>();
        tester.documentName("stats").execute().path("stats.nodes").entityList(Map.class).get()
                .forEach(row -> counts.put((String) row.get("kind"), ((Number) row.get("count")).longValue()));
        return counts;
    }

    @Override
    public void close() {
        context.close();
    }
}
