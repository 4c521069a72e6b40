// The view in the URL (query string), so a link reproduces it: the nodes opened and expanded, the selection,
// the controls, the path ends, the region questions. Replayed in that order on load.

const LISTS = ['open', 'expand', 'kinds', 'via', 'mx', 'gr'];

export function readUrl() {
  const p = new URLSearchParams(location.search);
  const u = {};
  for (const [key, value] of p) u[key] = LISTS.includes(key) ? value.split(',').filter(Boolean) : value;
  for (const key of ['open', 'expand']) u[key] = u[key] || [];
  u.any = u.any === '1';
  return u;
}

export function writeUrl(view) {
  const p = new URLSearchParams();
  for (const [key, value] of Object.entries(view)) {
    if (value === null || value === undefined || value === false || value === '') continue;
    if (Array.isArray(value)) { if (value.length) p.set(key, value.join(',')); continue; }
    p.set(key, value === true ? '1' : String(value));
  }
  const query = p.toString().replace(/%3A/g, ':').replace(/%2C/g, ',');
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}
