import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { AppendError, appendRecords, recordText } from '../author/append-record.js';
import { ID_PATTERN, idWords } from '../author/suggest-id.js';
import { resolveThresholds, type Thresholds } from '../check/thresholds.js';
import { decodeUtf8 } from '../load/decode.js';
import { LIMITS } from '../load/limits.js';
import { recordDirectory } from '../load/load-records.js';
import { readNamedFiles, type StoryText } from '../load/named-files.js';
import { loadAndValidate } from '../load/parallel.js';
import { repoPath } from '../load/root.js';
import { readRegularFile, resolveInsideRepository } from '../load/safe-read.js';
import { describeSchemaErrors } from '../load/schema/messages.js';
import { validateAgainst, type SchemaKind } from '../load/schema/schemas.js';
import { ChangedSinceReadError, writeIfUnchanged } from '../load/write-if-unchanged.js';
import { Workspace } from '../load/workspace.js';
import { ExitCode, UsageError } from '../model/exit.js';
import type { Io } from '../model/io.js';
import type { LoadedRecord, RecordKind } from '../model/records.js';
import { closestMatches } from '../model/suggest.js';
import { terminalSafe } from '../render/encode/terminal.js';
import { resolveTarget } from './workspace-options.js';

/** What the `new` commands work from: the records of the configured paths, as `claims validate` loads them. */
export interface Authoring {
  root: string;
  workspace: Workspace;
  thresholds: Thresholds;
  today: string;
}

export async function loadAuthoring(io: Io): Promise<Authoring> {
  const target = await resolveTarget(io, []);
  const loaded = await loadAndValidate(target.root, target.files, undefined, 'records');
  return {
    root: target.root,
    workspace: new Workspace(target.root, loaded.files, loaded.records),
    thresholds: resolveThresholds(target.config.thresholds),
    today: target.today,
  };
}

const KIND_WORDS: Record<RecordKind, string> = { Story: 'story', Source: 'source', Claim: 'claim', Evidence: 'evidence' };

/**
 * The record of `kind` with this id, or a usage error naming the closest ids of that kind: the record a
 * new record refers to must exist (and be valid, so that what refers to it is checked against it).
 */
export function existingRecord<K extends RecordKind>(workspace: Workspace, kind: K, id: string, flag: string): LoadedRecord<K> {
  const record = workspace.index(kind).get(id);
  const word = KIND_WORDS[kind];
  if (!record) {
    const close = closestMatches(id, workspace.index(kind).keys(), 3);
    const other = (['Story', 'Source', 'Claim', 'Evidence'] as const).find((k) => k !== kind && workspace.index(k).has(id));
    throw new UsageError(
      `${flag}: no ${word} "${id}"${other ? ` ("${id}" is a ${KIND_WORDS[other]})` : ''}`,
      close.length > 0 ? [`did you mean: ${close.join(', ')}`] : [],
      `Ids of ${word} records are listed by \`claims list --format ids\` (claims) or found in the ${word} files under claims/.`,
    );
  }
  if (!record.valid) throw new UsageError(`${flag}: ${word} "${id}" is invalid`, [], 'Run `claims validate` and fix it first.');
  return record;
}

/** Refuses an id that is not kebab-case, or that a record of the same kind already has. */
export function checkNewId(workspace: Workspace, kind: RecordKind, id: string): void {
  if (!ID_PATTERN.test(id)) {
    const fixed = idWords(id).join('-');
    throw new UsageError(
      `--id "${id}" is not a valid id: lower-case letters and digits separated by single hyphens`,
      fixed ? [`did you mean: ${fixed}`] : [],
    );
  }
  const existing = workspace.index(kind).get(id);
  if (existing)
    throw new UsageError(
      `--id: a ${KIND_WORDS[kind]} "${id}" already exists (${existing.file})`,
      [],
      'Ids are unique per kind across the repository; choose another, or leave --id out for a suggestion.',
    );
}

/** Every id of a kind in the workspace, valid record or not. */
export function idsOf(workspace: Workspace, kind: RecordKind): Set<string> {
  return new Set(workspace.index(kind).keys());
}

/** The story's folder: the folder of the Story record's file. */
export function storyFolder(authoring: Authoring, story: LoadedRecord<'Story'>): string {
  return recordDirectory(authoring.root, story);
}

/** The story's text as `claims verify` reads it, or a usage error saying why it cannot be read. */
export async function storyTextOf(authoring: Authoring, story: LoadedRecord<'Story'>): Promise<Extract<StoryText, { ok: true }>> {
  const files = await readNamedFiles(authoring.workspace, new Set(['story-text']), authoring.thresholds.maxEvidenceBytes);
  const text = files.storyTexts.get(story.value.id);
  if (!text?.ok)
    throw new UsageError(
      `cannot read the text of story "${story.value.id}"${text?.file ? ` (${text.file})` : ''}: ${text?.reason ?? 'not found'}`,
      [],
      'Run `claims verify` to see the story/text-missing finding.',
    );
  return text;
}

/**
 * The file a new record goes to: `--file` (relative to `base`, inside the repository, a .yaml or .yml
 * file) or the default name in `base`.
 */
export function targetFile(root: string, base: string, defaultName: string, file: string | undefined): string {
  if (file === undefined) return path.join(base, defaultName);
  const resolved = resolveInsideRepository(root, base, file);
  if (!resolved.ok)
    throw new UsageError(`--file "${file}": ${resolved.reason}`, [], 'Give a file name relative to the folder, such as claims-2.yaml.');
  if (!/\.ya?ml$/.test(resolved.absolute)) throw new UsageError(`--file "${file}" must be a .yaml or .yml file`);
  return resolved.absolute;
}

/** The current text of a record file, or undefined when it does not exist yet. */
function readRecordFile(root: string, file: string): string | undefined {
  const read = readRegularFile(file, LIMITS.maxRecordFileBytes);
  if (!read.ok) {
    if (read.code === 'missing') return undefined;
    throw new UsageError(`cannot add a record to ${repoPath(root, file)}: ${read.reason}`);
  }
  const decoded = decodeUtf8(read.bytes);
  if (!decoded.ok) throw new UsageError(`cannot add a record to ${repoPath(root, file)}: ${decoded.problem.message}`);
  return decoded.text;
}

/** A record to append to a file. */
export interface NewRecord {
  kind: RecordKind;
  record: Record<string, unknown>;
  file: string;
  /** The record as YAML (recordText), when the caller has rendered it already. */
  text?: string;
}

/** One file's change: what it holds now (undefined: it does not exist) and what it will hold, with the records added. */
export interface AppendPlan {
  file: string;
  /** Repository-relative, for messages. */
  name: string;
  existing: string | undefined;
  next: string;
  records: NewRecord[];
  /** Each record as YAML, in order: what is appended. */
  texts: string[];
}

/**
 * Checks every new record against its kind's schema and works out each file's text with the records
 * appended in order, every byte before them kept. Nothing is written: a usage error here leaves every
 * file as it was.
 */
export function planAppends(root: string, records: readonly NewRecord[]): AppendPlan[] {
  const plans = new Map<string, AppendPlan>();
  for (const entry of records) {
    const { kind, record, file } = entry;
    const errors = validateAgainst(kind.toLowerCase() as SchemaKind, record);
    if (errors.length > 0)
      throw new UsageError(
        `the new ${KIND_WORDS[kind]} ${String(record.id)} would not be valid`,
        describeSchemaErrors(errors).map((problem) => `${problem.pointer || '/'}: ${problem.message}`),
      );
    let plan = plans.get(file);
    if (!plan) {
      const existing = readRecordFile(root, file);
      plan = { file, name: repoPath(root, file), existing, next: '', records: [], texts: [] };
      plans.set(file, plan);
    }
    plan.records.push(entry);
  }
  // One append per file, read back once: appending record by record would re-parse the file each time.
  for (const plan of plans.values()) {
    try {
      plan.texts = plan.records.map((entry) => entry.text ?? recordText(entry.record));
      plan.next = appendRecords(
        plan.existing,
        plan.records.map((entry) => entry.record),
        plan.texts,
      );
    } catch (error) {
      const kinds = [...new Set(plan.records.map((entry) => KIND_WORDS[entry.kind]))].join(' and ');
      if (error instanceof AppendError) throw new UsageError(`cannot add the ${kinds} to ${plan.name}: ${error.message}`);
      throw error;
    }
    if (Buffer.byteLength(plan.next) > LIMITS.maxRecordFileBytes)
      throw new UsageError(
        `${plan.name} would grow past ${LIMITS.maxRecordFileBytes} bytes, the most a record file may hold; nothing was written`,
        [],
        'Write the records to another file (--file).',
      );
  }
  return [...plans.values()];
}

/**
 * Writes each planned file atomically, and only if it did not change since it was read. Every file is
 * checked before the first is written, so a change made meanwhile to any of them leaves all as they were.
 */
export async function writeAppends(root: string, plans: readonly AppendPlan[]): Promise<void> {
  const written: string[] = [];
  const failed = (plan: AppendPlan, why: string) =>
    new UsageError(
      `${plan.name} ${why}; ${written.length === 0 ? 'nothing was written' : `written before it: ${written.join(', ')}`}`,
      [],
      written.length === 0 ? 'Run the command again.' : 'Remove what was written, or finish by hand, before running the command again.',
    );
  for (const plan of plans)
    if (readRecordFile(root, plan.file) !== plan.existing) throw failed(plan, 'changed while the records were being added');
  for (const plan of plans) {
    try {
      await mkdir(path.dirname(plan.file), { recursive: true });
      await writeIfUnchanged(plan.file, plan.existing, plan.next);
      written.push(plan.name);
    } catch (error) {
      if (error instanceof ChangedSinceReadError) throw failed(plan, 'changed while the records were being added');
      const code = (error as NodeJS.ErrnoException).code;
      // A full disk, a read-only folder, a permission: the user's to fix, named, not an internal error.
      if (typeof code === 'string' && /^E[A-Z]+$/u.test(code)) throw failed(plan, `could not be written (${code})`);
      throw error;
    }
  }
}

/**
 * Checks a new record against its kind's schema, appends it to `file` (created if missing) with every
 * byte before it kept, atomically and only if the file did not change meanwhile; says what it did on
 * stdout. With `dryRun`, prints the record and writes nothing.
 */
export async function writeRecord(
  io: Io,
  setExit: (code: number) => void,
  options: { root: string; kind: RecordKind; record: Record<string, unknown>; file: string; dryRun: boolean },
): Promise<void> {
  const { kind, record } = options;
  const [plan] = planAppends(options.root, [options]);
  const name = terminalSafe(plan!.name);
  if (options.dryRun) {
    await io.stdout(recordText(record));
    io.stderr(`claims: dry run: would ${plan!.existing === undefined ? 'create' : 'append to'} ${name}; nothing was written\n`);
  } else {
    await writeAppends(options.root, [plan!]);
    await io.stdout(`created ${KIND_WORDS[kind]} ${String(record.id)} in ${name}\n`);
  }
  setExit(ExitCode.Ok);
}
