import { escapeHtml, htmlAttr, htmlLink, htmlText } from '../encode/html.js';
import type { AttributionView, ClaimView, EvidenceView } from '../../views/claim-view.js';
import { CLAIM_TYPES, STATUSES, statusRank, typeRank } from '../../views/enums.js';
import {
  evidenceStateText,
  findingRuleIds,
  gradeText,
  howText,
  likelihoodText,
  reviewText,
  sourceLabel,
  sourceWithKind,
  standingText,
} from '../../views/labels.js';

interface Column {
  header: string;
  /** How the script compares the cells' `data-sort` (or text). */
  sortAs: 'number' | 'text';
  cell: (view: ClaimView, order: number) => { html: string; sort?: string | number; rowHeader?: boolean };
}

const COLUMNS: readonly Column[] = [
  { header: '#', sortAs: 'number', cell: (_, order) => ({ html: String(order), sort: order }) },
  {
    header: 'Claim',
    sortAs: 'text',
    cell: (view) => ({
      rowHeader: true,
      sort: view.id,
      html: `<code>${htmlText(view.id)}</code>${view.anchor.start !== undefined ? ` <a class="to-text" href="#at-${htmlAttr(view.id)}" title="show in the story text">↑ text</a>` : ` <span class="badge warn">anchor ${escapeHtml(view.anchor.status)}</span>`}<br>${htmlText(view.claim.statement)}`,
    }),
  },
  { header: 'Type', sortAs: 'number', cell: (view) => ({ html: escapeHtml(view.claim.type), sort: typeRank(view.claim.type) }) },
  {
    header: 'Who',
    sortAs: 'text',
    cell: (view) =>
      view.unattributed
        ? { html: '<em>unattributed</em>', sort: '' }
        : {
            html: perAttribution(
              view,
              (a) => `<span title="${htmlAttr(sourceWithKind(a.source))}">${htmlText(sourceLabel(a.source))}</span>`,
            ),
            sort: sourceLabel(view.attributions[0]!.source),
          },
  },
  { header: 'How', sortAs: 'text', cell: (view) => ({ html: perAttribution(view, (a) => htmlText(howText(a))) }) },
  {
    header: 'Record',
    sortAs: 'text',
    cell: (view) => ({
      html: perAttribution(view, (a) => {
        const standing = standingText(a.source);
        return `<span class="standing ${htmlAttr(standing)}">${htmlText(standing)}</span>`;
      }),
    }),
  },
  {
    header: 'Quote',
    sortAs: 'text',
    cell: (view) => ({ html: perAttribution(view, (a) => (a.quote === undefined ? '' : `<q>${htmlText(a.quote)}</q>`)) }),
  },
  { header: 'Evidence', sortAs: 'number', cell: (view) => ({ html: list(view.evidence.map(evidenceHtml)), sort: view.evidence.length }) },
  {
    header: 'Origins',
    sortAs: 'number',
    cell: (view) => ({
      html: `${view.origins.length}${view.origins.length > 0 ? `: ${view.origins.map((origin) => `<code title="${htmlAttr(sourceWithKind(origin))}">${htmlText(origin.id)}</code>`).join(', ')}` : ''}`,
      sort: view.origins.length,
    }),
  },
  {
    header: 'Likelihood',
    sortAs: 'number',
    cell: (view) => ({
      html: `<span title="${htmlAttr(likelihoodText(view))}">${escapeHtml(view.likelihood.label)}</span>`,
      sort: view.likelihood.range[0],
    }),
  },
  {
    header: 'Grade',
    sortAs: 'text',
    cell: (view) => ({
      html: `<abbr title="${htmlAttr(gradeText(view.grade))}">${escapeHtml(view.grade.code)}</abbr>`,
      sort: view.grade.code,
    }),
  },
  { header: 'Rationale', sortAs: 'text', cell: (view) => ({ html: htmlText(view.claim.confidence.rationale) }) },
  {
    header: 'Status',
    sortAs: 'number',
    cell: (view) => ({
      html: `<span class="status ${htmlAttr(view.claim.status)}">${escapeHtml(view.claim.status)}</span>`,
      sort: statusRank(view.claim.status),
    }),
  },
  {
    header: 'Review',
    sortAs: 'text',
    cell: (view) => ({ html: htmlText(reviewText(view)), sort: view.claim.review?.date ?? '' }),
  },
  { header: 'Findings', sortAs: 'number', cell: (view) => ({ html: findingsHtml(view), sort: view.findings.length }) },
];

function perAttribution(view: ClaimView, cell: (attribution: AttributionView) => string): string {
  return view.attributions.length <= 1 ? view.attributions.map(cell).join('') : list(view.attributions.map(cell));
}

function list(items: readonly string[]): string {
  return items.length === 0 ? '' : `<ul class="plain">${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
}

function evidenceHtml(evidence: EvidenceView): string {
  const title = htmlText(evidence.title);
  const state = `<span class="badge ${evidence.state === 'ok' ? 'ok' : evidence.state === 'not-archived' || evidence.state === 'unchecked' ? '' : 'bad'}"${evidence.detail ? ` title="${htmlAttr(evidence.detail)}"` : ''}>${escapeHtml(evidenceStateText(evidence))}</span>`;
  return `${escapeHtml(evidence.type)}: ${evidence.url === undefined ? title : htmlLink(evidence.url, title)} (${escapeHtml(evidence.relation)}) ${state}`;
}

function findingsHtml(view: ClaimView): string {
  const ids = findingRuleIds(view);
  const suppressed = view.claim.suppress ?? [];
  const open = ids.map(
    (id) =>
      `<code title="${htmlAttr(
        view.findings
          .filter((finding) => finding.ruleId === id)
          .map((finding) => finding.message)
          .join(' · '),
      )}">${ruleIdHtml(id)}</code>`,
  );
  const silenced = suppressed.map(
    (entry) => `<span class="suppressed"><code>${ruleIdHtml(entry.rule)}</code> suppressed: ${htmlText(entry.reason)}</span>`,
  );
  return [...open, ...silenced].join('<br>');
}

/** `col-claim`, `col-quote`, …: lets the stylesheet size a column without counting positions. */
function columnClass(column: Column): string {
  return column.header === '#' ? 'col-order' : `col-${column.header.toLowerCase()}`;
}

/** A rule id that may break after its slash. */
function ruleIdHtml(id: string): string {
  return id.split('/').map(htmlText).join('/<wbr>');
}

/** Filter controls (text, type, status) and the sortable claims table of one story, line by line (a row a line). */
export function claimsTableHtml(claims: readonly ClaimView[], options: { idPrefix: string; caption: string }): string[] {
  const p = options.idPrefix;
  const present = <T extends string>(all: readonly T[], actual: readonly string[]) => all.filter((value) => actual.includes(value));
  const types = present(
    CLAIM_TYPES,
    claims.map((view) => view.claim.type),
  );
  const statuses = present(
    STATUSES,
    claims.map((view) => view.claim.status),
  );
  const select = (name: string, label: string, values: readonly string[]) =>
    `<label>${label} <select name="${name}" id="${p}-${name}"><option value="">all</option>${values.map((value) => `<option value="${htmlAttr(value)}">${escapeHtml(value)}</option>`).join('')}</select></label>`;
  const controls = [
    `<div class="filters" role="search" aria-label="Filter the claims">`,
    `<label>Filter <input type="search" id="${p}-search" placeholder="words, ids, sources…" autocomplete="off"></label>`,
    select('type', 'Type', types),
    select('status', 'Status', statuses),
    `<span class="count" role="status" aria-live="polite">${claims.length} of ${claims.length} claims shown</span>`,
    '</div>',
  ].join('\n');
  const head = COLUMNS.map(
    (column, index) =>
      `<th scope="col" class="${columnClass(column)}" data-sort-as="${column.sortAs}"${index === 0 ? ' aria-sort="ascending"' : ''}><button type="button">${escapeHtml(column.header)}</button></th>`,
  ).join('');
  const rows = claims.map((view, index) => {
    const cells = COLUMNS.map((column) => {
      const cell = column.cell(view, index + 1);
      const tag = cell.rowHeader ? 'th scope="row"' : 'td';
      const sort = cell.sort === undefined ? '' : ` data-sort="${htmlAttr(String(cell.sort))}"`;
      return `<${tag} class="${columnClass(column)}"${sort}>${cell.html}</${cell.rowHeader ? 'th' : 'td'}>`;
    });
    return `<tr id="claim-${htmlAttr(view.id)}" data-order="${index + 1}" data-type="${htmlAttr(view.claim.type)}" data-status="${htmlAttr(view.claim.status)}" tabindex="-1">${cells.join('')}</tr>`;
  });
  return [
    controls,
    '<div class="table-wrap">',
    '<table class="claims">',
    `<caption>${htmlText(options.caption)} <span class="caption-hint">Select a column heading to sort.</span></caption>`,
    `<thead><tr>${head}</tr></thead>`,
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
    '</div>',
  ];
}
