// The HTML report's inline script: fixed text, no record data is ever put in it. A classic script (no modules).
// Sorting (header buttons: click, Enter or Space; `aria-sort` kept in step), filtering (text, type,
// status) and anchor links (reveal a row a filter hid, highlight it and every claim sharing the span).
(() => {
  'use strict';
  const rowFor = (id) => document.getElementById(`claim-${id}`);

  for (const section of document.querySelectorAll('section.story')) {
    const table = section.querySelector('table.claims');
    if (!table) continue;
    const tbody = table.tBodies[0];
    const rows = Array.from(tbody.rows);
    const search = section.querySelector('.filters input[type="search"]');
    const type = section.querySelector('.filters select[name="type"]');
    const status = section.querySelector('.filters select[name="status"]');
    const count = section.querySelector('.filters .count');

    const applyFilters = () => {
      const words = search.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
      let shown = 0;
      for (const row of rows) {
        const text = row.textContent.toLowerCase();
        const match =
          words.every((word) => text.includes(word)) &&
          (!type.value || row.getAttribute('data-type') === type.value) &&
          (!status.value || row.getAttribute('data-status') === status.value);
        row.hidden = !match;
        row.classList.remove('revealed');
        if (match) shown++;
      }
      count.textContent = `${shown} of ${rows.length} claims shown`;
    };
    search.addEventListener('input', applyFilters);
    type.addEventListener('change', applyFilters);
    status.addEventListener('change', applyFilters);

    const headers = Array.from(table.tHead.rows[0].cells);
    headers.forEach((th, index) => {
      const button = th.querySelector('button');
      if (!button) return;
      button.addEventListener('click', () => {
        const ascending = th.getAttribute('aria-sort') !== 'ascending';
        const numeric = th.getAttribute('data-sort-as') === 'number';
        for (const other of headers) other.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const keyed = Array.from(tbody.rows, (row) => {
          const cell = row.cells[index];
          const raw = cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent.trim();
          return { row, key: numeric ? Number(raw) : raw.toLowerCase(), order: Number(row.getAttribute('data-order')) };
        });
        keyed.sort((a, b) => {
          const c = numeric ? a.key - b.key : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
          return (ascending ? c : -c) || a.order - b.order;
        });
        for (const entry of keyed) tbody.appendChild(entry.row);
      });
    });
  }

  const reveal = (id, related) => {
    const target = rowFor(id);
    if (!target) return false;
    for (const row of document.querySelectorAll('tr.highlight')) row.classList.remove('highlight');
    for (const other of [...related, id]) {
      const row = rowFor(other);
      if (!row) continue;
      if (row.hidden) {
        row.hidden = false;
        row.classList.add('revealed');
      }
      row.classList.add('highlight');
    }
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
    return true;
  };

  document.addEventListener('click', (event) => {
    const link = event.target?.closest?.('a[href^="#claim-"]');
    if (!link) return;
    const id = link.getAttribute('href').slice('#claim-'.length);
    const related = (link.getAttribute('data-claims') || '').split(' ').filter(Boolean);
    if (reveal(id, related)) event.preventDefault();
  });

  if (location.hash.startsWith('#claim-')) reveal(decodeURIComponent(location.hash.slice('#claim-'.length)), []);
})();
