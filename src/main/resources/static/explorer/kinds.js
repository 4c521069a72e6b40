// How each kind of node and edge looks. Colours are dark enough for white text-free shapes on a light
// canvas (contrast >= 3:1 against white for every node colour), and each kind also has its own shape,
// so colour is never the only cue.

export const NODE_KINDS = {
  REGION: { label: 'Region', colour: '#6a3d9a', shape: 'hexagon' },
  COUNTRY: { label: 'Country', colour: '#1f63a8', shape: 'round-rectangle' },
  INSTITUTION: { label: 'Institution', colour: '#2e7d32', shape: 'ellipse' },
  JOINT_LAB: { label: 'Joint lab', colour: '#c62828', shape: 'star' },
  TRANSFER_CENTER: { label: 'Transfer centre', colour: '#d35400', shape: 'diamond' },
  INDUSTRIAL_PARK: { label: 'Industrial park', colour: '#8d4a1f', shape: 'rectangle' },
  DEMO_CENTER: { label: 'Demonstration centre', colour: '#5f7d00', shape: 'triangle' },
  PROJECT: { label: 'Project', colour: '#00796b', shape: 'vee' },
  ACTIVITY: { label: 'Activity', colour: '#ad1457', shape: 'pentagon' },
  AGREEMENT: { label: 'Agreement', colour: '#546e7a', shape: 'barrel' },
  FIELD: { label: 'Field', colour: '#9a7400', shape: 'octagon' },
};

/** Node kinds that have fields (IN_FIELD): the field filter hides those outside the field, and keeps the rest. */
export const KINDS_WITH_FIELDS = ['JOINT_LAB', 'PROJECT', 'ACTIVITY', 'INDUSTRIAL_PARK', 'DEMO_CENTER'];

export const EDGE_KINDS = {
  IN_REGION: { colour: '#9e9e9e', style: 'dashed', group: 'where' },
  PART_OF: { colour: '#7e57c2', style: 'dashed', group: 'hierarchy' },
  LOCATED_IN: { colour: '#90a4ae', style: 'dotted', group: 'where' },
  RELATED_TO: { colour: '#b39ddb', style: 'dotted', group: 'hierarchy' },
  SUCCEEDS: { colour: '#7e57c2', style: 'dotted', group: 'hierarchy' },
  PARTNER_OF: { colour: '#c62828', style: 'solid', group: 'participation' },
  OPERATES: { colour: '#d35400', style: 'solid', group: 'participation' },
  PARTICIPATES_IN: { colour: '#00796b', style: 'solid', group: 'participation' },
  RUNS: { colour: '#004d40', style: 'solid', group: 'participation' },
  ORGANISES: { colour: '#ad1457', style: 'solid', group: 'activities' },
  ATTENDS: { colour: '#f06292', style: 'dashed', group: 'activities' },
  SIGNED: { colour: '#546e7a', style: 'solid', group: 'agreements' },
  SERVES: { colour: '#ef6c00', style: 'dashed', group: 'where' },
  IN_FIELD: { colour: '#c9a227', style: 'dotted', group: 'fields' },
  COOPERATES_WITH: { colour: '#1565c0', style: 'solid', group: 'derived' },
};

/** The cooperation edges paths follow by default (the API's own default for `edgeKinds`). */
export const PATH_DEFAULT_EDGES = ['PARTNER_OF', 'PARTICIPATES_IN', 'OPERATES', 'COOPERATES_WITH'];

// The legend draws each Cytoscape.js shape as a small SVG: points on a 16 x 16 box.
const POLYGONS = {
  hexagon: '4,1 12,1 16,8 12,15 4,15 0,8',
  star: '8,0 10,6 16,6 11,10 13,16 8,12 3,16 5,10 0,6 6,6',
  diamond: '8,0 16,8 8,16 0,8',
  triangle: '8,1 16,15 0,15',
  vee: '0,1 8,6 16,1 8,15',
  pentagon: '8,0 16,6 13,16 3,16 0,6',
  octagon: '5,0 11,0 16,5 16,11 11,16 5,16 0,11 0,5',
};

export function shapeSvg(shape, colour) {
  let body;
  if (POLYGONS[shape]) body = `<polygon points="${POLYGONS[shape]}"/>`;
  else if (shape === 'ellipse') body = '<circle cx="8" cy="8" r="7.5"/>';
  else if (shape === 'round-rectangle') body = '<rect x="0.5" y="2" width="15" height="12" rx="3"/>';
  else if (shape === 'barrel') body = '<rect x="0.5" y="1" width="15" height="14" rx="6" ry="2"/>';
  else body = '<rect x="0.5" y="2" width="15" height="12"/>';
  return `<svg width="18" height="18" viewBox="-1 -1 18 18" aria-hidden="true" fill="${colour}">${body}</svg>`;
}

export function lineSvg(colour, style) {
  const dash = style === 'dashed' ? 'stroke-dasharray="5 3"' : style === 'dotted' ? 'stroke-dasharray="1.5 2.5"' : '';
  return `<svg width="28" height="10" aria-hidden="true"><line x1="1" y1="5" x2="27" y2="5" stroke="${colour}" stroke-width="3" ${dash}/></svg>`;
}
