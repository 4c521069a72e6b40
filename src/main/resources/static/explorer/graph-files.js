// GraphML and GEXF 1.3 of what is drawn and shown, written in the page: the drawing is the union of several
// answers, filtered by year and field, which no single server export describes. Both files carry the same
// attributes as the server's exports (every property of a node or edge), plus each node's drawn position
// and (GEXF) its colour, so Gephi or yEd open the picture as it is on screen.
import { NODE_KINDS } from './kinds.js';

const SKIP = new Set(['id', 'source', 'target']);

function xml(value) {
  return String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
    // XML 1.0 forbids most control characters even escaped.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}

function text(value) {
  return Array.isArray(value) || (value && typeof value === 'object') ? JSON.stringify(value) : String(value);
}

/** Attribute names and the GraphML type each takes: a number only if every value is one. */
function attributes(items) {
  const types = new Map();
  for (const { data } of items) {
    for (const [name, value] of Object.entries(data)) {
      if (SKIP.has(name) || value === null || value === undefined) continue;
      const type = typeof value === 'number' ? (Number.isInteger(value) ? 'long' : 'double')
        : typeof value === 'boolean' ? 'boolean' : 'string';
      const known = types.get(name);
      types.set(name, !known || known === type ? type : (known === 'long' && type === 'double') || (known === 'double' && type === 'long') ? 'double' : 'string');
    }
  }
  return [...types.entries()].sort(([a], [b]) => a.localeCompare(b));
}

export function graphml(shown) {
  const nodeAttrs = [...attributes(shown.nodes), ['x', 'double'], ['y', 'double']];
  const edgeAttrs = attributes(shown.edges);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    + ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'];
  nodeAttrs.forEach(([name, type], i) => out.push(`  <key id="n${i}" for="node" attr.name="${xml(name)}" attr.type="${type}"/>`));
  // An edge id such as `a-KIND->b` is no NMTOKEN, which GraphML's id attribute must be: it goes in a key, as
  // the server's export writes it.
  out.push('  <key id="e_id" for="edge" attr.name="id" attr.type="string"/>');
  edgeAttrs.forEach(([name, type], i) => out.push(`  <key id="e${i}" for="edge" attr.name="${xml(name)}" attr.type="${type}"/>`));
  out.push('  <graph id="innograph-explorer" edgedefault="directed">');
  for (const { data, position } of shown.nodes) {
    out.push(`    <node id="${xml(data.id)}">`);
    nodeAttrs.forEach(([name], i) => {
      const value = name === 'x' ? position.x : name === 'y' ? position.y : data[name];
      if (value !== null && value !== undefined) out.push(`      <data key="n${i}">${xml(text(value))}</data>`);
    });
    out.push('    </node>');
  }
  for (const { data } of shown.edges) {
    out.push(`    <edge source="${xml(data.source)}" target="${xml(data.target)}">`, `      <data key="e_id">${xml(data.id)}</data>`);
    edgeAttrs.forEach(([name], i) => {
      if (data[name] !== null && data[name] !== undefined) out.push(`      <data key="e${i}">${xml(text(data[name]))}</data>`);
    });
    out.push('    </edge>');
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

const GEXF_TYPES = { long: 'long', double: 'double', boolean: 'boolean', string: 'string' };

function rgb(hex) {
  const n = parseInt(hex.slice(1), 16);
  return `r="${(n >> 16) & 255}" g="${(n >> 8) & 255}" b="${n & 255}"`;
}

export function gexf(shown) {
  const nodeAttrs = attributes(shown.nodes).filter(([name]) => name !== 'label');
  const edgeAttrs = attributes(shown.edges);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `  <meta><creator>Innograph explorer</creator><description>What the explorer drew</description></meta>`,
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node">'];
  nodeAttrs.forEach(([name, type], i) => out.push(`      <attribute id="n${i}" title="${xml(name)}" type="${GEXF_TYPES[type]}"/>`));
  out.push('    </attributes>', '    <attributes class="edge">');
  edgeAttrs.forEach(([name, type], i) => out.push(`      <attribute id="e${i}" title="${xml(name)}" type="${GEXF_TYPES[type]}"/>`));
  out.push('    </attributes>', '    <nodes>');
  for (const { data, position } of shown.nodes) {
    out.push(`      <node id="${xml(data.id)}" label="${xml(data.label || data.id)}">`, '        <attvalues>');
    nodeAttrs.forEach(([name], i) => {
      if (data[name] !== null && data[name] !== undefined) out.push(`          <attvalue for="n${i}" value="${xml(text(data[name]))}"/>`);
    });
    out.push('        </attvalues>');
    const look = NODE_KINDS[data.kind];
    if (look) out.push(`        <viz:color ${rgb(look.colour)}/>`);
    out.push(`        <viz:position x="${position.x.toFixed(2)}" y="${(-position.y).toFixed(2)}" z="0.0"/>`, '      </node>');
  }
  out.push('    </nodes>', '    <edges>');
  for (const { data } of shown.edges) {
    out.push(`      <edge id="${xml(data.id)}" source="${xml(data.source)}" target="${xml(data.target)}" label="${xml(data.kind)}">`, '        <attvalues>');
    edgeAttrs.forEach(([name], i) => {
      if (data[name] !== null && data[name] !== undefined) out.push(`          <attvalue for="e${i}" value="${xml(text(data[name]))}"/>`);
    });
    out.push('        </attvalues>', '      </edge>');
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}

export function download(name, content, type) {
  const blob = content instanceof Blob ? content : new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
