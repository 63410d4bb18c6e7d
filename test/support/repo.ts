import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const fixturesDir = path.join(projectRoot, 'test', 'fixtures');

const created: string[] = [];
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A throw-away repository: a temp dir with a `.git` marker (so it is its own root), filled from a
 * fixture folder under test/fixtures and/or a map of relative path → content.
 */
export function makeRepo(options: { fixture?: string; files?: Record<string, string | Uint8Array> } = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'claims-test-'));
  created.push(dir);
  mkdirSync(path.join(dir, '.git'));
  if (options.fixture) cpSync(path.join(fixturesDir, options.fixture), dir, { recursive: true });
  for (const [name, content] of Object.entries(options.files ?? {})) writeRepoFile(dir, name, content);
  return dir;
}

export function writeRepoFile(root: string, name: string, content: string | Uint8Array): void {
  const target = path.join(root, name);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, content);
}
