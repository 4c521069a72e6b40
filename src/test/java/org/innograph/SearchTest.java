package org.innograph;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code search} as its schema describes it: case and diacritics make no difference, words in scripts
 * written without spaces match as phrases, and the best matches come first on exact pages. Expected ids come
 * from the ROR names and aliases in {@code sample/institutions.csv}, not from the index.
 */
class SearchTest extends IntegrationTest {

    private static final List<String> INSTITUTIONS = List.of("INSTITUTION");

    /** ROR names and aliases by node id, read from the sample file itself. */
    private static final Map<String, List<String>> NAMES = institutionNames();

    @Nested
    class CaseAndDiacritics {

        @Test
        void textTypedWithoutAccentsFindsTheAccentedName() {
            // Université de Yaoundé I, https://ror.org/022zbs961
            assertThat(searchIds("universite de yaounde", INSTITUTIONS, 10)).first().isEqualTo("ror:022zbs961");
        }

        @Test
        void accentsAndCapitalsMakeNoDifference() {
            List<String> plain = searchIds("universite de yaounde", INSTITUTIONS, 10);
            assertThat(plain).containsExactly("ror:022zbs961", "ror:0479azd18");
            assertThat(searchIds("Université de Yaoundé", INSTITUTIONS, 10)).isEqualTo(plain);
            assertThat(searchIds("UNIVERSITÉ DE YAOUNDÉ", INSTITUTIONS, 10)).isEqualTo(plain);
        }

        @ParameterizedTest(name = "\"{0}\" finds {2}")
        @CsvSource(delimiter = '|', textBlock = """
                universidade federal de sao paulo     | ror:02k5swt12 | Universidade Federal de São Paulo
                turkiye bilimsel ve teknolojik        | ror:04w9kkr77 | Türkiye Bilimsel ve Teknolojik Araştırma Kurumu
                dai hoc quoc te thanh pho ho chi minh | ror:003szmg30 | Đại học Quốc Tế Thành phố Hồ Chí Minh
                universitat strassburg                | ror:00pg6eq24 | Universität Straßburg
                medunarodno sveuciliste u sarajevu    | ror:01aa4jj71 | Međunarodno sveučilište u Sarajevu
                probel yazilim                        | ror:002mb1428 | Probel Yazılım ve Bilişim Sistemleri
                kobenhavns professionshojskole        | ror:004r9h172 | Københavns Professionshøjskole
                embaetti landlaeknis                  | ror:000qr7b45 | Embætti landlæknis
                """)
        void aNameTypedInPlainLettersFindsItsInstitutionFirst(String typed, String id, String stored) {
            assertThat(NAMES.get(id)).as("the sample file").contains(stored);
            assertThat(searchIds(typed, INSTITUTIONS, 10)).first().isEqualTo(id);
        }

        @Test
        void theUnfinishedLastWordIsFoldedToo() {
            // Lucene does not analyse prefixes; Universität Straßburg is indexed as "universitat strassburg".
            assertThat(searchIds("Universität Straßb", INSTITUTIONS, 10)).contains("ror:00pg6eq24");
        }

        @Test
        void turkishCapitalDottedIIsAnI() {
            // İstanbul Aydın Üniversitesi, https://ror.org/00qsyw664
            assertThat(searchIds("İSTANBUL AYDIN ÜNİVERSİTESİ", INSTITUTIONS, 10)).first().isEqualTo("ror:00qsyw664");
        }

        @Test
        void capitalsFoldInOtherScripts() {
            // Московский физико-технический институт, https://ror.org/00v0z9322
            assertThat(searchIds("МОСКОВСКИЙ ФИЗИКО-ТЕХНИЧЕСКИЙ ИНСТИТУТ", INSTITUTIONS, 10)).first().isEqualTo("ror:00v0z9322");
        }
    }

    @Nested
    class ScriptsWithoutSpaces {

        @Test
        void aChineseNameMatchesAsAWholeNotCharacterByCharacter() {
            GraphQlTester.Response response = search("复旦大学", INSTITUTIONS, 100, null);
            List<String> ids = response.path("search.edges[*].node.id").entityList(String.class).get();
            // Fudan University, https://ror.org/013q1eq08; Dalian University (大连大学), https://ror.org/00g2ypp58
            assertThat(ids).contains("ror:013q1eq08").doesNotContain("ror:00g2ypp58");
            response.path("search.totalCount").entity(Long.class).isEqualTo((long) namesContaining("复旦大学").size());
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"复旦大学", "大连大学", "清华", "東京大学", "トウキョウ", "서울대", "대학교", "清", "มหิดล", "มหาวิทยาลัย"})
        void findsExactlyTheInstitutionsWhoseNamesHoldTheTypedCharactersInOrder(String typed) {
            List<String> expected = namesContaining(typed);
            assertThat(expected).as("the sample file").isNotEmpty().hasSizeLessThanOrEqualTo(100);
            assertThat(searchIds(typed, INSTITUTIONS, 100)).containsExactlyInAnyOrderElementsOf(expected);
        }

        @Test
        void theWholeNameComesBeforeLongerNamesThatHoldIt() {
            // 复旦大学上海医学院 and 复旦大学附属中山医院 hold Fudan's name too.
            assertThat(searchIds("复旦大学", INSTITUTIONS, 10)).first().isEqualTo("ror:013q1eq08");
            // Tsinghua University (清华大学), https://ror.org/03cve4549
            assertThat(searchIds("清华", null, 10)).first().isEqualTo("ror:03cve4549");
        }

        @Test
        void wordsSeparatedByAnIdeographicSpaceMustEachMatch() {
            assertThat(searchIds("東京\u3000大学", INSTITUTIONS, 100))
                    .containsExactlyInAnyOrderElementsOf(namesContainingAll("東京", "大学"));
        }
    }

    @Nested
    class Paging {

        @Test
        void everyPageOfAChineseWordTogetherHoldsEachMatchingInstitutionOnce() {
            var ids = new ArrayList<String>();
            String after = null;
            long total;
            do {
                GraphQlTester.Response page = search("大学", INSTITUTIONS, 100, after);
                total = page.path("search.totalCount").entity(Long.class).get();
                ids.addAll(page.path("search.edges[*].node.id").entityList(String.class).get());
                after = page.path("search.pageInfo.hasNextPage").entity(Boolean.class).get()
                        ? page.path("search.pageInfo.endCursor").entity(String.class).get() : null;
            } while (after != null);
            assertThat(ids).doesNotHaveDuplicates().hasSize((int) total).hasSizeGreaterThan(100)
                    .containsExactlyInAnyOrderElementsOf(namesContaining("大学"));
        }
    }

    private GraphQlTester.Response search(String text, List<String> kinds, int first, String after) {
        return graphQl.documentName("search").variable("text", text).variable("kinds", kinds).variable("first", first)
                .variable("after", after).execute();
    }

    private List<String> searchIds(String text, List<String> kinds, int first) {
        return search(text, kinds, first, null).path("search.edges[*].node.id").entityList(String.class).get();
    }

    /** The institutions with a name or alias that holds this string. */
    private static List<String> namesContaining(String part) {
        return namesContainingAll(part);
    }

    /** The institutions whose names and aliases hold each of these strings, in one of them or another. */
    private static List<String> namesContainingAll(String... parts) {
        return NAMES.entrySet().stream()
                .filter(entry -> Arrays.stream(parts).allMatch(part -> entry.getValue().stream().anyMatch(name -> name.contains(part))))
                .map(Map.Entry::getKey).toList();
    }

    private static Map<String, List<String>> institutionNames() {
        var names = new LinkedHashMap<String, List<String>>();
        try (Reader reader = new InputStreamReader(new ClassPathResource("sample/institutions.csv").getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                names.put("ror:" + row.get("id"), Stream.concat(Stream.of(row.get("name")),
                        Arrays.stream(row.get("aliases").split("\\|")).filter(alias -> !alias.isEmpty())).toList());
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
