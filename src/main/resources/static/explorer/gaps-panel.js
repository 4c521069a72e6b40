// Coverage and gap reports (graphql/gaps.graphqls) as tables that link into the drawing: an area's name, or a
// node of a gap, is a button that opens it (drawn, selected, details shown).
import { NODE_KINDS } from './kinds.js';

/** The gap reports a person can choose: the API's field, what it says, and its own arguments. */
export const REPORTS = {
  agreementsWithoutLabs: { label: 'Countries with an S&T agreement but no joint lab' },
  agreementsWithoutProjects: { label: 'Countries with an S&T agreement but no project' },
  regionsWithoutTransferCenter: { label: 'Regions no transfer centre serves' },
  fieldsWithoutLabs: { label: 'Regions without a joint lab of a field' },
  weakRegionPairs: { label: 'Region pairs nothing connects (the matrix regions)', variables: '$regions: [ID!]!', args: 'regions: $regions' },
  institutionsInNoLab: { label: 'Institutions in projects but in no joint lab' },
  dormantAgreements: { label: 'Agreements nothing started since the year below puts to work', variables: '$since: Date!', args: 'since: $since' },
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

/**
 * Areas by kinds. A cell adds up the API's cells of its kind over the field columns: with a field chosen
 * there is one column, so it is the count of that kind in the field; with every field, a node in two fields
 * counts in each (the API counts by field, and gives no total across fields).
 */
export function coverageTable(box, coverage, { groupBy, field, open }) {
  const kinds = [];
  for (const c of coverage.rows.length ? coverage.rows[0].cells : []) if (!kinds.includes(c.kind)) kinds.push(c.kind);
  box.innerHTML = '';
  const h = document.createElement('h3');
  h.textContent = `Coverage by ${groupBy === 'COUNTRY' ? 'country' : 'region'}: ${coverage.rows.length} of ${coverage.totalCount}`
    + (field ? `, in the field ${field}` : ', every field (a node in two fields counts in each)');
  box.append(h);
  const table = document.createElement('table');
  table.id = 'coverage-table';
  table.className = 'coverage';
  const head = document.createElement('tr');
  head.innerHTML = `<th scope="col">${groupBy === 'COUNTRY' ? 'Country' : 'Region'}</th>`;
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
  for (const row of coverage.rows) {
    const counts = new Map(kinds.map(k => [k, 0]));
    for (const c of row.cells) counts.set(c.kind, counts.get(c.kind) + c.count);
    const tr = document.createElement('tr');
    tr.dataset.id = row.area.id;
    const th = document.createElement('th');
    th.scope = 'row';
    th.append(linkButton(row.area.name, () => open(row.area.id)));
    tr.append(th);
    for (const kind of kinds) {
      const td = document.createElement('td');
      td.textContent = String(counts.get(kind));
      if (!counts.get(kind)) td.className = 'zero';
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(thead, body);
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
