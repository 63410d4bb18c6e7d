import { utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RunCache } from '../../src/cache/run-cache.js';
import { makeRepo } from '../support/repo.js';

/** A repository whose files were last written a minute ago, so their signatures can be trusted. */
function settledRepo() {
  const root = makeRepo({ files: { 'claims/a.yaml': 'id: a\n', 'claims/b.yaml': 'id: b\n', 'claims/story.txt': 'The text.\n' } });
  const past = new Date(Date.now() - 60_000);
  for (const file of ['claims/a.yaml', 'claims/b.yaml', 'claims/story.txt']) utimesSync(path.join(root, file), past, past);
  return { root, files: ['claims/a.yaml', 'claims/b.yaml'] };
}

/** The signature of a file as verify takes it just before reading. */
async function observed(root: string, named: string) {
  const { signatureOfFile } = await import('../../src/load/file-hashes.js');
  return { base: path.join(root, 'claims'), named, signature: signatureOfFile(path.join(root, 'claims', named)) };
}

/**
 * A run reads its files after the cache key is computed, and may take seconds. A file saved in between
 * must not leave behind a result filed under a state it no longer has.
 */
describe('the result cache while files change during a run', () => {
  it('stores a run whose files did not change, and finds it again', async () => {
    const { root, files } = settledRepo();
    const first = new RunCache(root);
    const key = await first.key({ settings: 's', files });
    await first.store(key!, [await observed(root, 'story.txt')], 'result');
    const second = new RunCache(root);
    const again = await second.key({ settings: 's', files });
    expect(again).toBe(key);
    expect(await second.lookup(again!)).toBe('result');
  });

  it('stores nothing when a record file changed after the key was computed', async () => {
    const { root, files } = settledRepo();
    const cache = new RunCache(root);
    const key = await cache.key({ settings: 's', files });
    writeFileSync(path.join(root, files[1]!), 'id: c\n');
    await cache.store(key!, [], 'result for neither version');
    // Back to the content the key was computed from: the stale result must not be found.
    writeFileSync(path.join(root, files[1]!), 'id: b\n');
    const later = new RunCache(root);
    expect(await later.lookup((await later.key({ settings: 's', files }))!)).toBeUndefined();
  });

  it('stores nothing when a story text changed after the run read it', async () => {
    const { root, files } = settledRepo();
    const cache = new RunCache(root);
    const key = await cache.key({ settings: 's', files });
    const story = await observed(root, 'story.txt');
    writeFileSync(path.join(root, 'claims/story.txt'), 'Another text.\n');
    await cache.store(key!, [story], 'result for the old text');
    const later = new RunCache(root);
    expect(await later.lookup((await later.key({ settings: 's', files }))!)).toBeUndefined();
  });
});
