package org.innograph.regions;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.innograph.database.QueryRunner;
import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/** Reads who takes part in what ({@code regions/participants.cypher}) for the region questions. */
@Component
class Participations {

    /**
     * Evidence order: institutions by name, signatory countries by id; then by the edge and the role, so that
     * two ways one institution takes part in the same thing come in one order, however they were read.
     */
    static final Comparator<Participant> ORDER = Comparator.comparing(Participant::sortKey,
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Participant::country)
            .thenComparing(Participant::kind, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Participant::role, Comparator.nullsLast(Comparator.naturalOrder()));

    private final QueryRunner queries;

    Participations(QueryRunner queries) {
        this.queries = queries;
    }

    /**
     * The nodes of these kinds, in kind and name order, each with its participants located in one of the
     * regions; nodes with none are left out. Null field and date filter nothing.
     */
    List<Cooperation> of(Collection<Kind> kinds, Collection<String> regions, String field, LocalDate asOf) {
        return byTraversal(kinds, regions, field, asOf).orElseGet(() -> byCypher(kinds, regions, field, asOf));
    }

    /** On the embedded database: the walk of {@link ParticipantsTraversal}, which answers as the Cypher file does. */
    Optional<List<Cooperation>> byTraversal(Collection<Kind> kinds, Collection<String> regions, String field, LocalDate asOf) {
        var traversal = new ParticipantsTraversal(List.copyOf(kinds), List.copyOf(regions), field, asOf);
        return queries.traverse("regions/participants (traversal)", traversal::walk);
    }

    List<Cooperation> byCypher(Collection<Kind> kinds, Collection<String> regions, String field, LocalDate asOf) {
        var params = new HashMap<String, Object>();
        params.put("kinds", List.copyOf(kinds));
        params.put("regions", List.copyOf(regions));
        params.put("participation", EdgeKind.PARTICIPATION);
        params.put("field", field);
        params.put("asOf", asOf);
        return queries.list("regions/participants", params, Participations::cooperation);
    }

    private static Cooperation cooperation(Record row) {
        return new Cooperation(row.get("id").asString(), Kind.valueOf(row.get("kind").asString()),
                row.get("sortKey").asString(),
                row.get("participants").asList(Participations::participant).stream().sorted(ORDER).toList());
    }

    /** A participant as the region queries return it; an institution as evidence of cooperation has no kind. */
    static Participant participant(Value entry) {
        return new Participant(entry.get("institution").asString(null), entry.get("sortKey").asString(null),
                entry.get("country").asString(), entry.get("role").asString(null),
                entry.get("kind").isNull() ? null : EdgeKind.valueOf(entry.get("kind").asString()), Set.copyOf(entry.get("regions").asList(Value::asString)));
    }
}
