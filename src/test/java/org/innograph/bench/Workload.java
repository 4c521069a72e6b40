package org.innograph.bench;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One question, asked every way: hand-written Cypher for the driver and in-process, a GraphQL document for
 * Innograph. Each way's answer is normalised to one canonical text (sorted lines), so that answers compare
 * exactly across ways.
 *
 * @param variables the keys of an input that the GraphQL document declares; the others are Cypher-only
 * @param fromRows the canonical answer from the Cypher rows
 * @param fromData the canonical answer from the GraphQL {@code data}
 */
record Workload(String name, String question, String cypher, String graphql, List<String> variables,
        Function<List<Map<String, Object>>, String> fromRows, Function<Map<String, Object>, String> fromData,
        Neo4jGraphql neo4jGraphql) {

    Workload(String name, String question, String cypher, String graphql, List<String> variables,
            Function<List<Map<String, Object>>, String> fromRows, Function<Map<String, Object>, String> fromData) {
        this(name, question, cypher, graphql, variables, fromRows, fromData, null);
    }

    /**
     * The question for way (c), @neo4j/graphql: its document, the variables it declares (taken from the
     * Cypher parameters of an input), and how its {@code data} maps onto Innograph's, whose normaliser then
     * applies. {@code cypherField}: the result expression of a {@code @cypher} field wrapping this workload's
     * Cypher, or null where the library's generated API answers without one.
     */
    record Neo4jGraphql(String document, List<String> variables, Function<Map<String, Object>, Map<String, Object>> toInnograph,
            String cypherField) {
    }

    Workload with(Neo4jGraphql c) {
        return new Workload(name, question, cypher, graphql, variables, fromRows, fromData, c);
    }
}
