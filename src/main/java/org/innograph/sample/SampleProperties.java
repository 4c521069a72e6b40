package org.innograph.sample;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sample network loaded on first start.
 *
 * @param enabled load the sample network when the database does not hold it yet; false starts empty.
 * @param seed seed of the synthetic cooperation network: the same seed always gives the same network.
 * @param hubCountry ISO 3166 alpha-2 code of the country at the centre of the synthetic cooperation
 *     initiative: one side of every bilateral agreement and of most labs and projects.
 * @param agreements how many partner countries get a bilateral S&T agreement with the hub.
 * @param jointLabs how many joint laboratories to generate.
 * @param demoCenters how many agricultural technology demonstration centres to generate.
 * @param industrialParks how many overseas industrial parks to generate.
 * @param activities how many exchange and matchmaking activities to generate.
 * @param projects how many cooperation projects to generate.
 */
@ConfigurationProperties("innograph.sample")
public record SampleProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("20261126") long seed,
        @DefaultValue("CN") String hubCountry,
        @DefaultValue("90") int agreements,
        @DefaultValue("60") int jointLabs,
        @DefaultValue("24") int demoCenters,
        @DefaultValue("75") int industrialParks,
        @DefaultValue("320") int activities,
        @DefaultValue("1100") int projects) {
}
