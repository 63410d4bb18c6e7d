// Real processes (runProcess): the result cache needs a build id, which only the build has, and the stat prefetch runs on a worker thread, which loads the compiled modules.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimRecord, markStoredResults, SOURCES, STORY, STORY_TEXT } from '../support/cached-story.js';
import { runProcess, validateJsonProcess } from '../support/cli.js';
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

const validate = (cwd: string, ...args: string[]) => validateJsonProcess(cwd, args, 60_000);

/** Lists are kept where a second thread stats them: with two cores or more. */
const TWO_CORES = availableParallelism() > 1;

const listsDir = (cwd: string) => path.join(cwd, '.claims-cache', 'lists');

/** The kept file lists, oldest first by mtime, with their text and inode. */
function keptLists(cwd: string): { text: string; inode: number }[] {
  if (!existsSync(listsDir(cwd))) return [];
  return readdirSync(listsDir(cwd))
    .map((name) => path.join(listsDir(cwd), name))
    .sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs)
    .map((file) => ({ text: readFileSync(file, 'utf8'), inode: statSync(file).ino }));
}

function theList(cwd: string): { text: string; inode: number } | undefined {
  const lists = keptLists(cwd);
  expect(lists).toHaveLength(TWO_CORES ? 1 : 0);
  return lists[0];
}

describe('the result cache over a large archive', () => {
  it('keeps the file list for the next run to prefetch stats from, and still sees every edit', { timeout: 240_000 }, () => {
    const { cwd, names } = largeRepo();
    expect(validate(cwd).report.summary.records).toBe(LARGE + 2);
    const first = theList(cwd);
    expect(first?.text).toBe(TWO_CORES ? names.join('\0') : undefined);

    // Answered from the cache, with the prefetch's stats: the list matched, so it was not written again.
    markStoredResults(cwd);
    expect(validate(cwd).report.summary.records).toBe(4242);
    expect(theList(cwd)?.inode).toBe(first?.inode);

    // Same size and mtime; the prefetched inode change time still tells.
    const edited = path.join(cwd, 'claims/story-7/claim-7.yaml');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('status: unreviewed', 'status: unreveiwed'));
    utimesSync(edited, PAST, PAST);
    const afterEdit = validate(cwd);
    expect(afterEdit.report.summary.records).toBe(LARGE + 2);
    expect(afterEdit.report.diagnostics.map((d) => `${d.ruleId} ${d.file}`)).toEqual(['schema claims/story-7/claim-7.yaml']);
    expect(theList(cwd)?.inode).toBe(first?.inode);

    // A new file: the prefetched list no longer matches, and the new one is kept.
    writeRepoFile(cwd, 'claims/story-0/claim-new.yaml', claimRecord('vote-new'));
    const afterAdd = validate(cwd);
    expect(afterAdd.report.summary.records).toBe(LARGE + 3);
    expect(theList(cwd)?.text).toBe(TWO_CORES ? [...names, 'claims/story-0/claim-new.yaml'].sort().join('\0') : undefined);

    // A small run (one file) keeps no list of its own and leaves the large one alone; so does a run
    // that fails while the prefetch is under way (here on a broken config), with its usage error.
    expect(validate(cwd, 'claims/sources.yaml').report.summary.records).toBe(1);
    writeFileSync(path.join(cwd, 'claims.config.yaml'), 'paths: 5\n');
    expect(runProcess(['validate'], { cwd }).code).toBe(2);
    rmSync(path.join(cwd, 'claims.config.yaml'));
    expect(theList(cwd)?.text.includes('claims/story-0/claim-new.yaml') ?? false).toBe(TWO_CORES);

    // Below 20,000 files the same call keeps no list.
    for (const index of [1, 2, 3, 4]) rmSync(path.join(cwd, `claims/story-${index}/claim-${index}.yaml`));
    expect(validate(cwd).report.summary.records).toBe(LARGE - 1);
    expect(keptLists(cwd)).toEqual([]);
  });

  it('keeps the lists of the four calls used last, a list in use included', { timeout: 240_000 }, () => {
    const { cwd } = largeRepo();
    validate(cwd);
    const everyFile = theList(cwd);
    // Other arguments naming the same files: each call keeps a list of its own.
    for (const args of [['claims'], ['./claims'], ['claims/']]) validate(cwd, ...args);
    // The first call again: its list matches and is touched, not written.
    validate(cwd);
    validate(cwd, 'claims/../claims');
    const kept = keptLists(cwd);
    expect(kept).toHaveLength(TWO_CORES ? 4 : 0);
    expect(kept.map((list) => list.inode)).toEqual(TWO_CORES ? expect.arrayContaining([everyFile!.inode]) : []);
  });
});
