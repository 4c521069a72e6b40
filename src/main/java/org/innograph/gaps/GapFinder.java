package org.innograph.gaps;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.innograph.database.QueryRunner;
import org.innograph.graphql.InvalidArgumentException;
import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.innograph.network.ReferencedIds;
import org.innograph.regions.RegionMatrix;
import org.innograph.regions.RegionTies;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * The gap reports. Each runs one named query of {@code cypher/gaps/} that finds the gaps, cuts the page and
 * counts them all; this turns each row into a {@link Gap} with its reason. Region pairs ask the region
 * matrix ({@link RegionTies}), so that a weak pair is weak by the same rule {@code regionMatrix} counts by.
 */
@Component
class GapFinder {

    static final int MAX_FIRST = 500;
    /** What involves an institution in a node when an agreement's activity is looked for: attending counts. */
    private static final Set<EdgeKind> INVOLVEMENT = EnumSet.of(EdgeKind.PARTNER_OF, EdgeKind.PARTICIPATES_IN,
            EdgeKind.OPERATES, EdgeKind.ORGANISES, EdgeKind.ATTENDS);
    private static final List<Kind> ACTIVE_KINDS = List.of(Kind.JOINT_LAB, Kind.PROJECT, Kind.INDUSTRIAL_PARK,
            Kind.DEMO_CENTER, Kind.TRANSFER_CENTER, Kind.ACTIVITY);

    private final QueryRunner queries;
    private final ReferencedIds referencedIds;
    private final RegionTies regionTies;

    GapFinder(QueryRunner queries, ReferencedIds referencedIds, RegionTies regionTies) {
        this.queries = queries;
        this.referencedIds = referencedIds;
        this.regionTies = regionTies;
    }

    GapList agreementsWithout(Kind kind, LocalDate asOf, int first) {
        GapCode code = kind == Kind.JOINT_LAB ? GapCode.AGREEMENT_WITHOUT_LAB : GapCode.AGREEMENT_WITHOUT_PROJECT;
        String what = kind == Kind.JOINT_LAB ? "joint lab" : "project";
        var params = params(asOf, first);
        params.put("kind", kind);
        params.put("participation", EdgeKind.PARTICIPATION);
        return page("gaps/agreement-without", params, row -> {
            List<String> agreements = row.get("agreements").asList(Value::asString);
            var ids = new ArrayList<String>(List.of(row.get("id").asString()));
            ids.addAll(agreements);
            return new Gap(code, "%s signed %d S&T agreement%s (%s) but hosts no %s and none of its institutions takes part in one"
                    .formatted(row.get("name").asString(), agreements.size(), agreements.size() == 1 ? "" : "s",
                            String.join(", ", agreements), what), ids, null);
        });
    }

    GapList regionsWithoutTransferCenter(LocalDate asOf, int first) {
        return page("gaps/regions-without-transfer-center", params(asOf, first), row -> new Gap(
                GapCode.REGION_WITHOUT_TRANSFER_CENTER,
                "No transfer centre serves %s or a region it is part of".formatted(row.get("name").asString()),
                List.of(row.get("id").asString()), null));
    }

    GapList fieldsWithoutLabs(List<String> regions, List<String> fields, LocalDate asOf, int first) {
        if (regions != null) {
            regions.forEach(region -> referencedIds.check("regions", region, Kind.REGION));
        }
        if (fields != null) {
            fields.forEach(field -> referencedIds.check("fields", field, Kind.FIELD));
        }
        var params = params(asOf, first);
        params.put("regions", regions);
        params.put("fields", fields);
        return page("gaps/fields-without-labs", params, row -> new Gap(GapCode.FIELD_WITHOUT_LAB,
                "No joint lab in %s is located in %s or has a partner there".formatted(row.get("fieldName").asString(),
                        row.get("regionName").asString()),
                List.of(row.get("region").asString(), row.get("field").asString()), null));
    }

    GapList weakRegionPairs(List<String> regions, int threshold, String field, Kind kind, LocalDate asOf, int first) {
        InvalidArgumentException.requireBetweenOneAnd("first", MAX_FIRST, first);
        if (threshold < 1) {
            throw new InvalidArgumentException("threshold", "threshold must be at least 1, was " + threshold);
        }
        RegionMatrix matrix = regionTies.between(regions, field, asOf, kind);
        String counted = kind == null ? "labs, projects, parks, centres and agreements" : kind.name();
        var gaps = new ArrayList<Gap>();
        for (RegionMatrix.MatrixCell cell : matrix.cells()) {
            if (cell.regionA().id().equals(cell.regionB().id()) || cell.weight() >= threshold) {
                continue;
            }
            String pair = cell.regionA().name() + " and " + cell.regionB().name();
            gaps.add(cell.weight() == 0
                    ? new Gap(GapCode.NO_REGION_TIE, "Nothing (%s) connects %s".formatted(counted, pair),
                            List.of(cell.regionA().id(), cell.regionB().id()), 0.0)
                    : new Gap(GapCode.WEAK_REGION_TIE, "Only %d (%s) connect%s %s, fewer than %d".formatted(cell.weight(), counted,
                            cell.weight() == 1 ? "s" : "", pair, threshold),
                            List.of(cell.regionA().id(), cell.regionB().id()), (double) cell.weight()));
        }
        // The absent ties first, then the weakest.
        gaps.sort((a, b) -> Double.compare(a.value(), b.value()));
        return GapList.of(gaps.subList(0, Math.min(first, gaps.size())), gaps.size());
    }

    GapList institutionsInNoLab(LocalDate asOf, int first) {
        return page("gaps/institutions-in-no-lab", params(asOf, first), row -> {
            long projects = row.get("projectCount").asLong();
            var ids = new ArrayList<String>(List.of(row.get("id").asString()));
            ids.addAll(row.get("projects").asList(Value::asString));
            return new Gap(GapCode.INSTITUTION_IN_NO_LAB, "%s takes part in %d project%s%s but is a partner of no joint lab"
                    .formatted(row.get("name").asString(), projects, projects == 1 ? "" : "s",
                            projects > 20 ? " (the first 20 listed)" : ""), ids, (double) projects);
        });
    }

    GapList dormantAgreements(LocalDate since, LocalDate asOf, int first) {
        if (asOf != null && since.isAfter(asOf)) {
            throw new InvalidArgumentException("since", "since %s is after asOf %s".formatted(since, asOf));
        }
        var params = params(asOf, first);
        params.put("since", since);
        params.put("kinds", ACTIVE_KINDS);
        params.put("involvement", INVOLVEMENT);
        return page("gaps/dormant-agreements", params, row -> {
            List<String> signatories = row.get("signatories").asList(Value::asString);
            var ids = new ArrayList<String>(List.of(row.get("id").asString()));
            ids.addAll(signatories);
            return new Gap(GapCode.DORMANT_AGREEMENT,
                    "Nothing started since %s (lab, project, park, centre or activity) has participants in two of the %d signatories of %s"
                            .formatted(since, signatories.size(), row.get("name").asString()), ids, null);
        });
    }

    private Map<String, Object> params(LocalDate asOf, int first) {
        InvalidArgumentException.requireBetweenOneAnd("first", MAX_FIRST, first);
        var params = new HashMap<String, Object>();
        params.put("asOf", asOf);
        params.put("first", first);
        return params;
    }

    /** Runs a query of the {total, page row...} shape, where an empty page is one row of nulls but the total. */
    private GapList page(String query, Map<String, Object> params, Function<Record, Gap> gap) {
        List<Record> rows = queries.list(query, params, row -> row);
        long total = rows.isEmpty() ? 0 : rows.get(0).get("total").asLong();
        String key = rows.isEmpty() ? null : rows.get(0).keys().get(1);
        List<Gap> gaps = rows.stream().filter(row -> !row.get(key).isNull()).map(gap).toList();
        return GapList.of(gaps, total);
    }
}
