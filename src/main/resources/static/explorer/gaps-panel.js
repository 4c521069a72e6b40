// Coverage and gap reports (graphql/gaps.graphqls) as tables that link into the drawing: an area's name, or a
// node of a gap, is a button that opens it (drawn, selected, details shown).
import { NODE_KINDS } from './kinds.js';

/**
 * The gap reports a person can choose: the API's field, what it says, and the arguments of its own the page
 * passes (beside `first`), with their GraphQL types.
 */
export const REPORTS = {
  agreementsWithoutLabs: { label: 'Countries with an S&T agreement but no joint lab', takes: {} },
  agreementsWithoutProjects: { label: 'Countries with an S&T agreement but no project', takes: {} },
  regionsWithoutTransferCenter: { label: 'Regions no transfer centre serves', takes: {} },
  fieldsWithoutLabs: { label: 'Regions without a joint lab of a field', takes: { regions: '[ID!]', fields: '[ID!]' } },
  weakRegionPairs: { label: 'Region pairs that fewer than the threshold connect', takes: { regions: '[ID!]!', threshold: 'Int', kind: 'Kind', field: 'ID' } },
  institutionsInNoLab: { label: 'Institutions in projects but in no joint lab', takes: {} },
  dormantAgreements: { label: 'Agreements nothing started since the year chosen puts to work', takes: { since: 'Date!' } },
};

function linkButton(text, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'link';
  b.textContent = text;
  b.addEventListener('click', onClick);
  return b;
}

function kindLabel(kind) {
  return NODE_KINDS[kind] ? NODE_KINDS[kind].label : kind;
}

/** Sums `cells` by kind, over the field columns, counting by `counting` (`count` or `share`). */
function byKind(cells, kinds, counting) {
  const sums = new Map(kinds.map(k => [k, 0]));
  for (const c of cells) sums.set(c.kind, sums.get(c.kind) + c[counting]);
  return sums;
}

/** A figure as shown: a count as it is, a share to two decimals (so a total of shares reads as a whole number). */
function figure(value, counting) {
  return counting === 'share' ? String(Number(value.toFixed(2))) : String(value);
}

function coverageRow(label, sums, kinds, counting) {
  const tr = document.createElement('tr');
  const th = document.createElement('th');
  th.scope = 'row';
  th.append(label);
  tr.append(th);
  for (const kind of kinds) {
    const td = document.createElement('td');
    td.textContent = figure(sums.get(kind), counting);
    if (!sums.get(kind)) td.className = 'zero';
    tr.append(td);
  }
  return tr;
}

/**
 * Areas by kinds, then what is in no country (`unplaced`), then, by country, the column totals. A cell adds up
 * the API's cells of its kind over the field columns. Full counting (`count`) counts a node in each of its
 * countries and, with every field, in each of its fields; fractional counting (`share`) splits each node's one
 * unit among them, so the totals by country are the numbers of nodes (the `stats` counts, without year or
 * field). Regions get no total: a country is in several (its continent, sub-region, blocs).
 */
export function coverageTable(box, coverage, { groupBy, field, counting, open }) {
  const kinds = [];
  for (const c of [...(coverage.rows.length ? coverage.rows[0].cells : []), ...coverage.unplaced]) if (!kinds.includes(c.kind)) kinds.push(c.kind);
  const byCountry = groupBy === 'COUNTRY';
  box.innerHTML = '';
  const h = document.createElement('h3');
  h.textContent = `Coverage by ${byCountry ? 'country' : 'region'}: ${coverage.rows.length} of ${coverage.totalCount}`
    + (field ? `, in the field ${field}` : ', every field')
    + (counting === 'share'
      ? '; fractional counting (each node\'s one unit split among its countries and fields)'
      : `; full counting (a node counts in each of its countries${field ? '' : ' and fields'})`);
  box.append(h);
  const table = document.createElement('table');
  table.id = 'coverage-table';
  table.className = 'coverage';
  const head = document.createElement('tr');
  head.innerHTML = `<th scope="col">${byCountry ? 'Country' : 'Region'}</th>`;
  for (const kind of kinds) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.dataset.kind = kind;
    th.textContent = kindLabel(kind);
    head.append(th);
  }
  const thead = document.createElement('thead');
  thead.append(head);
  const body = document.createElement('tbody');
  const totals = byKind(coverage.unplaced, kinds, counting);
  for (const row of coverage.rows) {
    const sums = byKind(row.cells, kinds, counting);
    for (const kind of kinds) totals.set(kind, totals.get(kind) + sums.get(kind));
    const tr = coverageRow(linkButton(row.area.name, () => open(row.area.id)), sums, kinds, counting);
    tr.dataset.id = row.area.id;
    body.append(tr);
  }
  const unplaced = coverageRow('In no country', byKind(coverage.unplaced, kinds, counting), kinds, counting);
  unplaced.id = 'coverage-unplaced';
  unplaced.className = 'unplaced';
  body.append(unplaced);
  table.append(thead, body);
  if (byCountry && !coverage.truncated) {
    const foot = document.createElement('tfoot');
    const total = coverageRow('Total', totals, kinds, counting);
    total.id = 'coverage-total';
    foot.append(total);
    table.append(foot);
  }
  box.append(table);
}

/** A gap report: its rows (reason, value, nodes), how many there are in all, and a button drawing them all. */
export function gapTable(box, report, list, { open, draw }) {
  box.innerHTML = '';
  const h = document.createElement('h3');
  h.textContent = `${REPORTS[report].label}: ${list.totalCount}`
    + (list.truncated ? ` (the first ${list.rows.length} listed)` : '');
  box.append(h);
  if (!list.rows.length) {
    box.append('No gap of this kind.');
    return;
  }
  const drawAll = linkButton(`Draw these gaps (${list.subgraph.nodes.length} nodes)`, () => draw(list.subgraph));
  drawAll.id = 'gap-draw';
  drawAll.className = '';
  box.append(drawAll);
  const table = document.createElement('table');
  table.id = 'gap-table';
  table.innerHTML = '<thead><tr><th scope="col">Why it is a gap</th><th scope="col">Value</th><th scope="col">Nodes</th></tr></thead>';
  const body = document.createElement('tbody');
  for (const gap of list.rows) {
    const tr = document.createElement('tr');
    tr.dataset.nodeIds = gap.nodeIds.join(' ');
    const reason = document.createElement('td');
    reason.textContent = gap.reason;
    const value = document.createElement('td');
    value.textContent = gap.value === null ? '—' : String(gap.value);
    const nodes = document.createElement('td');
    gap.nodes.forEach((n, i) => {
      if (i) nodes.append(', ');
      const b = linkButton(n.name, () => open(n.id));
      b.dataset.id = n.id;
      b.title = kindLabel(n.kind);
      nodes.append(b);
    });
    tr.append(reason, value, nodes);
    body.append(tr);
  }
  table.append(body);
  box.append(table);
}
