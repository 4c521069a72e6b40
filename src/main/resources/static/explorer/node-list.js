// The drawn nodes as a list a keyboard reaches: the canvas itself takes no focus, so this listbox is the
// drawing's keyboard route. Arrows, Home and End move through it; Enter opens the node (selected in the
// drawing, details shown), as a click on it in the drawing does.
import { NODE_KINDS } from './kinds.js';

export class NodeList {
  /** `list` is a <ul>; `onOpen(id)` opens a node; at most `max` nodes are listed, by name. */
  constructor(list, note, { onOpen, max = 500 }) {
    this.list = list;
    this.note = note;
    this.onOpen = onOpen;
    this.max = max;
    this.ids = [];
    this.active = null;
    list.tabIndex = 0;
    list.setAttribute('role', 'listbox');
    list.addEventListener('keydown', e => this.key(e));
    list.addEventListener('click', e => {
      const li = e.target.closest('[role=option]');
      if (li) { this.active = li.dataset.id; this.mark(); this.onOpen(li.dataset.id); }
    });
  }

  /** Lists `nodes` (Cytoscape.js nodes shown), keeping the active one where it still is. */
  update(nodes) {
    const sorted = nodes.map(n => ({ id: n.id(), label: n.data('label') || n.id(), kind: n.data('kind') }))
      .sort((a, b) => a.label.localeCompare(b.label));
    const listed = sorted.slice(0, this.max);
    this.ids = listed.map(n => n.id);
    this.list.innerHTML = '';
    listed.forEach((n, i) => {
      const li = document.createElement('li');
      li.id = `drawn-${i}`;
      li.setAttribute('role', 'option');
      li.dataset.id = n.id;
      li.textContent = n.label;
      const meta = document.createElement('span');
      meta.className = 'meta';
      meta.textContent = NODE_KINDS[n.kind] ? NODE_KINDS[n.kind].label : n.kind;
      li.append(' ', meta);
      this.list.append(li);
    });
    if (!this.ids.includes(this.active)) this.active = this.ids[0] || null;
    this.note.textContent = !sorted.length ? 'Nothing drawn yet.'
      : sorted.length > listed.length ? `The first ${listed.length} of ${sorted.length.toLocaleString()} by name; search for the others.`
        : 'Arrows move, Enter opens.';
    this.mark();
  }

  mark() {
    let activeLi = null;
    this.list.querySelectorAll('[role=option]').forEach(li => {
      const on = li.dataset.id === this.active;
      li.setAttribute('aria-selected', String(on));
      if (on) activeLi = li;
    });
    if (activeLi) {
      this.list.setAttribute('aria-activedescendant', activeLi.id);
      if (document.activeElement === this.list) activeLi.scrollIntoView({ block: 'nearest' });
    } else {
      this.list.removeAttribute('aria-activedescendant');
    }
  }

  key(e) {
    const n = this.ids.length;
    if (!n) return;
    const at = Math.max(0, this.ids.indexOf(this.active));
    const moves = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: n - 1, PageDown: at + 10, PageUp: at - 10 };
    if (e.key in moves) {
      e.preventDefault();
      this.active = this.ids[Math.min(n - 1, Math.max(0, moves[e.key]))];
      this.mark();
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (this.active) this.onOpen(this.active);
    }
  }
}
