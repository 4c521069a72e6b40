import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ProfiledPlan;
import org.neo4j.driver.summary.ResultSummary;

/**
 * PROFILE of the queries behind each hot question, summed over every query the question costs, as the
 * service runs them: db hits, rows returned and round trips. Runs the Cypher files of a given directory,
 * so the same program measures an older revision's files (bench/profile.sh extracts them with git).
 * Where the older files need several queries (the level-by-level neighbourhood) it replays the service's
 * sequence. Each measurement is taken on the second run, with the plan cached.
 *
 * <p>Usage: java -cp 'target/app/lib/*' bench/QueryProfile.java bolt://127.0.0.1:17687 cypher-dir
 */
public class QueryProfile {

    static final String HUB = "country:CN";

    record Cost(long dbHits, long rows, int queries) {
        Cost plus(Cost other) {
            return new Cost(dbHits + other.dbHits, rows + other.rows, queries + other.queries);
        }
    }

    record Run(List<Record> rows, Cost cost) {
    }

    final Session session;
    final Path cypher;

    QueryProfile(Session session, Path cypher) {
        this.session = session;
        this.cypher = cypher;
    }

    public static void main(String[] args) throws Exception {
        try (Driver driver = GraphDatabase.driver(args[0], AuthTokens.none()); Session session = driver.session()) {
            var profile = new QueryProfile(session, Path.of(args[1]));
            System.out.println("| question | queries | db hits | rows |");
            System.out.println("|---|---|---|---|");
            for (int limit : List.of(200, 5000)) {
                for (int d = 1; d <= 3; d++) {
                    int depth = d;
                    profile.report("neighbourhood of " + HUB + ", depth " + depth + ", limit " + limit,
                            () -> profile.neighbourhood(HUB, depth, limit, null));
                }
            }
            profile.report("neighbourhood of lab:0001, depth 2, fields [field:health], limit 50",
                    () -> profile.neighbourhood("lab:0001", 2, 50, List.of("field:health")));
            profile.report("100 labs with partners and their countries", profile::labsWithPartners);
            profile.report("child list agreements of " + HUB + " (outgoing SIGNED, cap 100)",
                    () -> profile.related("network/outgoing", List.of(HUB), "SIGNED"));
            profile.report("child list of " + HUB + ": nodes LOCATED_IN it (incoming, cap 100; the densest expansion)",
                    () -> profile.related("network/incoming", List.of(HUB), "LOCATED_IN"));
            profile.report("child list of region:AU: transfer centres serving it (incoming SERVES, cap 100)",
                    () -> profile.related("network/incoming", List.of("region:AU"), "SERVES"));
            profile.report("connectingLabs Asia (M49-142) and AU, first 3", profile::connectingLabs);
            profile.report("search \"univ\", institutions, first 20", () -> profile.search("univ", 20, false));
            profile.report("search \"univ\", institutions, second page of 20", () -> profile.search("univ", 20, true));
            profile.report("institutions in country:KE, first 20, with totalCount", profile::institutionsIn);
            profile.report("shortestPath from ror:04vgnd506 toIn country:KE (cooperation)", profile::shortestPath);
        }
    }

    interface Question {
        Cost cost() throws Exception;
    }

    void report(String question, Question run) throws Exception {
        run.cost(); // plans the queries
        Cost cost = run.cost();
        System.out.printf("| %s | %d | %,d | %,d |%n", question, cost.queries(), cost.dbHits(), cost.rows());
    }

    /** A node's id in a row: newer files return the values of $properties (id first), older ones the node. */
    static String id(Record row, String column) {
        var value = row.containsKey("properties") ? row.get("properties") : row.get(column);
        return value.type().name().startsWith("LIST") ? value.get(0).asString() : value.get("id").asString();
    }

    static <T> List<T> concat(List<T> a, List<T> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    Run profile(String name, Map<String, Object> given) throws Exception {
        String text = Files.readString(cypher.resolve(name + ".cypher"));
        var params = new HashMap<>(given);
        // What a page of labs with partners and countries selects (newer files fetch only these).
        params.putIfAbsent("properties", List.of("id", "kind", "name"));
        var result = session.run("PROFILE " + text, params);
        List<Record> rows = result.list();
        ResultSummary summary = result.consume();
        return new Run(rows, new Cost(hits(summary.profile()), rows.size(), 1));
    }

    static long hits(ProfiledPlan plan) {
        long sum = plan.dbHits();
        for (ProfiledPlan child : plan.children()) {
            sum += hits(child);
        }
        return sum;
    }

    boolean has(String name) {
        return Files.exists(cypher.resolve(name + ".cypher"));
    }

    /**
     * Files from before the one-query neighbourhood (6dde3fb and earlier): the service then also checked
     * every filter id and path end with network/kinds-of before the main query, so that is replayed too.
     */
    boolean legacy() {
        return !has("paths/neighbourhood");
    }

    Cost kindsOf(List<String> ids) throws Exception {
        return legacy() ? profile("network/kinds-of", Map.of("ids", ids)).cost() : new Cost(0, 0, 0);
    }

    Cost neighbourhood(String id, int depth, int limit, List<String> fields) throws Exception {
        var params = new HashMap<String, Object>();
        params.put("nodeKinds", null);
        params.put("edgeKinds", null);
        params.put("fields", fields);
        params.put("asOf", null);
        if (has("paths/neighbourhood")) {
            params.put("id", id);
            params.put("depth", depth);
            params.put("limit", limit);
            params.put("maxEdges", 20_001);
            return profile("paths/neighbourhood", params).cost();
        }
        // The level-by-level sequence of Neighbourhood before it became one query.
        Cost cost = profile("network/node-by-id", Map.of("id", id)).cost();
        var kept = new ArrayList<String>(List.of(id));
        List<String> frontier = List.of(id);
        boolean truncated = false;
        for (int level = 1; level <= depth && !frontier.isEmpty() && !truncated; level++) {
            int room = limit - kept.size();
            params.put("frontier", frontier);
            params.put("visited", List.copyOf(kept));
            params.put("limit", room + 1);
            Run step = profile("paths/neighbourhood-step", params);
            cost = cost.plus(step.cost());
            truncated = step.rows().size() > room;
            var next = new ArrayList<String>();
            step.rows().stream().limit(room).forEach(row -> next.add(row.get("m").get("id").asString()));
            kept.addAll(next);
            frontier = next;
        }
        params.put("ids", List.copyOf(kept));
        params.put("limit", 20_001);
        return cost.plus(profile("paths/edges-among", params).cost());
    }

    Cost labsWithPartners() throws Exception {
        var params = new HashMap<String, Object>();
        for (String filter : List.of("country", "region", "field", "asOf", "type", "status", "regionKind")) {
            params.put(filter, null);
        }
        params.put("kind", "JOINT_LAB");
        params.put("after", "");
        params.put("limit", 101);
        Run labs = profile("network/list-nodes", params);
        List<String> labIds = labs.rows().stream().map(row -> id(row, "n")).toList();
        Run partners = relatedRun("network/incoming", labIds, "PARTNER_OF", true);
        List<String> institutions = partners.rows().stream().map(row -> id(row, "node")).distinct().toList();
        Run countries = relatedRun("network/outgoing", institutions, "LOCATED_IN", false);
        return labs.cost().plus(partners.cost()).plus(countries.cost());
    }

    Cost related(String query, List<String> ids, String type) throws Exception {
        return relatedRun(query, ids, type, false).cost();
    }

    /** withEdge: the partners of labs show their roles; plain child lists need no edge properties. */
    Run relatedRun(String query, List<String> ids, String type, boolean withEdge) throws Exception {
        return profile(query, Map.of("ids", ids, "type", type, "limit", 100, "withEdge", withEdge));
    }

    Cost connectingLabs() throws Exception {
        List<String> regions = List.of("region:M49-142", "region:AU");
        Cost cost = profile("regions/regions", Map.of("ids", regions)).cost();
        var params = new HashMap<String, Object>();
        params.put("kinds", List.of("JOINT_LAB"));
        params.put("regions", regions);
        params.put("regionA", regions.get(0));
        params.put("regionB", regions.get(1));
        params.put("participation", List.of("PARTNER_OF", "PARTICIPATES_IN", "OPERATES"));
        params.put("field", null);
        params.put("asOf", null);
        params.put("after", "");
        params.put("limit", 4);
        params.put("first", 3);
        // Newer files cut the page in the database; older ones return every participation.
        boolean paged = has("regions/connecting");
        Run participants = profile(paged ? "regions/connecting" : "regions/participants", params);
        cost = cost.plus(participants.cost());
        // the page's nodes and evidence (first 3), as ConnectingNodes asks for them
        var ids = new ArrayList<String>();
        participants.rows().stream().limit(3).filter(row -> !row.get("id").isNull()).forEach(row -> {
            ids.add(row.get("id").asString());
            (paged ? concat(row.get("sideA").asList(p -> p), row.get("sideB").asList(p -> p))
                    : row.get("participants").asList(p -> p)).forEach(p -> {
                ids.add(p.get("country").asString());
                if (!p.get("institution").isNull()) {
                    ids.add(p.get("institution").asString());
                }
            });
        });
        return cost.plus(profile("regions/nodes", Map.of("ids", ids)).cost());
    }

    Cost search(String text, int first, boolean secondPage) throws Exception {
        var params = new HashMap<String, Object>();
        params.put("index", "entity_names_folded");
        params.put("query", "\"" + text + "\"^2 OR ((" + text + " OR " + text + "*))");
        params.put("kinds", List.of("INSTITUTION"));
        params.put("properties", List.of("id", "kind", "name"));
        params.put("country", null);
        params.put("region", null);
        params.put("field", null);
        Cost cost = profile("search/count", params).cost();
        params.put("offset", 0);
        params.put("afterScore", null);
        params.put("afterId", null);
        params.put("limit", first + 1);
        if (secondPage) {
            // the older files page by offset, the newer by the last hit's score and id; each reads its own
            Record last = session.run(Files.readString(cypher.resolve("search/search.cypher")), params).list().get(first - 1);
            params.put("offset", first);
            params.put("afterScore", last.get("score").asDouble());
            params.put("afterId", id(last, "n"));
        }
        return cost.plus(profile("search/search", params).cost());
    }

    Cost institutionsIn() throws Exception {
        Cost cost = kindsOf(List.of("country:KE"));
        var params = new HashMap<String, Object>();
        for (String filter : List.of("region", "field", "asOf", "type", "status", "regionKind")) {
            params.put(filter, null);
        }
        params.put("kind", "INSTITUTION");
        params.put("country", "country:KE");
        cost = cost.plus(profile("network/count-nodes", params).cost());
        params.put("after", "");
        params.put("limit", 21);
        return cost.plus(profile("network/list-nodes", params).cost());
    }

    Cost shortestPath() throws Exception {
        Cost cost = kindsOf(List.of("ror:04vgnd506", "country:KE"));
        var params = new HashMap<String, Object>();
        params.put("from", "ror:04vgnd506");
        params.put("to", null);
        params.put("toIn", "country:KE");
        params.put("tail", 1);
        params.put("via", null);
        params.put("edgeKinds", List.of("PARTNER_OF", "PARTICIPATES_IN", "OPERATES", "COOPERATES_WITH"));
        params.put("asOf", null);
        params.put("maxHops", 6);
        return cost.plus(profile("paths/shortest", params).cost());
    }
}
