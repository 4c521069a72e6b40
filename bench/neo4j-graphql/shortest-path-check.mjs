// Checks Innograph's shortestPath against Neo4j's legacy shortestPath() on the same database, and times it:
// 400 seeded pairs of institutions that take part in something (or the pairs in PAIRS, "from to,from to"),
// the reference over Bolt, Innograph's answer through GraphQL, one client. Run by hand against a service
// started with Bolt on (README, "PROFILE notes for the hot queries"); after `npm ci` here:
//   node shortest-path-check.mjs [bolt-uri] [graphql-url]
import neo4j from 'neo4j-driver';
const bolt = process.argv[2] ?? 'bolt://127.0.0.1:17611';
const graphql = process.argv[3] ?? 'http://127.0.0.1:18311/graphql';
const driver = neo4j.driver(bolt);
const s = driver.session();
const ids = (await s.run("MATCH (i:Institution) WHERE EXISTS { (i)-[:PARTNER_OF|PARTICIPATES_IN|OPERATES]->() } RETURN i.id AS id ORDER BY id")).records.map(r => r.get('id'));
let seed = 20261128;
const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const pairs = process.env.PAIRS ? process.env.PAIRS.split(',').map(x => x.split(' ')) : [];
while (!process.env.PAIRS && pairs.length < 400) { const a = ids[Math.floor(rnd() * ids.length)], b = ids[Math.floor(rnd() * ids.length)]; if (a !== b) pairs.push([a, b]); }
const times = []; let same = 0, differ = 0, refTimeouts = 0, errors = 0;
for (const [a, b] of pairs) {
  let ref = null;
  try {
    const r = await s.executeRead(tx => tx.run("MATCH (a:Entity {id: $a}), (z:Entity {id: $b}) MATCH p = shortestPath((a)-[:PARTNER_OF|PARTICIPATES_IN|OPERATES|COOPERATES_WITH*..6]-(z)) RETURN length(p) AS l", {a, b}), {timeout: 60000});
    ref = r.records.length ? r.records[0].get('l').toNumber() : null;
  } catch (e) { refTimeouts++; ref = 'timeout'; }
  const t0 = performance.now();
  const res = await fetch(graphql, {method: 'POST', headers: {'Content-Type': 'application/json'},
    body: JSON.stringify({query: 'query($a: ID!, $b: ID!) { shortestPath(from: $a, to: $b) { length } }', variables: {a, b}})});
  const body = await res.json();
  times.push(performance.now() - t0);
  if (body.errors) { errors++; console.log('error', a, b, JSON.stringify(body.errors).slice(0, 200)); continue; }
  const got = body.data.shortestPath ? body.data.shortestPath.length : null;
  if (got === ref) same++; else { differ++; console.log('differ', a, b, 'innograph', got, 'reference', ref); }
}
times.sort((x, y) => x - y);
const q = p => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
console.log(`pairs ${pairs.length}: same length ${same}, different ${differ}, errors ${errors}, reference timeouts ${refTimeouts}; GraphQL ms p50 ${q(0.5)} p90 ${q(0.9)} p99 ${q(0.99)} max ${times[times.length - 1].toFixed(1)}`);
await s.close(); await driver.close();
