package org.innograph.gaps;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.innograph.database.QueryRunner;
import org.innograph.graphql.InvalidArgumentException;
import org.innograph.network.EdgeKind;
import org.innograph.network.Field;
import org.innograph.network.Kind;
import org.innograph.network.NetworkNode;
import org.innograph.network.NodeMapper;
import org.innograph.network.ReferencedIds;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Coverage: the database lists each node of the kinds asked with its countries and fields
 * ({@code gaps/coverage-things.cypher}) and the areas with their countries ({@code gaps/areas.cypher}); this
 * adds them up. Each node counts once in every area it is in (full counting) and splits one unit among its
 * countries and fields (fractional counting), so that the shares add up to the number of nodes.
 */
@Component
public class CoverageCounter {

    /** The kinds coverage counts: what is located in or joined by countries. */
    public static final List<Kind> KINDS = List.of(Kind.JOINT_LAB, Kind.INDUSTRIAL_PARK, Kind.DEMO_CENTER,
            Kind.TRANSFER_CENTER, Kind.PROJECT, Kind.ACTIVITY, Kind.AGREEMENT);
    static final int MAX_FIRST = 300;
    /** The column of the nodes in no field. */
    private static final String NO_FIELD = "";

    private final QueryRunner queries;
    private final ReferencedIds referencedIds;

    CoverageCounter(QueryRunner queries, ReferencedIds referencedIds) {
        this.queries = queries;
        this.referencedIds = referencedIds;
    }

    public Coverage count(CoverageGroup groupBy, List<Kind> kinds, List<String> fields, LocalDate asOf, int first) {
        List<Kind> counted = kinds == null || kinds.isEmpty() ? KINDS : List.copyOf(new LinkedHashSet<>(kinds));
        counted.stream().filter(kind -> !KINDS.contains(kind)).findFirst().ifPresent(kind -> {
            throw new InvalidArgumentException("kinds", "kinds must be among " + KINDS + ", was " + kind);
        });
        InvalidArgumentException.requireBetweenOneAnd("first", MAX_FIRST, first);
        if (fields != null) {
            fields.forEach(field -> referencedIds.check("fields", field, Kind.FIELD));
        }
        Map<String, Field> columns = columns(fields);

        var params = new HashMap<String, Object>();
        params.put("groupBy", groupBy.kind());
        params.put("asOf", asOf);
        params.put("first", first);
        List<Record> areaRows = queries.list("gaps/areas", params, row -> row);
        long total = areaRows.isEmpty() ? 0 : areaRows.get(0).get("total").asLong();
        List<Tally> tallies = areaRows.stream().map(row -> new Tally(NodeMapper.toNetworkNode(row.get("area")))).toList();
        Map<String, List<Integer>> areasOfCountry = new HashMap<>();
        for (int i = 0; i < areaRows.size(); i++) {
            for (String country : areaRows.get(i).get("countries").asList(Value::asString)) {
                areasOfCountry.computeIfAbsent(country, c -> new ArrayList<>()).add(i);
            }
        }

        var unplaced = new Tally(null);
        params.put("kinds", counted);
        params.put("fields", fields);
        params.put("participation", EdgeKind.PARTICIPATION);
        queries.stream("gaps/coverage-things", params, row -> row, row -> {
            Kind kind = Kind.valueOf(row.get("kind").asString());
            List<String> inFields = fieldsCounted(row.get("fields").asList(Value::asString), columns);
            if (inFields.isEmpty()) {
                return;
            }
            List<String> countries = row.get("countries").asList(Value::asString);
            if (countries.isEmpty()) {
                inFields.forEach(field -> unplaced.add(kind, field, 1.0 / inFields.size()));
                return;
            }
            // Each area once, with the part of the node's countries that lie in it.
            Map<Integer, Integer> countriesInArea = new LinkedHashMap<>();
            for (String country : countries) {
                areasOfCountry.getOrDefault(country, List.of()).forEach(area -> countriesInArea.merge(area, 1, Integer::sum));
            }
            double unit = 1.0 / (countries.size() * inFields.size());
            countriesInArea.forEach((area, n) -> inFields.forEach(field -> tallies.get(area).add(kind, field, n * unit)));
        });

        List<Coverage.Row> rows = tallies.stream().map(tally -> new Coverage.Row(tally.area, tally.cells(counted, columns))).toList();
        return new Coverage(groupBy, asOf, rows, unplaced.cells(counted, columns), total, total > rows.size());
    }

    /** The field columns asked for, by id, in name order; without a choice, every field and the no-field column. */
    private Map<String, Field> columns(List<String> fields) {
        var columns = new LinkedHashMap<String, Field>();
        for (Value value : queries.list("gaps/fields", Map.of(), row -> row.get("f"))) {
            var field = (Field) NodeMapper.toNetworkNode(value);
            if (fields == null || fields.contains(field.id())) {
                columns.put(field.id(), field);
            }
        }
        if (fields == null) {
            columns.put(NO_FIELD, null);
        }
        return columns;
    }

    private static List<String> fieldsCounted(List<String> fieldsOfNode, Map<String, Field> columns) {
        if (fieldsOfNode.isEmpty()) {
            return columns.containsKey(NO_FIELD) ? List.of(NO_FIELD) : List.of();
        }
        return fieldsOfNode.stream().filter(columns::containsKey).toList();
    }

    /** The counts and shares of one area, by kind and field. */
    private static final class Tally {

        private final NetworkNode area;
        private final Map<Kind, Map<String, double[]>> cells = new HashMap<>();

        Tally(NetworkNode area) {
            this.area = area;
        }

        void add(Kind kind, String field, double share) {
            double[] cell = cells.computeIfAbsent(kind, k -> new HashMap<>()).computeIfAbsent(field, f -> new double[2]);
            cell[0]++;
            cell[1] += share;
        }

        List<Coverage.Cell> cells(List<Kind> kinds, Map<String, Field> columns) {
            var all = new ArrayList<Coverage.Cell>();
            for (Kind kind : kinds) {
                Map<String, double[]> byField = cells.getOrDefault(kind, Map.of());
                columns.forEach((id, field) -> {
                    double[] cell = byField.getOrDefault(id, new double[2]);
                    all.add(new Coverage.Cell(kind, field, (long) cell[0], cell[1]));
                });
            }
            return all;
        }
    }

}
