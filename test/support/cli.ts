import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { main } from '../../src/cli.js';
import type { Io } from '../../src/model/io.js';
import { projectRoot } from './repo.js';

/*
 * Two ways to run `claims` in a test:
 *
 * - runClaims (the default): in this process, through `main(argv, io)` on the TypeScript sources, so a
 *   scenario always tests the code as it is now, with no build step (as markdownlint-cli2 tests itself).
 * - runProcess: the built CLI (bin/claims.js → dist/) as a child process, for tests whose point is the
 *   process: the launcher, pipes, worker threads (they load the compiled modules), what start-up imports,
 *   the result cache (off when running from source: there is no build id), or a hang that only a
 *   timeout can bound. These need `npm run build` first.
 */

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  /** Variables on top of NO_COLOR=1; `undefined` removes one (`{ NO_COLOR: undefined, FORCE_COLOR: '1' }`). */
  env?: Record<string, string | undefined>;
}

/** Drops the variables set to undefined. */
function definedOnly(env: Record<string, string | undefined>): Record<string, string> {
  const defined: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined) defined[key] = value;
  return defined;
}

/**
 * Runs `claims <args>` in this process through `main(argv, io)`, with its output captured. The command
 * sees only the environment given here (plus NO_COLOR=1), never this process's, so a CI variable such as
 * GITHUB_STEP_SUMMARY cannot leak in. `tty` pretends stdout is a 100-column terminal.
 */
export async function runClaims(args: readonly string[], options: RunOptions & { tty?: boolean }): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd: options.cwd,
    env: definedOnly({ NO_COLOR: '1', ...options.env }),
    stdoutIsTTY: options.tty ?? false,
    columns: options.tty ? 100 : undefined,
  };
  const exitCodeBefore = process.exitCode;
  const code = await main(args, io);
  // The exit code is main's return value; the launcher (bin/claims.js) alone sets the process's.
  if (process.exitCode !== exitCodeBefore) throw new Error(`claims ${args.join(' ')} set process.exitCode to ${process.exitCode}`);
  return { code, stdout, stderr };
}

const BIN = path.join(projectRoot, 'bin', 'claims.js');

/**
 * Runs the built `claims` (bin → dist) as a real child process, as users and CI do. It inherits this
 * process's environment less FORCE_COLOR and GITHUB_STEP_SUMMARY, with NO_COLOR=1 and `env` on top.
 * A run still going after `timeoutMs` (default 20 s: generous, a bound on a hang, not a benchmark)
 * is killed and fails the test.
 */
export function runProcess(args: readonly string[], options: RunOptions & { timeoutMs?: number }): CliResult {
  const timeout = options.timeoutMs ?? 20_000;
  const env = definedOnly({ ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, GITHUB_STEP_SUMMARY: undefined, ...options.env });
  // A large archive's JSON report runs to tens of MiB, past spawnSync's 1 MiB default.
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env,
    encoding: 'utf8',
    timeout,
    maxBuffer: 256 * 1024 * 1024,
  });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT')
    throw new Error(`\`claims ${args.join(' ')}\` did not finish within ${timeout} ms`);
  if (result.error) throw result.error;
  if (result.signal) throw new Error(`\`claims ${args.join(' ')}\` was killed by ${result.signal}: ${result.stderr}`);
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Parses `--format json` output. */
export function parseJsonReport(stdout: string) {
  return JSON.parse(stdout) as {
    summary: {
      files: number;
      records: number;
      errors: number;
      warnings: number;
      infos: number;
      suppressed: number;
      hidden: { warnings: number; infos: number };
    };
    diagnostics: {
      ruleId: string;
      messageId: string;
      severity: string;
      message: string;
      file: string;
      line: number;
      column: number;
      endLine: number;
      endColumn: number;
      recordId: string | null;
      pointer: string | null;
      suppression: { reason: string } | null;
    }[];
    stories: {
      storyId: string;
      claims: number;
      anchored: number;
      sentences: number;
      coverage: number | null;
      errors: number;
      warnings: number;
      failedFiles: number;
    }[];
  };
}

/** `claims validate --format json` in this process, with its exit code and parsed report. */
export async function validateJson(cwd: string, args: readonly string[] = []) {
  const result = await runClaims(['validate', '--format', 'json', ...args], { cwd });
  return { code: result.code, report: parseJsonReport(result.stdout) };
}

/** `claims validate --format json` as a real process (for the result cache), with its exit code and parsed report. */
export function validateJsonProcess(cwd: string, args: readonly string[] = [], timeoutMs?: number) {
  const result = runProcess(['validate', '--format', 'json', ...args], { cwd, timeoutMs });
  return { code: result.code, report: parseJsonReport(result.stdout) };
}
