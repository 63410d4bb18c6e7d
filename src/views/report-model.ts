import type { CheckRun } from '../check/run.js';
import { compareText } from '../model/diagnostic.js';
import type { ClaimType, Story } from '../model/records.js';
import { claimViews, compareStoryOrder, sourceView, type ClaimView, type SourceView } from './claim-view.js';
import { CLAIM_TYPES } from './enums.js';
import { groupBy } from '../model/group-by.js';

/** The editor's sourcing report: one entry per story, in story id order. */
export interface Report {
  /** `claims <version>`, stamped into the outputs that carry a footer. */
  generator: string;
  stories: StoryReport[];
}

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
  summary: ReportSummary;
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
  namedSources: number;
  anonymousSources: number;
  /** Share of the story's sentences some claim anchors, 0–100; undefined when the text is unreadable. */
  coverage: number | undefined;
  sentences: number;
}

/** Builds the report for the given stories (all when none are given) from a `verify` run. */
export function buildReport(run: CheckRun, storyIds: readonly string[] | undefined, generator: string): Report {
  const views = claimViews({ workspace: run.workspace, verify: run.verify, diagnostics: run.diagnostics });
  const stories = [...run.workspace.stories.values()]
    .filter((record) => record.valid && (storyIds === undefined || storyIds.includes(record.value.id)))
    .sort((a, b) => compareText(a.value.id, b.value.id));
  const viewsByStory = groupBy(views.values(), (view) => view.storyId);
  const summaries = new Map(run.stories.map((summary) => [summary.storyId, summary]));
  return {
    generator,
    stories: stories.map((record) => {
      const story = record.value;
      const claims = (viewsByStory.get(story.id) ?? []).sort(compareStoryOrder);
      const text = run.verify?.storyText(story.id);
      const sources = [...new Set(claims.flatMap(sourceIdsOf))].sort(compareText).map((id) => sourceView(run.workspace, id));
      const coverage = summaries.get(story.id);
      return {
        story,
        file: record.file,
        text: text?.ok ? text.text : undefined,
        textProblem: text && !text.ok ? text.reason : undefined,
        claims,
        sources,
        summary: summarise(claims, sources, coverage?.coverage, coverage?.sentences ?? 0),
      };
    }),
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
    coverage,
    sentences,
  };
}
