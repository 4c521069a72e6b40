package org.innograph.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.innograph.network.CjkNames;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every runtime Cypher file gives the same rows in-process as through the driver, on the sample network.
 * The parameters of the reads are those the service itself passed while answering {@code everyQuery.graphql};
 * the few files no API request runs (writes, start-up and housekeeping) get parameters here, and the writes
 * run in transactions that are rolled back.
 */
class ExecutionEquivalenceTest extends AgainstBothExecutions {

    /** The projected graph the Graph Data Science files of the gaps are replayed on. */
    private static final String EQUIVALENCE_GRAPH = "equivalence-participation";

    /** At most this many recorded parameter sets are replayed per file. */
    private static final int RUNS_PER_FILE = 4;

    @Autowired
    QueryExecution serviceExecution;

    /** Files no API request runs, with parameters for them; the writes among them are rolled back. */
    private static Map<String, Map<String, Object>> notRunByRequests() {
        var parameters = new LinkedHashMap<String, Map<String, Object>>();
        parameters.put("database/health", Map.of());
        parameters.put("database/request-transactions", Map.of("request", "no-such-request"));
        parameters.put("database/terminate-transactions", Map.of("ids", List.of("neo4j-transaction-999999999")));
        parameters.put("ingest/create-nodes", Map.of("label", "JointLab", "kind", "JOINT_LAB", "cjkText", CjkNames.TEXT_PATTERN,
                "rows", List.of(Map.of("id", "lab:equivalence-created", "properties", Map.of("name", "Equivalence Lab", "aliases", List.of("等价实验室"))))));
        parameters.put("ingest/create-edges", Map.of("type", "PARTNER_OF", "rows",
                List.of(Map.of("from", "ror:02v51f717", "to", "lab:0002", "properties", Map.of("role", "partner")))));
        // Exports run over HTTP and the command line, not GraphQL.
        parameters.put("export/node-attributes", Map.of());
        parameters.put("export/edge-attributes", Map.of());
        parameters.put("export/nodes", Map.of());
        parameters.put("export/edges", Map.of());
        parameters.put("export/fields-of", Map.of("ids", List.of("lab:0001", "project:0001", "country:KE", "nope:1")));
        // Waits for the full-text indexes to take committed writes; answers no rows either way.
        parameters.put("ingest/await-search-index", Map.of());
        parameters.put("ingest/database-is-empty", Map.of());
        parameters.put("ingest/missing-nodes", Map.of("ids", List.of("country:KE", "nope:1", "lab:0001")));
        parameters.put("ingest/upsert-nodes", Map.of("label", "JointLab", "kind", "JOINT_LAB", "cjkText", CjkNames.TEXT_PATTERN,
                "rows", List.of(Map.of("id", "lab:equivalence", "properties", Map.of("name", "Equivalence Lab")))));
        parameters.put("ingest/upsert-edges", Map.of("type", "PARTNER_OF", "rows",
                List.of(Map.of("from", "ror:02v51f717", "to", "lab:0001", "properties", Map.of("role", "partner")))));
        // The service walks neighbourhoods on the Core API when in-process (NeighbourhoodTraversalTest).
        var neighbourhood = new HashMap<String, Object>(Map.of("id", "lab:0001", "depth", 2, "limit", 300, "maxEdges", 20_001));
        neighbourhood.put("nodeKinds", null);
        neighbourhood.put("edgeKinds", List.of("PARTNER_OF", "PARTICIPATES_IN", "OPERATES", "COOPERATES_WITH", "IN_FIELD"));
        neighbourhood.put("fields", List.of("field:energy"));
        neighbourhood.put("asOf", java.time.LocalDate.of(2020, 1, 1));
        parameters.put("paths/neighbourhood", neighbourhood);
        // And unfiltered shortest paths (ShortestUnfilteredTest).
        var shortest = new HashMap<String, Object>(Map.of("from", "ror:02v51f717", "to", "lab:0002", "maxHops", 6,
                "edgeKinds", List.of("PARTNER_OF", "PARTICIPATES_IN", "OPERATES", "COOPERATES_WITH")));
        shortest.put("toIn", null);
        shortest.put("via", null);
        shortest.put("asOf", null);
        parameters.put("paths/shortest-unfiltered", shortest);
        // And lists of one place (NodeListingTest): a region's institutions, found from its side.
        var placeList = new HashMap<String, Object>(Map.of("kind", "INSTITUTION", "label", "Institution", "region", "region:AU",
                "after", "", "limit", 5, "properties", List.of("id", "kind", "name"), "budget", 20_000, "crossover", 4));
        java.util.stream.Stream.of("country", "field", "asOf", "type", "status", "regionKind").forEach(name -> placeList.put(name, null));
        parameters.put("network/list-nodes-from-place", placeList);
        // And child lists (ChildListTraversalTest): the hub's located nodes, and partners with their roles.
        parameters.put("network/incoming", Map.of("ids", List.of("country:CN", "lab:0001", "nope:1"), "type", "LOCATED_IN",
                "limit", 100, "properties", List.of("id", "kind", "name"), "withEdge", false));
        parameters.put("network/outgoing", Map.of("ids", List.of("ror:02v51f717", "country:KE"), "type", "PARTNER_OF",
                "limit", 100, "properties", List.of("id", "kind", "name", "since"), "withEdge", true));
        // And who takes part in what, for the region questions (ParticipantsTraversalTest).
        var participants = new HashMap<String, Object>(Map.of("kinds", List.of("JOINT_LAB", "PROJECT", "AGREEMENT"),
                "regions", List.of("region:M49-150", "region:M49-142", "region:AU"), "participation", List.of("PARTNER_OF", "PARTICIPATES_IN", "OPERATES")));
        participants.put("field", null);
        participants.put("asOf", java.time.LocalDate.of(2015, 6, 1));
        parameters.put("regions/participants", participants);
        var connecting = new HashMap<String, Object>(Map.of("kinds", List.of("PROJECT"), "regionA", "region:M49-150",
                "regionB", "region:M49-142", "participation", List.of("PARTNER_OF", "PARTICIPATES_IN", "OPERATES"), "first", 20));
        connecting.put("field", null);
        connecting.put("asOf", null);
        parameters.put("regions/connecting", connecting);
        // A total of a place past the listing budget, which the sample has none of (NodeListingTest).
        var countFromPlace = new HashMap<String, Object>(Map.of("kind", "PROJECT", "label", "Project", "region", "region:M49-142"));
        for (String filter : List.of("country", "field", "asOf", "type", "status", "regionKind", "here")) {
            countFromPlace.put(filter, null);
        }
        parameters.put("network/count-nodes-from-place", countFromPlace);
        // A search with no place or field filter, which SearchTraversal answers in-process (SearchAnywhereTest).
        var search = new HashMap<String, Object>(Map.of("index", "entity_names_folded", "query", "\"university\"^2 OR (university OR university*)",
                "limit", 11, "properties", List.of("id", "kind", "name")));
        for (String absent : List.of("kinds", "afterScore", "afterId")) {
            search.put(absent, null);
        }
        parameters.put("search/search-anywhere", search);
        parameters.put("search/count-anywhere", search);
        // And node(id) (NodeLookupTest).
        parameters.put("network/node-by-id", Map.of("id", "ror:03cve4549", "properties", List.of("id", "kind", "name", "city")));
        List<String> participation = List.of("PARTNER_OF", "PARTICIPATES_IN", "OPERATES");
        parameters.put("ingest/mark-cooperation-pending", Map.of("ids", List.of("lab:0001", "project:0001"), "participation", participation));
        var derive = new HashMap<String, Object>(Map.of("ids", List.of("ror:02v51f717", "ror:02y9nww90"), "participation", participation,
                "maxConsortium", 25, "last", true));
        derive.put("partners", null);
        parameters.put("paths/derive-cooperation", derive);
        parameters.put("paths/cooperation-candidates", Map.of("id", "ror:02v51f717", "participation", participation, "maxConsortium", 25));
        parameters.put("paths/pending-cooperation", Map.of("first", 10, "participation", participation));
        parameters.put("paths/count-cooperation", Map.of());
        parameters.put("paths/mark-institutions", Map.of("after", "ror:0", "first", 10));
        // The brokers job runs these on a thread of its own; the algorithms read the graph the factory projects.
        var projection = new HashMap<String, Object>(Map.of("graph", EQUIVALENCE_GRAPH,
                "participation", List.of("PARTNER_OF", "PARTICIPATES_IN", "OPERATES"), "kinds", List.of("JOINT_LAB", "PROJECT")));
        projection.put("asOf", null);
        parameters.put("gaps/project-participation", projection);
        parameters.put("gaps/degree", Map.of("graph", EQUIVALENCE_GRAPH));
        parameters.put("gaps/betweenness", Map.of("graph", EQUIVALENCE_GRAPH, "config", Map.of("concurrency", 1)));
        parameters.put("gaps/pagerank", Map.of("graph", EQUIVALENCE_GRAPH));
        parameters.put("gaps/drop-graph", Map.of("graph", "equivalence-no-such-graph"));
        // The brokers between two regions read the participation graph and the regions' institutions in their job.
        var ties = new HashMap<String, Object>(Map.of("participation", List.of("PARTNER_OF", "PARTICIPATES_IN", "OPERATES"),
                "kinds", List.of("JOINT_LAB", "PROJECT", "INDUSTRIAL_PARK", "DEMO_CENTER", "TRANSFER_CENTER")));
        ties.put("asOf", java.time.LocalDate.of(2020, 1, 1));
        parameters.put("gaps/participation-ties", ties);
        var regionInstitutions = new HashMap<String, Object>(ties);
        regionInstitutions.put("region", "region:ASEAN");
        parameters.put("gaps/region-institutions", regionInstitutions);
        // The communities job runs these on a thread of its own, on the same projection.
        parameters.put("gaps/components", Map.of("graph", EQUIVALENCE_GRAPH));
        parameters.put("gaps/louvain", Map.of("graph", EQUIVALENCE_GRAPH));
        parameters.put("gaps/ties", Map.of("graph", EQUIVALENCE_GRAPH));
        var facts = new HashMap<String, Object>(Map.of("ids", List.of("ror:02v51f717", "lab:0001", "project:0001", "nope:1")));
        facts.put("asOf", null);
        parameters.put("gaps/community-facts", facts);
        parameters.put("sample/loaded", Map.of("name", "sample"));
        parameters.put("sample/mark-loaded", Map.of("name", "equivalence", "fingerprint", "f", "nodes", 1, "edges", 2));
        parameters.put("schema/applied-migrations", Map.of());
        parameters.put("schema/await-indexes", Map.of());
        parameters.put("schema/migration-constraint", Map.of());
        parameters.put("schema/record-migration", Map.of("version", 9_999, "description", "equivalence", "checksum", "c"));
        return parameters;
    }

    @TestFactory
    Stream<DynamicTest> everyCypherFileAnswersAlikeInProcessAndThroughTheDriver() throws IOException {
        var recorder = (RecordingQueryExecution) serviceExecution;
        askEveryQuestion();
        Map<String, List<Map<String, Object>>> recorded = byFile(recorder.recorded());

        var executions = executions();
        Map<String, Map<String, Object>> others = notRunByRequests();
        // The graph the Graph Data Science files read (GDS's catalog is outside any transaction).
        // (The result is read to its end: a projection is made when its aggregation has seen every row.)
        database.executeTransactionally(queries.get("gaps/project-participation"), others.get("gaps/project-participation"),
                result -> result.stream().count());

        return queries.names().stream().sorted().map(name -> DynamicTest.dynamicTest(name, () -> {
            List<Map<String, Object>> runs = recorded.containsKey(name) ? recorded.get(name)
                    : others.containsKey(name) ? List.of(others.get(name)) : List.of();
            assertThat(runs).as(name + ": run by no API request of everyQuery.graphql and given no parameters here")
                    .isNotEmpty();
            for (Map<String, Object> parameters : runs.subList(0, Math.min(RUNS_PER_FILE, runs.size()))) {
                String cypher = queries.get(name);
                List<Object> inProcessRows = rolledBack(executions.inProcess(), cypher, parameters);
                List<Object> driverRows = rolledBack(executions.driver(), cypher, parameters);
                assertThat(inProcessRows).as(name + " with " + parameters).isEqualTo(driverRows);
            }
        }));
    }

    private void askEveryQuestion() throws IOException {
        String document = new ClassPathResource("graphql-test/everyQuery.graphql").getContentAsString(StandardCharsets.UTF_8);
        Matcher operation = Pattern.compile("^query (\\w+)", Pattern.MULTILINE).matcher(document);
        while (operation.find()) {
            graphQl.document(document).operationName(operation.group(1)).execute().errors().verify();
        }
    }

    private Map<String, List<Map<String, Object>>> byFile(List<RecordingQueryExecution.Run> runs) {
        Map<String, String> nameOfText = new HashMap<>();
        queries.names().forEach(name -> nameOfText.put(queries.get(name), name));
        Map<String, List<Map<String, Object>>> byFile = new TreeMap<>();
        for (RecordingQueryExecution.Run run : runs) {
            String name = nameOfText.get(run.cypher());
            var parameters = new HashMap<>(run.parameters());
            parameters.remove(QueryRunner.REQUEST_PARAMETER);
            List<Map<String, Object>> ofFile = byFile.computeIfAbsent(name, n -> new ArrayList<>());
            if (!ofFile.contains(parameters)) {
                ofFile.add(parameters);
            }
        }
        return byFile;
    }

    /** The rows, as plain values, of a query run in a transaction that is then rolled back. */
    private static List<Object> rolledBack(QueryExecution execution, String cypher, Map<String, Object> parameters) {
        return new TransactionTemplate(execution.transactionManager()).execute(status -> {
            status.setRollbackOnly();
            return execution.read(cypher, new HashMap<>(parameters), ExecutionEquivalenceTest::plain, null);
        });
    }

    private static Object plain(Record record) {
        var row = new LinkedHashMap<String, Object>();
        record.keys().forEach(key -> row.put(key, plain(record.get(key))));
        return row;
    }

    /** A value with what it means and nothing of how it travelled: nodes by labels and properties, etc. */
    private static Object plain(Value value) {
        TypeSystem types = TypeSystem.getDefault();
        if (value.hasType(types.NODE())) {
            return plain(value.asNode());
        }
        if (value.hasType(types.RELATIONSHIP())) {
            return plain(value.asRelationship());
        }
        if (value.hasType(types.PATH())) {
            Path path = value.asPath();
            List<Object> steps = new ArrayList<>();
            path.nodes().forEach(node -> steps.add(plain(node)));
            path.relationships().forEach(r -> steps.add(plain(r)));
            return steps;
        }
        if (value.hasType(types.LIST())) {
            return value.asList(ExecutionEquivalenceTest::plain);
        }
        if (value.hasType(types.MAP())) {
            return plainMap(value.asMap(v -> v));
        }
        return value.asObject();
    }

    private static Object plain(Node node) {
        var labels = new java.util.TreeSet<String>();
        node.labels().forEach(labels::add);
        return Map.of("elementId", node.elementId(), "labels", labels, "properties", plainMap(node.asMap(v -> v)));
    }

    private static Object plain(Relationship r) {
        return Map.of("elementId", r.elementId(), "type", r.type(), "start", r.startNodeElementId(),
                "end", r.endNodeElementId(), "properties", plainMap(r.asMap(v -> v)));
    }

    private static Map<String, Object> plainMap(Map<String, Value> map) {
        var plain = new TreeMap<String, Object>();
        map.forEach((key, item) -> plain.put(key, plain(item)));
        return plain;
    }
}
