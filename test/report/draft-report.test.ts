import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runClaims } from '../support/cli.js';
import { makeRepo, projectRoot } from '../support/repo.js';

// A story as `claims extract` leaves it: the report says first that its claims are drafts nobody has
// judged, and marks each one, in every format.

const TEXT = readFileSync(path.join(projectRoot, 'test/fixtures/extract/vellmouth-water-contract-audit/story.txt'), 'utf8');

async function extracted(): Promise<string> {
  const cwd = makeRepo({ files: { 'claims.config.yaml': 'paths: [claims]\n', 'claims/audit/story.txt': TEXT } });
  const result = await runClaims(['extract', 'claims/audit/story.txt', '--story', 'audit'], { cwd });
  expect(result.code).toBe(0);
  return cwd;
}

describe('the report of an extracted story', () => {
  it('opens with the drafts as one question listing every one, and marks each claim', async () => {
    const cwd = await extracted();
    const json = JSON.parse((await runClaims(['report', '--format', 'json'], { cwd })).stdout) as {
      stories: {
        openQuestions: { kind: string; ruleId: string; text: string; claims: string[] }[];
        claims: { id: string; findings: { ruleId: string }[] }[];
      }[];
    };
    const [story] = json.stories;
    const [first] = story!.openQuestions;
    expect(first).toMatchObject({ kind: 'draft', ruleId: 'status/draft' });
    expect(first!.text).toBe(
      `${story!.claims.length} claims are drafts from claims extract that nobody has judged yet: read each against its sentence, grade it and remove the draft tag`,
    );
    expect(first!.claims).toEqual(story!.claims.map((claim) => claim.id));
    for (const claim of story!.claims) expect(claim.findings.map((finding) => finding.ruleId)).toContain('status/draft');

    const markdown = (await runClaims(['report', '--format', 'markdown'], { cwd })).stdout;
    expect(markdown).toContain('claims are drafts from claims extract that nobody has judged yet');
    const table = (await runClaims(['report'], { cwd, env: { NO_COLOR: '1' } })).stdout;
    expect(table).toContain('[draft]');
  });
});
