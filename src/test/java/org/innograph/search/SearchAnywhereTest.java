package org.innograph.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.innograph.IntegrationTest;
import org.innograph.database.QueryRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A search with no place or field filter runs {@code search/search-anywhere} and {@code search/count-anywhere};
 * they must answer as {@code search/search} and {@code search/count} with those filters null, page by page,
 * ties in score included (broken by id in both).
 */
class SearchAnywhereTest extends IntegrationTest {

    @Autowired
    QueryRunner queries;

    /** Texts, the kinds asked for (comma-separated, or null) and page sizes: many hits, none, CJK, ties. */
    static Stream<Arguments> searches() {
        return Stream.of(Arguments.of("university", null, 7), Arguments.of("university", "INSTITUTION", 50),
                Arguments.of("cooperation", null, 5), Arguments.of("project", "PROJECT,JOINT_LAB", 9),
                Arguments.of("institute of tec", null, 3), Arguments.of("大学", "INSTITUTION", 40),
                Arguments.of("nothing-like-it", null, 10));
    }

    @ParameterizedTest(name = "\"{0}\", kinds {1}, pages of {2}")
    @MethodSource("searches")
    void pagesAndTotalsAreThoseOfTheFilteredFilesWithNoFilter(String text, String kinds, int pageSize) {
        Map<String, Object> params = parameters(text, kinds == null ? null : List.of(kinds.split(",")));
        assertThat(total("search/count-anywhere", params)).isEqualTo(total("search/count", params));
        List<Map.Entry<String, Double>> anywhere = allPages("search/search-anywhere", params, pageSize);
        assertThat(anywhere).isEqualTo(allPages("search/search", params, pageSize))
                .hasSize((int) total("search/count", params));
    }

    @ParameterizedTest(name = "\"{0}\", kinds {1}, pages of {2}")
    @MethodSource("searches")
    void onTheKernelApiPagesAndTotalsAreThoseOfTheFiles(String text, String kinds, int pageSize) {
        Map<String, Object> params = parameters(text, kinds == null ? null : List.of(kinds.split(",")));

        List<Map.Entry<String, Double>> walked = allPagesByTraversal(params, pageSize);

        assertThat(walked).isEqualTo(allPages("search/search-anywhere", params, pageSize));
        SearchTraversal.Found first = traversal(params, 1, null, null);
        assertThat(first.total()).isEqualTo(total("search/count-anywhere", params));
        // The properties asked for, in their order: id, kind.
        first.page().forEach(hit -> assertThat(hit.properties().get(0).asString()).isEqualTo(hit.id()));
        first.page().forEach(hit -> assertThat(kinds == null || List.of(kinds.split(",")).contains(hit.properties().get(1).asString())).isTrue());
    }

    /** Else the pages above would not show that both files break ties alike. */
    @Test
    void hitsTiedInScoreRunAcrossPageEnds() {
        List<Map.Entry<String, Double>> hits = allPages("search/search-anywhere", parameters("cooperation", null), 5);
        long tiedAcrossAnEnd = IntStream.range(1, hits.size() / 5)
                .filter(page -> hits.get(page * 5 - 1).getValue().equals(hits.get(page * 5).getValue())).count();
        assertThat(tiedAcrossAnEnd).isGreaterThan(2);
    }

    /** As SearchController sets them, with no place or field filter. */
    private static Map<String, Object> parameters(String text, List<String> kinds) {
        LuceneQuery query = LuceneQuery.of(text);
        var params = new HashMap<String, Object>();
        params.put("index", query.index().indexName());
        params.put("query", query.text());
        params.put("kinds", kinds);
        params.put("country", null);
        params.put("region", null);
        params.put("field", null);
        params.put("properties", List.of("id"));
        return params;
    }

    private long total(String file, Map<String, Object> params) {
        return queries.single(file, params, row -> row.get("total").asLong()).orElseThrow();
    }

    /** One page and the total by {@link SearchTraversal}. */
    private SearchTraversal.Found traversal(Map<String, Object> params, int limit, Double afterScore, String afterId) {
        @SuppressWarnings("unchecked")
        List<String> kinds = (List<String>) params.get("kinds");
        return queries.traverse("test", tx -> SearchTraversal.search(tx, (String) params.get("index"), (String) params.get("query"),
                kinds == null ? null : Set.copyOf(kinds), afterScore, afterId, limit, List.of("id", "kind"), true)).orElseThrow().orElseThrow();
    }

    /** As {@link #allPages}, by {@link SearchTraversal}. */
    private List<Map.Entry<String, Double>> allPagesByTraversal(Map<String, Object> params, int pageSize) {
        var hits = new ArrayList<Map.Entry<String, Double>>();
        List<SearchTraversal.Hit> fetched;
        Double afterScore = null;
        String afterId = null;
        do {
            fetched = traversal(params, pageSize, afterScore, afterId).page();
            fetched.forEach(hit -> hits.add(Map.entry(hit.properties().get(0).asString(), hit.score())));
            if (!fetched.isEmpty()) {
                afterScore = fetched.get(fetched.size() - 1).score();
                afterId = fetched.get(fetched.size() - 1).id();
            }
        } while (fetched.size() == pageSize);
        return hits;
    }

    /** Every hit, as (id, score), read a page at a time after the last hit of the page before. */
    private List<Map.Entry<String, Double>> allPages(String file, Map<String, Object> params, int pageSize) {
        var hits = new ArrayList<Map.Entry<String, Double>>();
        var page = new HashMap<>(params);
        page.put("limit", pageSize);
        page.put("afterScore", null);
        page.put("afterId", null);
        List<Map.Entry<String, Double>> fetched;
        do {
            fetched = queries.list(file, page,
                    row -> Map.entry(row.get("properties").get(0).asString(), row.get("score").asDouble()));
            hits.addAll(fetched);
            if (!fetched.isEmpty()) {
                page.put("afterScore", fetched.get(fetched.size() - 1).getValue());
                page.put("afterId", fetched.get(fetched.size() - 1).getKey());
            }
        } while (fetched.size() == pageSize);
        return hits;
    }
}
