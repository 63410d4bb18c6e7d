import { inertLegacyOpeners, JSON_BREAK } from '../encode/runner-commands.js';
import { terminalSafe } from '../encode/terminal.js';
import type { AttributionView, ClaimView, EvidenceView } from '../../views/claim-view.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { findingRuleIds, groundRuleText, percent, standingText } from '../../views/labels.js';
import type { OpenQuestion, Report, SourceRow, StoryReport } from '../../views/report-model.js';
import { provenanceGraph } from '../../views/graph-model.js';
import { gathered } from '../rendered.js';

/** Version of the shape documented in docs/report-json.md; bumped on any incompatible change. */
export const REPORT_JSON_VERSION = 'claims/report/v1';

/**
 * JSON text, two-space indented unless told otherwise, with every character the terminal encoder would show as an escape (C1
 * controls, bidi and invisible formatting characters) written as `\uXXXX`: JSON.parse reads the same
 * text back, and no viewer of the file can be tricked by it. JSON.stringify already escapes C0 controls.
 * The second `#` of a CI runner command opener `##[` is written `\u0023`, so no CI log line holds one.
 */
export function jsonText(value: unknown, indent: number = 2): string {
  return `${viewerSafe(JSON.stringify(value, null, indent))}\n`;
}

/** JSON text with the characters a viewer could be tricked by written as escapes (see jsonText). */
function viewerSafe(json: string): string {
  const visible = json.replace(/[\u007f-\uffff]/g, (char) =>
    terminalSafe(char) === char ? char : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return inertLegacyOpeners(visible, JSON_BREAK);
}

/**
 * The report as JSON: the shape in docs/report-json.md, keys in a fixed order, lists sorted. The text
 * of jsonText(reportDocument(report)), made one story at a time.
 */
export function renderReportJson(report: Report): Generator<string> {
  return gathered(reportJsonPieces(report, 2));
}

/**
 * jsonText(reportDocument(report), indent) in pieces, each no more than a claim's entry or a top-level field of a
 * story: two-space indented (`--format json`) or on one line (the copy html carries). viewerSafe is applied
 * piece by piece, which is the same as over the whole: a piece ends between two JSON values, and a `##[` lies
 * within one string.
 */
export function* reportJsonPieces(report: Report, indent: 0 | 2): Generator<string> {
  // reportDocument's keys, in its order, laid out as JSON.stringify lays them out.
  const [pad, line, space] = indent === 0 ? ['', '', ''] : [' '.repeat(indent), '\n', ' '];
  let first = true;
  for (const entry of report.stories) {
    yield first
      ? `{${line}${pad}"version":${space}${JSON.stringify(REPORT_JSON_VERSION)},${line}${pad}"stories":${space}[${line}${pad}${pad}`
      : `,${line}${pad}${pad}`;
    // A story is nested two levels deep; its fields and their items are written one at a time.
    for (const piece of jsonPieces(storyDocument(entry), indent, 2, 2)) yield viewerSafe(piece);
    first = false;
  }
  yield first ? jsonText(reportDocument(report), indent) : `${line}${pad}]${line}}\n`;
}

/**
 * The text of JSON.stringify(value, null, indent) for a value nested `depth` levels deep in a larger document
 * (its later lines moved in to match), in pieces: the entries of its objects and arrays down to `levels` levels
 * are written one at a time.
 */
function* jsonPieces(value: unknown, indent: number, levels: number, depth: number): Generator<string> {
  const pad = (level: number) => (indent === 0 ? '' : `\n${' '.repeat(indent * level)}`);
  if (levels === 0 || typeof value !== 'object' || value === null || 'toJSON' in value) {
    yield JSON.stringify(value, null, indent).replaceAll('\n', pad(depth));
    return;
  }
  // JSON.stringify leaves out an object's fields it cannot write, and writes an array's items as null.
  const list = Array.isArray(value);
  const entries = list ? value.map((item): [string, unknown] => ['', item]) : Object.entries(value).filter(([, item]) => writable(item));
  const [open, close] = list ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) {
    yield `${open}${close}`;
    return;
  }
  for (const [index, [key, item]] of entries.entries()) {
    yield `${index === 0 ? open : ','}${pad(depth + 1)}${list ? '' : `${JSON.stringify(key)}:${indent === 0 ? '' : ' '}`}`;
    yield* jsonPieces(writable(item) ? item : null, indent, levels - 1, depth + 1);
  }
  yield `${pad(depth)}${close}`;
}

/** Whether JSON.stringify writes a value (undefined, functions and symbols it leaves out). */
function writable(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}

/** The whole document; reportJsonPieces writes the same text a story at a time, so its keys are kept there too. */
export function reportDocument(report: Report) {
  return { version: REPORT_JSON_VERSION, stories: Array.from(report.stories, storyDocument) };
}

function storyDocument(entry: StoryReport) {
  const { story, summary } = entry;
  const graph = provenanceGraph(entry.claims);
  return {
    id: story.id,
    title: story.title,
    file: entry.file,
    url: story.url ?? null,
    publisher: story.publisher ?? null,
    published: story.published ?? null,
    byline: story.byline === undefined ? null : story.byline,
    textProblem: entry.textProblem ?? null,
    summary: {
      claims: summary.claims,
      byType: Object.fromEntries(summary.byType.map(({ type, count }) => [type, count])),
      anonymousOnly: { count: summary.anonymousOnly, percent: percent(summary.anonymousOnly, summary.claims) },
      unattributed: { count: summary.unattributed, percent: percent(summary.unattributed, summary.claims) },
      verified: { count: summary.verified, percent: percent(summary.verified, summary.claims) },
      sources: {
        named: summary.namedSources,
        anonymous: summary.anonymousSources,
        namedPeople: summary.namedPeople,
        anonymousPeople: summary.anonymousPeople,
        others: Object.fromEntries(summary.otherSources.map(({ type, count }) => [type, count])),
      },
      coverage: summary.coverage ?? null,
      sentences: summary.sentences,
    },
    openQuestions: entry.openQuestions.map(questionDocument),
    findings: entry.storyFindings.map(findingDocument),
    claims: entry.claims.map(claimDocument),
    sources: entry.sourceRows.map(sourceDocument),
    graph: {
      nodes: [
        ...graph.sources.map((node) => ({ id: node.key, kind: 'source', label: node.label, depth: node.depth })),
        ...graph.groups.flatMap((group) =>
          group.claims.map((node) => ({ id: node.key, kind: 'claim', label: node.label, group: group.source?.id ?? null })),
        ),
      ],
      edges: graph.edges.map((edge) => ({ from: edge.from, to: edge.to, kind: edge.kind, label: edge.label })),
    },
  };
}

export function claimDocument(view: ClaimView) {
  const { claim } = view;
  return {
    id: view.id,
    story: view.storyId,
    file: view.file,
    type: claim.type,
    status: claim.status,
    statement: claim.statement,
    summary: claim.summary ?? null,
    anchor: {
      exact: view.anchor.exact,
      status: view.anchor.status,
      line: view.anchor.line ?? null,
      column: view.anchor.column ?? null,
      similarity: view.anchor.similarity ?? null,
    },
    attributions: view.attributions.map(attributionDocument),
    evidence: view.evidence.map(evidenceDocument),
    origins: view.origins.map((origin) => origin.id),
    anonymousOnly: view.anonymousOnly,
    unattributed: view.unattributed,
    likelihood: { term: view.likelihood.term, label: view.likelihood.label, range: view.likelihood.range },
    credibility: { value: view.grade.credibility, label: view.grade.credibilityLabel },
    grade: {
      code: view.grade.code,
      reliability: view.grade.reliability,
      reliabilityLabel: view.grade.reliabilityLabel,
      reliabilityBasis: view.grade.reliabilityBasis,
      reliabilitySource: view.grade.reliabilitySource?.id ?? null,
    },
    rationale: claim.confidence.rationale,
    derivedFrom: view.derivedFrom,
    derivedBy: view.derivedBy,
    contradicts: view.contradicts,
    contradictedBy: view.contradictedBy,
    tensions: view.tensions.map((tension) => ({
      claim: tension.id,
      listedBy: tension.listedBy,
      kind: tension.kind,
      note: tension.note ?? null,
    })),
    review: claim.review ? { by: claim.review.by, date: claim.review.date, note: claim.review.note ?? null } : null,
    history: (claim.review?.history ?? []).map((entry) => ({
      status: entry.status,
      by: entry.by,
      date: entry.date,
      note: entry.note ?? null,
    })),
    tags: [...(claim.tags ?? [])],
    suppressions: (claim.suppress ?? []).map((entry) => ({ rule: entry.rule, reason: entry.reason })),
    openFindings: findingRuleIds(view),
    findings: view.findings.map(findingDocument),
  };
}

function findingDocument(finding: Diagnostic) {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    line: finding.line,
    column: finding.column,
  };
}

function questionDocument(question: OpenQuestion) {
  return {
    kind: question.kind,
    ruleId: question.ruleId,
    text: question.text,
    claims: question.claims,
    sources: question.sources,
    messages: question.messages,
  };
}

function attributionDocument(attribution: AttributionView) {
  return {
    source: attribution.source.id,
    relation: attribution.relation,
    via: attribution.via.map((relay) => relay.id),
    inferredVia: attribution.via.filter((relay) => relay.inferred).map((relay) => relay.id),
    quote: attribution.quote ?? null,
    translated: attribution.translated,
    date: attribution.date ?? null,
    standing: attribution.standing,
    standingLabel: standingText(attribution.source),
    origin: attribution.origin.id,
  };
}

function evidenceDocument(evidence: EvidenceView) {
  return {
    id: evidence.id ?? null,
    type: evidence.type,
    title: evidence.title,
    relation: evidence.relation,
    custody: evidence.custody,
    note: evidence.note ?? null,
    url: evidence.url ?? null,
    archive: evidence.archive ?? null,
    retrieved: evidence.retrieved ?? null,
    origin: evidence.origin?.id ?? null,
    state: evidence.state,
    detail: evidence.detail ?? null,
  };
}

function sourceDocument(row: SourceRow) {
  const { source } = row;
  return {
    id: source.id,
    known: source.known,
    type: source.type ?? null,
    name: source.name ?? null,
    description: source.description ?? null,
    groundRule: source.groundRule ?? null,
    anonymous: source.anonymous,
    reliability: source.reliability ?? null,
    anonymityReason: row.anonymityReason ?? null,
    groundRuleApplies: groundRuleText(source) !== '',
    claims: row.claims,
    asAttribution: row.asAttribution,
    asRelay: row.asRelay,
    asEvidenceOrigin: row.asEvidenceOrigin,
    findings: row.findings.map(findingDocument),
  };
}
