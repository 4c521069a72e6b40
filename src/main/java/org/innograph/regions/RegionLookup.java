package org.innograph.regions;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.innograph.database.QueryRunner;
import org.innograph.graphql.InvalidArgumentException;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/** Loads the regions a question names, in the order given; an id naming no region is a bad argument. */
@Component
class RegionLookup {

    private final QueryRunner queries;

    RegionLookup(QueryRunner queries) {
        this.queries = queries;
    }

    /**
     * The region nodes with these ids.
     *
     * @param argumentOf the name of the argument that carried an id, for the error about an unknown one
     */
    List<Value> require(List<String> ids, Function<String, String> argumentOf) {
        List<Value> found = queries.list("regions/regions", Map.of("ids", ids), row -> row.get("r"));
        List<String> known = found.stream().map(region -> region.get("id").asString()).toList();
        ids.stream().filter(id -> !known.contains(id)).findFirst().ifPresent(unknown -> {
            throw new InvalidArgumentException(argumentOf.apply(unknown), "No Region with id '%s'".formatted(unknown));
        });
        return found;
    }
}
