package org.innograph.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.innograph.sample.RealData.Country;
import org.innograph.sample.RealData.Field;
import org.innograph.sample.RealData.Institution;
import org.innograph.sample.RealData.Region;

/**
 * Generates the synthetic cooperation network over the real countries, regions and institutions: a hub
 * country's bilateral and bloc-wide S&T agreements, joint labs, transfer centres (one per bloc), industrial
 * parks, agricultural demonstration centres, activities and projects, at the scale of one large
 * cooperation initiative. Every record is marked synthetic. Deterministic: one seeded {@link Random},
 * inputs in file order, so the same seed always yields the same network.
 */
final class SyntheticNetwork {

    /** The date the synthetic network describes; fixed so that statuses do not change from day to day. */
    static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
    private static final List<String> CROPS = List.of("rice", "maize", "wheat", "cassava", "sorghum", "potato",
            "vegetables", "tea", "fruit trees", "juncao mushroom", "aquaculture", "livestock");
    private static final List<String> ACTIVITY_KINDS = List.of("exchange", "matchmaking", "training", "forum");
    private static final List<String> RESEARCH_TYPES = List.of("education", "facility");

    private final RealData real;
    private final SampleProperties settings;
    private final SampleGraph graph;
    private final SeededDraws random;
    private final Provenance provenance;
    private final Country hub;
    private final Map<String, List<Institution>> institutionsByCountry;
    private final List<Country> partners;
    private final Set<String> names = new HashSet<>();
    private final List<String> labIds = new ArrayList<>();
    private final Map<String, List<String>> labPartners = new HashMap<>();
    private final Map<String, String> labField = new HashMap<>();

    private SyntheticNetwork(RealData real, SampleProperties settings, SampleGraph graph) {
        this.real = real;
        this.settings = settings;
        this.graph = graph;
        this.random = new SeededDraws(settings.seed());
        this.provenance = new Provenance("synthetic: Innograph sample generator, seed " + settings.seed(), AS_OF, true);
        this.hub = real.countriesByIso2().get(settings.hubCountry());
        if (hub == null) {
            throw new IllegalArgumentException("innograph.sample.hub-country: no country with ISO code " + settings.hubCountry());
        }
        this.institutionsByCountry = real.institutions.stream()
                .collect(Collectors.groupingBy(Institution::countryIso2));
        this.partners = partnerCountries();
    }

    /** Adds the synthetic network to {@code graph}. */
    static void generate(RealData real, SampleProperties settings, SampleGraph graph) {
        var network = new SyntheticNetwork(real, settings, graph);
        network.agreements();
        network.jointLabs();
        network.transferCenters();
        network.industrialParks();
        network.demoCenters();
        network.activities();
        network.projects();
    }

    /** Sovereign countries with at least three institutions to cooperate with, in seeded order. */
    private List<Country> partnerCountries() {
        List<Country> candidates = new ArrayList<>(real.countries.stream()
                .filter(country -> country.sovereign() && !country.equals(hub))
                .filter(country -> institutionsByCountry.getOrDefault(country.iso2(), List.of()).size() >= 3)
                .toList());
        if (candidates.size() < settings.agreements()) {
            throw new IllegalStateException("Only %d candidate partner countries for %d agreements"
                    .formatted(candidates.size(), settings.agreements()));
        }
        Collections.shuffle(candidates, random);
        return List.copyOf(candidates.subList(0, settings.agreements()));
    }

    private void agreements() {
        HubAgreements.sign(graph, provenance, random, real, hub, partners, SyntheticNetwork::key);
    }

    private void jointLabs() {
        List<Field> labFields = real.fields.stream().filter(field -> !field.code().equals("agriculture")).toList();
        for (int n = 1; n <= settings.jointLabs(); n++) {
            Field field = labFields.get((n - 1) % labFields.size());
            Country partner = random.pick(partners);
            Institution hubSide = pickInstitution(hub, RESEARCH_TYPES);
            Institution partnerSide = pickInstitution(partner, RESEARCH_TYPES);
            Country host = random.nextInt(10) < 7 ? partner : hub;
            LocalDate established = random.date(2005, 2024);
            String id = graph.node(Kind.JOINT_LAB, key(n), provenance, Map.of(
                    "name", unique("%s–%s Joint Laboratory on %s".formatted(hub.name(), partner.name(), field.name()), partnerSide.city()),
                    "since", established));
            graph.edge(EdgeKind.LOCATED_IN, id, host.id(), provenance, Map.of("since", established));
            graph.edge(EdgeKind.IN_FIELD, id, field.id(), provenance, Map.of());
            var partnersOfLab = new ArrayList<>(List.of(hubSide, partnerSide));
            if (random.nextInt(5) == 0) {
                Country third = random.pick(partners);
                if (!third.equals(partner)) {
                    partnersOfLab.add(pickInstitution(third, RESEARCH_TYPES));
                }
            }
            for (Institution institution : partnersOfLab) {
                graph.edge(EdgeKind.PARTNER_OF, institution.id(), id, provenance, Map.of(
                        "role", institution == hubSide ? "lead" : "partner", "since", established));
            }
            labIds.add(id);
            labField.put(id, field.id());
            labPartners.put(id, partnersOfLab.stream().map(Institution::id).toList());
        }
    }

    private void transferCenters() {
        int n = 0;
        for (Region bloc : real.blocs()) {
            LocalDate opened = random.date(2008, 2022);
            String id = graph.node(Kind.TRANSFER_CENTER, key(++n), provenance, Map.of(
                    "name", "%s–%s Technology Transfer Center".formatted(hub.name(), bloc.name()), "since", opened));
            graph.edge(EdgeKind.LOCATED_IN, id, hub.id(), provenance, Map.of("since", opened));
            graph.edge(EdgeKind.SERVES, id, bloc.id(), provenance, Map.of("since", opened));
            graph.edge(EdgeKind.OPERATES, pickInstitution(hub, List.of("government", "facility")).id(), id, provenance,
                    Map.of("role", "host", "since", opened));
            bloc.memberIso2().stream().filter(iso2 -> !iso2.equals(hub.iso2()) && institutionsByCountry.containsKey(iso2))
                    .findFirst()
                    .ifPresent(iso2 -> graph.edge(EdgeKind.OPERATES,
                            pickInstitution(real.countriesByIso2().get(iso2), List.of("government", "facility")).id(), id,
                            provenance, Map.of("role", "partner", "since", opened)));
        }
    }

    private void industrialParks() {
        List<Field> sectors = fieldsOf("materials", "energy", "ict", "manufacturing", "transport");
        for (int n = 1; n <= settings.industrialParks(); n++) {
            Country host = random.pick(partners);
            Institution hostAgency = pickInstitution(host, List.of("government", "company"));
            LocalDate opened = random.date(2000, 2024);
            String id = graph.node(Kind.INDUSTRIAL_PARK, key(n), provenance, Map.of(
                    "name", unique("%s–%s Industrial Park".formatted(host.name(), hub.name()), hostAgency.city()),
                    "since", opened));
            graph.edge(EdgeKind.LOCATED_IN, id, host.id(), provenance, Map.of("since", opened));
            graph.edge(EdgeKind.OPERATES, pickInstitution(hub, List.of("company", "government")).id(), id, provenance,
                    Map.of("role", "developer", "since", opened));
            graph.edge(EdgeKind.OPERATES, hostAgency.id(), id, provenance, Map.of("role", "host", "since", opened));
            for (Field sector : random.distinct(sectors, 1 + random.nextInt(2))) {
                graph.edge(EdgeKind.IN_FIELD, id, sector.id(), provenance, Map.of());
            }
        }
    }

    private void demoCenters() {
        Field agriculture = fieldsOf("agriculture").get(0);
        for (int n = 1; n <= settings.demoCenters(); n++) {
            Country host = random.pick(partners);
            Institution hostSide = pickInstitution(host, List.of("education", "government", "facility"));
            LocalDate opened = random.date(2006, 2024);
            String id = graph.node(Kind.DEMO_CENTER, key(n), provenance, Map.of(
                    "name", unique("%s–%s Agricultural Technology Demonstration Center".formatted(hub.name(), host.name()), hostSide.city()),
                    "crops", random.distinct(CROPS, 2 + random.nextInt(2)), "since", opened));
            graph.edge(EdgeKind.LOCATED_IN, id, host.id(), provenance, Map.of("since", opened));
            graph.edge(EdgeKind.IN_FIELD, id, agriculture.id(), provenance, Map.of());
            graph.edge(EdgeKind.OPERATES, pickInstitution(hub, List.of("education", "facility")).id(), id, provenance,
                    Map.of("role", "builder", "since", opened));
            graph.edge(EdgeKind.OPERATES, hostSide.id(), id, provenance, Map.of("role", "host", "since", opened));
        }
    }

    private void activities() {
        for (int n = 1; n <= settings.activities(); n++) {
            Field field = random.pick(real.fields);
            String kind = random.pick(ACTIVITY_KINDS);
            Country place = random.nextInt(3) == 0 ? hub : random.pick(partners);
            Institution organiser = pickInstitution(place, List.of());
            LocalDate held = random.date(2015, 2025);
            String id = graph.node(Kind.ACTIVITY, key(n), provenance, Map.of(
                    "name", unique("%s %s %d".formatted(field.name(), kind, held.getYear()), organiser.city()),
                    "activityKind", kind, "city", organiser.city(), "since", held, "until", held));
            graph.edge(EdgeKind.LOCATED_IN, id, place.id(), provenance, Map.of());
            graph.edge(EdgeKind.IN_FIELD, id, field.id(), provenance, Map.of());
            graph.edge(EdgeKind.ORGANISES, organiser.id(), id, provenance, Map.of("since", held));
            if (!place.equals(hub)) {
                graph.edge(EdgeKind.ORGANISES, pickInstitution(hub, List.of()).id(), id, provenance, Map.of("since", held));
            }
            Set<String> attendees = new LinkedHashSet<>();
            for (int a = 2 + random.nextInt(5); a > 0; a--) {
                attendees.add(pickInstitution(random.nextBoolean() ? place : random.pick(partners), List.of()).id());
            }
            attendees.forEach(attendee -> graph.edge(EdgeKind.ATTENDS, attendee, id, provenance, Map.of("since", held)));
        }
    }

    private void projects() {
        for (int n = 1; n <= settings.projects(); n++) {
            String lab = random.nextInt(4) == 0 ? random.pick(labIds) : null;
            Field field = lab != null ? fieldById(labField.get(lab)) : random.pick(real.fields);
            LocalDate start = random.date(2008, 2026);
            LocalDate end = start.plusYears(1 + random.nextInt(5));
            String status = status(start, end);
            Country partner = random.pick(partners);
            String id = graph.node(Kind.PROJECT, key(n), provenance, Map.of(
                    "name", unique("%s: %s–%s cooperation".formatted(capitalised(random.pick(field.topics())), hub.name(), partner.name()), String.valueOf(n)),
                    "status", status, "since", start, "until", end));
            graph.edge(EdgeKind.IN_FIELD, id, field.id(), provenance, Map.of());
            Set<String> participants = new LinkedHashSet<>();
            if (lab != null) {
                graph.edge(EdgeKind.RUNS, lab, id, provenance, Map.of("since", start));
                participants.addAll(labPartners.get(lab));
            }
            else {
                participants.add(pickInstitution(hub, RESEARCH_TYPES).id());
                participants.add(pickInstitution(partner, RESEARCH_TYPES).id());
            }
            for (int extra = random.nextInt(3); extra > 0; extra--) {
                participants.add(pickInstitution(random.pick(partners), List.of()).id());
            }
            boolean first = true;
            for (String participant : participants) {
                graph.edge(EdgeKind.PARTICIPATES_IN, participant, id, provenance, Map.of(
                        "role", first ? "lead" : "partner", "since", start, "until", end));
                first = false;
            }
        }
    }

    private List<Field> fieldsOf(String... codes) {
        List<String> wanted = List.of(codes);
        return real.fields.stream().filter(field -> wanted.contains(field.code())).toList();
    }

    private Field fieldById(String id) {
        return real.fields.stream().filter(field -> field.id().equals(id)).findFirst().orElseThrow();
    }

    /** An institution of the country, preferring the given types when it has any. */
    private Institution pickInstitution(Country country, List<String> preferredTypes) {
        List<Institution> all = institutionsByCountry.get(country.iso2());
        List<Institution> preferred = all.stream().filter(i -> preferredTypes.stream().anyMatch(i::hasType)).toList();
        return random.pick(preferred.isEmpty() ? all : preferred);
    }

    /** Names are unique: a repeated one gets its place (or number) appended. */
    private String unique(String name, String qualifier) {
        String candidate = names.add(name) ? name : name + " (" + qualifier + ")";
        for (int n = 2; !candidate.equals(name) && !names.add(candidate); n++) {
            candidate = name + " (" + qualifier + " " + n + ")";
        }
        return candidate;
    }

    private static String key(int number) {
        return "%04d".formatted(number);
    }

    /** A project's status on {@link #AS_OF}. */
    static String status(LocalDate start, LocalDate end) {
        return start.isAfter(AS_OF) ? "planned" : end.isBefore(AS_OF) ? "completed" : "active";
    }

    static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
