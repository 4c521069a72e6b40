package org.innograph.network;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import graphql.language.FieldDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which node properties a query fetches for a GraphQL selection. */
class NodePropertiesTest {

    private static final Set<String> SCALARS = Set.of("ID", "String", "Int", "Float", "Boolean", "Date", "Kind");

    @Test
    void everyScalarFieldOfANodeTypeIsAPropertyOfTheSameName() throws IOException {
        Set<String> shown = new HashSet<>();
        for (ObjectTypeDefinition type : nodeTypes()) {
            for (FieldDefinition field : type.getFieldDefinitions()) {
                if (SCALARS.contains(typeName(field.getType()))) {
                    assertThat(NodeMapper.PROPERTIES).as(type.getName() + "." + field.getName()).contains(field.getName());
                    shown.add(field.getName());
                }
            }
        }
        // What no field of a node type shows by its own name is shown by provenance.
        assertThat(NodeMapper.PROPERTIES).filteredOn(name -> !shown.contains(name))
                .containsExactlyInAnyOrder("source", "asOf", "synthetic");
    }

    @Test
    void aSelectionFetchesIdKindAndWhatItsFieldsShow() {
        assertThat(NodeProperties.selectedBy(Set.of("nodes", "name", "partners")).names()).containsExactly("id", "kind", "name");
    }

    @Test
    void provenanceFetchesItsSourceDateAndSyntheticFlag() {
        assertThat(NodeProperties.selectedBy(Set.of("provenance", "source")).names())
                .containsExactly("id", "kind", "source", "asOf", "synthetic");
    }

    @Test
    void outsideARequestEveryPropertyIsFetched() {
        assertThat(NodeProperties.ofCurrentRequest().names()).isEqualTo(NodeMapper.PROPERTIES);
    }

    private static List<ObjectTypeDefinition> nodeTypes() throws IOException {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        try (Stream<Path> files = Files.list(Path.of("graphql"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".graphqls")).toList()) {
                registry.merge(new SchemaParser().parse(Files.readString(file)));
            }
        }
        return registry.getTypes(ObjectTypeDefinition.class).stream()
                .filter(type -> type.getImplements().stream().anyMatch(i -> i instanceof TypeName name && name.getName().equals("Node")))
                .toList();
    }

    private static String typeName(Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return typeName(nonNull.getType());
        }
        if (type instanceof ListType list) {
            return typeName(list.getType());
        }
        return ((TypeName) type).getName();
    }
}
