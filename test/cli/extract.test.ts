import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { parseJsonReport, runClaims } from '../support/cli.js';
import { makeRepo, projectRoot } from '../support/repo.js';

const SEED_TEXT = readFileSync(path.join(projectRoot, 'claims/witkoff-ushakov-leaked-calls/story.txt'), 'utf8');
/** 2025-03-14, as SOURCE_DATE_EPOCH seconds: `retrieved` is today's date. */
const env = { SOURCE_DATE_EPOCH: String(Date.UTC(2025, 2, 14) / 1000) };

function seedRepo(files: Record<string, string | Uint8Array> = {}) {
  return makeRepo({ files: { 'claims.config.yaml': 'paths: [claims]\n', 'claims/leak/story.txt': SEED_TEXT, ...files } });
}

const read = (cwd: string, name: string) => readFileSync(path.join(cwd, name), 'utf8');
const records = (cwd: string, name: string) =>
  parseAllDocuments(read(cwd, name)).map((document) => document.toJS() as Record<string, unknown> & { kind: string; id: string });

describe('claims extract', () => {
  it('drafts the seed story into records that validate and cover every sentence', async () => {
    const cwd = seedRepo();
    const extracted = await runClaims(['extract', 'claims/leak/story.txt', '--story', 'leaked-calls'], { cwd, env });
    expect(extracted.stderr).toBe('');
    expect(extracted.code).toBe(0);
    expect(extracted.stdout).toMatch(
      /^extracted \d+ draft claims for 25 of 25 sentences, \d+ sources: claims\/leak\/story\.yaml \(1\), claims\/leak\/sources\.yaml \(\d+\), claims\/leak\/claims\.yaml \(\d+\)\n/,
    );
    expect(readdirSync(path.join(cwd, 'claims/leak')).sort()).toEqual(['claims.yaml', 'sources.yaml', 'story.txt', 'story.yaml']);

    const validate = await runClaims(['validate'], { cwd });
    expect(validate.code).toBe(0);
    const verify = await runClaims(['verify', '--format', 'json', '--no-cache'], { cwd });
    const report = parseJsonReport(verify.stdout);
    expect(report.summary.errors).toBe(0);
    expect(report.stories).toEqual([expect.objectContaining({ storyId: 'leaked-calls', sentences: 25, coverage: 100 })]);

    const [story] = records(cwd, 'claims/leak/story.yaml');
    expect(story).toMatchObject({ kind: 'Story', id: 'leaked-calls', text: 'story.txt', retrieved: '2025-03-14' });
    const claims = records(cwd, 'claims/leak/claims.yaml');
    for (const claim of claims)
      expect(claim).toMatchObject({
        kind: 'Claim',
        story: 'leaked-calls',
        status: 'unreviewed',
        tags: ['draft'],
        confidence: { likelihood: 'roughly-even-chance', credibility: 6 },
      });
    // Every draft says it was extracted and what it rests on.
    for (const claim of claims)
      expect((claim.confidence as { rationale: string }).rationale).toMatch(/^Extracted by claims extract from sentence \d+/);
    const sources = new Set(records(cwd, 'claims/leak/sources.yaml').map((source) => source.id));
    for (const claim of claims)
      for (const attribution of claim.attribution as { source: string; via?: (string | { source: string })[] }[]) {
        expect(sources).toContain(attribution.source);
        for (const relay of attribution.via ?? []) expect(sources).toContain(typeof relay === 'string' ? relay : relay.source);
      }
    // `claims list --tag draft` finds them, as the closing line says.
    const listed = await runClaims(['list', '--tag', 'draft', '--format', 'ids'], { cwd });
    expect(listed.stdout.trim().split('\n')).toHaveLength(claims.length);
  });

  it('writes the same bytes for the same text in two repositories', async () => {
    const [first, second] = [seedRepo(), seedRepo()];
    for (const cwd of [first, second])
      expect((await runClaims(['extract', 'claims/leak/story.txt', '--story', 'leaked-calls'], { cwd, env })).code).toBe(0);
    for (const name of ['story.yaml', 'sources.yaml', 'claims.yaml'])
      expect(read(second, `claims/leak/${name}`)).toBe(read(first, `claims/leak/${name}`));
  });

  it('--dry-run prints every record it would write and writes nothing', async () => {
    const cwd = seedRepo();
    const result = await runClaims(['extract', 'claims/leak/story.txt', '--story', 'leaked-calls', '--dry-run'], { cwd, env });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^claims: dry run: \d+ draft claims for 25 of 25 sentences, \d+ sources; nothing was written\n$/);
    expect(readdirSync(path.join(cwd, 'claims/leak'))).toEqual(['story.txt']);
    expect(result.stdout).toMatch(/^# claims\/leak\/story\.yaml \(new file\)\n---\napiVersion: claims\/v1\nkind: Story\n/);
    const printed = parseAllDocuments(result.stdout).map((document) => (document.toJS() as { kind: string }).kind);
    expect(printed[0]).toBe('Story');
    expect(printed.filter((kind) => kind === 'Claim').length).toBeGreaterThanOrEqual(25);

    // What it printed is what it then writes.
    expect((await runClaims(['extract', 'claims/leak/story.txt', '--story', 'leaked-calls'], { cwd, env })).code).toBe(0);
    const written = ['story.yaml', 'sources.yaml', 'claims.yaml'].flatMap((name) => records(cwd, `claims/leak/${name}`));
    expect(parseAllDocuments(result.stdout).map((document) => document.toJS() as unknown)).toEqual(written);
  });

  it('never overwrites: an existing story id is refused, and existing files keep every byte with the drafts appended', async () => {
    const existingClaims =
      '# hand-written notes stay\napiVersion: claims/v1\nkind: Source\nid: yuri-ushakov\ntype: person\nname: Yuri Ushakov\ndescription: Kremlin aide\n';
    const cwd = seedRepo({ 'claims/leak/sources.yaml': existingClaims });
    const result = await runClaims(['extract', 'claims/leak/story.txt', '--story', 'leaked-calls'], { cwd, env });
    expect(result.code).toBe(0);
    const sources = read(cwd, 'claims/leak/sources.yaml');
    expect(sources.startsWith(`${existingClaims}---\n`)).toBe(true);
    // The name matches a Source the repository has: the drafts refer to it instead of writing a second one.
    const ushakov = records(cwd, 'claims/leak/sources.yaml').filter((source) => source.name === 'Yuri Ushakov');
    expect(ushakov.map((source) => source.id)).toEqual(['yuri-ushakov']);
    expect(
      records(cwd, 'claims/leak/claims.yaml').some((claim) =>
        (claim.attribution as { source: string }[]).some((line) => line.source === 'yuri-ushakov'),
      ),
    ).toBe(true);

    const before = ['story.yaml', 'sources.yaml', 'claims.yaml'].map((name) => read(cwd, `claims/leak/${name}`));
    const again = await runClaims(['extract', 'claims/leak/story.txt', '--story', 'leaked-calls'], { cwd, env });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('a Story with id "leaked-calls" already exists in claims/leak/story.yaml; nothing was written');
    expect(['story.yaml', 'sources.yaml', 'claims.yaml'].map((name) => read(cwd, `claims/leak/${name}`))).toEqual(before);
  });

  it('--out puts the records in a folder above the text, naming the text relative to them', async () => {
    const cwd = seedRepo();
    const result = await runClaims(['extract', 'claims/leak/story.txt', '--story', 'leaked-calls', '--out', 'claims'], { cwd, env });
    expect(result.code).toBe(0);
    expect(records(cwd, 'claims/story.yaml')[0]).toMatchObject({ text: 'leak/story.txt' });
    expect(parseJsonReport((await runClaims(['verify', '--format', 'json', '--no-cache'], { cwd })).stdout).stories).toEqual([
      expect.objectContaining({ storyId: 'leaked-calls', coverage: 100 }),
    ]);
  });

  it('spreads the claims of a long story over claims.yaml, claims-2.yaml, … each within the size a record file may have', async () => {
    const paragraphs = Array.from(
      { length: 900 },
      (_, n) =>
        `Council member ${n} said the harbour budget for ward ${n} had risen by ${n + 7} per cent since ${1900 + n}. The vote on item ${n} was delayed until week ${n + 1}, officials said.`,
    );
    const cwd = makeRepo({ files: { 'claims.config.yaml': 'paths: [claims]\n', 'claims/long/story.txt': paragraphs.join('\n') } });
    const result = await runClaims(['extract', 'claims/long/story.txt', '--story', 'long'], { cwd, env });
    expect(result.code).toBe(0);
    const files = readdirSync(path.join(cwd, 'claims/long')).filter((name) => name.startsWith('claims'));
    expect(files.length).toBeGreaterThan(1);
    expect(files).toContain('claims-2.yaml');
    const verify = parseJsonReport((await runClaims(['verify', '--format', 'json', '--no-cache'], { cwd })).stdout);
    expect(verify.summary.errors).toBe(0);
    expect(verify.stories).toEqual([expect.objectContaining({ storyId: 'long', sentences: 1800, coverage: 100 })]);
  });

  it('warns when a wrapped text makes most lines headings', async () => {
    const wrapped =
      'Mayor Tom Reyes said on Monday that the harbour bridge would\nreopen in June after repairs that the council\nexpects to cost more than planned, and that the\nferry would run in the meantime, though the\noperator has not confirmed a timetable yet.\n';
    const cwd = makeRepo({ files: { 'claims.config.yaml': 'paths: [claims]\n', 'claims/wrap/story.txt': wrapped } });
    const result = await runClaims(['extract', 'claims/wrap/story.txt', '--story', 'wrap', '--dry-run'], { cwd, env });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('4 of the 5 sentences of claims/wrap/story.txt are lines without a full stop, read as headings');
  });

  it('refuses a folder the Story could not name its text from, a bad id and text that is not UTF-8, writing nothing', async () => {
    const cwd = seedRepo({ 'claims/other/.keep': '', 'claims/bad/story.txt': new Uint8Array([0x48, 0xff, 0x0a]) });
    const sideways = await runClaims(['extract', 'claims/leak/story.txt', '--story', 'leaked-calls', '--out', 'claims/other'], {
      cwd,
      env,
    });
    expect(sideways.code).toBe(2);
    expect(sideways.stderr).toContain('the Story record there cannot name the text file');
    const badId = await runClaims(['extract', 'claims/leak/story.txt', '--story', 'Leaked Calls'], { cwd, env });
    expect(badId.code).toBe(2);
    expect(badId.stderr).toContain('--story "Leaked Calls" is not a valid id');
    const notUtf8 = await runClaims(['extract', 'claims/bad/story.txt', '--story', 'bad'], { cwd, env });
    expect(notUtf8.code).toBe(2);
    expect(notUtf8.stderr).toMatch(/the text file "claims\/bad\/story\.txt" is not UTF-8 text: .* \(at 1:2\)/);
    for (const folder of ['claims/leak', 'claims/other', 'claims'])
      expect(readdirSync(path.join(cwd, folder)).filter((name) => name.endsWith('.yaml') && name !== 'claims.config.yaml')).toEqual([]);
    expect(existsSync(path.join(cwd, 'claims/bad/story.yaml'))).toBe(false);
  });
});
