import type { CheckRun } from '../check/run.js';
import { WHOLE } from '../load/record-views.js';
import { compareText } from '../model/diagnostic.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { FieldsByKind } from '../model/fields.js';
import type { Claim, ClaimType, LoadedRecord, Source, Story } from '../model/records.js';
import { claimViewMaker, compareStoryOrder, sourceView, type ClaimView, type SourceView } from './claim-view.js';
import { CLAIM_TYPES } from './enums.js';
import { groupBy } from '../model/group-by.js';

/** The editor's sourcing report: one entry per story, in story id order. */
export interface Report {
  /** `claims <version>`, stamped into the outputs that carry a footer. */
  generator: string;
  /** The Story records reported, in story id order: what a renderer needs before the first story (html's title and contents). */
  storyRecords: readonly Story[];
  /**
   * Each story's report, in the same order, made when iteration reaches it and not kept: over 100,000 claims only one
   * story's claim views are alive at a time. Each iteration makes them again.
   */
  stories: Iterable<StoryReport>;
}

/**
 * What `report` keeps of each record besides what its checks read: the links between claims (the views of one
 * story's claims name the claims built on them or contradicting them, wherever those are), and the few stories,
 * sources and evidence records whole. The rest of a claim is read again with its story (ClaimReader).
 */
export const REPORT_FIELDS: FieldsByKind = {
  Claim: ['derivedFrom', 'contradicts'],
  Story: [WHOLE],
  Source: [WHOLE],
  Evidence: [WHOLE],
};

/**
 * The whole values of some of a run's valid claims, in the order given. A run that kept its records whole has
 * them (the default); `report` keeps only REPORT_FIELDS and reads each story's claims again from their files.
 */
export type ClaimReader = (records: readonly LoadedRecord<'Claim'>[]) => Claim[];

const keptValues: ClaimReader = (records) => records.map((record) => record.value);

export interface StoryReport {
  story: Story;
  /** Repository-relative file of the Story record. */
  file: string;
  /** The story text when it could be read, for highlighting anchors. */
  text: string | undefined;
  /** Why the text could not be read. */
  textProblem: string | undefined;
  /** Claims in story order. */
  claims: ClaimView[];
  /** Every source the claims name (attribution, via, evidence origin), by id. */
  sources: SourceView[];
  /** The sources table: each source of `sources`, with what rests on it and the findings on it. */
  sourceRows: SourceRow[];
  /** What needs the desk's attention, generated from the findings, in OPEN_QUESTION_KINDS order. */
  openQuestions: OpenQuestion[];
  /** Unsuppressed findings on the Story record itself. */
  storyFindings: Diagnostic[];
  summary: ReportSummary;
}

/** The kinds of open question, in the order the report lists them. */
export const OPEN_QUESTION_KINDS = [
  'draft',
  'contradiction',
  'single-origin',
  'evidence-not-held',
  'reply',
  'anonymous-without-reason',
] as const;
export type OpenQuestionKind = (typeof OPEN_QUESTION_KINDS)[number];

/** One question for the desk, generated from one or more findings. Plain text: renderers encode it. */
export interface OpenQuestion {
  kind: OpenQuestionKind;
  ruleId: string;
  /** One line, naming what it concerns: `"a" and "b" contradict each other …`, `3 claims rest only on Ana Ruiz`. */
  text: string;
  /** The claims it concerns, in story order (both ends of a contradiction). */
  claims: string[];
  /** The sources it concerns. */
  sources: string[];
  /** The findings' messages it was generated from, distinct. */
  messages: string[];
}

/** A row of the sources table. */
export interface SourceRow {
  source: SourceView;
  /** Why an anonymous source was granted anonymity; null when the story gives no reason; undefined for a named source. */
  anonymityReason: string | null | undefined;
  /** Claims naming it as an attribution source, as a relay, as an evidence origin; `claims` counts each claim once. */
  claims: number;
  asAttribution: number;
  asRelay: number;
  asEvidenceOrigin: number;
  /** Unsuppressed findings on the Source record (source/anonymous-without-reason, source/boilerplate-reason, …). */
  findings: Diagnostic[];
}

export interface ReportSummary {
  claims: number;
  /** Every claim type in schema order, zero counts included. */
  byType: { type: ClaimType; count: number }[];
  /** Claims whose every attribution starts with an anonymous source and that no evidence supports. */
  anonymousOnly: number;
  /** Claims with no attribution: the story's own assertions. */
  unattributed: number;
  verified: number;
  /** Sources that are not anonymous (any type). */
  namedSources: number;
  /** Sources that are anonymous (any type). */
  anonymousSources: number;
  /** People (type person) only: named and anonymous. */
  namedPeople: number;
  anonymousPeople: number;
  /** Every other source, by type (organization, outlet, recording, …), zero counts left out, in schema order. */
  otherSources: { type: string; count: number }[];
  /** Share of the story's sentences some claim anchors, 0–100; undefined when the text is unreadable. */
  coverage: number | undefined;
  sentences: number;
}

/** The report for the given stories (all when none are given) of a `verify` run; see Report for when each story's is made. */
export function buildReport(
  run: CheckRun,
  storyIds: readonly string[] | undefined,
  generator: string,
  readClaims: ClaimReader = keptValues,
): Report {
  const maker = claimViewMaker({ workspace: run.workspace, verify: run.verify, diagnostics: run.diagnostics });
  const stories = [...run.workspace.stories.values()]
    .filter((record) => record.valid && (storyIds === undefined || storyIds.includes(record.value.id)))
    .sort((a, b) => compareText(a.value.id, b.value.id));
  const summaries = new Map(run.stories.map((summary) => [summary.storyId, summary]));
  const byRecord = groupBy(
    run.diagnostics.filter((diagnostic) => diagnostic.recordId !== undefined && !diagnostic.suppression),
    (diagnostic) => `${diagnostic.file}\u0000${diagnostic.recordId}`,
  );
  const findingsOn = (file: string, id: string): Diagnostic[] => byRecord.get(`${file}\u0000${id}`) ?? [];
  const storyReport = (record: LoadedRecord<'Story'>): StoryReport => {
    const story = record.value;
    // The story's claims as claimViewMaker shows them: claimsOf holds the first claim of each id.
    const records = run.workspace.claimsOf(story.id).filter((claim) => claim.valid);
    const values = readClaims(records);
    const claims = records.map((claim, index) => maker.view(claim, values[index]!)).sort(compareStoryOrder);
    const text = run.verify?.storyText(story.id);
    const sources = [...new Set(claims.flatMap(sourceIdsOf))].sort(compareText).map((id) => sourceView(run.workspace, id));
    const coverage = summaries.get(story.id);
    const storyFindings = findingsOn(record.file, story.id);
    const sourceRows = sources.map((source) => sourceRow(run, source, claims, findingsOn));
    return {
      story,
      file: record.file,
      text: text?.ok ? text.text : undefined,
      textProblem: text && !text.ok ? text.reason : undefined,
      claims,
      sources,
      sourceRows,
      openQuestions: openQuestions(claims, sourceRows, storyFindings),
      storyFindings,
      summary: summarise(claims, sources, coverage?.coverage, coverage?.sentences ?? 0),
    };
  };
  return {
    generator,
    storyRecords: stories.map((record) => record.value),
    stories: {
      *[Symbol.iterator]() {
        for (const record of stories) yield storyReport(record);
      },
    },
  };
}

/** Ids of every source a claim names: attribution sources, relays, evidence origins. */
export function sourceIdsOf(view: ClaimView): string[] {
  return [
    ...view.attributions.flatMap((attribution) => [attribution.source.id, ...attribution.via.map((relay) => relay.id)]),
    ...view.evidence.flatMap((evidence) => (evidence.origin ? [evidence.origin.id] : [])),
  ];
}

function summarise(
  claims: readonly ClaimView[],
  sources: readonly SourceView[],
  coverage: number | undefined,
  sentences: number,
): ReportSummary {
  return {
    claims: claims.length,
    byType: CLAIM_TYPES.map((type) => ({ type, count: claims.filter((view) => view.claim.type === type).length })),
    anonymousOnly: claims.filter((view) => view.anonymousOnly).length,
    unattributed: claims.filter((view) => view.unattributed).length,
    verified: claims.filter((view) => view.claim.status === 'verified').length,
    namedSources: sources.filter((source) => !source.anonymous).length,
    anonymousSources: sources.filter((source) => source.anonymous).length,
    namedPeople: sources.filter((source) => source.type === 'person' && !source.anonymous).length,
    anonymousPeople: sources.filter((source) => source.type === 'person' && source.anonymous).length,
    otherSources: SOURCE_TYPES.filter((type) => type !== 'person')
      .map((type) => ({ type: type as string, count: sources.filter((source) => (source.type ?? 'unknown') === type).length }))
      .filter(({ count }) => count > 0),
    coverage,
    sentences,
  };
}

const SOURCE_TYPES: readonly NonNullable<Source['type']>[] = [
  'person',
  'organization',
  'outlet',
  'document',
  'recording',
  'collective',
  'unknown',
];

function sourceRow(
  run: CheckRun,
  source: SourceView,
  claims: readonly ClaimView[],
  findingsOn: (file: string, id: string) => Diagnostic[],
): SourceRow {
  const record = run.workspace.sources.get(source.id);
  const value = record?.valid ? record.value : undefined;
  let [asAttribution, asRelay, asEvidenceOrigin, total] = [0, 0, 0, 0];
  for (const view of claims) {
    const attribution = view.attributions.some((line) => line.source.id === source.id);
    const relay = view.attributions.some((line) => line.via.some((via) => via.id === source.id));
    const origin = view.evidence.some((evidence) => evidence.origin?.id === source.id);
    asAttribution += attribution ? 1 : 0;
    asRelay += relay ? 1 : 0;
    asEvidenceOrigin += origin ? 1 : 0;
    total += attribution || relay || origin ? 1 : 0;
  }
  return {
    source,
    anonymityReason: source.anonymous ? (value?.anonymity?.reason ?? null) : undefined,
    claims: total,
    asAttribution,
    asRelay,
    asEvidenceOrigin,
    findings: record ? findingsOn(record.file, source.id) : [],
  };
}

const RULE_KIND: Readonly<Record<string, OpenQuestionKind>> = {
  'contradiction/unresolved': 'contradiction',
  'contradiction/likelihoods': 'contradiction',
  'sourcing/single-origin': 'single-origin',
  'evidence/not-held': 'evidence-not-held',
  'reply/not-recorded': 'reply',
  'source/anonymous-without-reason': 'anonymous-without-reason',
  'status/draft': 'draft',
};

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The open questions of one story, from its claims', sources' and Story's findings. */
export function openQuestions(
  claims: readonly ClaimView[],
  sourceRows: readonly SourceRow[],
  storyFindings: readonly Diagnostic[],
): OpenQuestion[] {
  const order = new Map(claims.map((view, index) => [view.id, index]));
  const inStoryOrder = (ids: Iterable<string>) =>
    [...new Set(ids)].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || compareText(a, b));
  const questions: OpenQuestion[] = [];
  const pairs = new Map<string, OpenQuestion>();
  const singleOrigin = new Map<string, { source: SourceView | undefined; claims: string[]; messages: string[] }>();
  // Kinds asked once for all the claims they concern.
  const grouped = new Map<'evidence-not-held' | 'draft', { claims: string[]; messages: string[] }>();
  for (const view of claims) {
    for (const finding of view.findings) {
      const kind = RULE_KIND[finding.ruleId];
      if (kind === 'contradiction') {
        const ends = inStoryOrder([view.id, ...(finding.related ?? [])]);
        const key = `${finding.ruleId}\u0000${[...ends].sort(compareText).join('\u0000')}`;
        const known = pairs.get(key);
        if (known) {
          if (!known.messages.includes(finding.message)) known.messages.push(finding.message);
          continue;
        }
        const question: OpenQuestion = {
          kind,
          ruleId: finding.ruleId,
          text:
            finding.ruleId === 'contradiction/likelihoods'
              ? `Contradicting claims both rated likely: ${ends.join(' and ')}; lower one of them`
              : `Unresolved contradiction between ${ends.join(' and ')}`,
          claims: ends,
          sources: [],
          messages: [finding.message],
        };
        pairs.set(key, question);
        questions.push(question);
      } else if (kind === 'single-origin') {
        const origin = view.origins[0];
        const key = origin?.id ?? '';
        const group = singleOrigin.get(key) ?? { source: origin, claims: [], messages: [] };
        singleOrigin.set(key, group);
        group.claims.push(view.id);
        group.messages.push(finding.message);
      } else if (kind === 'evidence-not-held' || kind === 'draft') {
        const group = grouped.get(kind) ?? { claims: [], messages: [] };
        grouped.set(kind, group);
        group.claims.push(view.id);
        group.messages.push(finding.message);
      }
    }
  }
  for (const [id, group] of [...singleOrigin].sort(([a], [b]) => compareText(a, b))) {
    const name = group.source ? (group.source.name ?? group.source.description ?? id) : 'one origin';
    questions.push({
      kind: 'single-origin',
      ruleId: 'sourcing/single-origin',
      text: `${plural(group.claims.length, 'claim rests', 'claims rest')} only on ${name}${group.source ? ` (${id})` : ''}: find a second, independent origin or obtain the material`,
      claims: inStoryOrder(group.claims),
      sources: id === '' ? [] : [id],
      messages: [...new Set(group.messages)],
    });
  }
  for (const [kind, group] of grouped)
    questions.push({
      kind,
      ruleId: kind === 'draft' ? 'status/draft' : 'evidence/not-held',
      text:
        kind === 'draft'
          ? `${plural(group.claims.length, 'claim is a draft', 'claims are drafts')} from claims extract that nobody has judged yet: read each against its sentence, grade it and remove the draft tag`
          : `${plural(group.claims.length, 'claim is', 'claims are')} rated on evidence the desk has not held`,
      claims: inStoryOrder(group.claims),
      sources: [],
      messages: [...new Set(group.messages)],
    });
  for (const finding of storyFindings.filter((diagnostic) => RULE_KIND[diagnostic.ruleId] === 'reply'))
    questions.push({
      kind: 'reply',
      ruleId: finding.ruleId,
      text: `Right of reply: ${finding.message}`,
      claims: [],
      sources: [],
      messages: [finding.message],
    });
  for (const row of sourceRows) {
    const findings = row.findings.filter((diagnostic) => RULE_KIND[diagnostic.ruleId] === 'anonymous-without-reason');
    if (findings.length === 0) continue;
    const resting = claims.filter((view) => sourceIdsOf(view).includes(row.source.id)).map((view) => view.id);
    questions.push({
      kind: 'anonymous-without-reason',
      ruleId: 'source/anonymous-without-reason',
      text: `Anonymous source ${row.source.description ?? row.source.id} (${row.source.id}) has no reason for its anonymity; ${plural(resting.length, 'claim rests', 'claims rest')} on it`,
      claims: inStoryOrder(resting),
      sources: [row.source.id],
      messages: [...new Set(findings.map((finding) => finding.message))],
    });
  }
  const rank = (question: OpenQuestion) => OPEN_QUESTION_KINDS.indexOf(question.kind);
  return questions
    .map((question, index) => ({ question, index }))
    .sort((a, b) => rank(a.question) - rank(b.question) || a.index - b.index)
    .map(({ question }) => question);
}
