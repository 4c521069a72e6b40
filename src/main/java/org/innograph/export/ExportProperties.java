package org.innograph.export;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds of the exports of the whole graph. Exports of a subgraph answer are bounded as the GraphQL
 * question they repeat is (its caps and {@code innograph.api.request-timeout}).
 *
 * @param timeout how long an export of the whole graph may run, over HTTP or from the command line; each of
 *     its queries runs in a transaction that ends then (a streamed answer then stops short, since its status
 *     was sent at the start). Far above the API's request timeout: a million edges take minutes to write.
 * @param maxConcurrent how many exports of the whole graph may run at once over HTTP; one more is refused
 *     with 429, since each reads the whole database.
 */
@ConfigurationProperties("innograph.export")
public record ExportProperties(
        @DefaultValue("30m") Duration timeout,
        @DefaultValue("2") int maxConcurrent) {
}
