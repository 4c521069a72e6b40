package org.innograph.gaps;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.innograph.database.QueryRunner;
import org.innograph.network.EdgeKind;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Suggested partners by link prediction, in one named query ({@code gaps/suggested-partners}): the 2-hop
 * neighbours of an institution or lab in the cooperation graph, at most {@code maxPaths} steps walked, each
 * scored exactly (common neighbours, Adamic-Adar, resource allocation) with the neighbours, fields and regions
 * it shares. Computed in Cypher rather than with GDS's alpha link-prediction functions, because the reason
 * (which neighbours are shared) is what a person judges a suggestion by, and those functions give the score only.
 */
@Component
public class PartnerSuggestions {

    private final QueryRunner queries;

    PartnerSuggestions(QueryRunner queries) {
        this.queries = queries;
    }

    /** One candidate as the query scores it, by ids. */
    public record Candidate(String id, List<String> shared, List<String> fields, List<String> regions, long commonNeighbours,
            double adamicAdar, double resourceAllocation) {

        public double score(LinkScore by) {
            return switch (by) {
                case ADAMIC_ADAR -> adamicAdar;
                case COMMON_NEIGHBOURS -> commonNeighbours;
                case RESOURCE_ALLOCATION -> resourceAllocation;
            };
        }
    }

    /** The actor's kind, its neighbours, the candidates scored, whether the walk was capped, and the first candidates. */
    public record Ranking(String kind, long neighbours, long candidates, boolean truncated, List<Candidate> candidatesFirst) {
    }

    /** The ranking for the node {@code id} as the network stood at {@code asOf} (null: now); empty when there is no such node. */
    public Optional<Ranking> rank(String id, LinkScore by, int first, int maxPaths, LocalDate asOf) {
        return rank(id, by, first, maxPaths, asOf, null, null);
    }

    /**
     * The same, keeping only the candidates located in one of {@code regions} and taking part in something of
     * one of {@code fields} (each null: no filter); the ids are taken as given, unchecked.
     */
    public Optional<Ranking> rank(String id, LinkScore by, int first, int maxPaths, LocalDate asOf, List<String> regions,
            List<String> fields) {
        var params = new HashMap<String, Object>();
        params.put("asOf", asOf);
        params.put("regions", regions);
        params.put("fields", fields);
        params.put("id", id);
        params.put("by", by.name());
        params.put("first", first);
        params.put("maxPaths", maxPaths);
        params.put("participation", EdgeKind.PARTICIPATION);
        return queries.single("gaps/suggested-partners", params, row -> new Ranking(row.get("kind").asString(),
                row.get("neighbours").asLong(), row.get("candidates").asLong(), row.get("truncated").asBoolean(),
                row.get("suggestions").asList(PartnerSuggestions::candidate)));
    }

    private static Candidate candidate(Value value) {
        return new Candidate(value.get("id").asString(), value.get("shared").asList(Value::asString),
                value.get("fields").asList(Value::asString), value.get("regions").asList(Value::asString),
                value.get("commonNeighbours").asLong(), value.get("adamicAdar").asDouble(), value.get("resourceAllocation").asDouble());
    }

    /** The reason in words: the shared neighbours (the first five named), fields and regions. */
    static String reason(String actor, Candidate candidate) {
        List<String> named = candidate.shared().subList(0, Math.min(5, candidate.shared().size()));
        String more = candidate.shared().size() > named.size() ? " and %d more".formatted(candidate.shared().size() - named.size()) : "";
        return "%s and %s share %d neighbour%s (%s%s), %d field%s%s and %d region%s%s".formatted(actor, candidate.id(),
                candidate.shared().size(), candidate.shared().size() == 1 ? "" : "s", String.join(", ", named), more,
                candidate.fields().size(), candidate.fields().size() == 1 ? "" : "s", listed(candidate.fields()),
                candidate.regions().size(), candidate.regions().size() == 1 ? "" : "s", listed(candidate.regions()));
    }

    private static String listed(List<String> ids) {
        return ids.isEmpty() ? "" : " (" + String.join(", ", ids) + ")";
    }
}
