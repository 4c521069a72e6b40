package org.innograph.graphql;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

import org.innograph.database.RequestTransactions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.graphql.server.WebGraphQlHandler;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

    /** The built-in ID is replaced by a strict one, hence strict mode off for that one registration. */
    @Bean
    RuntimeWiringConfigurer scalars() {
        return wiring -> wiring.strictMode(false).scalar(IdScalar.ID).strictMode(true)
                .scalar(DateScalar.DATE).scalar(JsonScalar.JSON);
    }

    /** Fires the deadlines of running requests; cancelled timers are dropped at once, not kept until due. */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService requestTimers() {
        var timers = new ScheduledThreadPoolExecutor(2, runnable -> {
            Thread thread = new Thread(runnable, "request-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        timers.setRemoveOnCancelPolicy(true);
        return timers;
    }

    /**
     * GraphQL over HTTP; an exact servlet mapping, so it answers /graphql before Spring MVC's own handler would.
     * Made only with a web server: the command-line tasks ({@code import}, {@code export}) run without one.
     */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    ServletRegistrationBean<GraphQlHttpEndpoint> graphQlHttpEndpoint(WebGraphQlHandler handler, JsonMapper json, ApiProperties api,
            ScheduledExecutorService requestTimers, RequestTransactions transactions,
            @Value("${spring.graphql.http.path:/graphql}") String path) {
        var registration = new ServletRegistrationBean<>(
                new GraphQlHttpEndpoint(handler, json, api, requestTimers, transactions), path);
        registration.setAsyncSupported(true);
        registration.setName("graphQlHttpEndpoint");
        return registration;
    }

    /** Queries sent again skip parsing and validation ({@link ValidatedDocuments}). */
    @Bean
    GraphQlSourceBuilderCustomizer validatedDocuments(ApiProperties api) {
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(
                new ValidatedDocuments(api.documentCache().toBytes())));
    }

    /** A schema field that no controller or record answers fails the start, not a client's query. */
    @Bean
    GraphQlSourceBuilderCustomizer failOnUnmappedFields() {
        return builder -> builder.inspectSchemaMappings(report -> {
            if (!report.unmappedFields().isEmpty() || !report.unmappedRegistrations().isEmpty()
                    || !report.unmappedArguments().isEmpty()) {
                throw new IllegalStateException("GraphQL schema and code disagree:\n" + report);
            }
        });
    }
}
