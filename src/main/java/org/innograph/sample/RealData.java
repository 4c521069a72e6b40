package org.innograph.sample;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;

/**
 * The real part of the sample network: regions, countries and institutions from the files derived by
 * {@code scripts/derive_sample_data.py} (sources and licences in {@code sample/SOURCES.md}), plus
 * Innograph's field vocabulary. Reading them adds their nodes and edges to a {@link SampleGraph} and keeps
 * what the synthetic generator builds on.
 */
final class RealData {

    private static final Logger log = LoggerFactory.getLogger(RealData.class);
    private static final Pattern AS_OF = Pattern.compile("as of (\\d{4}-\\d{2}(-\\d{2})?)");
    private static final Provenance ROR = new Provenance(
            "Research Organization Registry (ROR) v2.9, CC0 1.0, https://ror.org", LocalDate.of(2026, 6, 23), false);
    private static final Provenance COUNTRY_CODES =
            provenance("country-codes (datasets/country-codes, PDDL-1.0, as of 2026-05-15)");
    private static final Provenance VOCABULARY = new Provenance("Innograph field vocabulary", LocalDate.of(2026, 11, 26), false);

    record Country(String id, String iso2, String iso3, String name, boolean sovereign) {
    }

    record Region(String id, String code, String name, String kind, List<String> memberIso2) {
    }

    record Institution(String id, String name, List<String> types, String countryIso2, String city) {

        boolean hasType(String type) {
            return types.contains(type);
        }
    }

    record Field(String id, String code, String name, List<String> topics) {
    }

    final List<Country> countries = new ArrayList<>();
    final List<Region> regions = new ArrayList<>();
    final List<Institution> institutions = new ArrayList<>();
    final List<Field> fields = new ArrayList<>();

    static RealData read(SampleGraph graph) {
        var data = new RealData();
        data.readRegions(graph);
        data.readCountries(graph);
        data.readMemberships(graph);
        data.readInstitutions(graph);
        data.readInstitutionRelationships(graph);
        data.readFields(graph);
        return data;
    }

    /** The blocs (ASEAN, AU, EU...): the regions that are not UN M49 areas. */
    List<Region> blocs() {
        return regions.stream().filter(region -> !region.code().startsWith("M49-")).toList();
    }

    Map<String, Country> countriesByIso2() {
        var byIso2 = new LinkedHashMap<String, Country>();
        countries.forEach(country -> byIso2.put(country.iso2(), country));
        return byIso2;
    }

    private void readRegions(SampleGraph graph) {
        csv("regions.csv", row -> {
            Provenance provenance = provenance(row.get("source"));
            String id = graph.node(Kind.REGION, row.get("code"), provenance, Map.of(
                    "code", row.get("code"), "name", row.get("name"), "regionKind", row.get("kind"),
                    "aliases", List.of(row.get("code"))));
            regions.add(new Region(id, row.get("code"), row.get("name"), row.get("kind"), new ArrayList<>()));
            if (!row.get("parent_code").isEmpty()) {
                graph.edge(EdgeKind.PART_OF, id, Kind.REGION.id(row.get("parent_code")), provenance, Map.of());
            }
        });
    }

    private void readCountries(SampleGraph graph) {
        csv("countries.csv", row -> {
            var properties = new HashMap<String, Object>();
            properties.put("iso2", row.get("iso2"));
            properties.put("iso3", row.get("iso3"));
            properties.put("m49", row.get("m49"));
            properties.put("name", row.get("name"));
            properties.put("officialName", blankToNull(row.get("official_name")));
            properties.put("nameZh", blankToNull(row.get("name_zh")));
            properties.put("capital", blankToNull(row.get("capital")));
            properties.put("sovereign", Boolean.parseBoolean(row.get("sovereign")));
            properties.put("wikidataId", blankToNull(row.get("wikidata_id")));
            properties.put("aliases", Stream.of(row.get("iso3"), row.get("official_name"), row.get("name_zh"))
                    .filter(alias -> !alias.isBlank()).toList());
            String id = graph.node(Kind.COUNTRY, row.get("iso2"), COUNTRY_CODES, properties);
            countries.add(new Country(id, row.get("iso2"), row.get("iso3"), row.get("name"),
                    Boolean.parseBoolean(row.get("sovereign"))));
        });
    }

    private void readMemberships(SampleGraph graph) {
        Map<String, Country> byIso3 = new HashMap<>();
        countries.forEach(country -> byIso3.put(country.iso3(), country));
        Map<String, Region> regionsByCode = new HashMap<>();
        regions.forEach(region -> regionsByCode.put(region.code(), region));
        csv("country_regions.csv", row -> {
            Country country = byIso3.get(row.get("iso3"));
            Region region = regionsByCode.get(row.get("region_code"));
            region.memberIso2().add(country.iso2());
            var properties = new HashMap<String, Object>();
            properties.put("since", nullableDate(row.get("since")));
            properties.put("note", blankToNull(row.get("note")));
            graph.edge(EdgeKind.IN_REGION, country.id(), region.id(), provenance(row.get("source")), properties);
        });
    }

    private void readInstitutions(SampleGraph graph) {
        Map<String, Country> byIso2 = countriesByIso2();
        var unknownCountries = new ArrayList<String>();
        csv("institutions.csv", row -> {
            var properties = new HashMap<String, Object>();
            properties.put("rorId", row.get("ror_id"));
            properties.put("name", row.get("name"));
            properties.put("aliases", split(row.get("aliases")));
            properties.put("types", split(row.get("types")));
            // A code that names no country (ROR's XK, Kosovo, is user-assigned, not in ISO 3166's list) is left out:
            // the importer refuses an unknown country code, and the sample goes through the importer.
            properties.put("countryCode", byIso2.containsKey(row.get("country_iso2")) ? row.get("country_iso2") : null);
            properties.put("city", blankToNull(row.get("city")));
            properties.put("lat", row.get("lat").isEmpty() ? null : Double.parseDouble(row.get("lat")));
            properties.put("lng", row.get("lng").isEmpty() ? null : Double.parseDouble(row.get("lng")));
            properties.put("established", row.get("established").isEmpty() ? null : Integer.parseInt(row.get("established")));
            String id = graph.node(Kind.INSTITUTION, row.get("id"), ROR, properties);
            Country country = byIso2.get(row.get("country_iso2"));
            if (country == null) {
                unknownCountries.add(row.get("id") + " (" + row.get("country_iso2") + ")");
            }
            else {
                graph.edge(EdgeKind.LOCATED_IN, id, country.id(), ROR, Map.of());
                institutions.add(new Institution(id, row.get("name"), split(row.get("types")), country.iso2(), row.get("city")));
            }
        });
        if (!unknownCountries.isEmpty()) {
            log.warn("{} institutions have a country code that is not an ISO 3166 country: kept without it, located in no country: {}",
                    unknownCountries.size(), unknownCountries);
        }
    }

    private void readInstitutionRelationships(SampleGraph graph) {
        csv("institution_relationships.csv", row -> graph.edge(EdgeKind.valueOf(row.get("type")),
                Kind.INSTITUTION.id(row.get("from_id")), Kind.INSTITUTION.id(row.get("to_id")), ROR, Map.of()));
    }

    private void readFields(SampleGraph graph) {
        csv("fields.csv", row -> {
            String id = graph.node(Kind.FIELD, row.get("code"), VOCABULARY, Map.of(
                    "code", row.get("code"), "name", row.get("name"), "aliases", List.of(row.get("code"))));
            fields.add(new Field(id, row.get("code"), row.get("name"), split(row.get("topics"))));
        });
    }

    /** Provenance from a derived file's source column, which ends with the data's as-of date. */
    private static Provenance provenance(String source) {
        Matcher asOf = AS_OF.matcher(source);
        if (!asOf.find()) {
            throw new IllegalStateException("Source without an as-of date: " + source);
        }
        String date = asOf.group(1);
        return new Provenance(source, LocalDate.parse(date.length() == 7 ? date + "-01" : date), false);
    }

    /** A membership's since is a full date or only a year (taken as 1 January of that year). */
    private static LocalDate nullableDate(String text) {
        if (text.isEmpty()) {
            return null;
        }
        return text.length() == 4 ? LocalDate.of(Integer.parseInt(text), 1, 1) : LocalDate.parse(text);
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }

    private static List<String> split(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\\|"));
    }

    private static void csv(String file, Consumer<CSVRecord> eachRow) {
        var resource = new ClassPathResource("sample/" + file);
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            // Trimmed as the importer trims a cell (one country's capital is ' Willemstad' in the source).
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(reader)) {
                try {
                    eachRow.accept(row);
                }
                catch (RuntimeException e) {
                    throw new IllegalStateException("sample/%s row %d: %s".formatted(file, row.getRecordNumber() + 1, e.getMessage()), e);
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read sample/" + file, e);
        }
    }
}
