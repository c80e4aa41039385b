// The part of the report's script (client.ts) that selects a finding: marks its spans on both
// sides, scrolls them into view, shows its details, and shows it again when a filter hid it.
// Plain ES2020 in a string, spliced into SCRIPT as written: it uses client.ts's `all`, `detail`,
// `empty`, `lowBox`, `selected` and `applyFilter`.

/** The selection functions of the report's script: reveal, unhide, select, showEvidence, fromHash. */
export const SELECT_FUNCTIONS = `  function reveal(marks) {
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

`;
