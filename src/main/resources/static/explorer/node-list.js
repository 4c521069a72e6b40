// The drawn nodes as a list a keyboard reaches: the canvas itself takes no focus, so this listbox is the
// drawing's keyboard route. Arrows, Page Up/Down, Home and End move through it; Enter opens the node (selected
// in the drawing, details shown), as a click on it in the drawing does.
// Every node shown is listed, but only the options in view (and a few either side) are in the page, the rest
// stood in for by two empty spacers as tall as they would be: thousands of list items would cost a style and
// layout pass at each change of the drawing. Each option carries its place (aria-posinset of aria-setsize), so
// it reads as "12 of 2,000".
import { NODE_KINDS } from './kinds.js';

/** The height of one option in px: `.drawn li` in explorer.css is exactly this tall, one line each. */
const ROW = 22;
/** Options kept in the page beyond each edge of the view, so a short scroll shows no gap. */
const AROUND = 10;

const byName = new Intl.Collator(undefined, { sensitivity: 'base' });

/** An empty item as tall as the options it stands in for, out of the accessibility tree. */
function spacer(height) {
  const li = document.createElement('li');
  li.setAttribute('role', 'none');
  li.setAttribute('aria-hidden', 'true');
  li.className = 'spacer';
  li.style.height = `${height}px`;
  return li;
}

export class NodeList {
  /** `list` is a <ul>; `onOpen(id)` opens a node. */
  constructor(list, note, { onOpen }) {
    this.list = list;
    this.note = note;
    this.onOpen = onOpen;
    this.nodes = [];
    this.at = new Map();
    this.active = null;
    this.shown = null;
    this.frame = 0;
    list.tabIndex = 0;
    list.setAttribute('role', 'listbox');
    list.addEventListener('keydown', e => this.key(e));
    list.addEventListener('click', e => {
      const li = e.target.closest('[role=option]');
      if (li) { this.active = li.dataset.id; this.mark(); this.onOpen(li.dataset.id); }
    });
    list.addEventListener('scroll', () => {
      if (!this.frame) this.frame = requestAnimationFrame(() => { this.frame = 0; this.render(); });
    }, { passive: true });
    // Focus brings the active option into view, so aria-activedescendant always names an option in the page.
    list.addEventListener('focus', () => this.reveal());
  }

  /** Lists `nodes` (Cytoscape.js nodes shown) by name, keeping the active one where it still is. */
  update(nodes) {
    this.nodes = nodes.map(n => ({ id: n.id(), label: n.data('label') || n.id(), kind: n.data('kind') }))
      .sort((a, b) => byName.compare(a.label, b.label));
    this.at = new Map(this.nodes.map((n, i) => [n.id, i]));
    if (!this.at.has(this.active)) this.active = this.nodes.length ? this.nodes[0].id : null;
    this.note.textContent = this.nodes.length
      ? `${this.nodes.length.toLocaleString()} by name. Arrows, Page Up/Down, Home and End move; Enter opens.`
      : 'Nothing drawn yet.';
    this.shown = null;
    this.render();
  }

  /** Puts in the page the options in view and AROUND either side, between spacers standing in for the others. */
  render() {
    const n = this.nodes.length;
    const view = this.list.clientHeight || ROW * 20;
    const first = Math.max(0, Math.min(n, Math.floor(this.list.scrollTop / ROW) - AROUND));
    const last = Math.min(n, Math.ceil((this.list.scrollTop + view) / ROW) + AROUND);
    if (this.shown && this.shown.first === first && this.shown.last === last) return;
    this.shown = { first, last };
    const items = [spacer(first * ROW)];
    for (let i = first; i < last; i++) {
      const node = this.nodes[i];
      const li = document.createElement('li');
      li.id = `drawn-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-posinset', String(i + 1));
      li.setAttribute('aria-setsize', String(n));
      li.dataset.id = node.id;
      const kind = NODE_KINDS[node.kind] ? NODE_KINDS[node.kind].label : node.kind;
      li.title = `${node.label} (${kind})`;
      li.textContent = node.label;
      const meta = document.createElement('span');
      meta.className = 'meta';
      meta.textContent = kind;
      li.append(' ', meta);
      items.push(li);
    }
    items.push(spacer((n - last) * ROW));
    this.list.replaceChildren(...items);
    this.mark();
  }

  mark() {
    let activeLi = null;
    for (const li of this.list.querySelectorAll('[role=option]')) {
      const on = li.dataset.id === this.active;
      li.setAttribute('aria-selected', String(on));
      if (on) activeLi = li;
    }
    if (activeLi) this.list.setAttribute('aria-activedescendant', activeLi.id);
    else this.list.removeAttribute('aria-activedescendant');
  }

  /** Scrolls the active option into view (if it is not) and puts it in the page. */
  reveal() {
    const i = this.at.get(this.active);
    if (i === undefined) return;
    const view = this.list.clientHeight;
    if (i * ROW < this.list.scrollTop) this.list.scrollTop = i * ROW;
    else if ((i + 1) * ROW > this.list.scrollTop + view) this.list.scrollTop = (i + 1) * ROW - view;
    this.render();
    this.mark();
  }

  key(e) {
    const n = this.nodes.length;
    if (!n) return;
    const at = this.at.get(this.active) ?? 0;
    const page = Math.max(1, Math.floor(this.list.clientHeight / ROW) - 1);
    const moves = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: n - 1, PageDown: at + page, PageUp: at - page };
    if (e.key in moves) {
      e.preventDefault();
      this.active = this.nodes[Math.min(n - 1, Math.max(0, moves[e.key]))].id;
      this.reveal();
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (this.active) this.onOpen(this.active);
    }
  }
}
