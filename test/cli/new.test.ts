import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseJsonReport, runClaims } from '../support/cli.js';
import { makeRepo } from '../support/repo.js';

// `claims new source|evidence|claim` on throw-away repositories, in this process (runClaims).

const STORY_TEXT = [
  'Harbour council votes on sea wall',
  '',
  'The council approved the sea wall. The mayor said it was “a historic day” for the harbour. Critics said the plan was rushed. The council approved the sea wall.',
  'A sign at the quay read: Stop: #1 — don’t ‘panic’ 🎉 — and',
  'nobody did.',
].join('\n');

const SOURCES = `# Sources of the harbour story.
# Descriptions are the story's own words.
---
apiVersion: claims/v1
kind: Source
id: harbour-council
type: organization
name: Harbour Council
description: the council # as the story says
`;

const EVIDENCE = `---
apiVersion: claims/v1
kind: Evidence
id: council-minutes
type: document
title: Minutes of the council meeting
custody: cited
`;

const SOURCE_DATE_EPOCH = String(Date.UTC(2025, 2, 14) / 1000);

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A repository with one story (folder claims/harbour), a sources file with comments and an evidence file. */
function storyRepo(files: Record<string, string> = {}): string {
  return makeRepo({
    files: {
      'claims/harbour/story.txt': STORY_TEXT,
      'claims/harbour/story.yaml': `apiVersion: claims/v1\nkind: Story\nid: harbour-wall\ntitle: Harbour council votes on sea wall\ntext: story.txt\nsha256: ${sha256(STORY_TEXT)}\n`,
      'claims/harbour/sources.yaml': SOURCES,
      'claims/harbour/evidence.yaml': EVIDENCE,
      ...files,
    },
  });
}

function run(cwd: string, args: string[]) {
  return runClaims(args, { cwd, env: { SOURCE_DATE_EPOCH } });
}

/** Every file of the repository and its content, to show a failed command wrote nothing. */
function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[path.relative(root, full)] = readFileSync(full, 'utf8');
    }
  };
  walk(root);
  return files;
}

function read(root: string, name: string): string {
  return readFileSync(path.join(root, name), 'utf8');
}

/** The records of a file as plain values, parsed by the `yaml` package. */
function records(root: string, name: string): Record<string, unknown>[] {
  return parseAllDocuments(read(root, name))
    .map((document) => document.toJS() as Record<string, unknown> | null)
    .filter((value): value is Record<string, unknown> => value !== null);
}

function lastRecord(root: string, name: string): Record<string, unknown> {
  return records(root, name).at(-1)!;
}

/** `claims validate` exits 0, and `claims verify` has no anchor, ref, quote or evidence finding for the record. */
async function expectAccepted(root: string, id: string) {
  const validate = await run(root, ['validate', '--format', 'json']);
  expect(parseJsonReport(validate.stdout).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(validate.code).toBe(0);
  const verify = await run(root, ['verify', '--format', 'json']);
  const report = parseJsonReport(verify.stdout);
  expect(report.summary.records).toBeGreaterThan(0);
  const findings = report.diagnostics.filter((d) => d.recordId === id && /^(anchor|ref|quote|evidence|id)\/|^schema$/.test(d.ruleId));
  expect(findings).toEqual([]);
  return report;
}

/** A command that fails with exit 2, a message matching `message`, and no file changed. */
async function expectRefused(root: string, args: string[], message: RegExp) {
  const before = snapshot(root);
  const result = await run(root, args);
  expect(result.stderr).toMatch(message);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(snapshot(root)).toEqual(before);
  return result;
}

describe('claims new source', () => {
  it('appends a named source to the story folder’s sources.yaml, keeping the file byte for byte', async () => {
    const root = storyRepo();
    const result = await run(root, ['new', 'source', '--story', 'harbour-wall', '--name', 'Ana Pérez', '--ground-rule', 'on-record']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('created source ana-perez in claims/harbour/sources.yaml\n');
    expect(result.code).toBe(0);
    const text = read(root, 'claims/harbour/sources.yaml');
    expect(text.startsWith(SOURCES)).toBe(true);
    expect(text.slice(SOURCES.length)).toMatch(/^---\napiVersion: claims\/v1\n/);
    expect(lastRecord(root, 'claims/harbour/sources.yaml')).toEqual({
      apiVersion: 'claims/v1',
      kind: 'Source',
      id: 'ana-perez',
      type: 'person',
      name: 'Ana Pérez',
      description: 'Ana Pérez',
      groundRule: 'on-record',
    });
    await expectAccepted(root, 'ana-perez');
  });

  it('appends to a file without a final line break, and creates the file when there is none', async () => {
    const root = storyRepo({ 'claims/harbour/sources.yaml': SOURCES.trimEnd() });
    expect((await run(root, ['new', 'source', '--story', 'harbour-wall', '--name', 'Ana'])).code).toBe(0);
    expect(read(root, 'claims/harbour/sources.yaml').startsWith(`${SOURCES.trimEnd()}\n---\napiVersion`)).toBe(true);
    expect((await run(root, ['new', 'source', '--story', 'harbour-wall', '--name', 'Bo', '--file', 'people.yaml'])).code).toBe(0);
    expect(read(root, 'claims/harbour/people.yaml').startsWith('apiVersion: claims/v1\nkind: Source\nid: bo\n')).toBe(true);
    await expectAccepted(root, 'bo');
  });

  it('records an anonymous source: reason, how known, description required; --reason none is null', async () => {
    const root = storyRepo();
    const base = ['new', 'source', '--story', 'harbour-wall', '--anonymous', '--type', 'collective'];
    await expectRefused(root, [...base, '--description', 'two engineers'], /--anonymous needs --reason/);
    await expectRefused(root, [...base, '--reason', 'x'], /--anonymous needs --description/);
    await expectRefused(
      root,
      ['new', 'source', '--story', 'harbour-wall', '--name', 'X', '--reason', 'x'],
      /--reason is for an anonymous source/,
    );
    const result = await run(root, [...base, '--description', 'two engineers', '--reason', 'none', '--how-known', 'direct']);
    expect(result.code).toBe(0);
    expect(lastRecord(root, 'claims/harbour/sources.yaml')).toEqual({
      apiVersion: 'claims/v1',
      kind: 'Source',
      id: 'two-engineers',
      type: 'collective',
      description: 'two engineers',
      anonymity: { reason: null, howKnown: 'direct' },
    });
    await expectAccepted(root, 'two-engineers');
  });

  it('writes hostile text so that it reads back exactly', async () => {
    const root = storyRepo();
    const name = 'O\'Brien: "the #1 boss" — 🎉 ---\n- x: [y] & *z';
    const result = await run(root, ['new', 'source', '--story', 'harbour-wall', '--id', 'obrien', '--name', name]);
    expect(result.code).toBe(0);
    expect(lastRecord(root, 'claims/harbour/sources.yaml')).toMatchObject({ id: 'obrien', name, description: name });
    await expectAccepted(root, 'obrien');
  });

  it('refuses a taken id, an unknown story (did you mean) and both --name and --anonymous, writing nothing', async () => {
    const root = storyRepo();
    await expectRefused(
      root,
      ['new', 'source', '--story', 'harbour-wall', '--id', 'harbour-council', '--name', 'X'],
      /"harbour-council" already exists/,
    );
    await expectRefused(
      root,
      ['new', 'source', '--story', 'harbour-wal', '--name', 'X'],
      /no story "harbour-wal"[\s\S]*did you mean: harbour-wall/,
    );
    await expectRefused(root, ['new', 'source', '--story', 'harbour-wall', '--name', 'X', '--anonymous'], /either --name or --anonymous/);
    await expectRefused(
      root,
      ['new', 'source', '--story', 'harbour-wall', '--id', 'Not An Id', '--name', 'X'],
      /not a valid id[\s\S]*not-an-id/,
    );
  });

  it('suggests a free id when the name’s is taken, and says so', async () => {
    const root = storyRepo();
    const result = await run(root, ['new', 'source', '--story', 'harbour-wall', '--name', 'Harbour Council']);
    expect(result.stdout).toBe('created source harbour-council-2 in claims/harbour/sources.yaml\n');
    expect(result.stderr).toMatch(/a source "harbour-council" exists already/);
  });

  it('--dry-run prints the record and writes nothing', async () => {
    const root = storyRepo();
    const before = snapshot(root);
    const result = await run(root, ['new', 'source', '--story', 'harbour-wall', '--name', 'Ana', '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('apiVersion: claims/v1\nkind: Source\nid: ana\ntype: person\nname: Ana\ndescription: Ana\n');
    expect(result.stderr).toMatch(/dry run/);
    expect(snapshot(root)).toEqual(before);
  });
});

describe('claims new evidence', () => {
  it('records an archived copy the desk holds: its sha256, its path relative to the record, today, held', async () => {
    const minutes = 'Minutes of 11 March.\n';
    const root = storyRepo({ 'claims/harbour/evidence/minutes.txt': minutes });
    const result = await run(root, [
      'new', 'evidence', '--story', 'harbour-wall', '--title', 'Minutes, 11 March', '--archive', 'claims/harbour/evidence/minutes.txt', '--origin', 'harbour-council',
    ]); // prettier-ignore
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('created evidence minutes-11-march in claims/harbour/evidence.yaml\n');
    expect(read(root, 'claims/harbour/evidence.yaml').startsWith(EVIDENCE)).toBe(true);
    expect(lastRecord(root, 'claims/harbour/evidence.yaml')).toEqual({
      apiVersion: 'claims/v1',
      kind: 'Evidence',
      id: 'minutes-11-march',
      type: 'document',
      title: 'Minutes, 11 March',
      archive: 'evidence/minutes.txt',
      sha256: sha256(minutes),
      retrieved: '2025-03-14',
      origin: 'harbour-council',
      custody: 'held',
    });
    await expectAccepted(root, 'minutes-11-march');
  });

  it('takes the archive relative to the working directory', async () => {
    const root = storyRepo({ 'claims/harbour/evidence/minutes.txt': 'm' });
    const result = await run(path.join(root, 'claims', 'harbour'), [
      'new', 'evidence', '--id', 'minutes', '--story', 'harbour-wall', '--title', 'Minutes', '--archive', 'evidence/minutes.txt',
    ]); // prettier-ignore
    expect(result.code).toBe(0);
    expect(lastRecord(root, 'claims/harbour/evidence.yaml')).toMatchObject({
      id: 'minutes',
      archive: 'evidence/minutes.txt',
      custody: 'held',
    });
  });

  it('records cited material by its URL', async () => {
    const root = storyRepo();
    const result = await run(root, [
      'new',
      'evidence',
      '--story',
      'harbour-wall',
      '--id',
      'budget',
      '--title',
      'Budget',
      '--url',
      'https://example.org/budget.pdf',
    ]);
    expect(result.code).toBe(0);
    expect(lastRecord(root, 'claims/harbour/evidence.yaml')).toEqual({
      apiVersion: 'claims/v1',
      kind: 'Evidence',
      id: 'budget',
      type: 'document',
      title: 'Budget',
      url: 'https://example.org/budget.pdf',
      retrieved: '2025-03-14',
      custody: 'cited',
    });
    await expectAccepted(root, 'budget');
  });

  it('refuses held custody without an archive, an archive outside the repository or beside the folder, an unknown origin, a taken id', async () => {
    const root = storyRepo({ 'claims/other/minutes.txt': 'm', 'claims/harbour/evidence/minutes.txt': 'm' });
    const base = ['new', 'evidence', '--story', 'harbour-wall', '--title', 'Minutes'];
    await expectRefused(root, [...base, '--url', 'https://example.org/m', '--custody', 'held'], /--custody held needs --archive/);
    await expectRefused(root, [...base, '--archive', '../outside.txt'], /outside the repository/);
    await expectRefused(root, [...base, '--archive', 'claims/other/minutes.txt'], /must be in claims\/harbour\/ or a folder below it/);
    await expectRefused(root, [...base, '--archive', 'claims/harbour/evidence/none.txt'], /file not found/);
    await expectRefused(
      root,
      [...base, '--url', 'https://example.org/m', '--origin', 'harbour-councl'],
      /no source "harbour-councl"[\s\S]*did you mean: harbour-council/,
    );
    await expectRefused(root, [...base, '--url', 'https://example.org/m', '--id', 'council-minutes'], /"council-minutes" already exists/);
  });

  it('without --story goes beside the story whose folder holds the archive, else the only story; with several, asks', async () => {
    const second = 'A second story.';
    const root = storyRepo({
      'claims/harbour/evidence/minutes.txt': 'm',
      'claims/bridge/story.txt': second,
      'claims/bridge/story.yaml': `apiVersion: claims/v1\nkind: Story\nid: bridge\ntitle: Bridge\ntext: story.txt\nsha256: ${sha256(second)}\n`,
    });
    const archived = await run(root, [
      'new',
      'evidence',
      '--id',
      'minutes-copy',
      '--title',
      'Minutes',
      '--archive',
      'claims/harbour/evidence/minutes.txt',
    ]);
    expect(archived.code, archived.stderr).toBe(0);
    expect(readFileSync(path.join(root, 'claims/harbour/evidence.yaml'), 'utf8')).toContain('archive: evidence/minutes.txt');
    await expectRefused(
      root,
      ['new', 'evidence', '--title', 'Minutes', '--url', 'https://example.org/m'],
      /give --story: the evidence could go beside any of 2 stories/,
    );

    const single = storyRepo();
    const cited = await run(single, ['new', 'evidence', '--id', 'web-minutes', '--title', 'Minutes', '--url', 'https://example.org/m']);
    expect(cited.code, cited.stderr).toBe(0);
    expect(readFileSync(path.join(single, 'claims/harbour/evidence.yaml'), 'utf8')).toContain('id: web-minutes');
  });
});

describe('claims new claim', () => {
  it('anchors a whole sentence with the defaults of an ungraded, unattributed fact', async () => {
    const root = storyRepo();
    const result = await run(root, ['new', 'claim', '--story', 'harbour-wall', '--sentence', '4']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('created claim critics-said-plan-rushed in claims/harbour/claims.yaml\n');
    expect(records(root, 'claims/harbour/claims.yaml')).toEqual([
      {
        apiVersion: 'claims/v1',
        kind: 'Claim',
        id: 'critics-said-plan-rushed',
        story: 'harbour-wall',
        statement: 'Critics said the plan was rushed.',
        type: 'fact',
        anchor: { exact: 'Critics said the plan was rushed.' },
        attribution: [],
        confidence: { likelihood: 'roughly-even-chance', credibility: 6, rationale: 'Not yet graded.' },
        status: 'unreviewed',
      },
    ]);
    await expectAccepted(root, 'critics-said-plan-rushed');
  });

  it('gives a repeated sentence just enough context that verify resolves it to that one, and a second id -2', async () => {
    const root = storyRepo();
    expect((await run(root, ['new', 'claim', '--story', 'harbour-wall', '--sentence', '2'])).code).toBe(0);
    expect((await run(root, ['new', 'claim', '--story', 'harbour-wall', '--sentence', '5'])).code).toBe(0);
    const [first, second] = records(root, 'claims/harbour/claims.yaml');
    expect(first).toMatchObject({
      id: 'council-approved-sea-wall',
      anchor: { exact: 'The council approved the sea wall.', suffix: ' The' },
    });
    expect(second).toMatchObject({
      id: 'council-approved-sea-wall-2',
      anchor: { exact: 'The council approved the sea wall.', suffix: '\nA' },
    });
    const report = await expectAccepted(root, 'council-approved-sea-wall');
    expect(report.diagnostics.filter((d) => d.recordId === 'council-approved-sea-wall-2' && d.ruleId.startsWith('anchor/'))).toEqual([]);
    // Two sentences are covered, not one twice: each anchor landed on its own occurrence.
    expect(report.stories.find((story) => story.storyId === 'harbour-wall')).toMatchObject({ claims: 2, anchored: 2 });
  });

  it('--exact with straight quotes writes the story’s curly ones; --source with --quote in the story’s characters', async () => {
    const root = storyRepo();
    const result = await run(root, [
      'new', 'claim', '--story', 'harbour-wall', '--exact', 'The mayor said it was "a historic day"', '--source', 'harbour-council', '--relation', 'said', '--quote', '"a historic day"',
      '--evidence', 'council-minutes:supports', '--statement', 'The council said the vote made it a historic day.',
    ]); // prettier-ignore
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(lastRecord(root, 'claims/harbour/claims.yaml')).toEqual({
      apiVersion: 'claims/v1',
      kind: 'Claim',
      id: 'council-said-vote-made-historic-day',
      story: 'harbour-wall',
      statement: 'The council said the vote made it a historic day.',
      type: 'attributed-statement',
      anchor: { exact: 'The mayor said it was “a historic day”' },
      attribution: [{ source: 'harbour-council', relation: 'said', quote: '“a historic day”' }],
      evidence: [{ ref: 'council-minutes', relation: 'supports' }],
      confidence: { likelihood: 'roughly-even-chance', credibility: 6, rationale: 'Not yet graded.' },
      status: 'unreviewed',
    });
    await expectAccepted(root, 'council-said-vote-made-historic-day');
  });

  it('writes hostile statement and quote text (quotes, ": ", "#", a line break, emoji) that reads back exactly', async () => {
    const root = storyRepo();
    const statement = 'A sign said: "Stop: #1" — \'don’t panic\' 🎉\n--- # not a document';
    const result = await run(root, [
      'new', 'claim', '--story', 'harbour-wall', '--id', 'sign', '--exact', 'Stop: #1', '--statement', statement,
      '--source', 'harbour-council', '--relation', 'published', '--quote', "Stop: #1 - don't 'panic' 🎉 - and nobody", '--via', 'harbour-council',
    ]); // prettier-ignore
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const record = lastRecord(root, 'claims/harbour/claims.yaml');
    expect(record.statement).toBe(statement);
    expect(record.attribution).toEqual([
      { source: 'harbour-council', relation: 'published', via: ['harbour-council'], quote: 'Stop: #1 — don’t ‘panic’ 🎉 — and\nnobody' },
    ]);
    await expectAccepted(root, 'sign');
  });

  it('grades when told, with a rationale', async () => {
    const root = storyRepo();
    const args = ['new', 'claim', '--story', 'harbour-wall', '--sentence', '4', '--likelihood', 'likely', '--credibility', '3'];
    await expectRefused(root, args, /need --rationale/);
    expect((await run(root, [...args, '--rationale', 'Two critics quoted by name.', '--type', 'characterisation'])).code).toBe(0);
    expect(lastRecord(root, 'claims/harbour/claims.yaml')).toMatchObject({
      type: 'characterisation',
      confidence: { likelihood: 'likely', credibility: 3, rationale: 'Two critics quoted by name.' },
    });
  });

  it('refuses unknown ids with a did-you-mean, a quote or span not in the story, a taken id, a sentence out of range', async () => {
    const root = storyRepo({ 'claims/harbour/claims.yaml': '# the claims\n' });
    const base = ['new', 'claim', '--story', 'harbour-wall', '--sentence', '4'];
    await expectRefused(
      root,
      ['new', 'claim', '--story', 'harbor-wall', '--sentence', '4'],
      /no story "harbor-wall"[\s\S]*did you mean: harbour-wall/,
    );
    await expectRefused(
      root,
      [...base, '--source', 'harbour-counci', '--relation', 'said'],
      /no source "harbour-counci"[\s\S]*did you mean: harbour-council/,
    );
    await expectRefused(
      root,
      [...base, '--source', 'harbour-council', '--relation', 'said', '--via', 'harbor-council'],
      /--via: no source "harbor-council"[\s\S]*did you mean: harbour-council/,
    );
    await expectRefused(
      root,
      [...base, '--evidence', 'council-minute:supports'],
      /no evidence "council-minute"[\s\S]*did you mean: council-minutes/,
    );
    await expectRefused(root, [...base, '--evidence', 'council-minutes'], /needs ID:relation/);
    await expectRefused(
      root,
      [...base, '--source', 'harbour-council', '--relation', 'said', '--quote', 'a glorious day'],
      /--quote: the quote is not in claims\/harbour\/story.txt/,
    );
    await expectRefused(
      root,
      ['new', 'claim', '--story', 'harbour-wall', '--exact', 'a glorious day'],
      /--exact: the text is not in claims\/harbour\/story.txt/,
    );
    await expectRefused(
      root,
      ['new', 'claim', '--story', 'harbour-wall', '--exact', 'The council approved'],
      /occurs 2 times[\s\S]*--sentence N/,
    );
    await expectRefused(
      root,
      ['new', 'claim', '--story', 'harbour-wall', '--sentence', '99'],
      /--sentence 99: claims\/harbour\/story.txt has 7 sentences/,
    );
    await expectRefused(root, [...base, '--quote', 'x'], /--quote describes an attribution; it needs --source/);
    await expectRefused(root, ['new', 'claim', '--story', 'harbour-wall'], /give --sentence N/);
    expect((await run(root, [...base, '--id', 'rushed'])).code).toBe(0);
    await expectRefused(root, [...base, '--id', 'rushed'], /a claim "rushed" already exists/);
    expect(read(root, 'claims/harbour/claims.yaml').startsWith('# the claims\napiVersion: claims/v1\n')).toBe(true);
  });

  it('--exact within --sentence picks the occurrence in that sentence', async () => {
    const root = storyRepo();
    expect((await run(root, ['new', 'claim', '--story', 'harbour-wall', '--sentence', '5', '--exact', 'The council approved'])).code).toBe(
      0,
    );
    const record = lastRecord(root, 'claims/harbour/claims.yaml');
    expect(record.anchor).toEqual({ exact: 'The council approved', prefix: 'rushed. ' });
    await expectAccepted(root, record.id as string);
  });

  it('--dry-run prints the record and writes nothing', async () => {
    const root = storyRepo();
    const before = snapshot(root);
    const result = await run(root, ['new', 'claim', '--story', 'harbour-wall', '--sentence', '4', '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^apiVersion: claims\/v1\nkind: Claim\nid: critics-said-plan-rushed\n[\s\S]*status: unreviewed\n$/);
    expect(snapshot(root)).toEqual(before);
  });

  it('leaves a file alone that does not parse', async () => {
    const root = storyRepo({ 'claims/harbour/claims.yaml': 'statement: "never closed\n' });
    await expectRefused(root, ['new', 'claim', '--story', 'harbour-wall', '--sentence', '4'], /does not parse as YAML/);
  });

  it('shows the new subcommands in help', async () => {
    const result = await run(storyRepo(), ['new', '--help']);
    expect(result.code).toBe(0);
    for (const name of ['story', 'source', 'evidence', 'claim']) expect(result.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
  });
});
