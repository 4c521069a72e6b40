package org.innograph.gaps;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.innograph.database.QueryRunner;
import org.innograph.network.Kind;
import org.innograph.network.NetworkNode;
import org.innograph.network.NodeMapper;
import org.innograph.network.ReferencedIds;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/**
 * Ego networks on the derived {@code COOPERATES_WITH} graph: one query reads the ego's alters, their weights and
 * their ties ({@code gaps/ego-network.cypher}), {@link BurtMeasures} scores them. The one-mode institution graph,
 * not the bipartite one brokers use: constraint and effective size measure how an actor's partners are tied to
 * each other, and in the bipartite graph an institution's neighbours are labs and projects, never tied to one
 * another, so every ego would look maximally open.
 */
@Component
class EgoNetworks {

    private final QueryRunner queries;
    private final ReferencedIds referencedIds;
    private final GapsProperties settings;

    EgoNetworks(QueryRunner queries, ReferencedIds referencedIds, GapsProperties settings) {
        this.queries = queries;
        this.referencedIds = referencedIds;
        this.settings = settings;
    }

    /** The ego network of institution {@code id}, over at most {@code innograph.gaps.ego-max-alters} alters. */
    EgoNetwork of(String id, LocalDate asOf, int first) {
        return of(id, asOf, first, settings.egoMaxAlters());
    }

    /** The same over at most {@code maxAlters} alters, the strongest ties first; the first {@code first} listed. */
    EgoNetwork of(String id, LocalDate asOf, int first, int maxAlters) {
        referencedIds.requireOfKind("id", id, Kind.INSTITUTION);
        var params = new HashMap<String, Object>();
        params.put("id", id);
        params.put("asOf", asOf);
        params.put("maxAlters", maxAlters);
        List<Record> rows = queries.list("gaps/ego-network", params, row -> row);
        int size = rows.isEmpty() ? 0 : rows.get(0).get("size").asInt();
        double egoWeight = rows.isEmpty() ? 0 : rows.get(0).get("egoWeight").asDouble();
        List<BurtMeasures.Alter> alters = rows.stream().filter(row -> !row.get("alter").isNull())
                .map(row -> new BurtMeasures.Alter(row.get("alter").asString(), row.get("weight").asDouble(),
                        row.get("total").asDouble(), row.get("strongest").asDouble(),
                        row.get("among").asList(Function.identity()).stream().collect(Collectors.toMap(
                                tie -> tie.get("id").asString(), tie -> tie.get("weight").asDouble(), Double::sum))))
                .toList();
        BurtMeasures.Result measures = BurtMeasures.of(egoWeight, alters);
        // Each tie among alters is seen from both of its ends.
        int ties = alters.stream().mapToInt(alter -> alter.among().size()).sum() / 2;

        List<BurtMeasures.Alter> listed = alters.stream()
                .sorted(Comparator.comparingDouble((BurtMeasures.Alter alter) -> measures.dyadicConstraint().get(alter.id()))
                        .reversed().thenComparing(BurtMeasures.Alter::id))
                .limit(first).toList();
        var ids = new ArrayList<String>(List.of(id));
        listed.forEach(alter -> ids.add(alter.id()));
        Map<String, NetworkNode> nodes = queries.list("gaps/nodes", Map.of("ids", ids), row -> NodeMapper.toNetworkNode(row.get("n")))
                .stream().collect(Collectors.toMap(NetworkNode::id, Function.identity()));
        List<EgoNetwork.Alter> page = listed.stream().map(alter -> new EgoNetwork.Alter(nodes.get(alter.id()),
                Math.round(alter.weight()), measures.dyadicConstraint().get(alter.id()))).toList();
        Double efficiency = measures.effectiveSize() == null ? null : measures.effectiveSize() / alters.size();
        return new EgoNetwork(nodes.get(id), asOf, size, alters.stream().map(BurtMeasures.Alter::id).toList(), alters.size(),
                ties, size > alters.size(), measures.effectiveSize(), efficiency, measures.constraint(), page);
    }
}
