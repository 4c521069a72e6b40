package org.innograph.graphql;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The lexical count that refuses oversized documents before they are parsed. */
class QueryTextTest {

    @Test
    void aliasesAreNamesFollowedByAColonInASelectionSet() {
        assertThat(QueryText.of("{ a: node(id: \"x\") { id } b: stats { totalNodes } }").aliases()).isEqualTo(2);
    }

    @Test
    void argumentsVariablesAndInputObjectsAreNotAliases() {
        String query = "query q($id: ID! = \"a\", $k: [Kind!]) { node(id: $id) { id } search(text: \"x\", kinds: $k, first: 1) { totalCount } }";
        assertThat(QueryText.of(query).aliases()).isZero();
    }

    @Test
    void stringsAndCommentsAreSkipped() {
        String query = "# a: b: c:\n{ node(id: \"a: b: c\") { id } x: stats { totalNodes } } # y: z";
        assertThat(QueryText.of(query).aliases()).isEqualTo(1);
        assertThat(QueryText.of("{ search(text: \"\"\"long: \\\"\"\" text\"\"\") { totalCount } }").aliases()).isZero();
    }

    @Test
    void tokensAreCountedAsTheParserWouldRoughly() {
        // { node ( id : "country:KE" ) { id } } = 11 tokens
        assertThat(QueryText.of("{ node(id: \"country:KE\") { id } }").tokens()).isEqualTo(11);
    }
}
