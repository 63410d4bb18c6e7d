import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonReport, runClaims } from '../support/cli.js';
import { makeRepo } from '../support/repo.js';

const STORY_DIR = 'claims/harbour-sea-wall';
const read = (cwd: string, file: string) => readFileSync(path.join(cwd, STORY_DIR, file), 'utf8');
const snapshot = (cwd: string) =>
  Object.fromEntries(
    readdirSync(path.join(cwd, STORY_DIR))
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => [name, read(cwd, name)]),
  );

/** The clean fixture with one sentence of its story edited, as a desk finds it after a correction. */
function editedRepo(from: string, to: string): string {
  const cwd = makeRepo({ fixture: 'clean' });
  const story = read(cwd, 'story.txt');
  expect(story).toContain(from);
  writeFileSync(path.join(cwd, STORY_DIR, 'story.txt'), story.replace(from, to));
  return cwd;
}

async function findings(cwd: string): Promise<string[]> {
  const report = parseJsonReport((await runClaims(['verify', '--format', 'json'], { cwd })).stdout);
  return report.diagnostics.map((d) => `${d.ruleId} ${d.file}`);
}

describe('claims fix', () => {
  it('brings the sha256 and a moved anchor up to date; --dry-run prints the diff and writes nothing', async () => {
    const cwd = editedRepo('voted 7 to 2 on Tuesday', 'voted seven to two on Tuesday');
    expect(await findings(cwd)).toEqual([`anchor/moved ${STORY_DIR}/claims.yaml`, `story/hash-mismatch ${STORY_DIR}/story.yaml`]);
    const before = snapshot(cwd);
    const dry = await runClaims(['fix', '--dry-run'], { cwd });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(`--- a/${STORY_DIR}/claims.yaml\n+++ b/${STORY_DIR}/claims.yaml`);
    expect(dry.stdout).toContain('-  exact: The Harbour Council voted 7 to 2 on Tuesday to build a sea wall along the old port.\n');
    expect(dry.stdout).toContain('+  exact: The Harbour Council voted seven to two on Tuesday to build a sea wall along the old port.\n');
    expect(dry.stdout).toMatch(/^\+sha256: [0-9a-f]{64}$/m);
    expect(snapshot(cwd)).toEqual(before);

    const fixed = await runClaims(['fix'], { cwd });
    expect(fixed).toMatchObject({ code: 0, stderr: '' });
    expect(fixed.stdout).toContain('fixed 2 in 2 files');
    expect(await findings(cwd)).toEqual([]);
    // Everything but the two values is the file as it was: comments, key order, folded text.
    const changedLines = (name: string) => {
      const old = before[name]!.split('\n');
      const now = read(cwd, name).split('\n');
      expect(now).toHaveLength(old.length);
      return now.filter((line, index) => line !== old[index]);
    };
    expect(changedLines('claims.yaml')).toEqual([
      '  exact: The Harbour Council voted seven to two on Tuesday to build a sea wall along the old port.',
    ]);
    expect(changedLines('story.yaml')).toEqual([expect.stringMatching(/^sha256: [0-9a-f]{64}$/)]);
    expect(read(cwd, 'claims.yaml')).toContain('# yaml-language-server: $schema=');
  });

  it('rewrites a quote that changed inside its moved anchor', async () => {
    const cwd = editedRepo('“a concrete vanity monument”', '“a concrete vanity project”');
    expect(await findings(cwd)).toEqual(
      expect.arrayContaining([`anchor/moved ${STORY_DIR}/claims.yaml`, `quote/not-in-story ${STORY_DIR}/claims.yaml`]),
    );
    expect((await runClaims(['fix'], { cwd })).code).toBe(0);
    expect(await findings(cwd)).toEqual([]);
    expect(read(cwd, 'claims.yaml')).toContain('quote: a concrete vanity project');
  });

  it('leaves an anchor it cannot place, says so, exits 1 and does not touch the claim file', async () => {
    const cwd = editedRepo('Opposition leader Tomas Berg called the project “a concrete vanity monument”.', 'The opposition was silent.');
    const claims = read(cwd, 'claims.yaml');
    const result = await runClaims(['fix'], { cwd });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `left ${STORY_DIR}/claims.yaml berg-vanity-monument anchor.exact: not found in the story, even approximately`,
    );
    expect(read(cwd, 'claims.yaml')).toBe(claims);
  });

  it('never accepts a changed evidence file, nor touches a verdict, a confidence or a review', async () => {
    const cwd = editedRepo('voted 7 to 2 on Tuesday', 'voted seven to two on Tuesday');
    writeFileSync(path.join(cwd, STORY_DIR, 'evidence/budget-2025-capital.txt'), 'altered\n');
    const evidence = read(cwd, 'evidence.yaml');
    await runClaims(['fix'], { cwd });
    expect(read(cwd, 'evidence.yaml')).toBe(evidence);
    expect(await findings(cwd)).toEqual([`evidence/hash-mismatch ${STORY_DIR}/evidence.yaml`]);
    const claims = read(cwd, 'claims.yaml');
    for (const field of ['status: verified', 'likelihood: almost-certain', 'by: Maria Lind, research desk'])
      expect(claims).toContain(field);
  });

  it('applied twice changes nothing the second time, and never leaves a file validate rejects, whatever the edit', async () => {
    const sentences = read(makeRepo({ fixture: 'clean' }), 'story.txt').split('\n');
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: sentences.length - 1 }),
        fc.nat(),
        fc.constantFrom('seven', '“quoted”', 'x', 'naïve', '😊', '', 'a: b', '#tag', 'really, truly', '"\\', '\u202e', 'line\nbreak'),
        async (line, at, word) => {
          const words = sentences[line]!.split(' ');
          const index = at % words.length;
          const cwd = editedRepo(sentences[line]!, words.map((w, i) => (i === index ? word : w)).join(' '));
          await runClaims(['fix'], { cwd });
          expect((await runClaims(['validate'], { cwd })).code).toBe(0);
          const once = snapshot(cwd);
          const again = await runClaims(['fix'], { cwd });
          expect(again.stdout).toMatch(/^nothing to fix/m);
          expect(snapshot(cwd)).toEqual(once);
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
