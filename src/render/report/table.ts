import type { ChalkInstance } from 'chalk';
import { inertCommandPieces, TEXT_BREAK } from '../encode/runner-commands.js';
import { gathered } from '../rendered.js';
import { terminalSafe } from '../encode/terminal.js';
import { provenanceGraph } from '../../views/graph-model.js';
import { provenanceLines } from '../graph/text.js';
import type { ClaimView } from '../../views/claim-view.js';
import { terminalTableLines, type Column } from './terminal-table.js';
import {
  anonymityText,
  evidenceText,
  findingTexts,
  gradeLegendLines,
  groundRuleText,
  howText,
  originsText,
  restingText,
  reviewText,
  sourceLabel,
  standingText,
  summaryRows,
  suppressionTexts,
} from '../../views/labels.js';
import type { Report, StoryReport } from '../../views/report-model.js';

const COLUMNS: readonly Column[] = [
  { header: '#', min: 2, preferred: 2, shrinkRank: 9 },
  { header: 'claim', min: 20, preferred: 32, max: 60, shrinkRank: 1 },
  { header: 'who · how · record · quote', min: 18, preferred: 26, max: 44, shrinkRank: 0 },
  { header: 'evidence', min: 8, preferred: 14, max: 30, shrinkRank: 2 },
  { header: 'likelihood · grade · status · rationale · review', min: 14, preferred: 24, max: 40, shrinkRank: 4 },
  { header: 'findings', min: 13, preferred: 16, max: 30, shrinkRank: 3 },
];

const SOURCE_COLUMNS: readonly Column[] = [
  { header: 'source', min: 16, preferred: 28, max: 44, shrinkRank: 0 },
  { header: 'type', min: 8, preferred: 12, shrinkRank: 4 },
  { header: 'named or anonymous · ground rule', min: 14, preferred: 24, max: 40, shrinkRank: 1 },
  { header: 'claims resting on it', min: 10, preferred: 14, max: 20, shrinkRank: 3 },
  { header: 'findings', min: 13, preferred: 24, max: 50, shrinkRank: 2 },
];

function sourcing(view: ClaimView): string {
  if (view.unattributed) return 'unattributed';
  return view.attributions
    .map((attribution) =>
      [
        `${sourceLabel(attribution.source)} [${standingText(attribution.source)}]`,
        howText(attribution),
        attribution.quote === undefined ? undefined : `“${attribution.quote}”`,
      ]
        .filter((line) => line !== undefined)
        .join('\n'),
    )
    .join('\n\n');
}

/**
 * The report for a terminal: per story a wrapped table that fits `width`, the summary and the provenance as
 * text. Runner command openers are broken in the cells before layout (terminalTable) and in the title,
 * summary and provenance lines of the finished text (docs/ci.md).
 */
export function renderReportTable(report: Report, options: { chalk: ChalkInstance; width: number }): Generator<string> {
  return inertCommandPieces(gathered(storyTables(report, options)), TEXT_BREAK);
}

/** A line at a time, gathered into pieces: a story's part alone can be too large for one (rendered.ts, gathered). */
function* storyTables(report: Report, options: { chalk: ChalkInstance; width: number }): Generator<string> {
  let index = 0;
  for (const entry of report.stories) {
    if (index++ > 0) yield '\n';
    for (const line of storyTable(entry, options)) yield `${line}\n`;
  }
  if (index === 0) yield 'No stories matched.\n';
}

/** A story's part of the report, line by line. */
function storyTable(entry: StoryReport, options: { chalk: ChalkInstance; width: number }): string[] {
  const { chalk } = options;
  const rows = entry.claims.map((view, index) => [
    String(index + 1),
    `${view.id}\n${view.claim.statement}`,
    `${sourcing(view)}\n\norigins ${originsText(view)}`,
    view.evidence.map(evidenceText).join('\n') || '—',
    [
      view.likelihood.label,
      view.grade.code,
      view.claim.status,
      '',
      `rationale: ${view.claim.confidence.rationale}`,
      ...(view.claim.review ? [`review: ${reviewText(view)}`] : []),
    ].join('\n'),
    [...findingTexts(view.findings), ...suppressionTexts(view)].join('\n') || '—',
  ]);
  const title = chalk.bold(terminalSafe(`${entry.story.title} (${entry.story.id})`));
  const table =
    entry.claims.length === 0 ? ['No claims.'] : terminalTableLines(COLUMNS, rows, { total: options.width, chalk, layout: 'boxed' });
  const questions =
    entry.openQuestions.length === 0
      ? ['  None: no finding needs the desk’s attention.']
      : entry.openQuestions.map(
          (question, index) =>
            `  ${index + 1}. [${question.kind}] ${terminalSafe(question.text)}${question.claims.length > 0 ? ` — claims: ${terminalSafe(question.claims.join(', '))}` : ''}`,
        );
  const sourceRows = entry.sourceRows.map((row) => [
    `${row.source.id}\n${sourceLabel(row.source)}`,
    row.source.type ?? 'unknown',
    [anonymityText(row), groundRuleText(row.source)].filter((part) => part !== '').join('\n'),
    restingText(row),
    findingTexts(row.findings).join('\n') || '—',
  ]);
  const sources =
    sourceRows.length === 0
      ? ['No sources.']
      : terminalTableLines(SOURCE_COLUMNS, sourceRows, { total: options.width, chalk, layout: 'boxed' });
  const legend = gradeLegendLines().map((line) => `  ${line}`);
  const summary = summaryRows(entry.summary).map(([measure, value]) => `  ${measure}: ${terminalSafe(value)}`);
  const provenance = provenanceLines(provenanceGraph(entry.claims)).map((line) => `  ${terminalSafe(line)}`);
  return [
    title,
    chalk.bold('Open questions'),
    ...questions,
    '',
    chalk.bold('Claims'),
    ...table,
    '',
    chalk.bold('Grades'),
    ...legend,
    '',
    chalk.bold('Sources'),
    ...sources,
    '',
    chalk.bold('Summary'),
    ...summary,
    '',
    chalk.bold('Provenance'),
    ...provenance,
  ];
}
