package org.innograph.sample;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.innograph.ingest.EdgeRow;
import org.innograph.ingest.ImportFolderWriter;
import org.innograph.ingest.NodeRow;
import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.innograph.sample.RealData.Country;
import org.innograph.sample.RealData.Field;
import org.innograph.sample.RealData.Institution;
import org.innograph.sample.RealData.Region;

/**
 * A network with the sample's shape at a chosen size, for benchmarks: the real regions, countries, fields and
 * (a seeded subset of, for small sizes) the real institutions, with synthetic agreements, joint labs,
 * transfer centres, industrial parks, demonstration centres, activities and projects over them. Projects fill
 * the size: they are added until the relationships, the derived COOPERATES_WITH included, reach it.
 *
 * <p>Who takes part is drawn from a Zipf distribution over the institutions in a seeded order, so the degree
 * distribution is heavy-tailed as in real cooperation networks: a few hubs in thousands of projects, most
 * institutions in a handful. Deterministic: one seeded {@link Random}, inputs in file order.
 */
public final class ScaleNetwork {

    /** Zipf exponent of taking part: 1 gives the top institution about 1/ln(n) of all participations. */
    private static final double ZIPF = 1.05;
    /** Institutions kept per relationship asked for, so small sizes keep the hubs' share of a big one. */
    private static final int RELATIONSHIPS_PER_INSTITUTION = 40;
    private static final int MIN_INSTITUTIONS = 150;

    private final RealData real;
    private final Scale scale;
    private final long seed;
    private final SampleGraph graph = new SampleGraph();
    private final SeededDraws random;
    private final Provenance provenance;
    private final Map<String, Country> countries;
    private final Country hub;
    private final List<Institution> institutions;
    private final double[] cumulativeWeights;
    private final Map<String, Integer> indexOf = new HashMap<>();
    private final int[] participations;
    private final Set<Long> cooperatingPairs = new HashSet<>();
    private final List<String> labIds = new ArrayList<>();
    private final Map<String, List<Institution>> labPartners = new HashMap<>();
    private final Map<String, Field> labField = new HashMap<>();

    private ScaleNetwork(RealData real, SampleGraph realGraph, Scale scale, long seed, String hubCountry) {
        this.real = real;
        this.scale = scale;
        this.seed = seed;
        this.random = new SeededDraws(seed);
        this.provenance = new Provenance("synthetic: Innograph scale generator, seed %d, scale %s".formatted(seed, scale.name()),
                SyntheticNetwork.AS_OF, true);
        this.countries = real.countriesByIso2();
        this.hub = countries.get(hubCountry);
        if (hub == null) {
            throw new IllegalArgumentException("innograph.sample.hub-country: no country with ISO code " + hubCountry);
        }
        this.institutions = keptInstitutions();
        for (int i = 0; i < institutions.size(); i++) {
            indexOf.put(institutions.get(i).id(), i);
        }
        this.participations = new int[institutions.size()];
        this.cumulativeWeights = zipf(institutions.size());
        copyRealPart(realGraph);
    }

    /** Generates the network of {@code scale} into a new graph; the summary describes it. */
    static Generated generate(RealData real, SampleGraph realGraph, Scale scale, long seed, String hubCountry) {
        var network = new ScaleNetwork(real, realGraph, scale, seed, hubCountry);
        network.agreements();
        network.jointLabs();
        network.transferCenters();
        network.industrialParks();
        network.demoCenters();
        network.activities();
        network.projects();
        return new Generated(network.graph, network.summary());
    }

    /** Generates the network in memory only (no database), for its summary: counts, degrees and checksum. */
    public static ScaleSummary summarise(String scale, long seed, String hubCountry) {
        var realGraph = new SampleGraph();
        RealData real = RealData.read(realGraph);
        return generate(real, realGraph, Scale.parse(scale), seed, hubCountry).summary();
    }

    /**
     * Writes the network of {@code scale} as an import folder ({@code ImportFolderWriter}), for the import
     * benchmark; its summary describes what was written.
     */
    public static ScaleSummary writeImportFolder(Path folder, String scale, long seed, String hubCountry) {
        var realGraph = new SampleGraph();
        RealData real = RealData.read(realGraph);
        Generated generated = generate(real, realGraph, Scale.parse(scale), seed, hubCountry);
        ImportFolderWriter.write(folder, generated.graph().nodes(), generated.graph().edges());
        return generated.summary();
    }

    /**
     * Writes, as an import folder, a network of projects only whose consortia are sized as in real project
     * data: log-normal, median 13, from 2 to 300 members, until the participation edges reach {@code scale}.
     * The input of the cooperation benchmark ({@code bench/cooperation.sh}); its summary's cooperating pairs
     * are the pairs every consortium would derive with no cap, counted here, not by the service.
     */
    public static ScaleSummary writeConsortiaFolder(Path folder, String scale, long seed) {
        var realGraph = new SampleGraph();
        RealData real = RealData.read(realGraph);
        var network = new ScaleNetwork(real, realGraph, Scale.parse(scale), seed, "CN");
        network.consortia();
        ImportFolderWriter.write(folder, network.graph.nodes(), network.graph.edges());
        return network.summary();
    }

    record Generated(SampleGraph graph, ScaleSummary summary) {
    }

    /** Median and spread (of the logarithm) of a consortium's size, and its bounds. */
    private static final double CONSORTIUM_MEDIAN = 13;
    private static final double CONSORTIUM_SIGMA = 0.8;
    private static final int CONSORTIUM_MIN = 2;
    private static final int CONSORTIUM_MAX = 300;

    /** Projects with log-normal consortia until the participation edges reach the size. */
    private void consortia() {
        long participationEdges = 0;
        for (int n = 1; participationEdges < scale.relationships(); n++) {
            int size = (int) Math.round(Math.exp(Math.log(CONSORTIUM_MEDIAN) + CONSORTIUM_SIGMA * random.nextGaussian()));
            size = Math.max(CONSORTIUM_MIN, Math.min(Math.min(CONSORTIUM_MAX, institutions.size()), size));
            Field field = random.pick(real.fields);
            LocalDate start = random.date(2008, 2026);
            LocalDate end = start.plusYears(1 + random.nextInt(5));
            String id = graph.node(Kind.PROJECT, key(n), provenance, Map.of(
                    "name", "%s: consortium project %d".formatted(SyntheticNetwork.capitalised(random.pick(field.topics())), n),
                    "status", SyntheticNetwork.status(start, end),
                    "since", start, "until", end));
            graph.edge(EdgeKind.IN_FIELD, id, field.id(), provenance, Map.of());
            takePart(EdgeKind.PARTICIPATES_IN, participants(size), id, "lead", "partner", start, end);
            participationEdges += size;
        }
    }

    /** Every real institution for large sizes; for small ones a seeded subset, the hubs' ranks drawn from it. */
    private List<Institution> keptInstitutions() {
        List<Institution> all = new ArrayList<>(real.institutions);
        Collections.shuffle(all, random);
        long wanted = Math.max(MIN_INSTITUTIONS, scale.relationships() / RELATIONSHIPS_PER_INSTITUTION);
        return List.copyOf(all.subList(0, (int) Math.min(all.size(), wanted)));
    }

    /** Regions, countries and fields whole; institutions and their edges only for those kept. */
    private void copyRealPart(SampleGraph realGraph) {
        Set<String> dropped = real.institutions.stream().map(Institution::id).filter(id -> !indexOf.containsKey(id))
                .collect(Collectors.toSet());
        // Institutions whose country is no ISO country are not in real.institutions: drop them too.
        realGraph.nodes().stream().filter(node -> node.kind() == Kind.INSTITUTION && !indexOf.containsKey(node.id()))
                .forEach(node -> dropped.add(node.id()));
        realGraph.nodes().stream().filter(node -> !dropped.contains(node.id())).forEach(graph.nodes()::add);
        realGraph.edges().stream().filter(edge -> !dropped.contains(edge.from()) && !dropped.contains(edge.to()))
                .forEach(graph.edges()::add);
    }

    private void agreements() {
        List<Country> partners = new ArrayList<>(institutions.stream().map(Institution::countryIso2).distinct()
                .map(countries::get).filter(country -> !country.equals(hub)).toList());
        Collections.shuffle(partners, random);
        partners = partners.subList(0, (int) Math.min(partners.size(), Math.max(5, scale.relationships() / 2_000)));
        HubAgreements.sign(graph, provenance, random, real, hub, partners, ScaleNetwork::key);
    }

    private void jointLabs() {
        List<Field> labFields = real.fields.stream().filter(field -> !field.code().equals("agriculture")).toList();
        for (int n = 1; n <= Math.max(5, scale.relationships() / 400); n++) {
            Field field = labFields.get((n - 1) % labFields.size());
            List<Institution> partners = participants(2 + (random.nextInt(5) == 0 ? 1 : 0));
            Country host = country(partners.get(random.nextInt(10) < 7 ? 0 : 1));
            LocalDate established = random.date(2005, 2024);
            String id = graph.node(Kind.JOINT_LAB, key(n), provenance, Map.of(
                    "name", "%s–%s Joint Laboratory on %s %d".formatted(country(partners.get(0)).name(),
                            country(partners.get(1)).name(), field.name(), n),
                    "since", established));
            graph.edge(EdgeKind.LOCATED_IN, id, host.id(), provenance, Map.of("since", established));
            graph.edge(EdgeKind.IN_FIELD, id, field.id(), provenance, Map.of());
            takePart(EdgeKind.PARTNER_OF, partners, id, "lead", "partner", established, null);
            labIds.add(id);
            labPartners.put(id, partners);
            labField.put(id, field);
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
            takePart(EdgeKind.OPERATES, participants(2), id, "host", "partner", opened, null);
        }
    }

    private void industrialParks() {
        for (int n = 1; n <= Math.max(3, scale.relationships() / 400); n++) {
            List<Institution> operators = participants(2);
            Country host = country(operators.get(1));
            LocalDate opened = random.date(2000, 2024);
            String id = graph.node(Kind.INDUSTRIAL_PARK, key(n), provenance, Map.of(
                    "name", "%s–%s Industrial Park %d".formatted(host.name(), hub.name(), n), "since", opened));
            graph.edge(EdgeKind.LOCATED_IN, id, host.id(), provenance, Map.of("since", opened));
            for (Field sector : random.distinct(real.fields, 1 + random.nextInt(2))) {
                graph.edge(EdgeKind.IN_FIELD, id, sector.id(), provenance, Map.of());
            }
            takePart(EdgeKind.OPERATES, operators, id, "developer", "host", opened, null);
        }
    }

    private void demoCenters() {
        Field agriculture = real.fields.stream().filter(field -> field.code().equals("agriculture")).findFirst().orElseThrow();
        for (int n = 1; n <= Math.max(2, scale.relationships() / 1_000); n++) {
            List<Institution> operators = participants(2);
            Country host = country(operators.get(1));
            LocalDate opened = random.date(2006, 2024);
            String id = graph.node(Kind.DEMO_CENTER, key(n), provenance, Map.of(
                    "name", "%s–%s Agricultural Technology Demonstration Center %d".formatted(hub.name(), host.name(), n),
                    "since", opened));
            graph.edge(EdgeKind.LOCATED_IN, id, host.id(), provenance, Map.of("since", opened));
            graph.edge(EdgeKind.IN_FIELD, id, agriculture.id(), provenance, Map.of());
            takePart(EdgeKind.OPERATES, operators, id, "builder", "host", opened, null);
        }
    }

    private void activities() {
        for (int n = 1; n <= Math.max(5, scale.relationships() / 100); n++) {
            Field field = random.pick(real.fields);
            Institution organiser = zipfPick();
            LocalDate held = random.date(2015, 2025);
            String id = graph.node(Kind.ACTIVITY, key(n), provenance, Map.of(
                    "name", "%s %s %d (%d)".formatted(field.name(), random.pick(List.of("exchange", "matchmaking", "training", "forum")),
                            held.getYear(), n),
                    "activityKind", "exchange", "city", organiser.city(), "since", held, "until", held));
            graph.edge(EdgeKind.LOCATED_IN, id, country(organiser).id(), provenance, Map.of());
            graph.edge(EdgeKind.IN_FIELD, id, field.id(), provenance, Map.of());
            graph.edge(EdgeKind.ORGANISES, organiser.id(), id, provenance, Map.of("since", held));
            Set<String> attendees = new LinkedHashSet<>();
            for (int a = 2 + random.nextInt(5); a > 0; a--) {
                attendees.add(zipfPick().id());
            }
            attendees.forEach(attendee -> graph.edge(EdgeKind.ATTENDS, attendee, id, provenance, Map.of("since", held)));
        }
    }

    /** Projects until the relationships, derived cooperation included, reach the size. */
    private void projects() {
        for (int n = 1; graph.edges().size() + cooperatingPairs.size() < scale.relationships(); n++) {
            String lab = random.nextInt(4) == 0 ? random.pick(labIds) : null;
            Field field = lab != null ? labField.get(lab) : random.pick(real.fields);
            LocalDate start = random.date(2008, 2026);
            LocalDate end = start.plusYears(1 + random.nextInt(5));
            String status = SyntheticNetwork.status(start, end);
            String id = graph.node(Kind.PROJECT, key(n), provenance, Map.of(
                    "name", "%s: cooperation project %d".formatted(SyntheticNetwork.capitalised(random.pick(field.topics())), n),
                    "status", status, "since", start, "until", end));
            graph.edge(EdgeKind.IN_FIELD, id, field.id(), provenance, Map.of());
            var participants = new ArrayList<Institution>();
            if (lab != null) {
                graph.edge(EdgeKind.RUNS, lab, id, provenance, Map.of("since", start));
                participants.addAll(labPartners.get(lab));
                for (int extra = random.nextInt(2); extra > 0; extra--) {
                    Institution more = zipfPick();
                    if (!participants.contains(more)) {
                        participants.add(more);
                    }
                }
            }
            else {
                participants.addAll(participants(2 + random.nextInt(3)));
            }
            takePart(EdgeKind.PARTICIPATES_IN, participants, id, "lead", "partner", start, end);
        }
    }

    /** Distinct institutions by the Zipf distribution, from at least two countries. */
    private List<Institution> participants(int count) {
        var chosen = new LinkedHashSet<Institution>();
        while (chosen.size() < count) {
            Institution next = zipfPick();
            boolean lastNeedsAnotherCountry = chosen.size() == count - 1
                    && chosen.stream().allMatch(i -> i.countryIso2().equals(next.countryIso2()));
            if (!lastNeedsAnotherCountry) {
                chosen.add(next);
            }
        }
        return List.copyOf(chosen);
    }

    /** The participation edges, and the cooperation pairs they will derive. */
    private void takePart(EdgeKind kind, List<Institution> who, String what, String firstRole, String otherRole,
            LocalDate since, LocalDate until) {
        for (int i = 0; i < who.size(); i++) {
            var properties = new HashMap<String, Object>();
            properties.put("role", i == 0 ? firstRole : otherRole);
            properties.put("since", since);
            properties.put("until", until);
            graph.edge(kind, who.get(i).id(), what, provenance, properties);
            int a = indexOf.get(who.get(i).id());
            participations[a]++;
            for (int j = 0; j < i; j++) {
                int b = indexOf.get(who.get(j).id());
                cooperatingPairs.add(((long) Math.min(a, b) << 32) | Math.max(a, b));
            }
        }
    }

    private ScaleSummary summary() {
        Map<String, Integer> nodes = new LinkedHashMap<>();
        var nodeCounts = new EnumMap<Kind, Integer>(Kind.class);
        graph.nodes().forEach(node -> nodeCounts.merge(node.kind(), 1, Integer::sum));
        nodeCounts.forEach((kind, count) -> nodes.put(kind.name(), count));
        Map<String, Integer> edges = new LinkedHashMap<>();
        var edgeCounts = new EnumMap<EdgeKind, Integer>(EdgeKind.class);
        graph.edges().forEach(edge -> edgeCounts.merge(edge.kind(), 1, Integer::sum));
        edgeCounts.forEach((kind, count) -> edges.put(kind.name(), count));

        int[] sorted = participations.clone();
        Arrays.sort(sorted);
        Map<String, Integer> degrees = new LinkedHashMap<>();
        for (String bucket : List.of("0", "1", "2", "3-9", "10-99", "100-999", "1000+")) {
            degrees.put(bucket, 0);
        }
        for (int degree : sorted) {
            degrees.merge(bucket(degree), 1, Integer::sum);
        }
        List<Integer> percentiles = List.of(sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.9)],
                sorted[(int) (sorted.length * 0.99)], sorted[sorted.length - 1]);
        List<String> hubs = java.util.stream.IntStream.range(0, participations.length).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> participations[i]).reversed()).limit(5)
                .map(i -> "%s (%s): %d".formatted(institutions.get(i).id(), institutions.get(i).countryIso2(), participations[i]))
                .toList();
        return new ScaleSummary(scale, seed, nodes, edges, cooperatingPairs.size(), institutions.size(), degrees,
                percentiles, hubs, checksum());
    }

    private static String bucket(int degree) {
        return degree <= 2 ? String.valueOf(degree) : degree < 10 ? "3-9" : degree < 100 ? "10-99" : degree < 1000 ? "100-999" : "1000+";
    }

    /** SHA-256 of every node id and every edge (from, kind, to), in generation order. */
    private String checksum() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (NodeRow node : graph.nodes()) {
                digest.update((node.id() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            for (EdgeRow edge : graph.edges()) {
                digest.update((edge.from() + " " + edge.kind() + " " + edge.to() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Institution zipfPick() {
        double target = random.nextDouble() * cumulativeWeights[cumulativeWeights.length - 1];
        int found = Arrays.binarySearch(cumulativeWeights, target);
        return institutions.get(Math.min(institutions.size() - 1, found >= 0 ? found : -found - 1));
    }

    private static double[] zipf(int n) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int rank = 1; rank <= n; rank++) {
            sum += 1 / Math.pow(rank, ZIPF);
            cumulative[rank - 1] = sum;
        }
        return cumulative;
    }

    private Country country(Institution institution) {
        return countries.get(institution.countryIso2());
    }

    private static String key(int number) {
        return "%06d".formatted(number);
    }
}
