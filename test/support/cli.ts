import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { main } from '../../src/cli.js';
import type { Io } from '../../src/io.js';
import { projectRoot } from './repo.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

const BIN = path.join(projectRoot, 'bin', 'claims.js');

/** Runs the built `claims` as a real child process (bin → dist), as users and CI do. */
export function runCli(
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string | undefined>; timeoutMs?: number },
): CliResult {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NO_COLOR: '1',
    FORCE_COLOR: undefined,
    GITHUB_STEP_SUMMARY: undefined,
    ...options.env,
  };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 20_000,
  });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the CLI in this process through `main(argv, io)`, with output captured. */
export async function runInProcess(
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string | undefined>; tty?: boolean },
): Promise<CliResult> {
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
    env: { NO_COLOR: '1', ...options.env },
    stdoutIsTTY: options.tty ?? false,
    columns: options.tty ? 100 : undefined,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** Parses `--format json` output. */
export function parseJsonReport(stdout: string) {
  return JSON.parse(stdout) as {
    summary: { files: number; records: number; errors: number; warnings: number; infos: number; suppressed: number };
    diagnostics: {
      ruleId: string;
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
    }[];
  };
}

/** `claims validate --format json` as a real process, with its exit code and parsed report. */
export function validateJson(cwd: string, args: readonly string[] = [], timeoutMs?: number) {
  const result = runCli(['validate', '--format', 'json', ...args], { cwd, timeoutMs });
  return { code: result.code, report: parseJsonReport(result.stdout) };
}
