import { SELECT_FUNCTIONS } from './client-select.js';

/**
 * The report's only script, inlined and allowed by its hash. Plain ES2020 in a string: it runs
 * as written in the browser, with no build step and nothing fetched. It reads everything it needs
 * from the page (`data-f` finding ids, `data-k` kinds), so it is the same for every report.
 *
 * - select a finding (list, summary, framing table, a mark in the text, or a link to
 *   `#finding-<id>`): mark its spans on both sides, scroll them into view, show its details,
 *   and show it again if the filter or the confidence switch hid it;
 * - in the details, each evidence span scrolls its own marks into view (the two sides' spans
 *   may be too far apart to show at once);
 * - filter finding kinds with the checkboxes, and show or hide the less confident findings
 *   (list items marked `data-low`, hidden by default);
 * - sort the claims table by a column.
 *
 * Selecting a finding lives in client-select.ts, spliced in as written.
 */
export const SCRIPT = `(() => {
  'use strict';
  const all = (selector, root) => Array.from((root || document).querySelectorAll(selector));
  const detail = document.getElementById('detail');
  const empty = detail.firstElementChild.cloneNode(true);
  const active = () => new Set(all('input[name="kind"]:checked').map((box) => box.value));
  const lowBox = document.querySelector('input[name="low"]');
  const low = new Set(all('li.finding[data-low]').map((li) => li.id.slice('finding-'.length)));
  const showLow = () => Boolean(lowBox && lowBox.checked);
  let selected = null;

  const visibleFindings = (el) => {
    const on = active();
    const withLow = showLow();
    const kinds = el.dataset.k.split(' ');
    return el.dataset.f.split(' ').filter((id, i) => on.has(kinds[i]) && (withLow || !low.has(id)));
  };

${SELECT_FUNCTIONS}  function pickMark(el) {
    const ids = visibleFindings(el);
    if (ids.length === 0) return;
    const at = ids.indexOf(selected);
    select(ids[(at + 1) % ids.length]);
  }

  function applyFilter() {
    const on = active();
    for (const el of all('.hl[data-f]')) {
      const ids = visibleFindings(el);
      if (ids.length === 0) {
        el.className = 'hl off';
        el.removeAttribute('role');
        el.removeAttribute('tabindex');
      } else {
        const kinds = el.dataset.k.split(' ');
        const first = kinds[el.dataset.f.split(' ').indexOf(ids[0])];
        el.className = 'hl k-' + first + (ids.includes(selected) ? ' sel' : '');
        el.setAttribute('role', 'button');
        el.setAttribute('tabindex', '0');
      }
    }
    for (const li of all('li[data-kind]')) {
      li.hidden = !on.has(li.dataset.kind) || (li.hasAttribute('data-low') && !showLow());
    }
    const current = selected && document.getElementById('finding-' + selected);
    if (current && current.hidden) select(null);
  }

  function sortBy(button) {
    const th = button.closest('th');
    const table = button.closest('table');
    const col = Number(button.dataset.col);
    const dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
    for (const other of all('th[aria-sort]', table)) other.setAttribute('aria-sort', 'none');
    th.setAttribute('aria-sort', dir);
    const body = table.tBodies[0];
    const key = (row) => row.cells[col].dataset.v;
    const rows = Array.from(body.rows).map((row, i) => ({ row, i, k: key(row) }));
    const num = rows.every((r) => r.k !== '' && !Number.isNaN(Number(r.k)));
    const sign = dir === 'ascending' ? 1 : -1;
    rows.sort((x, y) => {
      const c = num ? Number(x.k) - Number(y.k) : x.k < y.k ? -1 : x.k > y.k ? 1 : 0;
      return c === 0 ? x.i - y.i : sign * c;
    });
    body.append(...rows.map((r) => r.row));
  }

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    const goto = target.closest('.goto');
    if (goto) return showEvidence(goto);
    const pick = target.closest('.pick');
    if (pick) return select(pick.dataset.f);
    const mark = target.closest('.hl[role="button"]');
    if (mark) return pickMark(mark);
    const sort = target.closest('.sort');
    if (sort) sortBy(sort);
  });
  document.addEventListener('keydown', (event) => {
    const mark = event.target instanceof Element ? event.target.closest('.hl[role="button"]') : null;
    if (mark && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      pickMark(mark);
    }
    if (event.key === 'Escape' && selected) select(null);
  });
  for (const box of all('input[name="kind"], input[name="low"]')) box.addEventListener('change', applyFilter);
  applyFilter();
  window.addEventListener('hashchange', fromHash);
  // After load, so the browser's own jump to the fragment comes first and ours wins.
  window.addEventListener('load', fromHash);
})();
`;
