import { resolveSelector, type AnchorResolution } from './anchor/resolve.js';
import type { ArchivedEvidence, NamedFileKind, NamedFiles, StoryText } from '../load/named-files.js';
import type { Workspace } from '../load/workspace.js';
import type { LoadedRecord } from '../model/records.js';
import { computeCoverage, type StoryCoverage } from './coverage.js';
import type { Thresholds } from './thresholds.js';

/** The file a rule must declare (`reads.files`) to use each part of the context. */
export const FILE_BEHIND: Readonly<
  Record<'storyText' | 'coverage' | 'anchors' | 'anchoredText' | 'evidence' | 'textChangedOn', NamedFileKind>
> = {
  storyText: 'story-text',
  coverage: 'story-text',
  anchors: 'story-text',
  anchoredText: 'story-text',
  evidence: 'evidence',
  textChangedOn: 'git-history',
};

/** What verify's rules see beyond the records: the files load/ read for them, and each claim's anchor resolved in its story's text. */
export class VerifyContext {
  readonly anchors = new Map<LoadedRecord<'Claim'>, AnchorResolution>();
  /**
   * `anchor.exact` of each claim whose anchor did not resolve to one place: anchoredText reads it after the run may
   * have dropped the anchor from the claims it holds (check/run.ts, a story's fields read story by story).
   */
  private readonly unplacedExact = new Map<LoadedRecord<'Claim'>, string>();
  /** Each story's coverage, once: the coverage rule and the summary line both ask. */
  private readonly coverageByStory = new Map<string, StoryCoverage | undefined>();

  constructor(
    readonly workspace: Workspace,
    private readonly files: NamedFiles,
    thresholds: Thresholds,
  ) {
    for (const claim of workspace.valid('Claim')) {
      const text = files.storyTexts.get(claim.value.story);
      const resolution = text?.ok ? resolveSelector(text.text, claim.value.anchor, thresholds.anchorMinSimilarity) : undefined;
      if (resolution) this.anchors.set(claim, resolution);
      if (!resolution || !('start' in resolution)) this.unplacedExact.set(claim, claim.value.anchor.exact);
    }
  }

  /** Every evidence item that names an archive, with its read state. */
  get evidence(): readonly ArchivedEvidence[] {
    return this.files.evidence;
  }

  /** Per story id, the date its text last changed. */
  get textChangedOn(): ReadonlyMap<string, string> {
    return this.files.textChangedOn;
  }

  /** The story text a claim's anchor resolved to, or its `anchor.exact` when it did not resolve to one place. */
  anchoredText(claim: LoadedRecord<'Claim'>): string {
    const resolution = this.anchors.get(claim);
    const text = this.storyText(claim.value.story);
    return resolution && 'start' in resolution && text?.ok
      ? text.text.slice(resolution.start, resolution.end)
      : this.unplacedExact.get(claim)!;
  }

  storyText(storyId: string): StoryText | undefined {
    return this.files.storyTexts.get(storyId);
  }

  coverage(storyId: string): StoryCoverage | undefined {
    if (!this.coverageByStory.has(storyId)) {
      const text = this.storyText(storyId);
      const claims = this.workspace.claimsOf(storyId).filter((claim) => claim.valid);
      this.coverageByStory.set(storyId, text?.ok ? computeCoverage(storyId, text.text, claims, this.anchors) : undefined);
    }
    return this.coverageByStory.get(storyId);
  }
}
