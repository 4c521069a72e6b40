package org.innograph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.innograph.bench.Answers.at;
import static org.innograph.bench.Answers.each;
import static org.innograph.bench.Answers.lines;
import static org.innograph.bench.Answers.list;
import static org.innograph.bench.Answers.map;
import static org.innograph.bench.Answers.strings;
import static org.innograph.bench.Answers.text;

/**
 * The workloads of issue 15, each as Innograph's GraphQL and as hand-written Cypher that answers the same
 * question the way someone writing it for a driver would: one query, bounds as Innograph's (child lists in
 * name order, at most 100 each; neighbourhoods nearest first, then in id order, at most 200 nodes).
 */
final class Workloads {

    /** Innograph's cap on child lists (innograph.api.max-related), which the Cypher applies too. */
    static final int CHILDREN = 100;
    static final int NEIGHBOURHOOD_LIMIT = 200;
    static final List<String> NEIGHBOURHOOD_NODE_KINDS = List.of("INSTITUTION", "JOINT_LAB", "PROJECT");
    static final List<String> NEIGHBOURHOOD_EDGE_KINDS = List.of("PARTNER_OF", "PARTICIPATES_IN", "RUNS");

    private Workloads() {
    }

    static List<Workload> all() {
        return List.of(lookup(), search(), neighbourhood(1), neighbourhood(2), neighbourhood(3), shortestPath(),
                connectingLabs(), labsPage(), nestedListing(), coverage()).stream().map(Neo4jGraphqlWorkloads::add).toList();
    }

    static Workload lookup() {
        return new Workload("lookup", "a node by id",
                "MATCH (n:Entity {id: $id}) RETURN n.id AS id, n.kind AS kind, n.name AS name",
                "query($id: ID!) { node(id: $id) { id kind name } }", List.of("id"),
                rows -> lines(rows.stream().map(row -> row.get("id") + "|" + row.get("kind") + "|" + row.get("name")).toList()),
                data -> lines(List.of(at(data, "node.id") + "|" + at(data, "node.kind") + "|" + at(data, "node.name"))));
    }

    /** The Lucene query is the one Innograph builds for lower-case ASCII words (search.LuceneQuery). */
    static Workload search() {
        return new Workload("search", "full-text search, first 10 hits and the total",
                """
                CALL db.index.fulltext.queryNodes('entity_names_folded', $lucene) YIELD node, score
                WITH node, score ORDER BY score DESC, node.id
                WITH collect(node.id) AS ids
                RETURN size(ids) AS total, ids[0..10] AS top""",
                "query($text: String!) { search(text: $text, first: 10) { totalCount nodes { id } } }", List.of("text"),
                rows -> "total " + text(rows.get(0).get("total")) + "\n" + String.join(",", strings(rows.get(0).get("top"))),
                data -> "total " + text(at(data, "search.totalCount")) + "\n" + String.join(",", each(at(data, "search.nodes"), "id")));
    }

    /** Lower-case ASCII words as LuceneQuery turns them: the phrase counts double, every word must match, the last as a prefix. */
    static String lucene(String text) {
        String[] words = text.split(" ");
        var clauses = new ArrayList<String>();
        for (int i = 0; i < words.length; i++) {
            clauses.add(i == words.length - 1 ? "(" + words[i] + " OR " + words[i] + "*)" : words[i]);
        }
        return "\"" + text + "\"^2 OR (" + String.join(" AND ", clauses) + ")";
    }

    /**
     * Breadth first in one query: each level the next nodes in id order, one more than there is room for, so
     * the cut is known; then the edges among the nodes kept.
     */
    static Workload neighbourhood(int depth) {
        var cypher = new StringBuilder("""
                MATCH (c:Entity {id: $id})
                WITH [c] AS kept, [c] AS frontier, false AS truncated
                """);
        for (int level = 1; level <= depth; level++) {
            cypher.append("""
                    CALL (kept, frontier, truncated) {
                      UNWIND CASE WHEN truncated THEN [] ELSE frontier END AS n
                      MATCH (n)-[:PARTNER_OF|PARTICIPATES_IN|RUNS]-(m:Entity)
                      WHERE m.kind IN $nodeKinds AND NOT m IN kept
                      WITH DISTINCT m ORDER BY m.id
                      RETURN collect(m) AS reached
                    }
                    WITH kept, reached, truncated, $limit - size(kept) AS room
                    WITH kept + reached[0..room] AS kept, reached[0..room] AS frontier, truncated OR size(reached) > room AS truncated
                    """);
        }
        cypher.append("""
                CALL (kept) {
                  UNWIND kept AS a
                  MATCH (a)-[r:PARTNER_OF|PARTICIPATES_IN|RUNS]->(b)
                  WHERE b IN kept
                  RETURN collect(a.id + '-' + type(r) + '->' + b.id) AS edges
                }
                RETURN [n IN kept | n.id] AS nodes, edges, truncated""");
        return new Workload("neighbourhood-" + depth, "the ego network at depth %d, institutions, labs and projects only, at most %d nodes"
                .formatted(depth, NEIGHBOURHOOD_LIMIT), cypher.toString(),
                """
                query($id: ID!, $depth: Int!) {
                  neighbourhood(id: $id, depth: $depth, nodeKinds: [INSTITUTION, JOINT_LAB, PROJECT],
                                edgeKinds: [PARTNER_OF, PARTICIPATES_IN, RUNS], limit: %d) {
                    truncated nodes { id } edges { id }
                  }
                }""".formatted(NEIGHBOURHOOD_LIMIT), List.of("id", "depth"),
                rows -> subgraph(rows.get(0).get("truncated"), list(rows.get(0).get("nodes")).stream().map(String::valueOf).toList(),
                        list(rows.get(0).get("edges")).stream().map(String::valueOf).toList()),
                data -> subgraph(at(data, "neighbourhood.truncated"), each(at(data, "neighbourhood.nodes"), "id"),
                        each(at(data, "neighbourhood.edges"), "id")));
    }

    private static String subgraph(Object truncated, List<String> nodes, List<String> edges) {
        var all = new ArrayList<String>();
        nodes.forEach(node -> all.add("node " + node));
        edges.forEach(edge -> all.add("edge " + edge));
        return "truncated " + truncated + "\n" + lines(all);
    }

    /**
     * Only the length compares: which of several shortest paths comes back is up to the planner. The
     * hand-written query is the legacy {@code shortestPath()}: at 1m it answers every pair in milliseconds,
     * where {@code SHORTEST 1 ... {1,6}} took minutes on some and was stopped by its timeout only when it
     * ended (README, "PROFILE notes for the hot queries").
     */
    static Workload shortestPath() {
        return new Workload("shortest-path", "the length of a shortest cooperation path, at most 6 hops",
                """
                MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
                OPTIONAL MATCH p = shortestPath((a)-[:PARTNER_OF|PARTICIPATES_IN|OPERATES|COOPERATES_WITH*..6]-(b))
                RETURN length(p) AS length""",
                "query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxHops: 6) { length } }",
                List.of("from", "to"),
                rows -> "length " + text(rows.isEmpty() ? null : rows.get(0).get("length")),
                data -> "length " + text(at(data, "shortestPath.length")));
    }

    /** Labs with a participant in region A and one in region B, in two different countries; name order. */
    static Workload connectingLabs() {
        return new Workload("connecting-labs", "joint labs connecting two regions, first 100 and the total",
                """
                MATCH (x:JointLab)
                WHERE EXISTS {
                  MATCH (x)<-[:PARTNER_OF|PARTICIPATES_IN|OPERATES]-(:Institution)-[:LOCATED_IN]->(ca:Country)-[:IN_REGION]->(:Region {id: $regionA}),
                        (x)<-[:PARTNER_OF|PARTICIPATES_IN|OPERATES]-(:Institution)-[:LOCATED_IN]->(cb:Country)-[:IN_REGION]->(:Region {id: $regionB})
                  WHERE ca <> cb
                }
                WITH x ORDER BY x.sortKey
                WITH collect(x.id) AS ids
                RETURN size(ids) AS total, ids[0..100] AS page""",
                """
                query($regionA: ID!, $regionB: ID!) {
                  connectingLabs(regionA: $regionA, regionB: $regionB, first: 100) { totalCount links { node { id } } }
                }""", List.of("regionA", "regionB"),
                rows -> "total " + text(rows.get(0).get("total")) + "\n" + String.join(",", strings(rows.get(0).get("page"))),
                data -> "total " + text(at(data, "connectingLabs.totalCount")) + "\n"
                        + String.join(",", each(at(data, "connectingLabs.links"), "node.id")));
    }

    /** The N+1 test: a page of 100 labs in a field, each with its host country and its partners' countries. */
    static Workload labsPage() {
        return new Workload("labs-page", "a page of 100 labs of a field with host country, partners and their countries",
                """
                MATCH (l:JointLab)-[:IN_FIELD]->(:Field {id: $field})
                WITH l ORDER BY l.sortKey LIMIT 100
                CALL (l) {
                  OPTIONAL MATCH (l)-[:LOCATED_IN]->(h:Country)
                  RETURN h.id AS host ORDER BY h.name LIMIT 1
                }
                CALL (l) {
                  OPTIONAL MATCH (i:Institution)-[p:PARTNER_OF]->(l)
                  WITH i, p ORDER BY i.name LIMIT 100
                  CALL (i) {
                    OPTIONAL MATCH (i)-[:LOCATED_IN]->(c:Country)
                    RETURN c.id AS country ORDER BY c.name LIMIT 1
                  }
                  RETURN collect(i.id + '|' + coalesce(p.role, '-') + '|' + coalesce(country, '-')) AS partners
                }
                RETURN l.id AS lab, host, partners""",
                """
                query($field: ID!) {
                  labs(first: 100, field: $field) {
                    nodes { id hostCountry { id } partners { role institution { id country { id } } } }
                  }
                }""", List.of("field"),
                rows -> {
                    var all = new ArrayList<String>();
                    for (var row : rows) {
                        all.add(row.get("lab") + " host " + row.get("host"));
                        list(row.get("partners")).forEach(partner -> all.add(row.get("lab") + " partner " + partner));
                    }
                    return lines(all);
                },
                data -> {
                    var all = new ArrayList<String>();
                    for (Object lab : list(at(data, "labs.nodes"))) {
                        all.add(at(lab, "id") + " host " + at(lab, "hostCountry.id"));
                        for (Object partner : list(at(lab, "partners"))) {
                            all.add(at(lab, "id") + " partner " + at(partner, "institution.id") + "|" + orDash(at(partner, "role"))
                                    + "|" + orDash(at(partner, "institution.country.id")));
                        }
                    }
                    return lines(all);
                });
    }

    /**
     * Region > countries, and region > institutions (first 100) > labs > projects: Innograph's schema has no
     * institutions under a country nor projects under an institution, so the listing goes through its labs.
     */
    static Workload nestedListing() {
        return new Workload("nested-listing", "region > countries; region > 100 institutions > labs > projects",
                """
                MATCH (r:Region {id: $region})
                CALL (r) {
                  OPTIONAL MATCH (c:Country)-[:IN_REGION]->(r)
                  WITH c ORDER BY c.name LIMIT 100
                  RETURN collect(c.id) AS countries
                }
                CALL (r) {
                  MATCH (i:Institution)-[:LOCATED_IN]->(:Country)-[:IN_REGION]->(r)
                  WITH DISTINCT i ORDER BY i.sortKey LIMIT 100
                  CALL (i) {
                    OPTIONAL MATCH (i)-[:LOCATED_IN]->(c:Country)
                    RETURN c.id AS country ORDER BY c.name LIMIT 1
                  }
                  CALL (i) {
                    OPTIONAL MATCH (i)-[:PARTNER_OF]->(l:JointLab)
                    WITH l ORDER BY l.name LIMIT 100
                    CALL (l) {
                      OPTIONAL MATCH (l)-[:RUNS]->(p:Project)
                      WITH p ORDER BY p.name LIMIT 100
                      RETURN collect(p.id) AS projects
                    }
                    RETURN collect(CASE WHEN l IS NOT NULL THEN {id: l.id, projects: projects} END) AS labs
                  }
                  RETURN collect({id: i.id, country: country, labs: labs}) AS institutions
                }
                RETURN countries, institutions""",
                """
                query($region: ID!) {
                  node(id: $region) { ... on Region { countries { id } } }
                  institutions(region: $region, first: 100) {
                    nodes { id country { id } labs { id projects { id } } }
                  }
                }""", List.of("region"),
                rows -> nested(list(rows.get(0).get("countries")).stream().map(String::valueOf).toList(),
                        list(rows.get(0).get("institutions"))),
                data -> nested(each(at(data, "node.countries"), "id"), list(at(data, "institutions.nodes"))));
    }

    /**
     * Coverage for policy teams: per region, the joint labs and projects of a field that existed on a date.
     * A lab is in the country it is located in, a project in its participants' countries; a region holds what
     * is in its countries. The answer is every cell that is not zero.
     */
    static Workload coverage() {
        return new Workload("coverage", "labs and projects of a field by region on a date, counted in full",
                """
                MATCH (:Field {id: $field})<-[:IN_FIELD]-(x:Entity)
                WHERE x.kind IN ['JOINT_LAB', 'PROJECT']
                  AND (x.since IS NULL OR x.since <= date($asOf)) AND (x.until IS NULL OR x.until >= date($asOf))
                CALL (x) {
                  OPTIONAL MATCH (x)-[l:LOCATED_IN]->(host:Country)
                  WHERE (l.since IS NULL OR l.since <= date($asOf)) AND (l.until IS NULL OR l.until >= date($asOf))
                  WITH collect(DISTINCT host) AS hosts
                  CALL (x, hosts) {
                    WITH x WHERE size(hosts) = 0
                    MATCH (x)<-[p:PARTICIPATES_IN|PARTNER_OF|OPERATES]-(:Institution)-[:LOCATED_IN]->(c:Country)
                    WHERE (p.since IS NULL OR p.since <= date($asOf)) AND (p.until IS NULL OR p.until >= date($asOf))
                    RETURN collect(DISTINCT c) AS participants
                  }
                  UNWIND hosts + participants AS country
                  RETURN DISTINCT country
                }
                MATCH (country)-[m:IN_REGION]->(r:Region)
                WHERE (m.since IS NULL OR m.since <= date($asOf)) AND (m.until IS NULL OR m.until >= date($asOf))
                RETURN r.id AS region, x.kind AS kind, count(DISTINCT x) AS count""",
                """
                query($field: ID!, $asOf: Date) {
                  coverage(groupBy: REGION, kinds: [JOINT_LAB, PROJECT], fields: [$field], asOf: $asOf) {
                    rows { area { id } cells { kind count } }
                  }
                }""", List.of("field", "asOf"),
                rows -> lines(rows.stream().map(row -> row.get("region") + " " + row.get("kind") + " " + text(row.get("count"))).toList()),
                data -> {
                    var cells = new ArrayList<String>();
                    for (Object row : list(at(data, "coverage.rows"))) {
                        for (Object cell : list(at(row, "cells"))) {
                            if (!"0".equals(text(at(cell, "count")))) {
                                cells.add(at(row, "area.id") + " " + at(cell, "kind") + " " + text(at(cell, "count")));
                            }
                        }
                    }
                    return lines(cells);
                });
    }

    private static String nested(List<String> countries, List<Object> institutions) {
        var all = new ArrayList<String>();
        countries.forEach(country -> all.add("country " + country));
        for (Object institution : institutions) {
            String id = String.valueOf(at(institution, "id"));
            Object country = at(institution, "country");
            all.add(id + " in " + orDash(country instanceof Map<?, ?> ? at(country, "id") : country));
            for (Object lab : list(at(institution, "labs"))) {
                all.add(id + " lab " + at(lab, "id"));
                for (Object project : list(at(lab, "projects"))) {
                    all.add(id + " lab " + at(lab, "id") + " project " + (project instanceof Map<?, ?> ? at(project, "id") : project));
                }
            }
        }
        return lines(all);
    }

    private static String orDash(Object value) {
        return value == null ? "-" : String.valueOf(value);
    }

    /** Cypher parameters besides an input's own: the neighbourhood's filters, the search's Lucene query. */
    static Map<String, Object> cypherParameters(Workload workload, Map<String, Object> input) {
        var parameters = new java.util.HashMap<>(input);
        parameters.put("nodeKinds", NEIGHBOURHOOD_NODE_KINDS);
        parameters.put("limit", NEIGHBOURHOOD_LIMIT);
        if (input.get("text") instanceof String text) {
            parameters.put("lucene", lucene(text));
        }
        return map(parameters);
    }
}
