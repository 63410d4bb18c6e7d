import { Chalk } from 'chalk';
import { runChecks, type CheckRun } from '../../src/check/run.js';
import type { Stage } from '../../src/check/rule.js';
import { resolveTarget } from '../../src/commands/workspace-options.js';
import type { Io } from '../../src/model/io.js';
import { buildReport, type Report } from '../../src/views/report-model.js';
import { makeRepo } from '../support/repo.js';

export const STORY_FIXTURE = 'report/story';
export const INJECTION_FIXTURE = 'report/injection';
export const GENERATOR = 'claims test';
export const plainChalk = new Chalk({ level: 0 });

function quietIo(cwd: string): Io {
  return { stdout: () => {}, stderr: () => {}, cwd, env: {}, stdoutIsTTY: false, columns: undefined };
}

/** Copies a fixture into a throw-away repository and runs the real load → check pipeline on it. */
export async function checkFixture(fixture: string, stage: Stage = 'verify'): Promise<{ root: string; run: CheckRun }> {
  const root = makeRepo({ fixture });
  const target = await resolveTarget(quietIo(root), []);
  const run = await runChecks({ ...target, stage, keepRecords: true });
  return { root, run };
}

export async function fixtureReport(fixture: string): Promise<Report> {
  const { run } = await checkFixture(fixture);
  return buildReport(run, undefined, GENERATOR);
}

/**
 * The loader refuses control and bidi characters in record values, so the injection fixture writes them
 * as the six letters `\u001b` / `\u202e` (and `\u0007`). This turns those letters into the real characters
 * in every string of every loaded record, to check the renderers are safe without the loader's help.
 */
export function armControls(run: CheckRun): void {
  const arm = (value: unknown): unknown => {
    if (typeof value === 'string') return value.replace(/\\u(001b|202e|0007)/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    if (Array.isArray(value)) return value.map(arm);
    if (value && typeof value === 'object') {
      for (const key of Object.keys(value)) (value as Record<string, unknown>)[key] = arm((value as Record<string, unknown>)[key]);
    }
    return value;
  };
  for (const record of run.workspace.records) arm(record.value);
}

/** Raw characters no output may carry: C0 controls but tab, LF and CR; DEL; C1; bidi controls. */
export const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
