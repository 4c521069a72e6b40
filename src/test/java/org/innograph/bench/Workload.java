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
        Function<List<Map<String, Object>>, String> fromRows, Function<Map<String, Object>, String> fromData) {
}
