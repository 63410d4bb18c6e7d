import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { runClaims } from './cli.js';
import { makeRepo, projectRoot, writeRepoFile } from './repo.js';

/** The export and import tests' repositories: the fixture story with verdicts, and the seed story, with export settings. */
export const ENV = { SOURCE_DATE_EPOCH: '1775606400' };
export const SETTINGS = `export:
  organization: { name: Example Desk, url: https://desk.example.org }
  reviewUrl: https://desk.example.org/checks/{story}#{claim}
  base: https://desk.example.org/records/
`;

export const fixtureRepo = () => makeRepo({ fixture: 'interop' });

export function seedRepo(): string {
  const root = makeRepo();
  cpSync(path.join(projectRoot, 'claims'), path.join(root, 'claims'), { recursive: true });
  writeRepoFile(root, 'claims.config.yaml', `paths: [claims]\n${SETTINGS}`);
  return root;
}

export async function exported(root: string, format: string, ...more: string[]) {
  const result = await runClaims(['export', '--format', format, ...more], { cwd: root, env: ENV });
  expect(result.code, result.stderr).toBe(0);
  return { ...result, document: JSON.parse(result.stdout) as any }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** A document written to a file of its own, for an oracle that reads files. */
export function writeTemp(name: string, document: unknown): string {
  const file = path.join(makeRepo(), name);
  writeFileSync(file, JSON.stringify(document));
  return file;
}
