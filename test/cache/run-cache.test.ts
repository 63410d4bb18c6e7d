// Real processes (runProcess): the result cache is off when claims runs from source, which has no build id (src/cache/build-id.ts).
import { existsSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimRecord, markStoredResults, SOURCES, STORY, STORY_TEXT } from '../support/cached-story.js';
import { parseJsonReport, runProcess, validateJsonProcess } from '../support/cli.js';
import { makeRepo } from '../support/repo.js';

const CLAIM = claimRecord('vote');

function repo() {
  return makeRepo({
    files: { 'claims/sources.yaml': SOURCES, 'claims/claims.yaml': CLAIM, 'claims/story.yaml': STORY, 'claims/story.txt': STORY_TEXT },
  });
}

const validate = (cwd: string, ...args: string[]) => validateJsonProcess(cwd, args);

/** Moves a file's mtime into the past, so the stat shortcut cannot treat it as racily clean. */
function age(file: string) {
  const past = new Date(Date.now() - 60_000);
  utimesSync(file, past, past);
}

describe('the result cache', () => {
  it('reuses a run, and misses when a Source referenced from another file changes', () => {
    const cwd = repo();
    expect(validate(cwd).report.diagnostics).toEqual([]);
    expect(existsSync(path.join(cwd, '.claims-cache', 'files.json'))).toBe(true);
    markStoredResults(cwd);
    expect(validate(cwd).report.summary.records).toBe(4242);
    // Only sources.yaml changes; claims.yaml, which refers to "mayor", is untouched.
    writeFileSync(path.join(cwd, 'claims/sources.yaml'), SOURCES.replace('id: mayor', 'id: governor'));
    const after = validate(cwd);
    expect(after.code).toBe(1);
    expect(after.report.diagnostics.map((d) => `${d.ruleId} ${d.file}:${d.line}`)).toEqual(['ref/unresolved claims/claims.yaml:8']);
    expect(after.report.summary.records).toBe(3);
  });

  it('lists on a hit every file the stored run checked, though the entry does not keep the list', () => {
    const cwd = repo();
    const cold = runProcess(['validate', '--format', 'junit'], { cwd });
    markStoredResults(cwd);
    expect(validate(cwd).report.summary).toMatchObject({ records: 4242, files: 3 });
    const warm = runProcess(['validate', '--format', 'junit'], { cwd });
    expect(warm.stdout).toBe(cold.stdout);
    expect(cold.stdout.match(/<testcase /g)).toHaveLength(3);
  });

  it('keys by content: a touched but unchanged file still hits, an edit of the same size misses', () => {
    const cwd = repo();
    const claims = path.join(cwd, 'claims/claims.yaml');
    age(claims);
    validate(cwd);
    markStoredResults(cwd);
    writeFileSync(claims, CLAIM);
    age(claims);
    expect(validate(cwd).report.summary.records).toBe(4242);
    writeFileSync(claims, CLAIM.replace('status: unreviewed', 'status: unreveiwed'));
    age(claims);
    expect(validate(cwd).report.diagnostics.map((d) => d.ruleId)).toEqual(['schema']);
  });

  it('answers an unchanged archive from file signatures alone, without the index of content hashes', () => {
    const cwd = repo();
    for (const file of ['claims/sources.yaml', 'claims/claims.yaml', 'claims/story.yaml']) age(path.join(cwd, file));
    validate(cwd);
    expect(readdirSync(path.join(cwd, '.claims-cache', 'signatures'))).toHaveLength(1);
    markStoredResults(cwd);
    rmSync(path.join(cwd, '.claims-cache', 'files.json'));
    expect(validate(cwd).report.summary.records).toBe(4242);
  });

  it('records no signatures while a file is racily new, and misses an edit that restores the old mtime', () => {
    const cwd = repo();
    validate(cwd);
    // Just written: a second write within the same clock tick could leave the signature as it is.
    expect(existsSync(path.join(cwd, '.claims-cache', 'signatures'))).toBe(false);
    const claims = path.join(cwd, 'claims/claims.yaml');
    for (const file of ['claims/sources.yaml', 'claims/claims.yaml', 'claims/story.yaml']) age(path.join(cwd, file));
    markStoredResults(cwd);
    // Found by content once the files have settled, and from then on by signatures.
    expect(validate(cwd).report.summary.records).toBe(4242);
    expect(readdirSync(path.join(cwd, '.claims-cache', 'signatures'))).toHaveLength(1);
    const { mtime, atime } = statSync(claims);
    writeFileSync(claims, CLAIM.replace('status: unreviewed', 'status: unreveiwed'));
    utimesSync(claims, atime, mtime);
    // Same size and mtime; the inode change time still tells.
    expect(validate(cwd).report.diagnostics.map((d) => d.ruleId)).toEqual(['schema']);
  });

  it('re-checks the story text verify read, even though no record changed', () => {
    const cwd = repo();
    const verify = () => parseJsonReport(runProcess(['verify', '--format', 'json'], { cwd }).stdout);
    expect(verify().diagnostics.filter((d) => d.ruleId.startsWith('anchor/'))).toEqual([]);
    writeFileSync(path.join(cwd, 'claims/story.txt'), 'Nothing happened.');
    expect(
      verify()
        .diagnostics.filter((d) => d.ruleId.startsWith('anchor/'))
        .map((d) => d.ruleId),
    ).toEqual(['anchor/not-found']);
  });

  it('keeps a verify result for the day it was made on only, as date/future reads the clock', () => {
    const claim = CLAIM.replace('status: unreviewed\n', 'status: in-review\nreview:\n  by: Desk\n  date: 2031-05-02\n');
    const cwd = makeRepo({
      files: { 'claims/sources.yaml': SOURCES, 'claims/claims.yaml': claim, 'claims/story.yaml': STORY, 'claims/story.txt': STORY_TEXT },
    });
    for (const file of ['sources.yaml', 'claims.yaml', 'story.yaml', 'story.txt']) age(path.join(cwd, 'claims', file));
    const futureOn = (day: string) =>
      parseJsonReport(
        runProcess(['verify', '--format', 'json'], { cwd, env: { SOURCE_DATE_EPOCH: String(Date.parse(`${day}T12:00:00Z`) / 1000) } })
          .stdout,
      ).diagnostics.filter((d) => d.ruleId === 'date/future').length;
    expect(futureOn('2031-05-03')).toBe(0);
    expect(futureOn('2031-05-03')).toBe(0);
    // A day earlier the review lies in the future: the entry stored on the 3rd must not answer.
    expect(futureOn('2031-05-01')).toBe(1);
    expect(futureOn('2031-05-03')).toBe(0);
  });

  it('is safe to delete, ignores a corrupt entry, and is not used with --no-cache', () => {
    const cwd = repo();
    validate(cwd);
    rmSync(path.join(cwd, '.claims-cache'), { recursive: true });
    expect(validate(cwd).code).toBe(0);
    writeFileSync(path.join(cwd, '.claims-cache', 'files.json'), '{ not json');
    expect(validate(cwd).code).toBe(0);
    const fresh = repo();
    validate(fresh, '--no-cache');
    expect(existsSync(path.join(fresh, '.claims-cache'))).toBe(false);
    // Nor is it created by a run that fails before any record file is found.
    expect(runProcess(['validate', 'no-such-folder'], { cwd: fresh }).code).toBe(2);
    expect(existsSync(path.join(fresh, '.claims-cache'))).toBe(false);
  });

  it('gives the same answer when two runs race to fill it', async () => {
    const cwd = repo();
    const { spawn } = await import('node:child_process');
    const bin = path.resolve('bin/claims.js');
    const once = () =>
      new Promise<string>((resolve) => {
        const child = spawn(process.execPath, [bin, 'validate', '--format', 'json'], { cwd, env: { ...process.env, NO_COLOR: '1' } });
        let out = '';
        child.stdout.on('data', (chunk) => (out += chunk));
        child.on('close', () => resolve(out));
      });
    const outputs = await Promise.all([once(), once(), once(), once()]);
    for (const output of outputs) expect(JSON.parse(output)).toEqual(JSON.parse(outputs[0]!));
    expect(validate(cwd).report.diagnostics).toEqual([]);
  });
});
