// Real processes: what happens when a reader closes or drains the pipe is between the launcher's stdout (src/model/io.ts processIo) and the OS.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { claimRecord, SOURCES, STORY, STORY_TEXT } from '../support/cached-story.js';
import { runProcess } from '../support/cli.js';
import { makeRepo, projectRoot } from '../support/repo.js';

describe('a reader that stops early', () => {
  it('ends the run quietly, as `claims report --format html | head -c 10` does', async () => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'bin', 'claims.js'), 'report', '--format', 'html'], {
      cwd: projectRoot,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|internal error|at .*\.js/);
    expect(code).toBe(0);
  });
});

/** A story of 3,000 claims: its Markdown report is far more than a pipe holds (64 KiB). */
function largeStory(): string {
  const claims = Array.from({ length: 3_000 }, (_unused, index) => claimRecord(`vote-${index}`)).join('---\n');
  return makeRepo({
    files: { 'claims/sources.yaml': SOURCES, 'claims/story.yaml': STORY, 'claims/story.txt': STORY_TEXT, 'claims/claims.yaml': claims },
  });
}

describe('a reader that stops early, while the writer waits for the pipe', () => {
  it('ends a large report quietly too', async () => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'bin', 'claims.js'), 'report', '--format', 'markdown'], {
      cwd: largeStory(),
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    // Once the report has begun, the pipe fills and the writer waits; then the reader goes away.
    await once(child.stdout, 'readable');
    await sleep(300);
    child.stdout.destroy();
    expect(await closed).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|internal error|at .*\.js/);
  });
});

describe('a reader slower than the writer', () => {
  it('gets the whole report, written as the pipe takes it', async () => {
    const cwd = largeStory();
    expect(runProcess(['report', '--format', 'markdown', '--out', 'report.md'], { cwd }).code).toBe(0);
    const whole = readFileSync(path.join(cwd, 'report.md'), 'utf8');
    expect(whole.length).toBeGreaterThan(512 * 1024);

    const child = spawn(process.execPath, [path.join(projectRoot, 'bin', 'claims.js'), 'report', '--format', 'markdown'], {
      cwd,
      env: { ...process.env, NO_COLOR: '1' },
    });
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdout.pause();
    await sleep(1_000);
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stdout.resume();
    expect(await closed).toBe(0);
    expect(stdout).toBe(whole);
  });
});
