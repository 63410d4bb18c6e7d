import { plural } from '../../model/words.js';
import type { ChalkInstance } from 'chalk';
import { csvDocument } from '../encode/csv.js';
import { inertCommandPieces, inertCommands, TEXT_BREAK } from '../encode/runner-commands.js';
import { oneLine } from '../encode/terminal.js';
import type { AttributionView, ClaimView } from '../../views/claim-view.js';
import { drawPlainTableInPieces, type Column } from './terminal-table.js';
import { jsonText } from './json.js';

export const LIST_FORMATS = ['table', 'json', 'csv', 'ids'] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

const TABLE_COLUMNS: readonly Column[] = [
  { header: 'id', min: 20, preferred: 30, shrinkRank: 5 },
  { header: 'type', min: 8, preferred: 13, shrinkRank: 3 },
  { header: 'status', min: 10, preferred: 10, shrinkRank: 4 },
  { header: 'likelihood', min: 8, preferred: 12, shrinkRank: 2 },
  { header: 'grade', min: 5, preferred: 5, shrinkRank: 6 },
  { header: 'statement', min: 26, preferred: 40, shrinkRank: 0 },
  { header: 'sources', min: 8, preferred: 16, shrinkRank: 1 },
];

/** `yuri-ushakov via kommersant`: an attribution's origin and relays, by id; an inferred relay ends in `?`. */
function chainIds(attribution: AttributionView): string {
  return [attribution.source.id, ...attribution.via.map((relay) => (relay.inferred ? `${relay.id}?` : relay.id))].join(' via ');
}

function sourcesOf(view: ClaimView): string[] {
  return [
    ...view.attributions.map(chainIds),
    ...view.evidence.flatMap((evidence) => (evidence.origin ? [`${evidence.origin.id} (evidence)`] : [])),
  ];
}

/**
 * Renders the listed claims (already filtered and sorted) in one of the list formats. The list goes to
 * stdout, where a CI runner may read it: runner command openers are broken in every format (docs/ci.md).
 */
export function renderList(views: readonly ClaimView[], format: ListFormat, options: { chalk: ChalkInstance; width: number }): string {
  switch (format) {
    case 'ids':
      return inertCommands(views.map((view) => `${view.id}\n`).join(''), TEXT_BREAK);
    case 'json':
      return jsonText(views.map(listEntry));
    case 'csv':
      return csvDocument(
        ['id', 'story', 'type', 'status', 'likelihood', 'credibility', 'grade', 'statement', 'sources', 'tags'],
        views.map((view) => [
          view.id,
          view.storyId,
          view.claim.type,
          view.claim.status,
          view.likelihood.term,
          view.grade.credibility,
          view.grade.code,
          view.claim.statement,
          sourcesOf(view).join('; '),
          (view.claim.tags ?? []).join(' '),
        ]),
        { inertCommands: true },
      );
    case 'table':
      return [...renderListTable(() => [views], views.length, options)].join('');
  }
}

/**
 * `list --format table` over claims too many to hold the rows of at once: `chunks()` gives the views a few at a
 * time and is called twice (drawPlainTableInPieces), `count` is how many it gives in all. The text of
 * renderList(every view, 'table').
 */
export function* renderListTable(
  chunks: () => Iterable<readonly ClaimView[]>,
  count: number,
  options: { chalk: ChalkInstance; width: number },
): Generator<string> {
  if (count === 0) {
    yield 'No claims match.\n';
    return;
  }
  function* rows() {
    for (const views of chunks()) yield views.map(tableRow);
  }
  function* table() {
    yield* drawPlainTableInPieces(TABLE_COLUMNS, rows, { total: options.width, chalk: options.chalk });
    yield `${plural(count, 'claim')}\n`;
  }
  yield* inertCommandPieces(table(), TEXT_BREAK);
}

function tableRow(view: ClaimView): string[] {
  return [
    view.id,
    view.claim.type,
    view.claim.status,
    view.likelihood.term,
    view.grade.code,
    oneLine(view.claim.statement),
    sourcesOf(view).join(', ') || '—',
  ];
}

/** One claim in `claims list --format json`. */
function listEntry(view: ClaimView) {
  return {
    id: view.id,
    story: view.storyId,
    file: view.file,
    type: view.claim.type,
    status: view.claim.status,
    likelihood: view.likelihood.term,
    credibility: view.grade.credibility,
    grade: view.grade.code,
    statement: view.claim.statement,
    sources: view.attributions.map((attribution) => ({
      source: attribution.source.id,
      relation: attribution.relation,
      via: attribution.via.map((relay) => relay.id),
      inferredVia: attribution.via.filter((relay) => relay.inferred).map((relay) => relay.id),
    })),
    evidenceOrigins: view.evidence.flatMap((evidence) => (evidence.origin ? [evidence.origin.id] : [])),
    tags: [...(view.claim.tags ?? [])],
  };
}
