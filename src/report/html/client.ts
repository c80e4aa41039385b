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

  function reveal(marks) {
    if (marks.length === 0) return;
    const rects = marks.map((m) => m.getBoundingClientRect());
    const top = Math.min(...rects.map((r) => r.top));
    const bottom = Math.max(...rects.map((r) => r.bottom));
    // Sticky bars cover the top of the window: centre the marks in what is left.
    const offset = Math.max(0, ...all('.toolbar, .split-head').map((el) => {
      const style = getComputedStyle(el);
      return style.position === 'sticky' && style.display !== 'none' ? parseFloat(style.top) + el.offsetHeight : 0;
    }));
    const room = window.innerHeight - offset;
    if (bottom - top < room * 0.9) {
      window.scrollBy(0, (top + bottom) / 2 - (offset + room / 2));
    } else {
      marks[0].scrollIntoView({ block: 'center' });
    }
  }

  // A finding hidden by the kind filter or the confidence switch is shown again when it is
  // selected from elsewhere (the summary, the framing table, a link to #finding-<id>).
  function unhide(item) {
    if (!item.hidden) return;
    if (item.hasAttribute('data-low') && lowBox) lowBox.checked = true;
    const box = all('input[name="kind"]').find((el) => el.value === item.dataset.kind);
    if (box) box.checked = true;
    applyFilter();
  }

  function select(id) {
    const target = id === null ? null : document.getElementById('finding-' + id);
    if (target) unhide(target);
    selected = id;
    for (const el of all('.hl.sel')) el.classList.remove('sel');
    for (const el of all('.finding.sel')) el.classList.remove('sel');
    for (const el of all('.pick[aria-pressed]')) el.setAttribute('aria-pressed', 'false');
    if (id === null) {
      detail.replaceChildren(empty.cloneNode(true));
      return;
    }
    const marks = all('.hl[data-f]').filter((el) => el.dataset.f.split(' ').includes(id));
    for (const el of marks) el.classList.add('sel');
    const item = document.getElementById('finding-' + id);
    if (item) {
      item.classList.add('sel');
      item.querySelector('.pick').setAttribute('aria-pressed', 'true');
      const more = item.querySelector('.more').cloneNode(true);
      more.hidden = false;
      detail.replaceChildren(more);
      const list = item.closest('.findings');
      if (list && list.scrollHeight > list.clientHeight) {
        const shift = item.getBoundingClientRect().top - list.getBoundingClientRect().top;
        list.scrollTop += shift - list.clientHeight / 3;
      }
    }
    reveal(marks);
  }

  // One side's evidence of the selected finding, from the control in its details.
  function showEvidence(button) {
    if (selected !== button.dataset.f) select(button.dataset.f);
    const sentence = document.getElementById(button.dataset.s);
    if (!sentence) return;
    const marks = all('.hl[data-f]', sentence).filter((el) => el.dataset.f.split(' ').includes(button.dataset.f));
    reveal(marks.length > 0 ? marks : [sentence]);
    if (marks.length > 0) marks[0].focus({ preventScroll: true });
  }

  function fromHash() {
    const match = /^#finding-(.+)$/.exec(location.hash);
    let id = null;
    try {
      id = match && decodeURIComponent(match[1]);
    } catch {
      return; // a malformed escape in a hand-typed link: nothing to select
    }
    if (id && document.getElementById('finding-' + id)) select(id);
  }

  function pickMark(el) {
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
