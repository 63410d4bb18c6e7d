// The HTML report's inline stylesheet and script. Both are fixed text: no record data is ever put in them.

/** Colours are chosen for WCAG AA contrast (4.5:1 or better for text) against their backgrounds. */
export const REPORT_CSS = `
:root { color-scheme: light; --text: #1b1b1b; --muted: #4a4a4a; --line: #c8c8c8; --link: #0b57d0; --focus: #0b57d0; --head: #f1f3f6; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--text); background: #ffffff; }
header.page, main, footer { max-width: 1500px; margin: 0 auto; padding: 0 1.25rem; }
header.page { padding-top: 1rem; }
h1 { font-size: 1.5rem; margin: 0.5rem 0; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.25rem; border-bottom: 2px solid var(--line); padding-bottom: 0.25rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
a { color: var(--link); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, tr:focus-visible, a.node:focus-visible rect { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip-link { position: absolute; left: -9999px; }
.skip-link:focus { left: 1rem; top: 1rem; background: #ffffff; padding: 0.5rem; z-index: 10; }
.meta { color: var(--muted); margin: 0.25rem 0 1rem; }
code { font: 0.85em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f3f3f3; padding: 0 0.2em; border-radius: 3px; overflow-wrap: break-word; }
dl.summary { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0; }
dl.summary dt { font-weight: 600; }
dl.summary dd { margin: 0; }
.story-text { max-width: 52rem; padding: 0.5rem 1rem; border-left: 4px solid var(--line); background: #fbfbfb; }
.story-text p { margin: 0.6rem 0; }
.story-text .story-heading { font-size: 1rem; margin: 1rem 0 0.3rem; }
a.anchor { color: var(--text); text-decoration: underline; text-decoration-color: #8a6d00; text-underline-offset: 2px; }
a.anchor.d1 { background: #fff4c2; }
a.anchor.d2 { background: #ffe58a; }
a.anchor.d3 { background: #ffd54f; }
a.anchor:hover { background: #ffcc33; }
a.anchor-marker { font-size: 0.75em; vertical-align: super; }
.hint, .caption-hint { color: var(--muted); font-size: 0.85rem; font-weight: normal; }
.filters { display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; align-items: center; margin: 0.5rem 0; }
.filters input, .filters select { font: inherit; padding: 0.2rem 0.4rem; border: 1px solid #767676; border-radius: 3px; color: var(--text); background: #ffffff; }
.filters .count { color: var(--muted); }
.table-wrap { overflow-x: auto; }
table.claims { border-collapse: collapse; width: 100%; font-size: 0.8rem; line-height: 1.4; }
table.claims caption { text-align: left; font-weight: 600; padding: 0.3rem 0; }
table.claims th, table.claims td { border: 1px solid var(--line); padding: 0.25rem 0.35rem; vertical-align: top; text-align: left; }
table.claims thead th { background: var(--head); position: sticky; top: 0; z-index: 1; padding: 0; }
table.claims thead button { font: inherit; font-weight: 600; color: var(--text); background: none; border: 0; padding: 0.3rem 0.35rem; width: 100%; text-align: left; cursor: pointer; }
table.claims thead th[aria-sort="ascending"] button::after { content: " \\25B2"; font-size: 0.7em; }
table.claims thead th[aria-sort="descending"] button::after { content: " \\25BC"; font-size: 0.7em; }
table.claims tbody th { font-weight: normal; }
table.claims .col-claim { min-width: 14rem; }
table.claims .col-quote { min-width: 8rem; }
table.claims .col-findings { min-width: 9.5rem; }
table.claims thead .col-order button { white-space: nowrap; }
table.claims tbody tr { scroll-margin-top: 3rem; }
table.claims tbody tr.highlight, table.claims tbody tr:target { background: #fff4c2; outline: 3px solid #8a6d00; outline-offset: -3px; }
table.claims tbody tr.revealed { box-shadow: inset 6px 0 0 #8a6d00; }
ul.plain { margin: 0; padding-left: 1rem; }
q { quotes: "\\201C" "\\201D"; }
.badge { display: inline-block; font-size: 0.75rem; padding: 0 0.35em; border-radius: 3px; border: 1px solid #767676; color: var(--text); background: #f3f3f3; white-space: nowrap; }
.badge.ok { border-color: #1e6b37; color: #13532a; background: #e6f4ea; }
.badge.bad, .badge.warn { border-color: #b3261e; color: #8c1d18; background: #fce8e6; }
.status { white-space: nowrap; }
.status.verified { color: #13532a; font-weight: 600; }
.status.refuted, .status.disputed, .status.retracted { color: #8c1d18; font-weight: 600; }
.standing.anonymous { color: #7a3e00; font-weight: 600; }
.suppressed { color: var(--muted); }
.unsafe-url { color: var(--muted); }
.legend { display: flex; flex-wrap: wrap; gap: 0.4rem 1.25rem; font-size: 0.85rem; margin: 0.25rem 0 0.5rem; padding: 0; list-style: none; }
.legend .key { display: inline-block; width: 2rem; height: 0; vertical-align: middle; margin-right: 0.3rem; border-top: 2px solid; }
.legend .relay, .legend .attribution { border-color: #2f5597; }
.legend .evidence { border-color: #1e6b37; border-top-width: 3px; }
.legend .derivation { border-color: #555555; border-top-style: dashed; }
.legend .contradiction { border-color: #b3261e; border-top-style: dotted; border-top-width: 3px; }
.legend .anon-key { display: inline-block; width: 1.4rem; height: 0.9rem; vertical-align: middle; margin-right: 0.3rem; border: 1.5px dashed #8a4b00; background: #fdf3e7; border-radius: 6px; }
.graph-wrap { overflow: auto; border: 1px solid var(--line); max-height: 90vh; }
svg.graph { display: block; font: 12px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
svg.graph .node rect { fill: #ffffff; stroke: #555555; }
svg.graph .source rect { fill: #eef3fb; stroke: #2f5597; }
svg.graph .source.anonymous rect { fill: #fdf3e7; stroke: #8a4b00; stroke-dasharray: 4 3; }
svg.graph .node text { fill: #1b1b1b; }
svg.graph a.node:hover rect, svg.graph a.node:focus rect { fill: #fff4c2; stroke: #8a6d00; }
svg.graph .claim.status-verified rect { stroke: #1e6b37; stroke-width: 2; }
svg.graph .claim.status-refuted rect, svg.graph .claim.status-disputed rect { stroke: #b3261e; stroke-width: 2; }
svg.graph .group-heading { font-weight: 600; fill: #4a4a4a; }
svg.graph .edge { fill: none; stroke-width: 1.2; }
svg.graph .edge.relay, svg.graph .edge.attribution { stroke: #2f5597; stroke-opacity: 0.55; }
svg.graph .edge.evidence { stroke: #1e6b37; stroke-width: 2; }
svg.graph .edge.derivation { stroke: #555555; stroke-dasharray: 5 3; }
svg.graph .edge.contradiction { stroke: #b3261e; stroke-dasharray: 2 3; stroke-width: 2; }
svg.graph marker path { fill: #2f5597; }
svg.graph marker.evidence path { fill: #1e6b37; }
svg.graph marker.derivation path { fill: #555555; }
footer { color: var(--muted); font-size: 0.85rem; margin-top: 2rem; padding-bottom: 2rem; }
@media print {
  body { font-size: 10pt; }
  header.page, main, footer { max-width: none; padding: 0; }
  .filters, .caption-hint, .hint, a.to-text, .skip-link { display: none !important; }
  a { color: inherit; text-decoration: none; }
  a.anchor { text-decoration: underline; }
  .table-wrap { overflow: visible; }
  table.claims { font-size: 7.5pt; }
  table.claims .col-claim, table.claims .col-quote, table.claims .col-findings { min-width: 0; }
  table.claims code { overflow-wrap: anywhere; }
  table.claims thead { display: table-header-group; }
  table.claims thead th { position: static; }
  table.claims tr { break-inside: avoid; }
  table.claims tbody tr.highlight, table.claims tbody tr:target { outline: none; background: none; }
  .graph-wrap { overflow: visible; max-height: none; border: 0; }
  svg.graph { max-width: 100%; height: auto; }
  section.story { break-before: page; }
  section.story:first-of-type { break-before: auto; }
  h2, h3 { break-after: avoid; }
}
`;

/**
 * Sorting (header buttons: click, Enter or Space; `aria-sort` kept in step), filtering (text, type,
 * status) and anchor links (reveal a row a filter hid, highlight it and every claim sharing the span).
 */
export const REPORT_JS = `
(function () {
  'use strict';
  function each(list, fn) { Array.prototype.forEach.call(list, fn); }
  function rowFor(id) { return document.getElementById('claim-' + id); }

  each(document.querySelectorAll('section.story'), function (section) {
    var table = section.querySelector('table.claims');
    if (!table) return;
    var tbody = table.tBodies[0];
    var rows = Array.prototype.slice.call(tbody.rows);
    var search = section.querySelector('.filters input[type="search"]');
    var type = section.querySelector('.filters select[name="type"]');
    var status = section.querySelector('.filters select[name="status"]');
    var count = section.querySelector('.filters .count');

    function applyFilters() {
      var words = search.value.trim().toLowerCase().split(/\\s+/).filter(Boolean);
      var shown = 0;
      rows.forEach(function (row) {
        var text = row.textContent.toLowerCase();
        var match = words.every(function (word) { return text.indexOf(word) !== -1; }) &&
          (!type.value || row.getAttribute('data-type') === type.value) &&
          (!status.value || row.getAttribute('data-status') === status.value);
        row.hidden = !match;
        row.classList.remove('revealed');
        if (match) shown++;
      });
      count.textContent = shown + ' of ' + rows.length + ' claims shown';
    }
    search.addEventListener('input', applyFilters);
    type.addEventListener('change', applyFilters);
    status.addEventListener('change', applyFilters);

    var headers = table.tHead.rows[0].cells;
    each(headers, function (th, index) {
      var button = th.querySelector('button');
      if (!button) return;
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        var numeric = th.getAttribute('data-sort-as') === 'number';
        each(headers, function (other) { other.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var keyed = Array.prototype.map.call(tbody.rows, function (row) {
          var cell = row.cells[index];
          var raw = cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent.trim();
          return { row: row, key: numeric ? Number(raw) : raw.toLowerCase(), order: Number(row.getAttribute('data-order')) };
        });
        keyed.sort(function (a, b) {
          var c = numeric ? a.key - b.key : (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
          return (ascending ? c : -c) || a.order - b.order;
        });
        keyed.forEach(function (entry) { tbody.appendChild(entry.row); });
      });
    });
  });

  function reveal(id, related) {
    var target = rowFor(id);
    if (!target) return false;
    each(document.querySelectorAll('tr.highlight'), function (row) { row.classList.remove('highlight'); });
    related.concat([id]).forEach(function (other) {
      var row = rowFor(other);
      if (!row) return;
      if (row.hidden) { row.hidden = false; row.classList.add('revealed'); }
      row.classList.add('highlight');
    });
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
    return true;
  }

  document.addEventListener('click', function (event) {
    var link = event.target && event.target.closest ? event.target.closest('a[href^="#claim-"]') : null;
    if (!link) return;
    var id = link.getAttribute('href').slice('#claim-'.length);
    var related = (link.getAttribute('data-claims') || '').split(' ').filter(Boolean);
    if (reveal(id, related)) event.preventDefault();
  });

  if (location.hash.indexOf('#claim-') === 0) reveal(decodeURIComponent(location.hash.slice('#claim-'.length)), []);
})();
`;
