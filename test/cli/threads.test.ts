// Real processes: --jobs starts worker threads, which load the compiled modules (dist/); from source everything runs on one thread.
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.js';
import { runProcess } from '../support/cli.js';

const generated = mkdtempSync(path.join(tmpdir(), 'claims-threads-'));
afterAll(() => rmSync(generated, { recursive: true, force: true }));

/**
 * An archive of a few MiB, so each thread hands over several batches (parallel.ts), with broken files
 * among the good ones: a syntax error, a schema error and an undecodable file.
 */
function archive(layout: 'per-story' | 'per-claim'): string {
  const root = path.join(generated, layout);
  mkdirSync(path.join(root, '.git'), { recursive: true });
  generateCorpus(root, { claims: layout === 'per-story' ? 2500 : 1500, layout, seed: 5 });
  const stories = readdirSync(path.join(root, 'claims'))
    .filter((name) => name.startsWith('story-'))
    .sort();
  writeFileSync(path.join(root, 'claims', stories[3]!, 'broken.yaml'), 'apiVersion: claims/v1\nkind: Claim\nid: [unclosed\n');
  writeFileSync(path.join(root, 'claims', stories[7]!, 'latin1.yaml'), Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xe9, 0x0a]));
  appendFileSync(path.join(root, 'claims', stories[11]!, 'story.yaml'), 'unknownField: 1\n');
  // The same id in the first and the last story: which one is the duplicate depends on file order.
  const first = path.join(root, 'claims', stories[0]!);
  const claims =
    layout === 'per-story'
      ? path.join(first, 'claims.yaml')
      : path.join(first, 'claims', readdirSync(path.join(first, 'claims')).sort()[0]!);
  const id = /^id: (.+)$/m.exec(readFileSync(claims, 'utf8'))![1]!;
  writeFileSync(
    path.join(root, 'claims', stories.at(-1)!, 'duplicate.yaml'),
    readFileSync(claims, 'utf8')
      .split('\n---\n')[0]!
      .replace(/^story: .+$/m, `story: ${stories.at(-1)!}`),
  );
  expect(id).toMatch(/claim/);
  return root;
}

describe('loading on several threads', () => {
  for (const layout of ['per-story', 'per-claim'] as const) {
    it(`${layout}: --jobs 2 and 3 report exactly what one thread reports, for validate and verify`, () => {
      expect.hasAssertions();
      const cwd = archive(layout);
      for (const command of ['validate', 'verify']) {
        const one = runProcess([command, '--no-cache', '--format', 'json', '--jobs', '1'], { cwd, timeoutMs: 120_000 });
        expect(one.code).toBe(1);
        const report = JSON.parse(one.stdout) as { diagnostics: { ruleId: string }[] };
        expect(report.diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(
          expect.arrayContaining(['yaml/syntax', 'yaml/encoding', 'schema', 'id/duplicate']),
        );
        for (const jobs of ['2', '3']) {
          const many = runProcess([command, '--no-cache', '--format', 'json', '--jobs', jobs], { cwd, timeoutMs: 120_000 });
          expect({ jobs, code: many.code, stdout: many.stdout, stderr: many.stderr }).toEqual({
            jobs,
            code: one.code,
            stdout: one.stdout,
            stderr: one.stderr,
          });
        }
      }
    }, 300_000);
  }
});
