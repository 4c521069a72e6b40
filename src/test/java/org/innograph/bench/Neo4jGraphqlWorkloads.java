package org.innograph.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innograph.bench.Workload.Neo4jGraphql;

import static org.innograph.bench.Answers.at;
import static org.innograph.bench.Answers.list;
import static org.innograph.bench.Answers.map;

/**
 * Way (c): each workload for @neo4j/graphql 7 (bench/neo4j-graphql/server.mjs). Lookups and listings use the
 * API the library generates from the type definitions, with its {@code where}, {@code sort} and
 * {@code limit}; search, neighbourhoods, paths and region links are {@code @cypher} fields over the same
 * Cypher as (a), which the library cannot express otherwise. The answers are mapped onto Innograph's shape
 * and normalised by the same code, so a difference is a mismatch like any other.
 */
final class Neo4jGraphqlWorkloads {

    private Neo4jGraphqlWorkloads() {
    }

    static Workload add(Workload workload) {
        return switch (workload.name()) {
            case "lookup" -> workload.with(new Neo4jGraphql(
                    "query($id: ID!) { entities(where: { id: { eq: $id } }) { id kind name } }", List.of("id"),
                    data -> of("node", first(data.get("entities"))), null));
            case "search" -> workload.with(new Neo4jGraphql(
                    "query($lucene: String!) { searchHits(lucene: $lucene) { total top } }", List.of("lucene"),
                    data -> of("search", of("totalCount", at(data, "searchHits.total"), "nodes", ids(at(data, "searchHits.top")))),
                    "{total: total, top: top}"));
            case "neighbourhood-1", "neighbourhood-2", "neighbourhood-3" -> {
                String field = "neighbourhood" + workload.name().substring(workload.name().length() - 1);
                yield workload.with(new Neo4jGraphql("query($id: ID!) { %s(id: $id) { nodes edges truncated } }".formatted(field),
                        List.of("id"), data -> {
                            var subgraph = new HashMap<String, Object>();
                            subgraph.put("truncated", at(data, field + ".truncated"));
                            subgraph.put("nodes", ids(at(data, field + ".nodes")));
                            subgraph.put("edges", ids(at(data, field + ".edges")));
                            return of("neighbourhood", subgraph);
                        }, "{nodes: nodes, edges: edges, truncated: truncated}"));
            }
            case "shortest-path" -> workload.with(new Neo4jGraphql(
                    "query($from: ID!, $to: ID!) { shortestPathLength(from: $from, to: $to) }", List.of("from", "to"),
                    data -> {
                        var path = new HashMap<String, Object>();
                        path.put("length", data.get("shortestPathLength"));
                        return of("shortestPath", path);
                    }, "length"));
            case "connecting-labs" -> workload.with(new Neo4jGraphql(
                    "query($regionA: ID!, $regionB: ID!) { connectingLabs(regionA: $regionA, regionB: $regionB) { total page } }",
                    List.of("regionA", "regionB"),
                    data -> of("connectingLabs", of("totalCount", at(data, "connectingLabs.total"),
                            "links", list(at(data, "connectingLabs.page")).stream().map(id -> of("node", of("id", id))).toList())),
                    "{total: total, page: page}"));
            case "labs-page" -> workload.with(new Neo4jGraphql("""
                    query($field: ID!) {
                      jointLabs(where: { fields: { some: { id: { eq: $field } } } }, sort: [{ sortKey: ASC }], limit: 100) {
                        id
                        hostCountry(sort: [{ name: ASC }], limit: 1) { id }
                        partnersConnection(first: 100, sort: [{ node: { name: ASC } }]) {
                          edges { properties { role } node { id country(sort: [{ name: ASC }], limit: 1) { id } } }
                        }
                      }
                    }""", List.of("field"), Neo4jGraphqlWorkloads::labs, null));
            case "nested-listing" -> workload.with(new Neo4jGraphql("""
                    query($region: ID!) {
                      regions(where: { id: { eq: $region } }) { countries(sort: [{ name: ASC }], limit: 100) { id } }
                      institutions(where: { country: { some: { regions: { some: { id: { eq: $region } } } } } },
                                   sort: [{ sortKey: ASC }], limit: 100) {
                        id
                        country(sort: [{ name: ASC }], limit: 1) { id }
                        labs(sort: [{ name: ASC }], limit: 100) { id projects(sort: [{ name: ASC }], limit: 100) { id } }
                      }
                    }""", List.of("region"), Neo4jGraphqlWorkloads::nested, null));
            case "coverage" -> workload.with(new Neo4jGraphql(
                    "query($field: ID!, $asOf: String!) { coverageCells(field: $field, asOf: $asOf) }", List.of("field", "asOf"),
                    Neo4jGraphqlWorkloads::coverage, "collect(region + ' ' + kind + ' ' + toString(count))"));
            default -> workload;
        };
    }

    /**
     * The statement of a {@code @cypher} field: the workload's Cypher as a subquery, its list and limit
     * parameters written in (a field's parameters are its arguments), one column {@code result}.
     */
    static String cypherField(Workload workload) {
        String inner = workload.cypher()
                .replace("$nodeKinds", "['INSTITUTION', 'JOINT_LAB', 'PROJECT']")
                .replace("$limit", String.valueOf(Workloads.NEIGHBOURHOOD_LIMIT));
        return "CALL () {\n" + inner + "\n}\nRETURN " + workload.neo4jGraphql().cypherField() + " AS result";
    }

    /** The {@code @cypher} statements by workload name, for server.mjs. */
    static Map<String, String> cypherFields() {
        var fields = new LinkedHashMap<String, String>();
        Workloads.all().stream().filter(w -> w.neo4jGraphql() != null && w.neo4jGraphql().cypherField() != null)
                .forEach(w -> fields.put(w.name(), cypherField(w)));
        return fields;
    }

    private static Map<String, Object> labs(Map<String, Object> data) {
        var nodes = new ArrayList<Object>();
        for (Object lab : list(data.get("jointLabs"))) {
            var partners = new ArrayList<Object>();
            for (Object edge : list(at(lab, "partnersConnection.edges"))) {
                var institution = new HashMap<String, Object>();
                institution.put("id", at(edge, "node.id"));
                institution.put("country", first(at(edge, "node.country")));
                var partner = new HashMap<String, Object>();
                partner.put("role", at(edge, "properties.role"));
                partner.put("institution", institution);
                partners.add(partner);
            }
            var node = new HashMap<String, Object>();
            node.put("id", at(lab, "id"));
            node.put("hostCountry", first(at(lab, "hostCountry")));
            node.put("partners", partners);
            nodes.add(node);
        }
        return of("labs", of("nodes", nodes));
    }

    private static Map<String, Object> nested(Map<String, Object> data) {
        var institutions = new ArrayList<Object>();
        for (Object institution : list(data.get("institutions"))) {
            var node = new HashMap<String, Object>(map(institution));
            node.put("country", first(at(institution, "country")));
            institutions.add(node);
        }
        var region = new HashMap<String, Object>();
        region.put("countries", at(first(data.get("regions")), "countries"));
        return of("node", region, "institutions", of("nodes", institutions));
    }

    /** Cells as "region kind count" lines, back into Innograph's rows of cells. */
    private static Map<String, Object> coverage(Map<String, Object> data) {
        var cellsByRegion = new LinkedHashMap<String, List<Object>>();
        for (Object line : list(data.get("coverageCells"))) {
            String[] parts = String.valueOf(line).split(" ");
            cellsByRegion.computeIfAbsent(parts[0], region -> new ArrayList<>()).add(of("kind", parts[1], "count", Long.parseLong(parts[2])));
        }
        var rows = new ArrayList<Object>();
        cellsByRegion.forEach((region, cells) -> rows.add(of("area", of("id", region), "cells", cells)));
        return of("coverage", of("rows", rows));
    }

    /** A map that, unlike Map.of, holds nulls: a missing answer must compare, not throw. */
    private static Map<String, Object> of(Object... keysAndValues) {
        var map = new HashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Object first(Object items) {
        List<Object> all = list(items);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<Object> ids(Object values) {
        return list(values).stream().map(id -> (Object) of("id", id)).toList();
    }
}
