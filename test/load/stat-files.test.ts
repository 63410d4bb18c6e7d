import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import type * as StatFiles from '../../src/cache/stat-files.js';

// The compiled module: only there does a large list get a worker thread (tests run the sources on one thread).
const compiled = new URL('../../dist/cache/stat-files.js', import.meta.url);
const { signaturesOf, StatPrefetch } = (await import(compiled.href)) as typeof StatFiles;

/** Enough files for the second thread (20,000 and up), in folders of 500 like a per-claim archive. */
const root = mkdtempSync(path.join(tmpdir(), 'claims-stat-'));
const names: string[] = [];
for (let folder = 0; folder < 50; folder++) {
  mkdirSync(path.join(root, `story-${folder}`));
  for (let file = 0; file < 500; file++) {
    const name = `story-${folder}/claim-${file}.yaml`;
    writeFileSync(path.join(root, name), 'x'.repeat((folder * 500 + file) % 97));
    names.push(name);
  }
}
names.sort();
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A prefetch starts only where a second thread is used: with two cores or more. */
const TWO_CORES = availableParallelism() > 1;

/** Starts a prefetch of a list file holding `text` (none when undefined). */
function prefetchOf(file: string, text: string | undefined) {
  if (text !== undefined) writeFileSync(path.join(root, file), text);
  const prefetch = StatPrefetch.start(root, path.join(root, file));
  expect(prefetch !== undefined).toBe(TWO_CORES);
  return prefetch;
}

function expected(list: readonly string[]): number[] {
  return list.flatMap((name) => {
    const info = statSync(path.join(root, name));
    return [info.size, info.mtimeMs, info.ctimeMs, info.ino];
  });
}

describe('file signatures over many files', () => {
  it('are every file’s size, mtime, ctime and inode in order, whichever thread took it', async () => {
    expect([...(await signaturesOf(root, names))!]).toEqual(expected(names));
  });

  it('are undefined when any file is missing or not a regular file, wherever it falls', async () => {
    for (const odd of ['story-0/absent.yaml', 'story-49/zz-absent.yaml', 'story-25']) {
      const list = [...names, odd].sort();
      expect(await signaturesOf(root, list), odd).toBeUndefined();
    }
  });

  it('are taken by a prefetch of the same list, started before the names were known', async () => {
    const prefetch = prefetchOf('same.list', names.join('\0'));
    expect([...(await signaturesOf(root, names, prefetch))!]).toEqual(expected(names));
    expect(prefetch?.matched ?? false).toBe(TWO_CORES);
  });

  it('do not depend on a prefetch of another, empty, missing or unreadable list', async () => {
    const fewer = names.filter((_name, index) => index !== 12_345);
    const lists = {
      other: fewer.join('\0'),
      longer: [...names, 'story-9/claim-9.yaml'].join('\0'),
      empty: '',
      missing: undefined,
      directory: undefined,
    };
    for (const [label, text] of Object.entries(lists)) {
      const prefetch = label === 'directory' ? StatPrefetch.start(root, path.join(root, 'story-0')) : prefetchOf(`${label}.list`, text);
      expect([...(await signaturesOf(root, names, prefetch))!], label).toEqual(expected(names));
      expect(prefetch?.matched, label).not.toBe(true);
    }
  });

  it('are undefined through a prefetch too when a listed file is missing', async () => {
    const list = [...names, 'story-3/absent.yaml'].sort();
    const prefetch = prefetchOf('absent.list', list.join('\0'));
    expect(await signaturesOf(root, list, prefetch)).toBeUndefined();
    expect(prefetch?.matched ?? false).toBe(TWO_CORES);
  });

  it('come whole from the worker alone, when it claims every chunk', async () => {
    const chunks = Math.ceil(names.length / 1024);
    const work = {
      root,
      names: names.join('\0'),
      signatures: new Float64Array(new SharedArrayBuffer(names.length * 32)),
      control: new Int32Array(new SharedArrayBuffer(8)),
      done: new Int32Array(new SharedArrayBuffer(chunks * 4)),
    };
    const worker = new Worker(new URL('../../dist/cache/stat-worker.js', import.meta.url), { workerData: work });
    await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect([...work.done]).toEqual(new Array(chunks).fill(1));
    expect([...work.signatures]).toEqual(expected(names));
  });
});
