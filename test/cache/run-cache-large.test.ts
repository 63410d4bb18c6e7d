import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimRecord, markStoredResults, SOURCES, STORY, STORY_TEXT } from '../support/cached-story.js';
import { parseJsonReport, runCli } from '../support/cli.js';
import { makeRepo, writeRepoFile } from '../support/repo.js';

/** From this many record files a run keeps its file list, and the next run prefetches their stats. */
const LARGE = 20_000;
const PAST = new Date(Date.now() - 60_000);

/** An archive of one file per claim, written a minute ago so that its signatures can be trusted. */
function largeRepo(): { cwd: string; names: string[] } {
  const cwd = makeRepo({ files: { 'claims/sources.yaml': SOURCES, 'claims/story.yaml': STORY, 'claims/story.txt': STORY_TEXT } });
  const names = ['claims/sources.yaml', 'claims/story.yaml'];
  for (let index = 0; index < LARGE; index++) {
    const name = `claims/story-${index % 40}/claim-${index}.yaml`;
    writeRepoFile(cwd, name, claimRecord(`vote-${index}`));
    names.push(name);
  }
  for (const name of [...names, 'claims/story.txt']) utimesSync(path.join(cwd, name), PAST, PAST);
  return { cwd, names: names.sort() };
}

const validate = (cwd: string, ...args: string[]) => {
  const result = runCli(['validate', '--format', 'json', ...args], { cwd, timeoutMs: 60_000 });
  return { code: result.code, report: parseJsonReport(result.stdout) };
};

const listsDir = (cwd: string) => path.join(cwd, '.claims-cache', 'lists');

function theList(cwd: string): { text: string; inode: number } {
  const lists = readdirSync(listsDir(cwd));
  expect(lists).toHaveLength(1);
  const file = path.join(listsDir(cwd), lists[0]!);
  return { text: readFileSync(file, 'utf8'), inode: statSync(file).ino };
}

describe('the result cache over a large archive', () => {
  it('keeps the file list for the next run to prefetch stats from, and still sees every edit', { timeout: 240_000 }, () => {
    const { cwd, names } = largeRepo();
    expect(validate(cwd).report.summary.records).toBe(LARGE + 2);
    const first = theList(cwd);
    expect(first.text).toBe(names.join('\0'));

    // Answered from the cache, with the prefetch's stats: the list matched, so it was not written again.
    markStoredResults(cwd);
    expect(validate(cwd).report.summary.records).toBe(4242);
    expect(theList(cwd).inode).toBe(first.inode);

    // Same size and mtime; the prefetched inode change time still tells.
    const edited = path.join(cwd, 'claims/story-7/claim-7.yaml');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('status: unreviewed', 'status: unreveiwed'));
    utimesSync(edited, PAST, PAST);
    const afterEdit = validate(cwd);
    expect(afterEdit.report.summary.records).toBe(LARGE + 2);
    expect(afterEdit.report.diagnostics.map((d) => `${d.ruleId} ${d.file}`)).toEqual(['schema claims/story-7/claim-7.yaml']);
    expect(theList(cwd).inode).toBe(first.inode);

    // A new file: the prefetched list no longer matches, and the new one is kept.
    writeRepoFile(cwd, 'claims/story-0/claim-new.yaml', claimRecord('vote-new'));
    const afterAdd = validate(cwd);
    expect(afterAdd.report.summary.records).toBe(LARGE + 3);
    expect(theList(cwd).text).toBe([...names, 'claims/story-0/claim-new.yaml'].sort().join('\0'));

    // A small run (one file) keeps no list of its own and leaves the large one alone.
    expect(validate(cwd, 'claims/sources.yaml').report.summary.records).toBe(1);
    expect(theList(cwd).text).toContain('claims/story-0/claim-new.yaml');
  });
});
