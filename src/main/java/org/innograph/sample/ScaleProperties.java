package org.innograph.sample;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A generated network of a chosen size instead of the default sample, for benchmarks. It shares
 * {@code innograph.sample.seed} and {@code innograph.sample.hub-country} with the sample; the sample's own
 * counts (labs, projects...) do not apply to it.
 *
 * @param scale empty (the default) loads the sample network; a size ({@code 10k}, {@code 100k}, {@code 1m},
 *     {@code 10m} or a relationship count, see {@link Scale}) loads a seeded network of about that many
 *     relationships with a heavy-tailed degree distribution ({@link ScaleNetwork}) instead.
 */
@ConfigurationProperties("innograph.sample")
public record ScaleProperties(@DefaultValue("") String scale) {

    /** True when a scale is set, so the generated network replaces the sample. */
    public boolean scaled() {
        return scale != null && !scale.isBlank();
    }
}
