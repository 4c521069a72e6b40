package org.innograph.network;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.innograph.database.QueryRunner;
import org.innograph.graphql.InvalidArgumentException;
import org.innograph.graphql.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Checks the ids a client passes as filters: one that names no node, or a node of the wrong kind, is
 * most likely a typo, and an empty answer would hide it. One query for all of them, and only when it can
 * tell something: every filter query matches a filter id together with its kind's label
 * ({@code (:Country {id: $country})}), so an answer with a row proves the ids right, and only an empty
 * answer costs this extra query ({@code ...WhenNothingFound}).
 */
@Component
public class ReferencedIds {

    private final QueryRunner queries;

    public ReferencedIds(QueryRunner queries) {
        this.queries = queries;
    }

    /** Throws BAD_USER_INPUT naming the first of the usual filters whose id is unknown or of another kind. */
    public void check(String country, String region, String field) {
        check(new Reference("country", country, Kind.COUNTRY), new Reference("region", region, Kind.REGION),
                new Reference("field", field, Kind.FIELD));
    }

    /** {@link #check(String, String, String)}, only when the query filtered by them found nothing. */
    public void checkWhenNothingFound(Collection<?> found, String country, String region, String field) {
        if (found.isEmpty()) {
            check(country, region, field);
        }
    }

    /** {@link #check(String, String, Kind)}, only when the query filtered by it found nothing. */
    public void checkWhenNothingFound(Collection<?> found, String argument, String id, Kind kind) {
        if (found.isEmpty()) {
            check(argument, id, kind);
        }
    }

    /** The same for an argument of another name; a null id passes. */
    public void check(String argument, String id, Kind kind) {
        check(new Reference(argument, id, kind));
    }

    /** The same for a list argument, in one query; a null list passes. */
    public void check(String argument, Collection<String> ids, Kind kind) {
        if (ids != null) {
            check(ids.stream().map(id -> new Reference(argument, id, kind)).toArray(Reference[]::new));
        }
    }

    private void check(Reference... references) {
        List<Reference> given = Stream.of(references).filter(reference -> reference.id() != null).toList();
        if (given.isEmpty()) {
            return;
        }
        Map<String, String> kinds = kindsOf(given.stream().map(Reference::id).toList());
        for (Reference reference : given) {
            if (!reference.kind().name().equals(kinds.get(reference.id()))) {
                throw new InvalidArgumentException(reference.argument(),
                        "No %s with id '%s'".formatted(reference.kind().label(), reference.id()));
            }
        }
    }

    /**
     * For the node a question is about rather than a filter: NOT_FOUND when the id names no node, as
     * {@code node(id)} answers, BAD_USER_INPUT when it names a node of another kind.
     */
    public void requireOfKind(String argument, String id, Kind kind) {
        String found = kindsOf(List.of(id)).get(id);
        if (found == null) {
            throw new NotFoundException(id);
        }
        if (!found.equals(kind.name())) {
            throw new InvalidArgumentException(argument, "'%s' is not a %s".formatted(id, kind.label()));
        }
    }

    /** Throws NOT_FOUND for the first of these ids that names no node. */
    public void requireExisting(List<String> ids) {
        Map<String, String> existing = kindsOf(ids);
        ids.stream().filter(id -> !existing.containsKey(id)).findFirst().ifPresent(id -> {
            throw new NotFoundException(id);
        });
    }

    /** The kind of each of these ids that names a node. */
    private Map<String, String> kindsOf(List<String> ids) {
        return queries.list("network/kinds-of", Map.of("ids", ids), row -> Map.entry(row.get("id").asString(), row.get("kind").asString()))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (same, again) -> same));
    }

    private record Reference(String argument, String id, Kind kind) {
    }
}
