// A search field with suggestions as one types (WAI-ARIA combobox with a listbox): arrows move through the
// suggestions, Enter picks, Escape closes. The API folds case and accents and reads any script.
import { graphql } from './api.js';
import { NODE_KINDS, shapeSvg } from './kinds.js';

const SEARCH = `query Suggest($text: String!, $first: Int) {
  search(text: $text, first: $first) { totalCount edges { node { id kind name
    ... on Institution { city country { name } }
    ... on JointLab { hostCountry { name } } } } }
}`;

export class SearchBox {
  /** `input` and `list` are the text field and its listbox; `onPick(node)` receives {id, kind, name}. */
  constructor(input, list, { onPick, onError, first = 8 }) {
    this.input = input;
    this.list = list;
    this.onPick = onPick;
    this.onError = onError;
    this.first = first;
    this.items = [];
    this.active = -1;
    this.timer = null;
    this.controller = null;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('autocomplete', 'off');
    list.setAttribute('role', 'listbox');
    input.addEventListener('input', () => this.schedule());
    input.addEventListener('keydown', e => this.key(e));
    input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
    list.addEventListener('mousedown', e => e.preventDefault());
    list.addEventListener('click', e => {
      const li = e.target.closest('[role=option]');
      if (li) this.pick(Number(li.dataset.index));
    });
  }

  schedule() {
    clearTimeout(this.timer);
    // A short pause so a fast typist sends one query, not one per key.
    this.timer = setTimeout(() => this.suggest(), 180);
  }

  async suggest() {
    const text = this.input.value.trim();
    if (this.controller) this.controller.abort();
    if (!text) { this.close(); return; }
    this.controller = new AbortController();
    try {
      const data = await graphql(SEARCH, { text, first: this.first }, { signal: this.controller.signal });
      if (this.input.value.trim() !== text) return;
      this.show(data.search.edges.map(e => e.node), data.search.totalCount);
    } catch (e) {
      if (e.name !== 'AbortError') { this.close(); this.onError(e); }
    }
  }

  show(nodes, total) {
    this.items = nodes;
    this.active = nodes.length ? 0 : -1;
    this.list.innerHTML = '';
    nodes.forEach((n, i) => {
      const li = document.createElement('li');
      li.id = `${this.list.id}-${i}`;
      li.setAttribute('role', 'option');
      li.dataset.index = i;
      li.dataset.id = n.id;
      const look = NODE_KINDS[n.kind];
      const where = n.country ? n.country.name : n.hostCountry ? n.hostCountry.name : '';
      li.innerHTML = `${shapeSvg(look.shape, look.colour)}<span class="name"></span><span class="meta"></span>`;
      li.querySelector('.name').textContent = n.name;
      li.querySelector('.meta').textContent = [look.label, n.city, where].filter(Boolean).join(' · ');
      this.list.append(li);
    });
    if (!nodes.length) {
      const li = document.createElement('li');
      li.className = 'empty';
      li.textContent = 'No match';
      this.list.append(li);
    } else if (total > nodes.length) {
      const li = document.createElement('li');
      li.className = 'empty';
      li.textContent = `${total.toLocaleString()} matches; type more to narrow`;
      this.list.append(li);
    }
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    this.mark();
  }

  mark() {
    [...this.list.querySelectorAll('[role=option]')].forEach((li, i) => li.setAttribute('aria-selected', String(i === this.active)));
    if (this.active >= 0) this.input.setAttribute('aria-activedescendant', `${this.list.id}-${this.active}`);
    else this.input.removeAttribute('aria-activedescendant');
  }

  key(e) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (this.list.hidden) { this.schedule(); return; }
      e.preventDefault();
      const n = this.items.length;
      if (!n) return;
      this.active = (this.active + (e.key === 'ArrowDown' ? 1 : -1) + n) % n;
      this.mark();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (!this.list.hidden && this.active >= 0) this.pick(this.active);
      else { clearTimeout(this.timer); this.suggest(); }
    } else if (e.key === 'Escape') {
      this.close();
    }
  }

  pick(index) {
    const node = this.items[index];
    if (!node) return;
    this.input.value = node.name;
    this.close();
    this.onPick(node);
  }

  /** Forgets what was typed and any suggestion on its way. */
  cancel() {
    clearTimeout(this.timer);
    if (this.controller) this.controller.abort();
    this.input.value = '';
    this.close();
  }

  close() {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}
