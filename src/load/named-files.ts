import type { FieldsByKind } from '../model/fields.js';
import type { LoadedRecord } from '../model/records.js';
import { decodeUtf8 } from './decode.js';
import { signatureOfFile, type Signature } from './file-hashes.js';
import { lastCommitDates } from './git-dates.js';
import { recordDirectory } from './load-records.js';
import { repoPath } from './root.js';
import { readRegularFile, resolveInsideRepository, type ResolveResult } from './safe-read.js';
import { sha256 } from './sha256.js';
import { TextIndex } from './text-index.js';
import type { Workspace } from './workspace.js';

/** The kinds of file a rule may declare it reads besides the records (check/rule.ts, `reads.files`). */
export const NAMED_FILE_KINDS = ['story-text', 'evidence', 'git-history'] as const;
export type NamedFileKind = (typeof NAMED_FILE_KINDS)[number];

/**
 * The record fields reading each kind of file takes, kept in the stage's view whenever a rule declares the kind.
 * Reading a story text resolves every claim's anchor in it (check/verify-context.ts), before any rule runs.
 */
export const NAMED_FILE_FIELDS = {
  'story-text': { Story: ['text'], Claim: ['anchor'] },
  evidence: { Claim: ['evidence[].ref', 'evidence[].archive'], Evidence: ['archive'] },
  'git-history': { Story: ['text', 'retrieved'], Claim: ['review.date'] },
} as const satisfies Record<NamedFileKind, FieldsByKind>;

export type StoryText =
  { ok: true; file: string; text: string; index: TextIndex; sha256: string } | { ok: false; file: string | undefined; reason: string };

export type EvidenceState =
  { state: 'ok'; sha256: string; file: string } | { state: 'missing'; reason: string; file: string } | { state: 'outside'; reason: string };

/** The read state of one archived evidence item: an Evidence record's, or an inline item's in a claim. */
export interface ArchivedEvidence {
  record: LoadedRecord<'Claim' | 'Evidence'>;
  /** Path to the evidence item in the record: empty for an Evidence record, `evidence/<index>` for inline evidence. */
  at: readonly (string | number)[];
  state: EvidenceState;
}

/** A file a run read besides the record files, noted just before the read: what a cached result depends on. */
export interface NamedFile {
  /** Absolute directory of the record that named the file. */
  base: string;
  /** The path as the record names it. */
  named: string;
  /** Undefined when the path leads outside the repository or to no regular file. */
  signature: Signature | undefined;
  /** The sha256 of what the run read, when it read the file whole. */
  sha256?: string;
}

/** What load/ read for a stage's rules, and what each read depends on. */
export interface NamedFiles {
  /** By story id. */
  storyTexts: Map<string, StoryText>;
  /** Every evidence item that names an archive, Evidence records first, in file order. */
  evidence: ArchivedEvidence[];
  /** Per story id, the date its text last changed: the later of its `retrieved` date and its last git commit. */
  textChangedOn: Map<string, string>;
  /** Every file a record named that this run tried to read, with its signature just before the read. */
  read: NamedFile[];
  /** Whether git history was consulted, so a cached result also depends on HEAD. */
  usedGit: boolean;
}

/**
 * Reads the files the stage's rules declared, and only those: the one place where a check's input
 * other than records comes from disk, so a cached result knows everything it depends on.
 */
export async function readNamedFiles(workspace: Workspace, kinds: ReadonlySet<NamedFileKind>, maxBytes: number): Promise<NamedFiles> {
  const files: NamedFiles = { storyTexts: new Map(), evidence: [], textChangedOn: new Map(), read: [], usedGit: false };
  const readNamed = <T extends StoryText | EvidenceState>(base: string, named: string, read: (resolved: ResolveResult) => T): T => {
    const resolved = resolveInsideRepository(workspace.root, base, named);
    const noted: NamedFile = { base, named, signature: resolved.ok ? signatureOfFile(resolved.absolute) : undefined };
    files.read.push(noted);
    const result = read(resolved);
    if ('sha256' in result) noted.sha256 = result.sha256;
    return result;
  };
  if (kinds.has('story-text') || kinds.has('git-history')) {
    for (const story of workspace.valid('Story')) {
      if (workspace.stories.get(story.id ?? '') !== story) continue;
      const text = readNamed(recordDirectory(workspace.root, story), story.value.text, (resolved) =>
        readStoryText(workspace.root, resolved, maxBytes),
      );
      files.storyTexts.set(story.value.id, text);
    }
  }
  if (kinds.has('evidence')) {
    const readArchive = (record: LoadedRecord<'Claim' | 'Evidence'>, at: ArchivedEvidence['at'], archive: string) => {
      const state = readNamed(recordDirectory(workspace.root, record), archive, (resolved) =>
        readEvidence(workspace.root, resolved, maxBytes),
      );
      files.evidence.push({ record, at, state });
    };
    for (const record of workspace.valid('Evidence')) if (record.value.archive !== undefined) readArchive(record, [], record.value.archive);
    for (const claim of workspace.valid('Claim')) {
      for (const [index, entry] of (claim.value.evidence ?? []).entries())
        if (!('ref' in entry) && entry.archive !== undefined) readArchive(claim, ['evidence', index], entry.archive);
    }
  }
  if (kinds.has('git-history')) await datesOfTextChanges(workspace, files);
  return files;
}

/** Git is asked only when some claim has a review to compare against. */
async function datesOfTextChanges(workspace: Workspace, files: NamedFiles): Promise<void> {
  const reviewed = workspace.valid('Claim').some((claim) => claim.value.review !== undefined);
  if (!reviewed) return;
  files.usedGit = true;
  const texts = [...files.storyTexts].filter((entry): entry is [string, Extract<StoryText, { ok: true }>] => entry[1].ok);
  const committed = await lastCommitDates(
    workspace.root,
    texts.map(([, text]) => text.file),
  );
  for (const [storyId, text] of texts) {
    const dates = [committed.get(text.file), workspace.stories.get(storyId)?.value.retrieved].filter(
      (date): date is string => date !== undefined,
    );
    if (dates.length > 0) files.textChangedOn.set(storyId, dates.sort().at(-1)!);
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
