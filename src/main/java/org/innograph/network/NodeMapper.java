package org.innograph.network;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/** Turns a Neo4j node into the record of its kind. */
public final class NodeMapper {

    private NodeMapper() {
    }

    public static NetworkNode toNetworkNode(Value value) {
        return toNetworkNode(value.asNode());
    }

    /**
     * Every property a node record reads; each has the name of the GraphQL field that shows it, but for
     * {@code source}, {@code asOf} and {@code synthetic}, which {@code provenance} shows
     * ({@code NodePropertiesTest} checks both against the schema).
     */
    static final List<String> PROPERTIES = List.of("id", "kind", "name", "aliases", "since", "until", "source", "asOf",
            "synthetic", "code", "regionKind", "iso2", "iso3", "m49", "officialName", "nameZh", "capital", "sovereign",
            "wikidataId", "rorId", "types", "countryCode", "city", "lat", "lng", "established", "crops", "status",
            "activityKind", "agreementKind");

    public static NetworkNode toNetworkNode(Node node) {
        return toNetworkNode(node::get);
    }

    /** The record of a node whose properties are read by name; a property left out reads as null. */
    static NetworkNode toNetworkNode(Function<String, Value> property) {
        var p = new Properties(property);
        String id = p.string("id");
        String name = p.string("name");
        List<String> aliases = p.strings("aliases");
        LocalDate since = p.date("since");
        LocalDate until = p.date("until");
        var provenance = new Provenance(p.string("source"), p.date("asOf"), p.bool("synthetic"));
        Kind kind = Kind.valueOf(p.string("kind"));
        return switch (kind) {
            case REGION -> new Region(id, name, aliases, since, until, provenance, p.string("code"), p.string("regionKind"));
            case COUNTRY -> new Country(id, name, aliases, since, until, provenance, p.string("iso2"), p.string("iso3"),
                    p.string("m49"), p.string("officialName"), p.string("nameZh"), p.string("capital"), p.bool("sovereign"),
                    p.string("wikidataId"));
            case INSTITUTION -> new Institution(id, name, aliases, since, until, provenance, p.string("rorId"),
                    p.strings("types"), p.string("countryCode"), p.string("city"), p.decimal("lat"), p.decimal("lng"),
                    p.integer("established"));
            case JOINT_LAB -> new JointLab(id, name, aliases, since, until, provenance);
            case TRANSFER_CENTER -> new TransferCenter(id, name, aliases, since, until, provenance);
            case INDUSTRIAL_PARK -> new IndustrialPark(id, name, aliases, since, until, provenance);
            case DEMO_CENTER -> new DemoCenter(id, name, aliases, since, until, provenance, p.strings("crops"));
            case PROJECT -> new Project(id, name, aliases, since, until, provenance, p.string("status"));
            case ACTIVITY -> new Activity(id, name, aliases, since, until, provenance, p.string("activityKind"), p.string("city"));
            case AGREEMENT -> new Agreement(id, name, aliases, since, until, provenance, p.string("agreementKind"));
            case FIELD -> new Field(id, name, aliases, since, until, provenance, p.string("code"));
        };
    }

    /** Typed, null-tolerant reads of node properties. */
    private record Properties(Function<String, Value> property) {

        String string(String key) {
            Value v = property.apply(key);
            return v.isNull() ? null : v.asString();
        }

        List<String> strings(String key) {
            Value v = property.apply(key);
            return v.isNull() ? List.of() : v.asList(Value::asString);
        }

        LocalDate date(String key) {
            Value v = property.apply(key);
            return v.isNull() ? null : v.asLocalDate();
        }

        boolean bool(String key) {
            Value v = property.apply(key);
            return !v.isNull() && v.asBoolean();
        }

        Integer integer(String key) {
            Value v = property.apply(key);
            return v.isNull() ? null : v.asInt();
        }

        Double decimal(String key) {
            Value v = property.apply(key);
            return v.isNull() ? null : v.asDouble();
        }
    }
}
