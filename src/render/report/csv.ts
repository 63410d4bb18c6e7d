import { csvLines, type CsvOptions } from '../encode/csv.js';
import { gathered } from '../rendered.js';
import type { AttributionView, ClaimView } from '../../views/claim-view.js';
import {
  anonymityText,
  evidenceText,
  findingRuleIds,
  findingTexts,
  groundRuleText,
  howText,
  sourceLabel,
  standingText,
  suppressionTexts,
} from '../../views/labels.js';
import type { Report, StoryReport } from '../../views/report-model.js';

/** The tables `claims report --format csv --table NAME` writes, one per run (default `claims`). */
export const REPORT_CSV_TABLES = ['claims', 'sources', 'questions'] as const;
export type ReportCsvTable = (typeof REPORT_CSV_TABLES)[number];

const SOURCES_HEADER = [
  'story',
  'source',
  'name',
  'description',
  'type',
  'anonymous',
  'anonymity_reason',
  'ground_rule',
  'claims',
  'as_attribution',
  'as_relay',
  'as_evidence_origin',
  'finding_rules',
  'findings',
] as const;

const QUESTIONS_HEADER = ['story', 'kind', 'rule', 'question', 'claims', 'sources', 'findings'] as const;

const HEADER = [
  'story',
  'claim',
  'type',
  'statement',
  'source',
  'who',
  'relation',
  'how',
  'standing',
  'quote',
  'evidence',
  'independent_origins',
  'origins',
  'likelihood',
  'credibility',
  'grade',
  'reliability_label',
  'credibility_label',
  'rationale',
  'status',
  'review_by',
  'review_date',
  'review_note',
  'open_findings',
  'findings',
  'suppressions',
] as const;

/** Each table's header, and its rows for one story. */
const TABLES: Readonly<Record<ReportCsvTable, { header: readonly string[]; rows: (entry: StoryReport) => string[][] }>> = {
  claims: {
    header: HEADER,
    rows: (entry) =>
      entry.claims.flatMap((view) =>
        view.attributions.length === 0 ? [row(view, undefined)] : view.attributions.map((attribution) => row(view, attribution)),
      ),
  },
  sources: {
    header: SOURCES_HEADER,
    rows: (entry) =>
      entry.sourceRows.map((row) => [
        entry.story.id,
        row.source.id,
        row.source.name ?? '',
        row.source.description ?? '',
        row.source.type ?? 'unknown',
        row.source.anonymous ? 'yes' : 'no',
        row.source.anonymous ? anonymityText(row).replace(/^anonymous: /, '') : '',
        groundRuleText(row.source),
        String(row.claims),
        String(row.asAttribution),
        String(row.asRelay),
        String(row.asEvidenceOrigin),
        [...new Set(row.findings.map((finding) => finding.ruleId))].sort().join(' '),
        findingTexts(row.findings).join('; '),
      ]),
  },
  questions: {
    header: QUESTIONS_HEADER,
    rows: (entry) =>
      entry.openQuestions.map((question) => [
        entry.story.id,
        question.kind,
        question.ruleId,
        question.text,
        question.claims.join(' '),
        question.sources.join(' '),
        question.messages.join('; '),
      ]),
  },
};

/**
 * RFC 4180 CSV, one table per run: `claims` (default), `sources` or `questions` (the open questions), a row
 * at a time. The claims table has one row per claim and attribution (a claim with none gets one row with
 * the source columns empty). Bound for stdout (the default), runner command openers in fields are broken (docs/ci.md).
 */
export function renderReportCsv(report: Report, options: { sink?: 'stdout' | 'file'; table?: ReportCsvTable } = {}): Generator<string> {
  return gathered(csvRows(report, TABLES[options.table ?? 'claims'], { inertCommands: options.sink !== 'file' }));
}

function* csvRows(report: Report, table: (typeof TABLES)[ReportCsvTable], options: CsvOptions): Generator<string> {
  yield csvLines([table.header], options);
  for (const entry of report.stories) for (const row of table.rows(entry)) yield csvLines([row], options);
}

function row(view: ClaimView, attribution: AttributionView | undefined): string[] {
  return [
    view.storyId,
    view.id,
    view.claim.type,
    view.claim.statement,
    attribution?.source.id ?? '',
    attribution ? sourceLabel(attribution.source) : '',
    attribution?.relation ?? '',
    attribution ? howText(attribution) : '',
    attribution ? standingText(attribution.source) : 'unattributed',
    attribution?.quote ?? '',
    view.evidence.map(evidenceText).join('; '),
    String(view.origins.length),
    view.origins.map((origin) => origin.id).join(' '),
    view.likelihood.term,
    String(view.grade.credibility),
    view.grade.code,
    view.grade.reliabilityLabel,
    view.grade.credibilityLabel,
    view.claim.confidence.rationale,
    view.claim.status,
    view.claim.review?.by ?? '',
    view.claim.review?.date ?? '',
    view.claim.review?.note ?? '',
    findingRuleIds(view).join(' '),
    findingTexts(view.findings).join('; '),
    suppressionTexts(view).join('; '),
  ];
}
