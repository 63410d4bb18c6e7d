import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runClaims } from '../support/cli.js';
import { makeRepo } from '../support/repo.js';

const LONG =
  'The council heard from residents of the old port, the fishing cooperative, two engineering firms, the regional flood agency, ' +
  'the chamber of commerce and a dozen schoolchildren before it voted, late on Tuesday night and after nine hours of debate, to build the wall.';

const TEXT = [
  'Harbour council approves sea wall',
  '',
  'The Harbour Council voted 7 to 2 on Tuesday. The mayor said it would protect 400 homes. Critics disagreed.',
  `  ${LONG}`,
  '',
].join('\n');

const STORY = `apiVersion: claims/v1
kind: Story
id: harbour-sea-wall
title: Harbour council approves sea wall
text: story.txt
`;

function claim(id: string, exact: string): string {
  return `---
apiVersion: claims/v1
kind: Claim
id: ${id}
story: harbour-sea-wall
statement: ${JSON.stringify(`Claim ${id}.`)}
type: fact
anchor:
  exact: ${JSON.stringify(exact)}
attribution: []
confidence:
  likelihood: likely
  credibility: 3
  rationale: For the test.
status: unreviewed
`;
}

const CLAIMS = [
  claim('vote', 'voted 7 to 2 on Tuesday'),
  claim('headline', 'council approves sea wall'),
  // Spans the end of sentence 3 and the start of sentence 4: listed in both.
  claim('homes-and-critics', '400 homes. Critics'),
  // Starts before "vote" in sentence 2: listed first.
  claim('council-voted', 'The Harbour Council voted'),
  claim('missing', 'this is not in the story'),
  claim('long-one', 'nine hours of debate'),
].join('');

function repo(extra: Record<string, string> = {}) {
  return makeRepo({
    files: { 'claims/sea-wall/story.txt': TEXT, 'claims/sea-wall/story.yaml': STORY, 'claims/sea-wall/claims.yaml': CLAIMS, ...extra },
  });
}

const EXPECTED = [
  { number: 1, line: 1, column: 1, heading: true, text: 'Harbour council approves sea wall', claims: ['headline'] },
  {
    number: 2,
    line: 3,
    column: 1,
    heading: false,
    text: 'The Harbour Council voted 7 to 2 on Tuesday.',
    claims: ['council-voted', 'vote'],
  },
  { number: 3, line: 3, column: 46, heading: false, text: 'The mayor said it would protect 400 homes.', claims: ['homes-and-critics'] },
  { number: 4, line: 3, column: 89, heading: false, text: 'Critics disagreed.', claims: ['homes-and-critics'] },
  { number: 5, line: 4, column: 3, heading: false, text: LONG, claims: ['long-one'] },
];

describe('claims sentences', () => {
  it('--format json: every sentence with its number, line:column, heading flag, full text and the claims anchored in it', async () => {
    const cwd = repo();
    const result = await runClaims(['sentences', 'harbour-sea-wall', '--format', 'json'], { cwd });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ story: 'harbour-sea-wall', sentences: EXPECTED });
    expect(Object.keys(JSON.parse(result.stdout) as object)).toEqual(['story', 'sentences']);
    expect(Object.keys((JSON.parse(result.stdout) as { sentences: object[] }).sentences[0]!)).toEqual([
      'number',
      'line',
      'column',
      'heading',
      'text',
      'claims',
    ]);
    // Deterministic: the same output on a second run.
    expect((await runClaims(['sentences', 'harbour-sea-wall', '--format', 'json'], { cwd })).stdout).toBe(result.stdout);
  });

  it('table: number, line:col, claims (or —), and the sentence wrapped but never cut', async () => {
    const cwd = repo({ 'claims/sea-wall/claims.yaml': CLAIMS.replace(/---\n(?:(?!---)[\s\S])*id: long-one[\s\S]*$/, '') });
    const result = await runClaims(['sentences', 'harbour-sea-wall'], { cwd });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^#\s+line:col\s+claims\s+sentence$/);
    expect(lines[1]).toMatch(/^1\s+1:1\s+headline\s+\(heading\) Harbour council approves sea wall$/);
    expect(lines[2]).toMatch(/^2\s+3:1\s+council-voted, vote\s+The Harbour Council voted 7 to 2 on Tuesday\.$/);
    expect(lines[3]).toMatch(/^3\s+3:46\s+homes-and-critics\s+The mayor said it would protect 400 homes\.$/);
    expect(lines[4]).toMatch(/^4\s+3:89\s+homes-and-critics\s+Critics disagreed\.$/);
    expect(lines[5]).toMatch(/^5\s+4:3\s+—\s+The council heard/);
    // The long sentence continues on lines of its own, in the sentence column, and ends with its last word.
    const column = lines[0]!.indexOf('sentence');
    const rest = lines.slice(6).filter((line) => line !== '');
    expect(rest.length).toBeGreaterThan(0);
    for (const line of rest) expect(line.slice(0, column).trim()).toBe('');
    const wrapped = [lines[5]!.slice(column), ...rest.map((line) => line.slice(column))].join(' ');
    expect(LONG.length).toBeGreaterThan(200);
    expect(wrapped).toBe(LONG);
    expect(result.stdout).not.toContain('…');
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(100);
  });

  it('makes story text inert on a terminal', async () => {
    const cwd = repo({ 'claims/sea-wall/story.txt': `${TEXT}The \u001b]0;title\u0007 mayor \u202espoke.\n::add-mask::secret was said.\n` });
    const result = await runClaims(['sentences', 'harbour-sea-wall'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(result.stdout).toContain('The \\x1b]0;title\\x07 mayor \\u202espoke.');
    expect(result.stdout.split('\n').some((line) => /^\s*::/.test(line))).toBe(false);
    const json = await runClaims(['sentences', 'harbour-sea-wall', '--format', 'json'], { cwd });
    const sentences = (JSON.parse(json.stdout) as { sentences: { text: string }[] }).sentences;
    expect(sentences.at(-2)!.text).toBe('The \u001b]0;title\u0007 mayor \u202espoke.');
    expect(json.stdout).not.toMatch(/[\u001b\u0007\u202e]/);
  });

  it('refuses an unknown story id with a usage error and the closest ids', async () => {
    const cwd = repo();
    const result = await runClaims(['sentences', 'harbour-seawall'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('no story "harbour-seawall"');
    expect(result.stderr).toContain('did you mean: harbour-sea-wall');
    const notAStory = await runClaims(['sentences', 'vote'], { cwd });
    expect(notAStory.code).toBe(2);
    expect(notAStory.stderr).toContain('"vote" is a claim, not a story');
  });

  it('refuses a story whose text cannot be read, saying why', async () => {
    const cwd = repo();
    rmSync(path.join(cwd, 'claims/sea-wall/story.txt'));
    const result = await runClaims(['sentences', 'harbour-sea-wall'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('cannot read the text of story "harbour-sea-wall" (claims/sea-wall/story.txt): file not found');
  });

  it('refuses an unknown --format', async () => {
    const result = await runClaims(['sentences', 'harbour-sea-wall', '--format', 'csv'], { cwd: repo() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Allowed choices are table, json');
  });
});
