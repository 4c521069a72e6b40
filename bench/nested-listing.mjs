// The benchmark's nested listing (region > countries; region > 100 institutions > labs > projects) asked of a
// running Innograph over and over, round-robin over every region, and its p50; then, per region, the p50 of
// the listing of its first 100 institutions alone. No dependencies (Node 18+). Start the service first, e.g. on
// a 1m import: java -jar target/innograph-*.jar --server.port=18311 --innograph.neo4j.embedded.data-directory=DIR
//   node bench/nested-listing.mjs [graphql-url]      (ROUNDS=6 rounds of N=400 requests; the first ones warm up)
const url = process.argv[2] || 'http://127.0.0.1:18311/graphql';
const rounds = +(process.env.ROUNDS || 6);
const n = +(process.env.N || 400);
const nested = `query($region: ID!) {
  node(id: $region) { ... on Region { countries { id } } }
  institutions(region: $region, first: 100) { nodes { id country { id } labs { id projects { id } } } }
}`;
const listing = `query($region: ID!) { institutions(region: $region, first: 100) { nodes { id } } }`;

async function post(query, variables) {
  const response = await fetch(url, {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify({query, variables})});
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 400));
  return body.data;
}
const p50 = times => [...times].sort((a, b) => a - b)[times.length >> 1];
async function timed(query, variables) {
  const started = performance.now();
  await post(query, variables);
  return performance.now() - started;
}

const regions = (await post('{ regions(first: 100) { nodes { id name } } }')).regions.nodes;
for (let round = 1; round <= rounds; round++) {
  const times = [];
  for (let i = 0; i < n; i++) times.push(await timed(nested, {region: regions[i % regions.length].id}));
  console.log(`nested listing, round ${round}: ${n} requests over ${regions.length} regions, p50 ${p50(times).toFixed(2)} ms`);
}
const perRegion = [];
for (const region of regions) {
  const times = [];
  for (let i = 0; i < 15; i++) times.push(await timed(listing, {region: region.id}));
  perRegion.push([p50(times), region]);
}
perRegion.sort((a, b) => b[0] - a[0]);
console.log('100 institutions of a region, p50 of 15 requests, slowest first:');
for (const [time, region] of perRegion) console.log(`  ${time.toFixed(2)} ms  ${region.id} ${region.name}`);
