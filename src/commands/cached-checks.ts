import type { ResultCache } from '../cache/result-cache.js';
import type { CheckRun, StorySummary } from '../check/run.js';
import type { Stage } from '../check/rule.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Target } from './workspace-options.js';

/** What `validate` and `verify` report: all a formatter and the exit code need. */
export interface LintResult {
  files: string[];
  records: number;
  diagnostics: Diagnostic[];
  stories: StorySummary[];
}

/**
 * Runs the checks, or returns the stored result of an identical earlier run: same build, config,
 * command and file contents (see ResultCache).
 */
export async function checkWithCache(
  target: Target,
  stage: Stage,
  cache: ResultCache | undefined,
  jobs: number | undefined,
): Promise<LintResult> {
  // The checks are imported only on a miss: a cache hit should cost little more than Node's start-up.
  const runChecks = async () => (await import('../check/run.js')).runChecks({ ...target, stage, jobs });
  if (!cache) return { ...resultOf(await runChecks()), files: target.files };
  // Stored without the file list: a hit has the same files by construction, and 100,000 names would double what a warm run reads.
  // verify's rules read the clock (date/future), so its result is kept for the day it was made on.
  const settings = JSON.stringify({ stage, config: target.config, ...(stage === 'verify' ? { today: target.today } : {}) });
  const result = await cache.result(settings, target.files, async () => {
    const run = await runChecks();
    return { result: resultOf(run), dependencies: run.dependencies };
  });
  return { ...result, files: target.files };
}

function resultOf(run: CheckRun): Omit<LintResult, 'files'> {
  return { records: run.workspace.records.length, diagnostics: run.diagnostics, stories: run.stories };
}
