package org.innograph.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.innograph.sample.RealData.Country;
import org.innograph.sample.RealData.Region;

/**
 * The hub country's S&T agreements, as both generators draw them: a bilateral agreement with each partner
 * country, then a framework agreement per bloc, signed by the hub and those of the bloc's members that are
 * partners.
 */
final class HubAgreements {

    private HubAgreements() {
    }

    /** Adds the agreements and their SIGNED edges to {@code graph}, numbered from 1 through {@code key}. */
    static void sign(SampleGraph graph, Provenance provenance, SeededDraws draws, RealData real, Country hub,
            List<Country> partners, IntFunction<String> key) {
        int number = 0;
        for (Country partner : partners) {
            LocalDate signed = draws.date(1980, 2024);
            String id = graph.node(Kind.AGREEMENT, key.apply(++number), provenance, Map.of(
                    "name", "Agreement on Scientific and Technological Cooperation between %s and %s".formatted(hub.name(), partner.name()),
                    "agreementKind", "bilateral", "since", signed));
            graph.edge(EdgeKind.SIGNED, hub.id(), id, provenance, Map.of("since", signed));
            graph.edge(EdgeKind.SIGNED, partner.id(), id, provenance, Map.of("since", signed));
        }
        Map<String, Country> countries = real.countriesByIso2();
        Set<String> partnerCodes = partners.stream().map(Country::iso2).collect(Collectors.toSet());
        for (Region bloc : real.blocs()) {
            List<String> signatories = bloc.memberIso2().stream().filter(partnerCodes::contains).toList();
            if (signatories.isEmpty()) {
                continue;
            }
            LocalDate signed = draws.date(2000, 2024);
            String id = graph.node(Kind.AGREEMENT, key.apply(++number), provenance, Map.of(
                    "name", "%s–%s Science, Technology and Innovation Cooperation Framework".formatted(hub.name(), bloc.name()),
                    "agreementKind", "multilateral", "since", signed));
            graph.edge(EdgeKind.SIGNED, hub.id(), id, provenance, Map.of("since", signed));
            signatories.forEach(iso2 -> graph.edge(EdgeKind.SIGNED, countries.get(iso2).id(), id, provenance,
                    Map.of("since", signed)));
        }
    }
}
