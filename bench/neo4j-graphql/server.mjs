// Way (c) of the Innograph benchmark: @neo4j/graphql 7 on Apollo Server, over Bolt to the same Neo4j the
// other ways use. Type definitions for Innograph's model; @cypher fields where the library cannot express
// the question (full-text search, bounded breadth-first neighbourhoods, shortest paths, region links, coverage), with
// the same hand-written Cypher as ways (a) and (e), which the harness passes in a JSON file.
//
//   node server.mjs <bolt-uri> <http-port> <cypher.json> [query-timeout-ms]
//
// With a timeout, Neo4j stops each of the library's transactions past it, as the harness bounds ways (a) and
// (e): a query of a @cypher field would otherwise run on after the client gave up, for as long as the
// database allows (30 minutes in the harness).
import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const [boltUri, port, cypherFile, queryTimeoutMs] = process.argv.slice(2);
const cypher = JSON.parse(readFileSync(cypherFile, "utf8"));

const typeDefs = /* GraphQL */ `
  type Entity @node {
    id: ID!
    kind: String
    name: String
  }

  type Participation @relationshipProperties {
    role: String
  }

  type Institution @node(labels: ["Institution", "Entity"]) {
    id: ID!
    name: String
    sortKey: String
    country: [Country!]! @relationship(type: "LOCATED_IN", direction: OUT)
    labs: [JointLab!]! @relationship(type: "PARTNER_OF", direction: OUT, properties: "Participation")
  }

  type JointLab @node(labels: ["JointLab", "Entity"]) {
    id: ID!
    name: String
    sortKey: String
    hostCountry: [Country!]! @relationship(type: "LOCATED_IN", direction: OUT)
    fields: [Field!]! @relationship(type: "IN_FIELD", direction: OUT)
    partners: [Institution!]! @relationship(type: "PARTNER_OF", direction: IN, properties: "Participation")
    projects: [Project!]! @relationship(type: "RUNS", direction: OUT)
  }

  type Project @node(labels: ["Project", "Entity"]) {
    id: ID!
    name: String
  }

  type Country @node(labels: ["Country", "Entity"]) {
    id: ID!
    name: String
    regions: [Region!]! @relationship(type: "IN_REGION", direction: OUT)
  }

  type Region @node(labels: ["Region", "Entity"]) {
    id: ID!
    name: String
    countries: [Country!]! @relationship(type: "IN_REGION", direction: IN)
  }

  type Field @node(labels: ["Field", "Entity"]) {
    id: ID!
  }

  type Hits {
    total: Int!
    top: [String!]!
  }

  type NodeSet {
    nodes: [String!]!
    edges: [String!]!
    truncated: Boolean!
  }

  type LinkPage {
    total: Int!
    page: [String!]!
  }

  type Query {
    searchHits(lucene: String!): Hits
      @cypher(statement: """${cypher.search}""", columnName: "result")
    neighbourhood1(id: ID!): NodeSet
      @cypher(statement: """${cypher["neighbourhood-1"]}""", columnName: "result")
    neighbourhood2(id: ID!): NodeSet
      @cypher(statement: """${cypher["neighbourhood-2"]}""", columnName: "result")
    neighbourhood3(id: ID!): NodeSet
      @cypher(statement: """${cypher["neighbourhood-3"]}""", columnName: "result")
    shortestPathLength(from: ID!, to: ID!): Int
      @cypher(statement: """${cypher["shortest-path"]}""", columnName: "result")
    connectingLabs(regionA: ID!, regionB: ID!): LinkPage
      @cypher(statement: """${cypher["connecting-labs"]}""", columnName: "result")
    coverageCells(field: ID!, asOf: String!): [String!]!
      @cypher(statement: """${cypher.coverage}""", columnName: "result")
  }
`;

const driver = neo4j.driver(boltUri, neo4j.auth.none());
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema });
const context = async () => (queryTimeoutMs ? { transaction: { timeout: Number(queryTimeoutMs) } } : {});
const { url } = await startStandaloneServer(server, { listen: { host: "127.0.0.1", port: Number(port) }, context });
console.log(`@neo4j/graphql on Apollo at ${url}, Neo4j at ${boltUri}`);
