// The explorer page: wires the controls to the GraphQL API and the drawing, and keeps the view in the URL.
import { graphql } from './api.js';
import { NODE_KINDS, EDGE_KINDS, PATH_DEFAULT_EDGES, shapeSvg, lineSvg } from './kinds.js';
import { Drawing } from './drawing.js';
import { SearchBox } from './search-box.js';
import { graphml, gexf, download } from './graph-files.js';
import * as Q from './queries.js';
import { readUrl, writeUrl } from './url-state.js';
import { REPORTS, coverageTable, gapTable } from './gaps-panel.js';
import { NodeList } from './node-list.js';

const $ = id => document.getElementById(id);

/** What the URL holds: enough to replay the view (see url-state.js). */
const initialState = () => ({
  sel: null, open: [], expand: [], from: null, to: null, ra: null, rb: null, rk: null, mx: null, mk: null, cov: null, cc: null,
  gap: null, gr: null, gf: null, gk: null, gt: null, gs: null, gn: null,
});
const state = initialState();
let regions = [];
let lastQuestion = null;
let busy = 0;
let detailsId = null;
let searchBoxes = [];
/** Every control as start() set it up, before the URL was replayed: what replay() puts back. */
let initialControls = [];

const drawing = new Drawing($('graph'), { onSelect: id => showDetails(id), onOpen: id => expand(id) });
const nodeList = new NodeList($('drawn-list'), $('drawn-note'), { onOpen: id => open(id) });

// ---- progress, notices, errors -------------------------------------------------------------------------

/** Runs one question with progress shown; its failure shows the API's error text. */
async function run(label, question) {
  busy++;
  document.body.dataset.busy = String(busy);
  $('progress-text').textContent = `${label}…`;
  $('progress').hidden = false;
  $('error').hidden = true;
  try {
    return await question();
  } catch (e) {
    if (e.name === 'AbortError') return undefined;
    $('error').textContent = `${label} failed: ${e.message}`;
    $('error').hidden = false;
    return undefined;
  } finally {
    busy--;
    document.body.dataset.busy = String(busy);
    if (!busy) $('progress').hidden = true;
    refreshCounts();
  }
}

function notice(text) {
  $('notice').textContent = text || '';
  $('notice').hidden = !text;
}

// ---- controls -------------------------------------------------------------------------------------------

function checkboxes(fieldset, name, values, label) {
  for (const value of values) {
    const id = `${name}-${value}`;
    const wrap = document.createElement('label');
    wrap.htmlFor = id;
    wrap.innerHTML = `<input type="checkbox" id="${id}" name="${name}" value="${value}"> ${label(value)}`;
    fieldset.append(wrap);
  }
}

function checked(name) {
  return [...document.querySelectorAll(`input[name=${name}]:checked`)].map(i => i.value);
}

function setChecked(name, values) {
  document.querySelectorAll(`input[name=${name}]`).forEach(i => { i.checked = values.includes(i.value); });
}

function asOf() {
  return $('year-on').checked ? `${$('year').value}-12-31` : null;
}

function field() {
  return $('field').value || null;
}

function neighbourhoodArgs(id) {
  const kinds = checked('kind');
  return {
    id,
    depth: Number($('depth').value),
    nodeKinds: kinds.length === Object.keys(NODE_KINDS).length ? null : kinds,
    fields: field() ? [field()] : null,
    asOf: asOf(),
    limit: Number($('limit').value),
  };
}

// ---- nodes: open, details, expand ----------------------------------------------------------------------

function describe(node) {
  const rows = [['Id', node.id]];
  const place = node.country || node.hostCountry;
  if (place) rows.push([node.hostCountry ? 'Host country' : 'Country', place.name]);
  if (node.city) rows.push(['City', node.city]);
  if (node.code) rows.push(['Code', node.code]);
  if (node.regionKind) rows.push(['Region kind', node.regionKind]);
  if (node.iso2) rows.push(['ISO', `${node.iso2} / ${node.iso3}`]);
  if (node.capital) rows.push(['Capital', node.capital]);
  if (node.regions && node.regions.length) rows.push(['Regions', node.regions.map(r => r.name).join(', ')]);
  if (node.types && node.types.length) rows.push(['Types', node.types.join(', ')]);
  if (node.established) rows.push(['Established', String(node.established)]);
  if (node.fields) rows.push(['Fields', node.fields.map(f => f.name).join(', ') || '—']);
  if (node.crops && node.crops.length) rows.push(['Crops', node.crops.join(', ')]);
  if (node.serves) rows.push(['Serves', node.serves.map(r => r.name).join(', ')]);
  if (node.status) rows.push(['Status', node.status]);
  if (node.activityKind) rows.push(['Activity', node.activityKind]);
  if (node.agreementKind) rows.push(['Agreement', node.agreementKind]);
  rows.push(['Since', node.since || '—'], ['Until', node.until || '—']);
  if (node.aliases.length) rows.push(['Aliases', node.aliases.join(' · ')]);
  rows.push(['Source', node.provenance.source + (node.provenance.asOf ? `, as of ${node.provenance.asOf}` : '')]);
  return rows;
}

function renderDetails(node) {
  const look = NODE_KINDS[node.kind];
  $('details-empty').hidden = true;
  $('details-body').hidden = false;
  $('details-body').dataset.id = node.id;
  $('details-shape').innerHTML = shapeSvg(look.shape, look.colour);
  $('details-kind').textContent = look.label;
  $('details-name').textContent = node.name;
  const list = $('details-list');
  list.innerHTML = '';
  for (const [term, value] of describe(node)) {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = value;
    list.append(dt, dd);
  }
  const dt = document.createElement('dt');
  dt.textContent = 'Record';
  const dd = document.createElement('dd');
  dd.className = node.provenance.synthetic ? 'synthetic' : 'real';
  dd.textContent = node.provenance.synthetic ? 'synthetic (generated sample)' : 'real data';
  list.append(dt, dd);
}

async function showDetails(id) {
  if (id === detailsId) return;
  detailsId = id;
  state.sel = id;
  save();
  const data = await run('Loading details', () => graphql(Q.DETAILS, { id }));
  if (data && data.node && detailsId === id) renderDetails(data.node);
  return data && data.node;
}

/** Draws a node (alone, if it is not drawn yet), selects it and shows its details. */
async function open(id) {
  detailsId = null;
  const node = await showDetails(id);
  if (!node) return;
  if (!drawing.has(id)) {
    const properties = { since: node.since, until: node.until, name: node.name, source: node.provenance.source,
      asOf: node.provenance.asOf, synthetic: node.provenance.synthetic };
    drawing.add({ nodes: [{ id, kind: node.kind, label: node.name, properties }], edges: [], truncated: false }, id);
    if (!state.open.includes(id)) state.open.push(id);
  }
  drawing.select(id);
  save();
}

async function expand(id) {
  const args = neighbourhoodArgs(id);
  const data = await run('Expanding the neighbourhood', () => graphql(Q.NEIGHBOURHOOD, args));
  if (!data) return;
  const sg = data.neighbourhood;
  drawing.add(sg, id);
  drawing.select(id);
  if (!state.expand.includes(id)) state.expand.push(id);
  lastQuestion = { name: 'neighbourhood', args };
  notice(sg.truncated
    ? `Truncated: the neighbourhood has more than ${args.limit} nodes within depth ${args.depth}; the nearest ${sg.nodes.length} are drawn. Raise “At most”, lower the depth or take in fewer kinds.`
    : '');
  save();
}

// ---- paths ----------------------------------------------------------------------------------------------

function pathNames(ids) {
  return ids.map(id => {
    const n = drawing.cy.getElementById(id);
    return n.nonempty() ? n.data('label') : id;
  });
}

async function findPaths() {
  if (!state.from || !state.to) {
    $('error').textContent = 'Choose both ends of the path first (From and To).';
    $('error').hidden = false;
    return;
  }
  const via = checked('via');
  const args = {
    from: state.from, to: state.to, k: Number($('path-k').value), via: via.length ? via : null,
    edgeKinds: $('path-any-edge').checked ? Object.keys(EDGE_KINDS) : null, asOf: asOf(), maxHops: Number($('path-hops').value),
  };
  const data = await run('Finding paths', () => graphql(Q.PATHS, args));
  if (!data) return;
  const paths = data.kShortestPaths || [];
  // One answer of all the paths, so their new nodes are placed together.
  const union = { nodes: new Map(), edges: new Map() };
  for (const p of paths) {
    p.subgraph.nodes.forEach(n => union.nodes.set(n.id, n));
    p.subgraph.edges.forEach(e => union.edges.set(e.id, e));
  }
  $('results').hidden = false;
  if (paths.length) drawing.add({ nodes: [...union.nodes.values()], edges: [...union.edges.values()] }, state.from);
  drawing.highlightPaths(paths.map(p => p.nodeIds));
  lastQuestion = { name: 'kShortestPaths', args };
  const box = $('path-results');
  box.innerHTML = '<h3>Paths</h3>';
  if (!paths.length) {
    box.append(`No path within ${args.maxHops} hops with these choices.`);
  } else {
    const ol = document.createElement('ol');
    ol.id = 'path-list';
    paths.forEach((p, i) => {
      const li = document.createElement('li');
      li.dataset.nodeIds = p.nodeIds.join(' ');
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'link';
      b.textContent = `${p.length} hops${i === 0 ? ' (shortest)' : ''}: ${pathNames(p.nodeIds).join(' → ')}`;
      b.addEventListener('click', () => drawing.highlightPaths([p.nodeIds]));
      li.append(b);
      ol.append(li);
    });
    box.append(ol);
  }
  notice(paths.some(p => p.subgraph.truncated) ? 'Truncated: a path answer was cut by a cap.' : '');
  $('results').hidden = false;
  save();
}

function setEnd(which, id, name) {
  state[which] = id;
  $(`path-${which}`).value = name || id;
  save();
}

// ---- regions --------------------------------------------------------------------------------------------

function evidenceText(sides) {
  return sides.map(s => [s.institution ? s.institution.name : null, s.country.name, s.role].filter(Boolean).join(', ')).join('; ');
}

/** A short name for a region: the bloc's code, or the name of a UN M49 region (its code says nothing). */
function regionShort(r) {
  return r.code.startsWith('M49') ? r.name : r.code;
}

function regionName(id) {
  const r = regions.find(x => x.id === id);
  return r ? r.name : id;
}

async function connect() {
  const args = { regionA: $('region-a').value, regionB: $('region-b').value, kind: $('region-kind').value, field: field(), asOf: asOf() };
  const data = await run('Finding what connects the regions', () => graphql(Q.CONNECT, args));
  if (!data) return;
  const c = data.connectingLabs;
  $('results').hidden = false;
  drawing.add(c.subgraph, null);
  state.ra = args.regionA;
  state.rb = args.regionB;
  state.rk = args.kind;
  lastQuestion = { name: 'connectingLabs', args: { ...args, first: 100 } };
  const box = $('region-results');
  box.innerHTML = '';
  const h = document.createElement('h3');
  h.textContent = `${regionName(args.regionA)} ↔ ${regionName(args.regionB)}: ${c.totalCount} (${$('region-kind').selectedOptions[0].text})`;
  box.append(h);
  if (c.links.length) {
    const table = document.createElement('table');
    table.id = 'region-links';
    table.innerHTML = `<thead><tr><th scope="col">Connecting node</th><th scope="col">Evidence in ${regionName(args.regionA)}</th><th scope="col">Evidence in ${regionName(args.regionB)}</th></tr></thead>`;
    const body = document.createElement('tbody');
    for (const link of c.links) {
      const tr = document.createElement('tr');
      const td = document.createElement('td');
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'link';
      b.textContent = link.node.name;
      b.addEventListener('click', () => { drawing.select(link.node.id); });
      td.append(b);
      const a = document.createElement('td');
      a.textContent = evidenceText(link.sideA);
      const z = document.createElement('td');
      z.textContent = evidenceText(link.sideB);
      tr.append(td, a, z);
      body.append(tr);
    }
    table.append(body);
    box.append(table);
  }
  notice(c.truncated || c.subgraph.truncated ? `Truncated: ${c.totalCount} connect the two regions; the first ${c.links.length} are listed and drawn.` : '');
  $('results').hidden = false;
  save();
}

/** A cell's lightness, light to dark blue on a log scale, skipping the middle where neither text colour reads. */
function lightness(weight, max) {
  const t = max ? Math.log(1 + weight) / Math.log(1 + max) : 0;
  return t < 0.6 ? 95 - (t / 0.6) * 33 : 48 - ((t - 0.6) / 0.4) * 13;
}

function heat(weight, max) {
  return weight ? `hsl(214 80% ${lightness(weight, max).toFixed(1)}%)` : '#ffffff';
}

/** Dark text on cells of lightness 62% and above, white at 48% and below: a contrast of at least 4.5:1. */
function heatText(weight, max) {
  return weight && lightness(weight, max) <= 48 ? '#ffffff' : '#1b1b1b';
}

async function matrix() {
  const ids = checked('mx');
  const args = { regions: ids, kind: $('matrix-kind').value || null, field: field(), asOf: asOf() };
  const data = await run('Counting the region matrix', () => graphql(Q.MATRIX, args));
  if (!data) return;
  const m = data.regionMatrix;
  state.mx = ids;
  state.mk = args.kind;
  lastQuestion = { name: 'regionMatrix', args };
  const weight = new Map();
  let max = 0;
  for (const c of m.cells) {
    weight.set(`${c.regionA.id}|${c.regionB.id}`, c);
    weight.set(`${c.regionB.id}|${c.regionA.id}`, c);
    max = Math.max(max, c.weight);
  }
  const box = $('matrix-results');
  box.innerHTML = `<h3>Region matrix (${$('matrix-kind').selectedOptions[0].text}); a cell lists what connects its two regions</h3>`;
  const table = document.createElement('table');
  table.className = 'heatmap';
  table.id = 'heatmap';
  const head = document.createElement('tr');
  head.innerHTML = '<td></td>';
  for (const r of m.regions) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = regionShort(r);
    th.title = r.name;
    head.append(th);
  }
  table.append(head);
  for (const a of m.regions) {
    const tr = document.createElement('tr');
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = a.name;
    tr.append(th);
    for (const b of m.regions) {
      const cell = weight.get(`${a.id}|${b.id}`);
      const td = document.createElement('td');
      const w = cell ? cell.weight : 0;
      td.style.background = heat(w, max);
      td.style.color = heatText(w, max);
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = String(w);
      button.title = cell ? `${a.name} ↔ ${b.name}: ${cell.labs} labs, ${cell.projects} projects, ${cell.parks} parks, ${cell.demoCenters} demonstration centres, ${cell.transferCenters} transfer centres, ${cell.agreements} agreements` : '';
      button.setAttribute('aria-label', `${a.name} and ${b.name}: ${w}`);
      button.addEventListener('click', () => {
        $('region-a').value = a.id;
        $('region-b').value = b.id;
        $('region-kind').value = args.kind || 'JOINT_LAB';
        connect();
      });
      td.append(button);
      tr.append(td);
    }
    table.append(tr);
  }
  box.append(table);
  $('results').hidden = false;
  save();
}

// ---- coverage and gaps ------------------------------------------------------------------------------------

async function coverage() {
  const args = { groupBy: $('coverage-group').value, fields: field() ? [field()] : null, asOf: asOf() };
  const data = await run('Counting the coverage', () => graphql(Q.COVERAGE, args));
  if (!data) return;
  const c = data.coverage;
  const counting = $('coverage-count').value;
  coverageTable($('coverage-results'), c, { groupBy: args.groupBy, field: field() ? $('field').selectedOptions[0].text : null, counting, open });
  notice(c.truncated ? `Truncated: there are ${c.totalCount} areas; the first ${c.rows.length} are listed.` : '');
  $('results').hidden = false;
  state.cov = args.groupBy;
  state.cc = counting === 'count' ? null : counting;
  save();
}

/** The chosen report's own arguments, read from their controls: the values to pass and, for the URL, to keep. */
function gapArguments(takes) {
  const read = {
    // None ticked: the API's default (every region) where there is one; weakRegionPairs requires 2 to 30.
    regions: () => (checked('gr').length || takes.regions.endsWith('!') ? checked('gr') : null),
    fields: () => ($('gap-field').value ? [$('gap-field').value] : null),
    field: () => $('gap-field').value || null,
    kind: () => $('gap-kind').value || null,
    threshold: () => Number($('gap-threshold').value),
    since: () => `${$('gap-since').value}-01-01`,
  };
  const values = { first: Number($('gap-first').value) };
  for (const name of Object.keys(takes)) values[name] = read[name]();
  const has = name => name in takes;
  const kept = {
    // None ticked is kept as `none`, which ticks none when replayed, rather than left out (the blocs, by default).
    gr: has('regions') ? (checked('gr').length ? checked('gr') : 'none') : null,
    gf: has('fields') || has('field') ? $('gap-field').value : null,
    gk: has('kind') ? $('gap-kind').value : null,
    gt: has('threshold') && $('gap-threshold').value !== '1' ? $('gap-threshold').value : null,
    gs: has('since') ? $('gap-since').value : null,
    gn: $('gap-first').value === '100' ? null : $('gap-first').value,
  };
  return { values, kept };
}

/** Shows the argument controls of the report chosen, and only those. */
function showGapArguments() {
  const report = $('gap-report').value;
  document.querySelectorAll('#gap-arguments [data-reports]').forEach(el => {
    el.hidden = !el.dataset.reports.split(' ').includes(report);
  });
}

async function gapReport() {
  const report = $('gap-report').value;
  const { takes } = REPORTS[report];
  const { values, kept } = gapArguments(takes);
  const data = await run('Finding the gaps', () => graphql(Q.gapReport(report, takes), { asOf: asOf(), ...values }));
  if (!data) return;
  const list = data.gaps.report;
  const cut = list.truncated ? `Truncated: there are ${list.totalCount} gaps of this kind; the first ${list.rows.length} are listed and drawn.` : '';
  gapTable($('gap-results'), report, list, {
    open,
    draw: subgraph => {
      drawing.add(subgraph, null);
      notice([cut, subgraph.truncated ? 'Truncated: the gaps\' subgraph has more than 5,000 edges; the rest are not drawn.' : ''].filter(Boolean).join('\n'));
      save();
    },
  });
  notice(cut);
  $('results').hidden = false;
  state.gap = report;
  Object.assign(state, kept);
  save();
}

// ---- year and field -------------------------------------------------------------------------------------

function applyYear() {
  $('year').disabled = !$('year-on').checked;
  $('year-out').textContent = $('year').value;
  drawing.setDate(asOf());
  refreshCounts();
  save();
}

async function applyField() {
  const id = field();
  if (!id) {
    drawing.setFieldMembers(null);
  } else {
    const data = await run('Reading the field', () => graphql(Q.FIELD_MEMBERS, { id }));
    if (!data) return;
    drawing.setFieldMembers(new Set(data.neighbourhood.nodes.map(n => n.id)));
  }
  refreshCounts();
  save();
}

// ---- counts and legend ----------------------------------------------------------------------------------

function refreshCounts() {
  const c = drawing.counts();
  const hidden = c.nodes - c.visibleNodes;
  $('counts').textContent = c.nodes
    ? `${c.visibleNodes.toLocaleString()} nodes and ${c.visibleEdges.toLocaleString()} edges shown`
      + (hidden ? ` (${hidden.toLocaleString()} nodes hidden by the year or field)` : '')
    : 'Nothing drawn yet.';
  const nodes = $('legend-nodes');
  nodes.querySelectorAll('tr').forEach(tr => tr.remove());
  for (const [kind, look] of Object.entries(NODE_KINDS)) {
    const tr = document.createElement('tr');
    tr.innerHTML = `<td>${shapeSvg(look.shape, look.colour)}</td><td>${look.label}</td><td class="n">${(c.byKind[kind] || 0).toLocaleString()}</td>`;
    nodes.append(tr);
  }
  const edges = $('legend-edges');
  edges.querySelectorAll('tr').forEach(tr => tr.remove());
  for (const [kind, look] of Object.entries(EDGE_KINDS)) {
    const tr = document.createElement('tr');
    tr.innerHTML = `<td>${lineSvg(look.colour, look.style)}</td><td>${kind}</td><td class="n">${(c.edgesByKind[kind] || 0).toLocaleString()}</td>`;
    edges.append(tr);
  }
  nodeList.update(drawing.cy.nodes(':visible'));
  const link = $('server-export');
  link.hidden = !lastQuestion;
  if (lastQuestion) {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(lastQuestion.args)) {
      if (v !== null && v !== undefined && !(Array.isArray(v) && !v.length)) params.set(k, Array.isArray(v) ? v.join(',') : String(v));
    }
    link.querySelectorAll('a').forEach(a => { a.href = `/export/${lastQuestion.name}.${a.dataset.format}?${params}`; });
  }
}

// ---- the URL --------------------------------------------------------------------------------------------

function save() {
  refreshCounts();
  writeUrl({
    ...state,
    // Defaults stay out of the URL, so links stay short.
    depth: $('depth').value === '1' ? null : $('depth').value, limit: $('limit').value === '200' ? null : $('limit').value,
    kinds: checked('kind').length === Object.keys(NODE_KINDS).length ? null : checked('kind'),
    year: $('year-on').checked ? $('year').value : null, field: field(),
    k: $('path-k').value === '3' ? null : $('path-k').value, hops: $('path-hops').value === '6' ? null : $('path-hops').value, via: checked('via'), any: $('path-any-edge').checked,
  });
}

async function restore() {
  const u = readUrl();
  if (u.depth) $('depth').value = u.depth;
  if (u.limit) $('limit').value = u.limit;
  if (u.kinds) setChecked('kind', u.kinds);
  if (u.year) { $('year-on').checked = true; $('year').value = u.year; }
  if (u.field) $('field').value = u.field;
  if (u.k) $('path-k').value = u.k;
  if (u.hops) $('path-hops').value = u.hops;
  if (u.via) setChecked('via', u.via);
  $('path-any-edge').checked = !!u.any;
  if (u.mx) setChecked('mx', u.mx);
  if (u.mk) $('matrix-kind').value = u.mk;
  applyYear();
  if (u.field) await applyField();
  for (const id of u.open) await open(id);
  for (const id of u.expand) await expand(id);
  if (u.from) setEnd('from', u.from, u.from);
  if (u.to) setEnd('to', u.to, u.to);
  if (u.from && u.to) await findPaths();
  if (u.ra && u.rb) {
    $('region-a').value = u.ra;
    $('region-b').value = u.rb;
    if (u.rk) $('region-kind').value = u.rk;
    await connect();
  }
  if (u.mx) await matrix();
  if (u.cov) {
    $('coverage-group').value = u.cov;
    if (u.cc) $('coverage-count').value = u.cc;
    await coverage();
  }
  if (u.gap) {
    $('gap-report').value = u.gap;
    if (u.gr) setChecked('gr', u.gr);
    if (u.gf) $('gap-field').value = u.gf;
    if (u.gk) $('gap-kind').value = u.gk;
    if (u.gt) $('gap-threshold').value = u.gt;
    if (u.gs) $('gap-since').value = u.gs;
    if (u.gn) $('gap-first').value = u.gn;
    showGapArguments();
    await gapReport();
  }
  if (u.sel) await open(u.sel);
  // Path ends read back by name once drawn.
  for (const which of ['from', 'to']) {
    if (state[which] && drawing.has(state[which])) $(`path-${which}`).value = drawing.cy.getElementById(state[which]).data('label');
  }
}

// ---- start ----------------------------------------------------------------------------------------------

async function start() {
  checkboxes($('kinds'), 'kind', Object.keys(NODE_KINDS), k => NODE_KINDS[k].label);
  setChecked('kind', Object.keys(NODE_KINDS));
  checkboxes($('via'), 'via', Object.keys(NODE_KINDS).filter(k => !['REGION', 'FIELD'].includes(k)), k => NODE_KINDS[k].label);
  $('year').max = String(new Date().getFullYear() + 5);
  $('year').value = String(new Date().getFullYear());

  const onError = e => { $('error').textContent = `Search failed: ${e.message}`; $('error').hidden = false; };
  searchBoxes = [
    new SearchBox($('search'), $('search-list'), { onPick: n => open(n.id), onError }),
    new SearchBox($('path-from'), $('path-from-list'), { onPick: n => { setEnd('from', n.id, n.name); open(n.id); }, onError }),
    new SearchBox($('path-to'), $('path-to-list'), { onPick: n => { setEnd('to', n.id, n.name); open(n.id); }, onError }),
  ];

  const selected = () => $('details-body').dataset.id;
  $('expand').addEventListener('click', () => selected() && expand(selected()));
  $('as-from').addEventListener('click', () => selected() && setEnd('from', selected(), $('details-name').textContent));
  $('as-to').addEventListener('click', () => selected() && setEnd('to', selected(), $('details-name').textContent));
  $('find-path').addEventListener('click', findPaths);
  $('connect').addEventListener('click', connect);
  $('matrix').addEventListener('click', matrix);
  for (const [report, { label }] of Object.entries(REPORTS)) $('gap-report').append(new Option(label, report));
  $('gap-report').addEventListener('change', showGapArguments);
  showGapArguments();
  $('coverage').addEventListener('click', coverage);
  $('gap').addEventListener('click', gapReport);
  $('year-on').addEventListener('change', applyYear);
  $('year').addEventListener('input', applyYear);
  $('field').addEventListener('change', applyField);
  for (const id of ['depth', 'limit', 'path-k', 'path-hops', 'path-any-edge', 'matrix-kind']) $(id).addEventListener('change', save);
  document.querySelectorAll('input[name=kind], input[name=via]').forEach(i => i.addEventListener('change', save));
  $('fit').addEventListener('click', () => drawing.fit());
  $('relayout').addEventListener('click', () => drawing.relayout());
  $('clear-highlight').addEventListener('click', () => drawing.clearHighlight());
  $('clear').addEventListener('click', () => {
    drawing.clear();
    // Clearing keeps the path's ends and the kinds chosen; the rest of the view goes back to how the page starts.
    Object.assign(state, initialState(), { from: state.from, to: state.to, rk: state.rk, mk: state.mk });
    lastQuestion = null;
    notice('');
    $('results').hidden = true;
    refreshCounts();
    save();
  });
  $('export-png').addEventListener('click', async () => download('innograph.png', await drawing.png()));
  $('export-graphml').addEventListener('click', () => download('innograph.graphml', graphml(drawing.shown()), 'application/graphml+xml'));
  $('export-gexf').addEventListener('click', () => download('innograph.gexf', gexf(drawing.shown()), 'application/gexf+xml'));

  const data = await run('Loading regions and fields', () => graphql(Q.START));
  if (data) {
    $('totals').textContent = `The network: ${data.stats.totalNodes.toLocaleString()} nodes, ${data.stats.totalEdges.toLocaleString()} edges`;
    regions = data.regions.nodes;
    for (const select of [$('region-a'), $('region-b')]) {
      for (const r of regions) select.append(new Option(`${r.name} (${r.regionKind})`, r.id));
    }
    $('region-a').value = 'region:M49-142';
    $('region-b').value = 'region:AU';
    checkboxes($('matrix-regions'), 'mx', regions.map(r => r.id), id => regionShort(regions.find(r => r.id === id)));
    setChecked('mx', regions.filter(r => r.regionKind === 'bloc').map(r => r.id));
    // The gap reports over regions start from the blocs too, as the matrix does.
    checkboxes($('gap-regions'), 'gr', regions.map(r => r.id), id => regionShort(regions.find(r => r.id === id)));
    setChecked('gr', regions.filter(r => r.regionKind === 'bloc').map(r => r.id));
    for (const f of data.fields.nodes) {
      $('field').append(new Option(f.name, f.id));
      $('gap-field').append(new Option(f.name, f.id));
    }
  }
  initialControls = [...document.querySelectorAll('input, select')].map(el => ({ el, value: el.value, checked: el.checked, disabled: el.disabled }));
  await restore();
  document.body.dataset.ready = 'true';
}

/**
 * The page as it loads at `search` (a query string), without loading it again: everything drawn, shown and
 * chosen goes back to how start() left it, then the URL is replayed. The browser tests run one after another
 * in one page, and a load (its modules, Cytoscape.js, the first question) costs more than this.
 */
async function replay(search) {
  document.body.dataset.ready = 'false';
  searchBoxes.forEach(box => box.cancel());
  drawing.clear();
  drawing.setDate(null);
  drawing.setFieldMembers(null);
  for (const { el, value, checked: on, disabled } of initialControls) {
    if (el.type === 'checkbox') el.checked = on;
    else el.value = value;
    el.disabled = disabled;
  }
  Object.assign(state, initialState());
  lastQuestion = null;
  detailsId = null;
  notice('');
  $('error').hidden = true;
  $('results').hidden = true;
  for (const box of $('results').children) box.innerHTML = '';
  $('details-empty').hidden = false;
  $('details-body').hidden = true;
  delete $('details-body').dataset.id;
  showGapArguments();
  if (document.activeElement) document.activeElement.blur();
  document.querySelectorAll('.side, .legend, .results, #drawn-list').forEach(el => { el.scrollTop = 0; });
  history.replaceState(null, '', search || location.pathname);
  await restore();
  document.body.dataset.ready = 'true';
}

// For the browser tests and the curious (devtools): the drawing and its Cytoscape.js instance.
// `refresh` is what the page runs after each answer: counts, legend and the drawn nodes' list brought up to date.
window.explorer = {
  drawing, cy: drawing.cy, graphml: () => graphml(drawing.shown()), gexf: () => gexf(drawing.shown()), refresh: refreshCounts, replay,
};
start();
