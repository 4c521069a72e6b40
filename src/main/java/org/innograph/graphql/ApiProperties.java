package org.innograph.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds of the GraphQL API.
 *
 * @param defaultPageSize items per page when a list field is asked for without {@code first}.
 * @param maxPageSize the largest {@code first} a client may ask for; more is a BAD_USER_INPUT error, not a
 *     silently shortened page.
 */
@ConfigurationProperties("innograph.api")
public record ApiProperties(
        @DefaultValue("20") int defaultPageSize,
        @DefaultValue("100") int maxPageSize) {
}
