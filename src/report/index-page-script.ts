/**
 * The index's script: pages, sorts and filters the pair table from the JSON data block, so a batch
 * of 50,000 pairs keeps one page of rows (`PAGE_SIZE`) in the DOM. The filter (hidden without
 * script, which it needs) keeps the pairs whose event, outlet names or ids contain its text, or whose
 * status or error does, and, if a kind is chosen, those that show at least one finding of it. A data row is
 * `[event, outlet a, a, outlet b, b, status, error, ...counts by FINDING_KINDS, [files]]`;
 * `pairRow` in index-page.ts renders the same cells for the first page, which shows without script.
 */
export const INDEX_SCRIPT = `(function () {
  var table = document.getElementById('pairs');
  var data = JSON.parse(document.getElementById('pairs-data').textContent);
  var kinds = JSON.parse(table.getAttribute('data-kinds'));
  var size = Number(table.getAttribute('data-page-size'));
  var body = table.tBodies[0];
  var info = document.getElementById('pairs-info');
  var prev = document.getElementById('pairs-prev');
  var next = document.getElementById('pairs-next');
  var order = data.map(function (_, i) { return i; });
  var shown = order;
  var page = 0;
  var filter = document.getElementById('pairs-filter');
  var text = document.getElementById('pairs-filter-text');
  var kind = document.getElementById('pairs-filter-kind');
  // One lower-case line per pair, built once: the filter tests a substring, not each field.
  var haystack = data.map(function (d) {
    return [d[0], d[1], d[2], d[3], d[4], d[5], d[5] === 'ok' ? '' : d[6]].join('\\n').toLowerCase();
  });
  function select() {
    var needle = text.value.trim().toLowerCase(), k = kinds.indexOf(kind.value);
    shown = order.filter(function (i) {
      return (needle === '' || haystack[i].indexOf(needle) >= 0) && (k < 0 || data[i][7 + k] > 0);
    });
  }
  function td(tr, text, cls) {
    var c = tr.insertCell(); c.textContent = text; if (cls) c.className = cls; return c;
  }
  function outlet(tr, name, id) {
    var c = td(tr, name + ' '); var s = document.createElement('small');
    s.textContent = '(' + id + ')'; c.appendChild(s);
  }
  function row(d, i) {
    var tr = document.createElement('tr'); tr.setAttribute('data-index', i);
    td(tr, d[0]); outlet(tr, d[1], d[2]); outlet(tr, d[3], d[4]);
    var st = td(tr, d[5] === 'ok' ? 'ok' : ''); st.setAttribute('data-sort', d[5]);
    if (d[5] !== 'ok') { var e = document.createElement('span'); e.className = 'error'; e.textContent = 'error: ' + d[6]; st.appendChild(e); }
    // A failed pair has no counts: a dash, not zeros that read as "no findings" (user trial 8).
    for (var k = 0; k < kinds.length; k++) td(tr, d[5] === 'ok' ? String(d[7 + k]) : '\u2014', 'n');
    var links = td(tr, '');
    d[7 + kinds.length].forEach(function (file, j) {
      if (j > 0) links.appendChild(document.createTextNode(' '));
      var a = document.createElement('a');
      a.href = file.split('/').map(encodeURIComponent).join('/');
      a.textContent = file.slice(file.lastIndexOf('.') + 1); links.appendChild(a);
    });
    return tr;
  }
  function render() {
    var start = page * size, end = Math.min(shown.length, start + size);
    var rows = document.createDocumentFragment();
    for (var k = start; k < end; k++) rows.appendChild(row(data[shown[k]], shown[k]));
    body.textContent = ''; body.appendChild(rows);
    var of = shown.length === data.length ? '' : ' (filtered from ' + data.length + ')';
    info.textContent = shown.length === 0 ? 'No pair matches the filter (of ' + data.length + ')'
      : 'Pairs ' + (start + 1) + '–' + end + ' of ' + shown.length + of;
    prev.disabled = page === 0; next.disabled = end >= shown.length;
  }
  var keys = [0, 1, 3, 5].concat(kinds.map(function (_, k) { return 7 + k; }));
  table.querySelectorAll('th button').forEach(function (button, column) {
    button.addEventListener('click', function () {
      var th = button.parentElement, up = th.getAttribute('aria-sort') !== 'ascending';
      table.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', up ? 'ascending' : 'descending');
      var at = keys[column];
      var key = at === undefined ? function (d) { return d[7 + kinds.length].join(' '); } : function (d) { return d[at]; };
      order.sort(function (x, y) {
        var a = key(data[x]), b = key(data[y]);
        var d = typeof a === 'number' ? a - b : String(a).localeCompare(String(b));
        return (up ? d : -d) || x - y;
      });
      select(); page = 0; render();
    });
  });
  // The filter lives in the address (#q=…&kind=…), so a filtered view can be linked and reloaded.
  function remember() {
    var q = new URLSearchParams();
    if (text.value !== '') q.set('q', text.value);
    if (kind.value !== '') q.set('kind', kind.value);
    var hash = q.toString();
    try { history.replaceState(null, '', hash === '' ? location.pathname + location.search : '#' + hash); } catch (e) {}
  }
  function refilter() { select(); page = 0; render(); remember(); }
  function fromAddress() {
    var saved = new URLSearchParams(location.hash.slice(1));
    text.value = saved.get('q') || '';
    kind.value = kinds.indexOf(saved.get('kind')) >= 0 ? saved.get('kind') : '';
  }
  fromAddress();
  text.addEventListener('input', refilter);
  kind.addEventListener('change', refilter);
  // A link to another filtered view, an edited address or Back changes only the hash: apply it,
  // so the view matches the address (user trial 21b, item 9). replaceState fires no hashchange.
  window.addEventListener('hashchange', function () { fromAddress(); select(); page = 0; render(); });
  filter.hidden = false;
  select();
  prev.addEventListener('click', function () { page -= 1; render(); });
  next.addEventListener('click', function () { page += 1; render(); });
  render();
})();`;
