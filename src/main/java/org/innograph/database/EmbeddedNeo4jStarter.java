package org.innograph.database;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the embedded Neo4j as soon as the settings are known, before Spring creates any bean, so the
 * DBMS's few seconds of start-up overlap all of Spring's. It becomes the {@code embeddedNeo4j} bean,
 * closed with the context after the driver that depends on it. Registered in
 * {@code META-INF/spring.factories}; does nothing when an external Neo4j URI is set.
 */
public class EmbeddedNeo4jStarter implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String BEAN_NAME = "embeddedNeo4j";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        DatabaseProperties properties = Binder.get(context.getEnvironment())
                .bindOrCreate("innograph.neo4j", DatabaseProperties.class);
        if (!properties.embeddedMode()) {
            return;
        }
        var embedded = properties.embedded();
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.startInBackground(embedded);
        var beans = (DefaultListableBeanFactory) context.getBeanFactory();
        beans.registerSingleton(BEAN_NAME, neo4j);
        beans.registerDisposableBean(BEAN_NAME, neo4j::close);
    }
}
