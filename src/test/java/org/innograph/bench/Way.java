package org.innograph.bench;

/** The ways a question is asked, on the same database in the same run. Letters as in issue 15. */
enum Way {
    DRIVER("a", "hand-written Cypher, Neo4j Java driver over Bolt (the floor)"),
    IN_PROCESS("e", "the same Cypher in-process (GraphDatabaseService, tx.execute)"),
    GRAPHQL("d", "Innograph GraphQL over HTTP, embedded default"),
    GRAPHQL_BOLT("d-bolt", "a second Innograph over HTTP, against the same Neo4j over Bolt"),
    NEO4J_GRAPHQL("c", "@neo4j/graphql 7 on Apollo Server");

    final String letter;
    final String description;

    Way(String letter, String description) {
        this.letter = letter;
        this.description = description;
    }
}
