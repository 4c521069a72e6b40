package org.innograph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.util.concurrent.CopyOnWriteArrayList;

import org.innograph.sample.SampleNetworkStatus;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;

/** A whole Innograph started as its main method would, with some settings, for tests of start-up modes. */
final class RunningService implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final List<String> readiness;

    private RunningService(ConfigurableApplicationContext context, List<String> readiness) {
        this.context = context;
        this.readiness = readiness;
    }

    static RunningService start(String... properties) throws InterruptedException {
        var settings = new ArrayList<>(List.of("server.port=0", "spring.main.banner-mode=off"));
        settings.addAll(List.of(properties));
        var readiness = new CopyOnWriteArrayList<String>();
        var context = new SpringApplicationBuilder(InnographApplication.class).properties(settings.toArray(String[]::new))
                .listeners(event -> recordReadiness(event, readiness)).run();
        context.getBean(SampleNetworkStatus.class).awaitLoaded(Duration.ofMinutes(5));
        return new RunningService(context, readiness);
    }

    /**
     * The readiness of the service once it started (web server up, before the application runners), and at
     * every change after, each with the state of the sample network at that moment: "REFUSING_TRAFFIC/LOADING".
     */
    private static void recordReadiness(ApplicationEvent event, List<String> readiness) {
        if (event instanceof ApplicationStartedEvent started) {
            var context = started.getApplicationContext();
            readiness.add(context.getBean(ApplicationAvailability.class).getReadinessState() + "/"
                    + context.getBean(SampleNetworkStatus.class).state());
        }
        if (event instanceof AvailabilityChangeEvent<?> change && change.getState() instanceof ReadinessState state
                && change.getSource() instanceof ApplicationContext context) {
            readiness.add(state + "/" + context.getBean(SampleNetworkStatus.class).state());
        }
    }

    List<String> readiness() {
        return readiness;
    }

    <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
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
