// The drawing: one Cytoscape.js instance that grows. Answers are merged into it (new nodes placed around
// the node they came from, the rest left where they are); the year and field filters only set classes,
// which hide or recolour, so nothing is laid out again when they move.
import cytoscape from 'cytoscape';
import { NODE_KINDS, EDGE_KINDS, KINDS_WITH_FIELDS } from './kinds.js';

// Past this many elements, labels are drawn only when zoomed in and a full re-layout is concentric
// rather than force-directed (cose is quadratic per iteration; see the README's measurements).
const BIG = 1500;
const MANY_EDGES = 1500;

function style() {
  const rules = [
    {
      selector: 'node',
      style: {
        label: 'data(label)', 'font-size': 10, color: '#1b1b1b', 'text-valign': 'bottom', 'text-margin-y': 3,
        'text-max-width': 120, 'text-wrap': 'ellipsis', 'min-zoomed-font-size': 7,
        width: 18, height: 18, 'border-width': 1, 'border-color': '#ffffff',
      },
    },
    {
      selector: 'edge',
      style: { 'curve-style': 'haystack', 'haystack-radius': 0.4, width: 1.4 },
    },
    // Dashed lines cost the canvas ~20 times more than solid ones (README, "The explorer"): past MANY_EDGES
    // edges, every edge is drawn solid and only its colour tells its kind.
    { selector: 'edge.many', style: { 'line-style': 'solid' } },
    { selector: 'edge:loop', style: { 'curve-style': 'bezier', 'loop-sweep': '-40deg' } },
    { selector: 'edge[weight]', style: { width: 'mapData(weight, 1, 60, 1.4, 9)' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111111', 'underlay-color': '#ffd54f', 'underlay-opacity': 0.8, 'underlay-padding': 4 } },
    { selector: 'node.endpoint', style: { 'border-width': 4, 'border-color': '#000000' } },
    { selector: 'node.new-this-year', style: { 'border-width': 4, 'border-color': '#ffb300' } },
    { selector: '.faded', style: { opacity: 0.18 } },
    { selector: 'node.on-path', style: { width: 24, height: 24, 'border-width': 3, 'border-color': '#ff8f00', opacity: 1 } },
    { selector: 'edge.on-path', style: { 'line-color': '#ff8f00', width: 4, opacity: 1, 'z-index': 9 } },
    { selector: 'node.best-path', style: { 'border-color': '#d50000', 'border-width': 4 } },
    { selector: 'edge.best-path', style: { 'line-color': '#d50000', width: 6, 'z-index': 10 } },
    { selector: '.off-time, .off-field', style: { display: 'none' } },
  ];
  for (const [kind, look] of Object.entries(NODE_KINDS)) {
    rules.splice(2, 0, { selector: `node[kind = "${kind}"]`, style: { 'background-color': look.colour, shape: look.shape } });
  }
  for (const [kind, look] of Object.entries(EDGE_KINDS)) {
    rules.splice(2, 0, { selector: `edge[kind = "${kind}"]`, style: { 'line-color': look.colour, 'line-style': look.style } });
  }
  return rules;
}

function inSpan(data, date) {
  // Same rule as the API's asOf: the since/until span covers the date, open ends included.
  return (!data.since || data.since <= date) && (!data.until || data.until >= date);
}

function centre(bb) {
  return { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2 };
}

export class Drawing {
  constructor(container, { onSelect, onOpen }) {
    this.cy = cytoscape({
      container,
      style: style(),
      minZoom: 0.05,
      maxZoom: 4,
      // While panning and zooming, the frame is a bitmap of the last full render (see README, "The explorer").
      textureOnViewport: true,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    this.date = null;
    this.fieldMembers = null;
    this.cy.on('select', 'node', e => onSelect(e.target.id()));
    this.cy.on('dbltap', 'node', e => onOpen(e.target.id()));
  }

  /** Node data from a GraphNode: its properties flattened, so styles and filters read `kind`, `since`... */
  static nodeData(n) {
    return { ...n.properties, id: n.id, kind: n.kind, label: n.label };
  }

  static edgeData(e) {
    const p = e.properties || {};
    return { ...p, id: e.id, source: e.source, target: e.target, kind: e.kind };
  }

  /**
   * Adds a subgraph answer. New nodes go on rings around `around` (an id already drawn, or the first node of
   * the answer), by their distance from it in the answer; nodes already drawn stay where they are.
   * Returns the elements of the answer as they are now drawn.
   */
  add(subgraph, around) {
    const cy = this.cy;
    // The results under the drawing may have changed its size since the last answer.
    cy.resize();
    const wasEmpty = cy.nodes().length === 0;
    const fresh = subgraph.nodes.filter(n => cy.getElementById(n.id).empty());
    const centreId = around && subgraph.nodes.some(n => n.id === around) ? around : (subgraph.nodes[0] || {}).id;
    const positions = this.ringPositions(subgraph, centreId, new Set(fresh.map(n => n.id)));
    cy.batch(() => {
      for (const n of subgraph.nodes) {
        const existing = cy.getElementById(n.id);
        if (existing.nonempty()) existing.data(Drawing.nodeData(n));
      }
      cy.add(fresh.map(n => ({ group: 'nodes', data: Drawing.nodeData(n), position: positions.get(n.id) })));
      cy.add(subgraph.edges.filter(e => cy.getElementById(e.id).empty()).map(e => ({ group: 'edges', data: Drawing.edgeData(e) })));
    });
    if (cy.edges().length > MANY_EDGES) cy.edges().addClass('many');
    const ids = new Set([...subgraph.nodes.map(n => n.id), ...subgraph.edges.map(e => e.id)]);
    const answer = cy.elements().filter(el => ids.has(el.id()));
    this.applyFilters(answer);
    // Fitted on the next frame, once the page around the drawing (results, notices) has settled.
    if (wasEmpty || fresh.length) {
      requestAnimationFrame(() => {
        cy.resize();
        if (wasEmpty) this.fit();
        else this.fit(answer.filter(':visible'), 60);
      });
    }
    return answer;
  }

  ringPositions(subgraph, centreId, fresh) {
    const cy = this.cy;
    const positions = new Map();
    if (!fresh.size) return positions;
    const drawnCentre = cy.getElementById(centreId);
    const extent = cy.extent();
    const centre = drawnCentre.nonempty() ? { ...drawnCentre.position() }
      : cy.nodes().length ? { x: extent.x2 + 200, y: (extent.y1 + extent.y2) / 2 } : { x: 0, y: 0 };
    // Breadth-first distance from the centre within the answer.
    const adjacent = new Map();
    for (const e of subgraph.edges) {
      if (!adjacent.has(e.source)) adjacent.set(e.source, []);
      if (!adjacent.has(e.target)) adjacent.set(e.target, []);
      adjacent.get(e.source).push(e.target);
      adjacent.get(e.target).push(e.source);
    }
    const level = new Map([[centreId, 0]]);
    const queue = [centreId];
    while (queue.length) {
      const id = queue.shift();
      for (const next of adjacent.get(id) || []) {
        if (!level.has(next)) { level.set(next, level.get(id) + 1); queue.push(next); }
      }
    }
    const rings = new Map();
    for (const id of fresh) {
      if (id === centreId) { positions.set(id, centre); continue; }
      const l = level.get(id) || 1;
      if (!rings.has(l)) rings.set(l, []);
      rings.get(l).push(id);
    }
    let radius = 0;
    for (const l of [...rings.keys()].sort((a, b) => a - b)) {
      const ring = rings.get(l);
      // Room for ~34 px per node on the circumference, and rings at least 110 px apart.
      radius = Math.max(radius + 110, (ring.length * 34) / (2 * Math.PI));
      // Each ring starts at another angle, and so does each answer, so single nodes do not line up.
      const turn = l * 0.37 + cy.nodes().length * 0.61;
      ring.forEach((id, i) => {
        const a = turn + (2 * Math.PI * i) / ring.length;
        positions.set(id, { x: centre.x + radius * Math.cos(a), y: centre.y + radius * Math.sin(a) });
      });
    }
    return positions;
  }

  /** Shows the network as it stood at `date` (ISO), or at every date when null: hides, never re-lays out. */
  setDate(date) {
    this.date = date;
    this.applyFilters(this.cy.elements());
  }

  /** Keeps only nodes in the field (`members`: the ids of its nodes and of the field) among the kinds that have fields. */
  setFieldMembers(members) {
    this.fieldMembers = members;
    this.applyFilters(this.cy.elements());
  }

  applyFilters(elements) {
    const date = this.date;
    const year = date ? date.slice(0, 4) : null;
    const members = this.fieldMembers;
    this.cy.batch(() => {
      // Only what changes is touched: each class change costs a style pass on that element.
      const set = (el, cls, on) => { if (el.hasClass(cls) !== on) el.toggleClass(cls, on); };
      elements.forEach(el => {
        const data = el.data();
        set(el, 'off-time', !!date && !inSpan(data, date));
        if (el.isNode()) {
          set(el, 'new-this-year', !!year && !!data.since && data.since.startsWith(year));
          const filtered = members && (KINDS_WITH_FIELDS.includes(data.kind) || data.kind === 'FIELD');
          set(el, 'off-field', !!filtered && !members.has(data.id));
        }
      });
    });
  }

  /** Highlights paths (arrays of node ids, best first) and the edges between their consecutive nodes. */
  highlightPaths(paths) {
    const cy = this.cy;
    cy.batch(() => {
      cy.elements().removeClass('on-path best-path faded endpoint');
      if (!paths.length) return;
      cy.elements().addClass('faded');
      paths.forEach((ids, index) => {
        const cls = index === 0 ? 'on-path best-path' : 'on-path';
        ids.forEach((id, i) => {
          cy.getElementById(id).removeClass('faded').addClass(cls);
          if (i > 0) {
            cy.getElementById(ids[i - 1]).edgesWith(cy.getElementById(id)).removeClass('faded').addClass(cls);
          }
        });
        cy.getElementById(ids[0]).addClass('endpoint');
        cy.getElementById(ids[ids.length - 1]).addClass('endpoint');
      });
    });
  }

  clearHighlight() {
    this.cy.elements().removeClass('on-path best-path faded endpoint');
  }

  /** Node ids of the best highlighted path as drawn, and of every highlighted one (for tests and the list). */
  highlighted() {
    return {
      best: this.cy.nodes('.best-path').map(n => n.id()),
      all: this.cy.nodes('.on-path').map(n => n.id()),
    };
  }

  select(id) {
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    this.cy.nodes(':selected').unselect();
    node.select();
    if (!node.visible()) return;
    const bb = this.cy.extent();
    const p = node.position();
    if (p.x < bb.x1 || p.x > bb.x2 || p.y < bb.y1 || p.y > bb.y2) this.cy.center(node);
  }

  has(id) {
    return this.cy.getElementById(id).nonempty();
  }

  fit(elements = this.cy.elements(':visible'), padding = 40) {
    this.cy.fit(elements, padding);
    // A few nodes would otherwise fill the screen at the largest zoom.
    if (this.cy.zoom() > 1.4) this.cy.zoom({ level: 1.4, position: centre(elements.boundingBox()) });
  }

  relayout() {
    const cy = this.cy;
    const big = cy.elements().length > BIG;
    const options = big
      ? { name: 'concentric', concentric: n => n.degree(), levelWidth: () => 4, minNodeSpacing: 6, animate: false }
      : { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 8000, idealEdgeLength: () => 60, numIter: 1000 };
    const layout = cy.elements(':visible').layout({ ...options, fit: true, padding: 40 });
    layout.run();
    return options.name;
  }

  clear() {
    this.cy.elements().remove();
  }

  counts() {
    const cy = this.cy;
    const byKind = {};
    cy.nodes(':visible').forEach(n => { byKind[n.data('kind')] = (byKind[n.data('kind')] || 0) + 1; });
    const edgesByKind = {};
    cy.edges(':visible').forEach(e => { edgesByKind[e.data('kind')] = (edgesByKind[e.data('kind')] || 0) + 1; });
    return {
      nodes: cy.nodes().length, edges: cy.edges().length,
      visibleNodes: cy.nodes(':visible').length, visibleEdges: cy.edges(':visible').length,
      byKind, edgesByKind,
    };
  }

  /** What is drawn and shown (hidden elements left out), with positions: what the exports write. */
  shown() {
    return {
      nodes: this.cy.nodes(':visible').map(n => ({ data: n.data(), position: n.position() })),
      edges: this.cy.edges(':visible').map(e => ({ data: e.data() })),
    };
  }

  png() {
    return this.cy.png({ full: true, scale: 2, bg: '#ffffff', output: 'blob-promise' });
  }
}
