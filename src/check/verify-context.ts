import { resolveSelector, type AnchorResolution } from '../anchor/resolve.js';
import { decodeUtf8 } from '../load/decode.js';
import { signatureOfFile } from '../load/file-hashes.js';
import type { NamedFile } from '../load/run-cache.js';
import { lastCommitDates } from '../load/git-dates.js';
import { recordDirectory } from '../load/load-records.js';
import { repoPath } from '../load/root.js';
import { readRegularFile, resolveInsideRepository, type ResolveResult } from '../load/safe-read.js';
import { sha256 } from '../load/sha256.js';
import { TextIndex } from '../load/text-index.js';
import type { Workspace } from '../load/workspace.js';
import type { LoadedRecord } from '../model/records.js';
import { computeCoverage, type StoryCoverage } from './coverage.js';
import type { Thresholds } from './thresholds.js';

export type StoryText =
  { ok: true; file: string; text: string; index: TextIndex; sha256: string } | { ok: false; file: string | undefined; reason: string };

export type EvidenceState =
  { state: 'ok'; sha256: string; file: string } | { state: 'missing'; reason: string; file: string } | { state: 'outside'; reason: string };

/** Everything verify reads from disk, read once: story texts, anchor resolutions, archived evidence. */
export class VerifyContext {
  readonly storyTexts = new Map<string, StoryText>();
  readonly anchors = new Map<LoadedRecord<'Claim'>, AnchorResolution>();
  /** Per claim, the state of each evidence item that names an archive, by index. */
  readonly evidence = new Map<LoadedRecord<'Claim'>, Map<number, EvidenceState>>();
  /** Per story id, the date its text last changed: the later of its `retrieved` date and its last git commit. */
  readonly textChangedOn = new Map<string, string>();
  /**
   * Every file a record named that this run tried to read, as (record directory, path as named), with
   * its signature just before the read: a cached result must not outlive a change made during the run.
   */
  readonly namedFiles: NamedFile[] = [];
  /** Whether git history was consulted (review/stale), so a cached result also depends on HEAD. */
  usedGit = false;
  /** Each story's coverage, once: the coverage rule and the summary line both ask. */
  private readonly coverageByStory = new Map<string, StoryCoverage | undefined>();

  private constructor(readonly workspace: Workspace) {}

  static async prepare(workspace: Workspace, thresholds: Thresholds): Promise<VerifyContext> {
    const context = new VerifyContext(workspace);
    for (const story of workspace.valid('Story')) {
      if (workspace.stories.get(story.id ?? '') !== story) continue;
      const text = context.readNamed(recordDirectory(workspace.root, story), story.value.text, (resolved) =>
        readStoryText(workspace.root, resolved, thresholds.maxEvidenceBytes),
      );
      context.storyTexts.set(story.value.id, text);
    }
    for (const claim of workspace.valid('Claim')) {
      const text = context.storyTexts.get(claim.value.story);
      if (text?.ok) context.anchors.set(claim, resolveSelector(text.text, claim.value.anchor, thresholds.anchorMinSimilarity));
      const states = new Map<number, EvidenceState>();
      for (const [index, evidence] of (claim.value.evidence ?? []).entries()) {
        if (evidence.archive === undefined) continue;
        states.set(
          index,
          context.readNamed(recordDirectory(workspace.root, claim), evidence.archive, (resolved) =>
            readEvidence(workspace.root, resolved, thresholds.maxEvidenceBytes),
          ),
        );
      }
      if (states.size > 0) context.evidence.set(claim, states);
    }
    await context.datesOfTextChanges();
    return context;
  }

  /** Reads a file a record names, noting its signature just before the read and the hash of what was read. */
  private readNamed<T extends StoryText | EvidenceState>(base: string, named: string, read: (resolved: ResolveResult) => T): T {
    const resolved = resolveInsideRepository(this.workspace.root, base, named);
    const noted: NamedFile = { base, named, signature: resolved.ok ? signatureOfFile(resolved.absolute) : undefined };
    this.namedFiles.push(noted);
    const result = read(resolved);
    if ('sha256' in result) noted.sha256 = result.sha256;
    return result;
  }

  /** Git is asked only when some claim has a review to compare against. */
  private async datesOfTextChanges(): Promise<void> {
    const reviewed = this.workspace.valid('Claim').some((claim) => claim.value.review !== undefined);
    if (!reviewed) return;
    this.usedGit = true;
    const texts = [...this.storyTexts].filter((entry): entry is [string, Extract<StoryText, { ok: true }>] => entry[1].ok);
    const committed = await lastCommitDates(
      this.workspace.root,
      texts.map(([, text]) => text.file),
    );
    for (const [storyId, text] of texts) {
      const dates = [committed.get(text.file), this.workspace.stories.get(storyId)?.value.retrieved].filter(
        (date): date is string => date !== undefined,
      );
      if (dates.length > 0) this.textChangedOn.set(storyId, dates.sort().at(-1)!);
    }
  }

  storyText(storyId: string): StoryText | undefined {
    return this.storyTexts.get(storyId);
  }

  coverage(storyId: string): StoryCoverage | undefined {
    if (!this.coverageByStory.has(storyId)) this.coverageByStory.set(storyId, computeCoverage(this, storyId));
    return this.coverageByStory.get(storyId);
  }
}

function readStoryText(root: string, resolved: ResolveResult, maxBytes: number): StoryText {
  if (!resolved.ok) return { ok: false, file: undefined, reason: resolved.reason };
  const file = repoPath(root, resolved.absolute);
  const read = readRegularFile(resolved.absolute, maxBytes);
  if (!read.ok) return { ok: false, file, reason: read.reason };
  const decoded = decodeUtf8(read.bytes);
  if (!decoded.ok)
    return { ok: false, file, reason: `${decoded.problem.message} (at ${decoded.problem.start.line}:${decoded.problem.start.column})` };
  return { ok: true, file, text: decoded.text, index: new TextIndex(decoded.text), sha256: sha256(read.bytes) };
}

function readEvidence(root: string, resolved: ResolveResult, maxBytes: number): EvidenceState {
  if (!resolved.ok) return { state: 'outside', reason: resolved.reason };
  const file = repoPath(root, resolved.absolute);
  const read = readRegularFile(resolved.absolute, maxBytes);
  if (!read.ok) return { state: 'missing', reason: read.reason, file };
  return { state: 'ok', sha256: sha256(read.bytes), file };
}
