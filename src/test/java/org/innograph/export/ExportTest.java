package org.innograph.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.innograph.IntegrationTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Exports of the sample network, read back with real parsers and compared with the database as the test
 * reads it over Bolt, behind the service's back: the whole graph in every format (GraphML against its XSD,
 * and rebuilt node by node and edge by edge; GEXF parsed strictly), subgraph answers equal to their GraphQL
 * answers, and bad requests refused with a problem naming the parameter.
 */
class ExportTest extends IntegrationTest {

    private static final Set<String> HIDDEN = Set.of("sortKey", "run");

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final JsonMapper json = JsonMapper.builder().build();

    HttpResponse<byte[]> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    byte[] export(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = get(pathAndQuery);
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return response.body();
    }

    /** The graph as the database holds it: properties of every node and edge, bookkeeping and ids left out. */
    record Graph(Map<String, Map<String, Object>> nodes, Map<String, Map<String, Object>> edges) {
    }

    Graph database() {
        var nodes = new TreeMap<String, Map<String, Object>>();
        var edges = new TreeMap<String, Map<String, Object>>();
        try (var session = driver.session()) {
            session.run("MATCH (n:Entity) RETURN n.id AS id, properties(n) AS p, COLLECT { MATCH (n)-[:IN_FIELD]->(f:Field) RETURN f.id ORDER BY f.id } AS fields")
                    .forEachRemaining(row -> {
                        Map<String, Object> p = plain(row.get("p"));
                        p.remove("id");
                        p.put("label", p.getOrDefault("name", ""));
                        p.put("fields", plain(row.get("fields")));
                        nodes.put(row.get("id").asString(), p);
                    });
            session.run("MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS a, type(r) AS kind, b.id AS b, properties(r) AS p")
                    .forEachRemaining(row -> {
                        Map<String, Object> p = plain(row.get("p"));
                        p.put("kind", row.get("kind").asString());
                        edges.put(row.get("a").asString() + "-" + row.get("kind").asString() + "->" + row.get("b").asString(), p);
                    });
        }
        return new Graph(nodes, edges);
    }

    /** A value as an export can say it: integers as longs, dates as ISO text, no bookkeeping. */
    @SuppressWarnings("unchecked")
    static <T> T plain(Value value) {
        Object object = value.asObject();
        return (T) plain(object);
    }

    static Object plain(Object object) {
        if (object instanceof Map<?, ?> map) {
            var plain = new TreeMap<String, Object>();
            map.forEach((key, item) -> {
                if (!HIDDEN.contains((String) key) && item != null) {
                    plain.put((String) key, plain(item));
                }
            });
            return plain;
        }
        if (object instanceof List<?> list) {
            return list.stream().map(ExportTest::plain).toList();
        }
        if (object instanceof Integer number) {
            return number.longValue();
        }
        if (object instanceof java.time.temporal.TemporalAccessor temporal) {
            return temporal.toString();
        }
        return object;
    }

    @Nested
    class GraphMl {

        @Test
        void theWholeGraphIsValidAgainstTheGraphMlSchema() throws Exception {
            byte[] graphml = export("/export/graph.graphml");
            var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(new ClassPathResource("xsd/graphml.xsd").getURL());
            schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(graphml)));
        }

        @Test
        void theWholeGraphReadsBackAsTheDatabaseHoldsIt() throws Exception {
            Graph read = readGraphMl(export("/export/graph.graphml"));
            Graph database = database();
            assertThat(read.nodes()).hasSize(database.nodes().size()).hasSizeGreaterThan(13_000);
            assertThat(read.edges()).hasSize(database.edges().size()).hasSizeGreaterThan(25_000);
            assertThat(differences(read.nodes(), database.nodes())).as("nodes that differ").isEmpty();
            assertThat(differences(read.edges(), database.edges())).as("edges that differ").isEmpty();
        }

        @Test
        void provenanceTravelsAndBookkeepingStaysBehind() throws Exception {
            Graph read = readGraphMl(export("/export/graph.graphml"));
            Map<String, Object> lab = read.nodes().get("lab:0001");
            assertThat(lab).containsKeys("source", "synthetic", "asOf").containsEntry("synthetic", true)
                    .containsEntry("kind", "JOINT_LAB").doesNotContainKey("sortKey");
            assertThat(read.edges().values()).allSatisfy(edge -> assertThat(edge).doesNotContainKeys("run"));
            assertThat(read.edges().values()).filteredOn(edge -> "COOPERATES_WITH".equals(edge.get("kind")))
                    .isNotEmpty().allSatisfy(edge -> assertThat(edge.get("weight")).isInstanceOf(Long.class));
        }
    }

    /** The first few elements that are not the same in both, with both versions. */
    static List<String> differences(Map<String, Map<String, Object>> read, Map<String, Map<String, Object>> stored) {
        var ids = new java.util.TreeSet<>(read.keySet());
        ids.addAll(stored.keySet());
        return ids.stream().filter(id -> !java.util.Objects.equals(read.get(id), stored.get(id))).limit(5)
                .map(id -> id + ": exported " + read.get(id) + ", stored " + stored.get(id)).toList();
    }

    /**
     * A strict StAX reader of a whole export. From JDK 24 a JDK parser stops at 100,000 characters of entity
     * references in a document by default (jdk.xml.totalEntitySizeLimit), and the whole sample's GEXF has more:
     * lifted here, as a Java reader of such files must lift it.
     */
    static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty("jdk.xml.totalEntitySizeLimit", "0");
        factory.setProperty("jdk.xml.maxGeneralEntitySizeLimit", "0");
        return factory.createXMLStreamReader(new ByteArrayInputStream(xml));
    }

    /** GraphML rebuilt by its keys: each value decoded by its declared type, lists from their JSON. */
    Graph readGraphMl(byte[] graphml) throws XMLStreamException {
        XMLStreamReader xml = reader(graphml);
        Map<String, String[]> keys = new HashMap<>();
        var nodes = new TreeMap<String, Map<String, Object>>();
        var edges = new TreeMap<String, Map<String, Object>>();
        Map<String, Object> element = null;
        String nodeId = null;
        String key = null;
        var text = new StringBuilder();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                assertThat(xml.getNamespaceURI()).isEqualTo(GraphMlWriter.NS);
                switch (xml.getLocalName()) {
                    case "key" -> keys.put(xml.getAttributeValue(null, "id"), new String[] {
                            xml.getAttributeValue(null, "attr.name"), xml.getAttributeValue(null, "attr.type")});
                    case "node" -> {
                        element = new TreeMap<>();
                        nodeId = xml.getAttributeValue(null, "id");
                    }
                    case "edge" -> {
                        element = new TreeMap<>();
                        nodeId = null;
                        assertThat(nodes).as("edges come after the nodes they join")
                                .containsKeys(xml.getAttributeValue(null, "source"), xml.getAttributeValue(null, "target"));
                    }
                    case "data" -> {
                        key = xml.getAttributeValue(null, "key");
                        text.setLength(0);
                    }
                    default -> { }
                }
            }
            else if (event == XMLStreamConstants.CHARACTERS && key != null) {
                text.append(xml.getText());
            }
            else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "data" -> {
                        String[] declared = keys.get(key);
                        assertThat(declared).as("key " + key + " is declared").isNotNull();
                        element.put(declared[0], decode(declared[1], text.toString(), declared[0]));
                        key = null;
                    }
                    case "node" -> nodes.put(nodeId, element);
                    case "edge" -> edges.put((String) element.remove("id"), element);
                    default -> { }
                }
            }
        }
        return new Graph(nodes, edges);
    }

    private Object decode(String type, String text, String name) {
        return switch (type) {
            case "long" -> Long.parseLong(text);
            case "double" -> Double.parseDouble(text);
            case "boolean" -> switch (text) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new AssertionError(name + " is no boolean: " + text);
            };
            default -> text.startsWith("[") ? plain(json.readValue(text, List.class)) : text;
        };
    }

    @Nested
    class Gexf {

        @Test
        void theWholeGraphParsesStrictlyWithEveryValueDeclaredAndTyped() throws Exception {
            XMLStreamReader xml = reader(export("/export/graph.gexf"));
            Graph database = database();
            Map<String, String> declared = new HashMap<>();
            String of = null;
            String element = null;
            var nodes = new HashSet<String>();
            int edges = 0;
            int spans = 0;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                assertThat(xml.getNamespaceURI()).isEqualTo(GexfWriter.NS);
                switch (xml.getLocalName()) {
                    case "gexf" -> assertThat(xml.getAttributeValue(null, "version")).isEqualTo("1.3");
                    case "graph" -> assertThat(xml.getAttributeValue(null, "timeformat")).isEqualTo("date");
                    case "attributes" -> of = xml.getAttributeValue(null, "class");
                    case "attribute" -> declared.put(of + ":" + xml.getAttributeValue(null, "id"), xml.getAttributeValue(null, "type"));
                    case "node" -> {
                        element = "node";
                        String id = xml.getAttributeValue(null, "id");
                        nodes.add(id);
                        Map<String, Object> stored = database.nodes().get(id);
                        assertThat(stored).as(id).isNotNull();
                        assertThat(xml.getAttributeValue(null, "label")).isEqualTo(stored.get("label"));
                        assertThat(xml.getAttributeValue(null, "start")).as(id).isEqualTo(stored.get("since"));
                        assertThat(xml.getAttributeValue(null, "end")).as(id).isEqualTo(stored.get("until"));
                        spans += xml.getAttributeValue(null, "start") == null ? 0 : 1;
                    }
                    case "edge" -> {
                        element = "edge";
                        edges++;
                        String id = xml.getAttributeValue(null, "id");
                        Map<String, Object> stored = database.edges().get(id);
                        assertThat(stored).as(id).isNotNull();
                        assertThat(nodes).contains(xml.getAttributeValue(null, "source"), xml.getAttributeValue(null, "target"));
                        assertThat(xml.getAttributeValue(null, "start")).as(id).isEqualTo(stored.get("since"));
                        assertThat(xml.getAttributeValue(null, "end")).as(id).isEqualTo(stored.get("until"));
                        if (stored.get("weight") instanceof Long weight) {
                            assertThat(Double.parseDouble(xml.getAttributeValue(null, "weight"))).isEqualTo(weight.doubleValue());
                        }
                    }
                    case "attvalue" -> {
                        String type = declared.get(element + ":" + xml.getAttributeValue(null, "for"));
                        assertThat(type).as("attribute declared").isNotNull();
                        decode(type, xml.getAttributeValue(null, "value"), type);
                    }
                    default -> { }
                }
            }
            assertThat(nodes).hasSize(database.nodes().size());
            assertThat(edges).isEqualTo(database.edges().size());
            assertThat(spans).as("nodes with a start date").isGreaterThan(1_000);
        }
    }

    @Nested
    class CsvAndCytoscape {

        @Test
        void theCsvZipHasANodesAndAnEdgesFileWithOneRowPerElement() throws Exception {
            Map<String, List<CSVRecord>> files = new LinkedHashMap<>();
            try (var zip = new ZipInputStream(new ByteArrayInputStream(export("/export/graph.csv.zip")))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    try (var parser = CSVParser.parse(text, CSVFormat.RFC4180.builder().setHeader().get())) {
                        files.put(entry.getName(), parser.getRecords());
                        if (entry.getName().equals("nodes.csv")) {
                            assertThat(parser.getHeaderNames()).startsWith("id", "kind", "label", "fields").doesNotContain("sortKey");
                        }
                        else {
                            assertThat(parser.getHeaderNames()).startsWith("id", "from", "to", "kind").contains("source").doesNotContain("run");
                        }
                    }
                }
            }
            Graph database = database();
            assertThat(files.keySet()).containsExactly("nodes.csv", "edges.csv");
            assertThat(files.get("nodes.csv")).hasSize(database.nodes().size());
            assertThat(files.get("edges.csv")).hasSize(database.edges().size());
            CSVRecord lab = files.get("nodes.csv").stream().filter(row -> row.get("id").equals("lab:0001")).findFirst().orElseThrow();
            assertThat(json.readValue(lab.get("fields"), List.class)).isEqualTo(database.nodes().get("lab:0001").get("fields"));
        }

        @Test
        void theCytoscapeJsonHasEveryElementWithItsDataFlat() throws Exception {
            JsonNode elements = json.readTree(export("/export/graph.cyjs")).get("elements");
            Graph database = database();
            assertThat(elements.get("nodes").size()).isEqualTo(database.nodes().size());
            assertThat(elements.get("edges").size()).isEqualTo(database.edges().size());
            JsonNode first = elements.get("edges").get(0).get("data");
            assertThat(first.get("id").asString()).isEqualTo(first.get("source").asString() + "-" + first.get("kind").asString()
                    + "->" + first.get("target").asString());
            assertThat(first.get("properties").get("source").asString()).as("the edge's provenance").isNotBlank();
            var ids = new HashSet<String>();
            elements.get("nodes").forEach(node -> ids.add(node.get("data").get("id").asString()));
            elements.get("edges").forEach(edge -> assertThat(ids).contains(edge.get("data").get("source").asString(),
                    edge.get("data").get("target").asString()));
        }
    }

    @Nested
    class Subgraphs {

        /** The node and edge ids of a GraphQL subgraph answer, and of the same question's export. */
        private void sameAsGraphQl(String document, String path, String export) throws Exception {
            var answer = graphQl.document(document).execute();
            answer.errors().verify();
            List<String> nodes = answer.path(path + ".nodes[*].id").entityList(String.class).get();
            List<String> edges = answer.path(path + ".edges[*].id").entityList(String.class).get();
            JsonNode elements = json.readTree(export(export)).get("elements");
            var exportedNodes = new ArrayList<String>();
            elements.get("nodes").forEach(node -> exportedNodes.add(node.get("data").get("id").asString()));
            var exportedEdges = new ArrayList<String>();
            elements.get("edges").forEach(edge -> exportedEdges.add(edge.get("data").get("id").asString()));
            assertThat(nodes).isNotEmpty();
            assertThat(exportedNodes).containsExactlyInAnyOrderElementsOf(nodes);
            assertThat(exportedEdges).containsExactlyInAnyOrderElementsOf(edges);
        }

        @Test
        void aNeighbourhoodExportIsTheNeighbourhoodAnswer() throws Exception {
            sameAsGraphQl("{ neighbourhood(id: \"lab:0001\", depth: 2, fields: [\"field:energy\"], limit: 50) { nodes { id } edges { id } } }",
                    "neighbourhood", "/export/neighbourhood.cyjs?id=lab:0001&depth=2&fields=field:energy&limit=50");
        }

        @Test
        void aPathsExportIsTheUnionOfThePaths() throws Exception {
            var answer = graphQl.document("{ shortestPaths(from: \"lab:0001\", to: \"lab:0002\", edgeKinds: [PARTNER_OF, PARTICIPATES_IN, RUNS, COOPERATES_WITH, LOCATED_IN]) { subgraph { nodes { id } edges { id } } } }")
                    .execute();
            Set<String> nodes = new HashSet<>(answer.path("shortestPaths[*].subgraph.nodes[*].id").entityList(String.class).get());
            JsonNode elements = json.readTree(export("/export/shortestPaths.cyjs?from=lab:0001&to=lab:0002&edgeKinds=PARTNER_OF,PARTICIPATES_IN,RUNS,COOPERATES_WITH,LOCATED_IN")).get("elements");
            var exported = new HashSet<String>();
            elements.get("nodes").forEach(node -> exported.add(node.get("data").get("id").asString()));
            assertThat(nodes).isNotEmpty();
            assertThat(exported).isEqualTo(nodes);
        }

        @Test
        void aConnectingLabsExportIsItsSubgraph() throws Exception {
            sameAsGraphQl("{ connectingLabs(regionA: \"region:M49-142\", regionB: \"region:AU\", first: 3) { subgraph { nodes { id } edges { id } } } }",
                    "connectingLabs.subgraph", "/export/connectingLabs.cyjs?regionA=region:M49-142&regionB=region:AU&first=3");
        }

        @Test
        void aRegionMatrixExportIsItsSubgraph() throws Exception {
            sameAsGraphQl("{ regionMatrix(regions: [\"region:ASEAN\", \"region:AU\", \"region:EU\"]) { subgraph { nodes { id } edges { id } } } }",
                    "regionMatrix.subgraph", "/export/regionMatrix.cyjs?regions=region:ASEAN,region:AU&regions=region:EU");
        }

        @Test
        void aSubgraphExportCarriesTheFieldsOfItsNodes() throws Exception {
            Graph read = readGraphMl(export("/export/neighbourhood.graphml?id=lab:0001&depth=1"));
            assertThat(read.nodes().get("lab:0001").get("fields")).isEqualTo(database().nodes().get("lab:0001").get("fields"))
                    .asList().isNotEmpty();
        }

        @Test
        void aSubgraphGraphMlIsValidAgainstTheSchema() throws Exception {
            byte[] graphml = export("/export/neighbourhood.graphml?id=country:KE&depth=2&limit=300");
            SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(new ClassPathResource("xsd/graphml.xsd").getURL())
                    .newValidator().validate(new StreamSource(new ByteArrayInputStream(graphml)));
        }
    }

    /** The whole-graph URLs are left to the tests above, which read those files back. */
    @Test
    void everySubgraphExportUrlOfTheReadmeAnswersAFile() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        var urls = new ArrayList<String>();
        java.util.regex.Matcher url = java.util.regex.Pattern.compile("localhost:8080(/export/[^' \\n]+)").matcher(readme);
        while (url.find()) {
            if (!url.group(1).startsWith("/export/graph.")) {
                urls.add(url.group(1));
            }
        }
        assertThat(urls).hasSizeGreaterThanOrEqualTo(4);
        for (String path : urls) {
            assertThat(export(path)).as(path).isNotEmpty();
        }
    }

    @Nested
    class Refusals {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "/export/neighbourhood.gexf?id=lab:0001&depth=9 | 400 | depth",
                "/export/neighbourhood.gexf?id=lab:0001&depth=two | 400 | depth",
                "/export/neighbourhood.gexf?depth=2 | 400 | id",
                "/export/neighbourhood.gexf?id=lab:0001&dept=2 | 400 | dept",
                "/export/neighbourhood.gexf?id=lab:0001&limit=5001 | 400 | limit",
                "/export/neighbourhood.gexf?id=lab:0001&edgeKinds=PARTNER_OF,FRIEND_OF | 400 | edgeKinds",
                "/export/neighbourhood.gexf?id=lab:0001&asOf=2020-13-01 | 400 | asOf",
                "/export/shortestPath.graphml?from=lab:0001&to=lab:0002&maxHops=12 | 400 | maxHops",
                "/export/shortestPath.graphml?from=lab:0001 | 400 | to",
                "/export/kShortestPaths.graphml?from=lab:0001&to=lab:0002&k=11 | 400 | k",
                "/export/connectingLabs.csv.zip?regionA=region:AU&regionB=region:NOPE | 400 | regionB",
                "/export/regionMatrix.gexf?regions=region:AU | 400 | regions",
                "/export/graph.graphml?id=lab:0001 | 400 | id",
        })
        void aBadParameterIsA400ProblemNamingIt(String url, int status, String argument) throws Exception {
            HttpResponse<byte[]> response = get(url);
            assertThat(response.statusCode()).isEqualTo(status);
            assertThat(response.headers().firstValue("content-type")).hasValue("application/problem+json");
            JsonNode problem = json.readTree(response.body());
            assertThat(problem.get("code").asString()).isEqualTo("BAD_USER_INPUT");
            assertThat(problem.get("argument").asString()).isEqualTo(argument);
            assertThat(problem.get("detail").asString()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
        }

        @Test
        void anUnknownNodeIsA404() throws Exception {
            HttpResponse<byte[]> response = get("/export/neighbourhood.graphml?id=lab:nope");
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(json.readTree(response.body()).get("code").asString()).isEqualTo("NOT_FOUND");
        }

        @ParameterizedTest
        @CsvSource({"/export/graph.pdf", "/export/everything.graphml", "/export/graph"})
        void anUnknownQuestionOrFormatIsA404ListingTheKnownOnes(String url) throws Exception {
            HttpResponse<byte[]> response = get(url);
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(json.readTree(response.body()).get("detail").asString()).contains("neighbourhood", "graphml", "csv.zip");
        }

        @Test
        void aSubgraphExportPastItsDeadlineIsA503Timeout() throws Exception {
            HttpResponse<byte[]> response = get("/export/neighbourhood.gexf?id=country:CN&depth=3&limit=5000&timeoutMs=1");
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(json.readTree(response.body()).get("code").asString()).isEqualTo("TIMEOUT");
        }

        @Test
        void noPathIsAnEmptyExportNotAnError() throws Exception {
            JsonNode elements = json.readTree(export("/export/shortestPath.cyjs?from=lab:0001&to=lab:0002&maxHops=1")).get("elements");
            assertThat(elements.get("nodes").size()).isZero();
            assertThat(elements.get("edges").size()).isZero();
        }
    }

    @Nested
    class Networkx {

        @Test
        void networkxReadsTheGraphMlAndTheGexfWithEveryNodeAndEdge(@TempDir Path dir) throws Exception {
            assumeTrue(networkx(), "python3 with networkx is not installed here");
            Path graphml = Files.write(dir.resolve("graph.graphml"), export("/export/graph.graphml"));
            Path gexf = Files.write(dir.resolve("graph.gexf"), export("/export/graph.gexf"));
            String script = """
                    import sys, networkx as nx
                    g = nx.read_graphml(sys.argv[1])
                    h = nx.read_gexf(sys.argv[2], version="1.3")
                    lab = g.nodes["lab:0001"]
                    print(g.number_of_nodes(), g.number_of_edges(), h.number_of_nodes(), h.number_of_edges(), lab["kind"], lab["synthetic"])
                    """;
            var process = new ProcessBuilder("python3", "-c", script, graphml.toString(), gexf.toString()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(output).isZero();
            Graph database = database();
            int nodes = database.nodes().size();
            int edges = database.edges().size();
            assertThat(output).isEqualTo("%d %d %d %d JOINT_LAB True".formatted(nodes, edges, nodes, edges));
        }

        private boolean networkx() {
            try {
                Process probe = new ProcessBuilder("python3", "-c", "import networkx").redirectErrorStream(true).start();
                probe.getInputStream().readAllBytes();
                return probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0;
            }
            catch (IOException | InterruptedException e) {
                return false;
            }
        }
    }

    @Nested
    class RoundTrip {

        /**
         * The whole graph exported as an import folder, imported by the import command into an empty embedded
         * database, and exported from there by the export command: the same nodes and edges with the same
         * properties and provenance. COOPERATES_WITH is derived again on the way, so it must come out the same
         * too, but for the date it was derived on. A subgraph question asked of the copy by the export command
         * answers as the same question asked of the original over HTTP.
         */
        @Test
        void theWholeGraphImportsIntoAnEmptyDatabaseAsTheSameGraph(@TempDir Path dir) throws Exception {
            Path folder = Files.createDirectory(dir.resolve("folder"));
            unzip(export("/export/graph.folder.zip"), folder);
            Graph original = readGraphMl(export("/export/graph.graphml"));
            String[] settings = {"--innograph.neo4j.uri=", "--innograph.neo4j.embedded.data-directory=" + dir.resolve("db")};

            Path graphml = dir.resolve("again.graphml");
            String neighbourhood = "neighbourhood?id=lab:0001&depth=2&edgeKinds=PARTNER_OF,PARTICIPATES_IN,LOCATED_IN";
            Graph originalNeighbourhood = readGraphMl(export("/export/" + neighbourhood.replace("?", ".graphml?")));
            Path neighbourhoodGraphml = dir.resolve("neighbourhood.graphml");
            int exportedNeighbourhood;
            var printed = new java.io.ByteArrayOutputStream();
            int imported;
            int exported;
            // What the commands print goes to a buffer, out of the test runner's own channel.
            java.io.PrintStream out = System.out;
            java.io.PrintStream err = System.err;
            System.setOut(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
            System.setErr(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
            try {
                imported = org.innograph.InnographApplication.importCommand(concat(new String[] {"import", folder.toString()}, settings));
                exported = ExportCommand.run(org.innograph.InnographApplication.class,
                        concat(new String[] {"export", "--out", graphml.toString()}, settings));
                exportedNeighbourhood = ExportCommand.run(org.innograph.InnographApplication.class,
                        concat(new String[] {"export", neighbourhood, "--out", neighbourhoodGraphml.toString()}, settings));
            }
            finally {
                System.setOut(out);
                System.setErr(err);
            }

            assertThat(imported).as("the import's exit status; it printed:%n%s", printed).isZero();
            assertThat(exported).as("the export's exit status; it printed:%n%s", printed).isZero();
            Graph again = readGraphMl(Files.readAllBytes(graphml));
            assertThat(again.nodes().keySet()).isEqualTo(original.nodes().keySet());
            assertThat(differences(again.nodes(), original.nodes())).as("nodes that differ").isEmpty();
            assertThat(again.edges().keySet()).isEqualTo(original.edges().keySet());
            assertThat(differences(withoutDerivationDate(again.edges()), withoutDerivationDate(original.edges())))
                    .as("edges that differ").isEmpty();

            assertThat(exportedNeighbourhood).as("the neighbourhood export's exit status; it printed:%n%s", printed).isZero();
            Graph againNeighbourhood = readGraphMl(Files.readAllBytes(neighbourhoodGraphml));
            assertThat(againNeighbourhood.nodes()).hasSizeGreaterThan(2).isEqualTo(originalNeighbourhood.nodes());
            assertThat(againNeighbourhood.edges()).isEqualTo(originalNeighbourhood.edges());
        }

        private static Map<String, Map<String, Object>> withoutDerivationDate(Map<String, Map<String, Object>> edges) {
            var copy = new TreeMap<String, Map<String, Object>>();
            edges.forEach((id, properties) -> {
                var kept = new TreeMap<>(properties);
                if ("COOPERATES_WITH".equals(kept.get("kind"))) {
                    kept.remove("asOf");
                }
                copy.put(id, kept);
            });
            return copy;
        }

        private static void unzip(byte[] zip, Path folder) throws IOException {
            try (var entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
                for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                    Files.copy(entries, folder.resolve(entry.getName()));
                }
            }
        }

        private static String[] concat(String[] a, String[] b) {
            String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, all, a.length, b.length);
            return all;
        }
    }

    @Test
    void theCommandLineTakesTheFormatFromTheFileName() {
        assertThat(ExportCommand.parse(new String[] {"export", "--out", "g.gexf", "--innograph.neo4j.uri=bolt://x"}))
                .isEqualTo(new ExportCommand.Options(ExportFormat.GEXF, Path.of("g.gexf"), List.of("--innograph.neo4j.uri=bolt://x")));
        assertThat(ExportCommand.parse(new String[] {"export", "--format=csv", "--out=g.zip"}).format()).isEqualTo(ExportFormat.CSV);
    }

    @Test
    void theCommandLineReadsAQuestionAsTheHttpExportReadsItsPathAndQuery() {
        var options = ExportCommand.parse(new String[] {"export", "kShortestPaths?from=lab%3A0001&to=lab:0002&via=JOINT_LAB&via=PROJECT&k=3",
                "--out", "p.cyjs"});
        assertThat(options.question()).isEqualTo("kShortestPaths");
        assertThat(options.arguments()).containsExactly(Map.entry("from", List.of("lab:0001")), Map.entry("to", List.of("lab:0002")),
                Map.entry("via", List.of("JOINT_LAB", "PROJECT")), Map.entry("k", List.of("3")));
        assertThat(options.format()).isEqualTo(ExportFormat.CYTOSCAPE);
    }

    @Test
    void theCommandLineRefusesAnUnknownQuestionAsAUsageErrorBeforeStartingAnything() {
        var printed = new java.io.ByteArrayOutputStream();
        int status = new ExportCommand(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8))
                .execute(org.innograph.InnographApplication.class, new String[] {"export", "neighborhood?id=lab:0001", "--out", "n.gexf"});
        assertThat(status).isEqualTo(ExportCommand.USAGE_ERROR);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Unknown question 'neighborhood'").contains("usage: export");
    }
}
