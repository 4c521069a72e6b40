// The GraphQL documents the page sends: each a question of the public API (graphql/*.graphqls).

const SUBGRAPH = 'truncated nodes { id kind label properties } edges { id source target kind properties }';

export const START = `{
  stats { totalNodes totalEdges }
  regions(first: 100) { nodes { id code name regionKind } }
  fields(first: 100) { nodes { id name } }
}`;

export const DETAILS = `query Details($id: ID!) {
  node(id: $id) {
    id kind name aliases since until provenance { source asOf synthetic }
    ... on Institution { country { id name } city types established rorId }
    ... on Country { iso2 iso3 capital regions { id name } }
    ... on Region { code regionKind }
    ... on JointLab { hostCountry { id name } fields { id name } }
    ... on TransferCenter { hostCountry { id name } serves { id name } }
    ... on IndustrialPark { hostCountry { id name } fields { id name } }
    ... on DemoCenter { hostCountry { id name } fields { id name } crops }
    ... on Project { status fields { id name } }
    ... on Activity { activityKind city country { id name } fields { id name } }
    ... on Agreement { agreementKind }
    ... on Field { code }
  }
}`;

export const NEIGHBOURHOOD = `query Neighbourhood($id: ID!, $depth: Int, $nodeKinds: [Kind!], $fields: [ID!], $asOf: Date, $limit: Int) {
  neighbourhood(id: $id, depth: $depth, nodeKinds: $nodeKinds, fields: $fields, asOf: $asOf, limit: $limit) { ${SUBGRAPH} }
}`;

export const FIELD_MEMBERS = `query FieldMembers($id: ID!) {
  neighbourhood(id: $id, depth: 1, edgeKinds: [IN_FIELD], limit: 5000) { truncated nodes { id } }
}`;

export const PATHS = `query Paths($from: ID!, $to: ID!, $k: Int, $via: [Kind!], $edgeKinds: [EdgeKind!], $asOf: Date, $maxHops: Int) {
  kShortestPaths(from: $from, to: $to, k: $k, via: $via, edgeKinds: $edgeKinds, asOf: $asOf, maxHops: $maxHops) {
    length nodeIds subgraph { ${SUBGRAPH} }
  }
}`;

const EVIDENCE = 'institution { id name } country { id name } role';

export const CONNECT = `query Connect($regionA: ID!, $regionB: ID!, $kind: Kind, $field: ID, $asOf: Date) {
  connectingLabs(regionA: $regionA, regionB: $regionB, kind: $kind, field: $field, asOf: $asOf, first: 100) {
    totalCount truncated
    links { node { id kind name } sideA { ${EVIDENCE} } sideB { ${EVIDENCE} } }
    subgraph { ${SUBGRAPH} }
  }
}`;

export const MATRIX = `query Matrix($regions: [ID!]!, $kind: Kind, $field: ID, $asOf: Date) {
  regionMatrix(regions: $regions, kind: $kind, field: $field, asOf: $asOf) {
    regions { id code name }
    cells { regionA { id } regionB { id } labs projects parks demoCenters transferCenters agreements weight }
  }
}`;

export const COVERAGE = `query Coverage($groupBy: CoverageGroup, $fields: [ID!], $asOf: Date) {
  coverage(groupBy: $groupBy, fields: $fields, asOf: $asOf, first: 300) {
    totalCount truncated
    rows { area { id kind name } cells { kind count share } }
    unplaced { kind count share }
  }
}`;

const GAP_LIST = `totalCount truncated rows { code reason nodeIds nodes { id name kind } value } subgraph { ${SUBGRAPH} }`;

/** One gap report of `gaps(asOf)` with `first` and its own arguments (`takes`: each argument's GraphQL type). */
export function gapReport(report, takes) {
  const names = ['first', ...Object.keys(takes)];
  const types = { first: 'Int', ...takes };
  return `query Gaps($asOf: Date, ${names.map(n => `$${n}: ${types[n]}`).join(', ')}) {
  gaps(asOf: $asOf) { report: ${report}(${names.map(n => `${n}: $${n}`).join(', ')}) { ${GAP_LIST} } }
}`;
}
