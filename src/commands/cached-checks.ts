import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { CheckRun, StorySummary } from '../check/run.js';
import type { Stage } from '../check/rule.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { buildId } from '../load/build-id.js';
import { RunCache } from '../load/run-cache.js';
import { repoPath } from '../load/root.js';
import type { Target } from './workspace-options.js';

/** What `validate` and `verify` report: all a formatter and the exit code need. */
export interface LintResult {
  files: string[];
  records: number;
  diagnostics: Diagnostic[];
  stories: StorySummary[];
}

interface Stored {
  /** Without the file list: a hit has the same files by construction, and 100,000 names would double what a warm run reads. */
  result: Omit<LintResult, 'files'>;
  /** HEAD when the run consulted git history, which the result then depends on. */
  gitHead: string | undefined;
}

/**
 * The result cache for a run over `paths` from `cwd`, or undefined when it is off: with `--no-cache`,
 * and when running from source. Opened before the record files are listed, as it starts at once on
 * the stats a hit needs (see RunCache.forCall).
 */
export function openResultCache(root: string, cwd: string, paths: readonly string[], useCache: boolean): RunCache | undefined {
  if (!useCache || buildId === undefined) return undefined;
  return RunCache.forCall(root, JSON.stringify([repoPath(root, cwd), paths]));
}

/**
 * Runs the checks, or returns the stored result of an identical earlier run: same build, config,
 * command and file contents (see RunCache).
 */
export async function checkWithCache(
  target: Target,
  stage: Stage,
  cache: RunCache | undefined,
  jobs: number | undefined,
): Promise<LintResult> {
  // The checks are imported only on a miss: a cache hit should cost little more than Node's start-up.
  const runChecks = async () => (await import('../check/run.js')).runChecks({ ...target, stage, jobs });
  if (!cache) return resultOf(await runChecks());
  const key = await cache.key({ settings: JSON.stringify({ stage, buildId, config: target.config }), files: target.files });
  if (key !== undefined) {
    const hit = await cache.lookup<Stored>(key);
    if (hit && (hit.gitHead === undefined || hit.gitHead === (await gitHead(target.root)))) return { ...hit.result, files: target.files };
  }
  const run = await runChecks();
  const result = resultOf(run);
  if (key !== undefined) {
    const { files: _files, ...kept } = result;
    const stored: Stored = { result: kept, gitHead: run.verify?.usedGit ? await gitHead(target.root) : undefined };
    await cache.store(key, run.verify?.namedFiles ?? [], stored);
  }
  return result;
}

function resultOf(run: CheckRun): LintResult {
  return { files: [...run.workspace.files], records: run.workspace.records.length, diagnostics: run.diagnostics, stories: run.stories };
}

async function gitHead(root: string): Promise<string> {
  try {
    return (await promisify(execFile)('git', ['rev-parse', 'HEAD'], { cwd: root })).stdout.trim();
  } catch {
    return 'none';
  }
}
