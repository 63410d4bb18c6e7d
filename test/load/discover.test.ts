import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/model/exit.js';
import { discoverRecordFiles } from '../../src/load/discover.js';
import { makeRepo } from '../support/repo.js';

const RECORD = 'apiVersion: claims/v1\n';

/** A repository with records in nested folders, files that are not records, and folders to skip. */
function repository(): string {
  return makeRepo({
    files: {
      'claims/b-story/claims.yaml': RECORD,
      'claims/b-story/story.yaml': RECORD,
      'claims/b-story/story.txt': 'The text.\n',
      'claims/a-story/claims.yml': RECORD,
      'claims/a-story/Upper.YAML': RECORD,
      'claims/sources.yaml': RECORD,
      'claims/notes.md': '# notes\n',
      'claims/node_modules/pkg/x.yaml': RECORD,
      'claims/.hidden/secret.yaml': RECORD,
      'other/extra.yaml': RECORD,
      'claims.config.yaml': 'paths: [claims]\n',
    },
  });
}

describe('discoverRecordFiles', () => {
  it('expands a directory to every .yaml and .yml file under it, skipping node_modules and hidden folders', async () => {
    const root = repository();
    expect(await discoverRecordFiles(['claims'], root, root)).toEqual([
      'claims/a-story/Upper.YAML',
      'claims/a-story/claims.yml',
      'claims/b-story/claims.yaml',
      'claims/b-story/story.yaml',
      'claims/sources.yaml',
    ]);
  });

  it('skips hidden files and lists a symbolic link to a record without following linked directories', async () => {
    const root = repository();
    writeFileSync(path.join(root, 'claims/.draft.yaml'), RECORD);
    mkdirSync(path.join(root, 'outside'));
    writeFileSync(path.join(root, 'outside/elsewhere.yaml'), RECORD);
    symlinkSync(path.join(root, 'outside'), path.join(root, 'claims/linked-dir'));
    symlinkSync(path.join(root, 'outside/elsewhere.yaml'), path.join(root, 'claims/linked.yaml'));
    // The linked file is listed so that the loader refuses it with a finding rather than dropping it silently.
    expect(await discoverRecordFiles(['claims'], root, root)).toEqual([
      'claims/a-story/Upper.YAML',
      'claims/a-story/claims.yml',
      'claims/b-story/claims.yaml',
      'claims/b-story/story.yaml',
      'claims/linked.yaml',
      'claims/sources.yaml',
    ]);
  });

  it('names files relative to the repository root with forward slashes, from any base and outside the root too', async () => {
    const root = repository();
    // As if the repository were claims/: other/ lies outside it.
    const files = await discoverRecordFiles(
      ['.', '../../other', path.join(root, 'other/extra.yaml'), '../a-story/*.yml'],
      path.join(root, 'claims/b-story'),
      path.join(root, 'claims'),
    );
    expect(files).toEqual(['../other/extra.yaml', 'a-story/claims.yml', 'b-story/claims.yaml', 'b-story/story.yaml']);
  });

  it('names files canonically when the directory walked holds the repository, and still leaves out the config', async () => {
    const outer = repository();
    // As if the repository were claims/ and the command were run there with `..`.
    const root = path.join(outer, 'claims');
    const files = await discoverRecordFiles(['..', '.'], root, root, path.join(outer, 'claims.config.yaml'));
    expect(files).toEqual([
      '../other/extra.yaml',
      'a-story/Upper.YAML',
      'a-story/claims.yml',
      'b-story/claims.yaml',
      'b-story/story.yaml',
      'sources.yaml',
    ]);
  });

  it('expands globs, keeping only record files', async () => {
    const root = repository();
    expect(await discoverRecordFiles(['claims/*-story/*'], root, root)).toEqual([
      'claims/a-story/Upper.YAML',
      'claims/a-story/claims.yml',
      'claims/b-story/claims.yaml',
      'claims/b-story/story.yaml',
    ]);
  });

  it('lists a file named in several ways once, and sorts the union by code unit', async () => {
    const root = repository();
    const files = await discoverRecordFiles(
      ['other', 'claims/b-story', 'claims/**/claims.yaml', 'claims/b-story/claims.yaml', './claims/b-story/../b-story/claims.yaml'],
      root,
      root,
    );
    expect(files).toEqual(['claims/b-story/claims.yaml', 'claims/b-story/story.yaml', 'other/extra.yaml']);
  });

  it('resolves arguments against the base directory given', async () => {
    const root = repository();
    expect(await discoverRecordFiles(['b-story'], path.join(root, 'claims'), root)).toEqual([
      'claims/b-story/claims.yaml',
      'claims/b-story/story.yaml',
    ]);
  });

  it('takes a file named explicitly as it is', async () => {
    const root = repository();
    expect(await discoverRecordFiles(['claims/b-story/story.txt'], root, root)).toEqual(['claims/b-story/story.txt']);
  });

  it('leaves out the config file even when a pattern matches it', async () => {
    const root = repository();
    const files = await discoverRecordFiles(['*.yaml', 'other'], root, root, path.join(root, 'claims.config.yaml'));
    expect(files).toEqual(['other/extra.yaml']);
  });

  it('makes an argument that matches nothing a usage error naming it, with a hint', async () => {
    const root = repository();
    const error = await discoverRecordFiles(['claims', 'does-not-exist.yaml'], root, root).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toBe('no claim files matched "does-not-exist.yaml"');
    expect((error as UsageError).hint).toMatch(/glob of \.yaml files/);
  });

  it('treats a glob or directory without record files as matching nothing', async () => {
    const root = makeRepo({ files: { 'empty/notes.md': 'x\n' } });
    await expect(discoverRecordFiles(['empty'], root, root)).rejects.toThrow('no claim files matched "empty"');
    await expect(discoverRecordFiles(['empty/*'], root, root)).rejects.toThrow('no claim files matched "empty/*"');
  });
});
