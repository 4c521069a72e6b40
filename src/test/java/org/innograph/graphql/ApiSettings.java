package org.innograph.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.Environment;

/**
 * {@link ApiProperties} as the service binds them from its environment, with one setting changed: for tests
 * that build a component with another limit, without repeating every other setting (or breaking when one is added).
 */
public final class ApiSettings {

    private ApiSettings() {
    }

    /** {@code setting} as in {@code innograph.api.<setting>}, e.g. {@code max-related}. */
    public static ApiProperties with(Environment environment, String setting, Object value) {
        List<ConfigurationPropertySource> sources = new ArrayList<>();
        sources.add(new MapConfigurationPropertySource(Map.of("innograph.api." + setting, String.valueOf(value))));
        ConfigurationPropertySources.get(environment).forEach(sources::add);
        return new Binder(sources).bindOrCreate("innograph.api", ApiProperties.class);
    }
}
