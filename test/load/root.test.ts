import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { absolutePath, repoPath } from '../../src/load/root.js';

describe('repository names and absolute paths', () => {
  const root = path.resolve('/srv/newsroom');

  it('turn into each other, inside the repository and outside it', () => {
    for (const absolute of [
      path.join(root, 'claims/a/b.yaml'),
      path.join(root, 'top.yaml'),
      path.resolve(root, '../other/x.yaml'),
      path.resolve('/elsewhere/deep/y.yml'),
    ]) {
      const name = repoPath(root, absolute);
      expect(name).not.toContain('\\');
      expect(absolutePath(root, name)).toBe(absolute);
    }
    expect(repoPath(root, path.join(root, 'claims/a/b.yaml'))).toBe('claims/a/b.yaml');
    expect(repoPath(root, path.resolve(root, '../other/x.yaml'))).toBe('../other/x.yaml');
  });

  it('resolve a name whose first folder only starts with two dots as a folder inside the repository', () => {
    expect(absolutePath(root, '..drafts/c.yaml')).toBe(path.join(root, '..drafts/c.yaml'));
  });

  it('keep a single separator under the file-system root', () => {
    const top = path.parse(root).root;
    expect(absolutePath(top, 'claims/a.yaml')).toBe(path.join(top, 'claims/a.yaml'));
  });
});
