import { createHash } from 'node:crypto';
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseJsonReport, runClaims, validateJson } from '../support/cli.js';
import { makeRepo } from '../support/repo.js';

const TEXT = [
  'Harbour council approves sea wall',
  'The Harbour Council voted 7 to 2 on Tuesday to build a sea wall. The mayor said it would protect 400 homes.',
  '',
  'Critics called the plan "a waste of money."',
  '',
].join('\n');

/** 2025-03-14, as SOURCE_DATE_EPOCH seconds. */
const EPOCH = String(Date.UTC(2025, 2, 14) / 1000);
const env = { SOURCE_DATE_EPOCH: EPOCH };

function repoWithText(files: Record<string, string | Uint8Array> = {}) {
  return makeRepo({ files: { 'claims.config.yaml': 'paths: [claims]\n', 'claims/sea-wall/story.txt': TEXT, ...files } });
}

const readRecord = (cwd: string, name = 'claims/sea-wall/story.yaml') =>
  parse(readFileSync(path.join(cwd, name), 'utf8')) as Record<string, unknown>;
const sha256Of = (cwd: string, name: string) =>
  createHash('sha256')
    .update(readFileSync(path.join(cwd, name)))
    .digest('hex');

describe('claims new story', () => {
  it('writes a Story record beside the text, with its sha256 and today as retrieved, and lists the sentences', async () => {
    const cwd = repoWithText();
    const result = await runClaims(['new', 'story', 'claims/sea-wall/story.txt', '--id', 'harbour-sea-wall'], { cwd, env });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readRecord(cwd)).toEqual({
      apiVersion: 'claims/v1',
      kind: 'Story',
      id: 'harbour-sea-wall',
      title: 'Harbour council approves sea wall',
      text: 'story.txt',
      sha256: sha256Of(cwd, 'claims/sea-wall/story.txt'),
      retrieved: '2025-03-14',
    });
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('created claims/sea-wall/story.yaml: Story harbour-sea-wall');
    expect(lines[1]).toBe('');
    expect(lines[2]).toMatch(/^#\s+line:col\s+sentence$/);
    expect(lines.slice(3)).toEqual([
      '1  1:1       (heading) Harbour council approves sea wall',
      '2  2:1       The Harbour Council voted 7 to 2 on Tuesday to build a sea wall.',
      '3  2:66      The mayor said it would protect 400 homes.',
      '4  4:1       Critics called the plan "a waste of money."',
      '',
    ]);
  });

  it('writes a record that validate accepts and verify finds the text of, unchanged', async () => {
    const cwd = repoWithText();
    expect((await runClaims(['new', 'story', 'claims/sea-wall/story.txt', '--id', 'harbour-sea-wall'], { cwd, env })).code).toBe(0);
    const validate = await validateJson(cwd);
    expect(validate.report.diagnostics).toEqual([]);
    expect(validate.code).toBe(0);
    expect(validate.report.summary.records).toBe(1);
    const verify = await runClaims(['verify', '--format', 'json'], { cwd, env });
    const report = parseJsonReport(verify.stdout);
    expect(
      report.diagnostics.filter((diagnostic) => diagnostic.ruleId.startsWith('story/text') || diagnostic.ruleId === 'story/hash-mismatch'),
    ).toEqual([]);
    // verify read the text: every sentence is reported uncovered, and the story's summary counts them.
    expect(report.stories).toEqual([expect.objectContaining({ storyId: 'harbour-sea-wall', sentences: 4, coverage: 0 })]);
    expect(report.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'coverage/uncovered-sentence')).toHaveLength(4);
    expect(report.summary.errors).toBe(0);
  });

  it('takes the title, url, publisher and published date given, and the id as title when the text has no heading', async () => {
    const cwd = repoWithText({ 'claims/plain/story.txt': 'The mayor resigned. Nobody was surprised.\n' });
    const plain = await runClaims(['new', 'story', 'claims/plain/story.txt', '--id', 'mayor-resigns'], { cwd, env });
    expect(plain.code).toBe(0);
    expect(readRecord(cwd, 'claims/plain/story.yaml').title).toBe('mayor-resigns');
    const full = await runClaims(
      [
        'new',
        'story',
        'claims/sea-wall/story.txt',
        '--id',
        'harbour-sea-wall',
        '--title',
        'Sea wall approved',
        '--url',
        'https://news.example/sea-wall',
        '--publisher',
        'Harbour Herald',
        '--published',
        '2025-03-12',
      ],
      { cwd, env },
    );
    expect(full.code).toBe(0);
    expect(readRecord(cwd)).toMatchObject({
      title: 'Sea wall approved',
      url: 'https://news.example/sea-wall',
      publisher: 'Harbour Herald',
      published: '2025-03-12',
      retrieved: '2025-03-14',
    });
    expect(Object.keys(readRecord(cwd))).toEqual([
      'apiVersion',
      'kind',
      'id',
      'title',
      'text',
      'sha256',
      'url',
      'publisher',
      'published',
      'retrieved',
    ]);
    expect((await validateJson(cwd)).code).toBe(0);
  });

  it('resolves the text file from the working directory, and --file names the record beside it', async () => {
    const cwd = repoWithText();
    const result = await runClaims(['new', 'story', 'story.txt', '--id', 'harbour-sea-wall', '--file', 'record.yml'], {
      cwd: path.join(cwd, 'claims', 'sea-wall'),
      env,
    });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('created claims/sea-wall/record.yml: Story harbour-sea-wall');
    expect(readRecord(cwd, 'claims/sea-wall/record.yml').text).toBe('story.txt');
    expect(existsSync(path.join(cwd, 'claims/sea-wall/story.yaml'))).toBe(false);
  });

  const HOSTILE_TITLES = [
    'He said "no": #1 — it\'s over 😀',
    'Line one\nline two: with a colon',
    '- starts like a list item',
    '::add-mask::secret ##[error]forged',
    'yes',
    '  leading and trailing spaces  ',
    'a\u200bzero-width space',
    '# looks like a comment',
    'key: value\n---\nkind: Claim',
  ];
  for (const title of HOSTILE_TITLES) {
    it(`writes the title ${JSON.stringify(title)} so that it reads back as given`, async () => {
      const cwd = repoWithText();
      const result = await runClaims(['new', 'story', 'claims/sea-wall/story.txt', '--id', 'harbour-sea-wall', '--title', title], {
        cwd,
        env,
      });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const text = readFileSync(path.join(cwd, 'claims/sea-wall/story.yaml'), 'utf8');
      expect(parse(text)).toMatchObject({ kind: 'Story', id: 'harbour-sea-wall', title });
      // One record, every field on its own line: nothing from the title starts a line of its own.
      expect(
        text
          .split('\n')
          .filter((line) => line !== '')
          .every((line) => /^[a-zA-Z0-9]+:( |$)/.test(line)),
      ).toBe(true);
      expect(text).not.toContain('##[');
      const validate = await validateJson(cwd);
      expect(validate.report.diagnostics).toEqual([]);
      expect(validate.code).toBe(0);
    });
  }

  it('refuses a title with a character no record may hold', async () => {
    const cwd = repoWithText();
    const result = await runClaims(['new', 'story', 'claims/sea-wall/story.txt', '--id', 'harbour-sea-wall', '--title', 'abc\u202edef'], {
      cwd,
      env,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('title holds a bidirectional control character (U+202E)');
    expect(existsSync(path.join(cwd, 'claims/sea-wall/story.yaml'))).toBe(false);
  });

  it('--dry-run prints the record and writes nothing', async () => {
    const cwd = repoWithText();
    const result = await runClaims(['new', 'story', 'claims/sea-wall/story.txt', '--id', 'harbour-sea-wall', '--dry-run'], { cwd, env });
    expect(result.code).toBe(0);
    expect(parse(result.stdout)).toEqual({
      apiVersion: 'claims/v1',
      kind: 'Story',
      id: 'harbour-sea-wall',
      title: 'Harbour council approves sea wall',
      text: 'story.txt',
      sha256: sha256Of(cwd, 'claims/sea-wall/story.txt'),
      retrieved: '2025-03-14',
    });
    expect(result.stderr).toContain('dry run: nothing was written to claims/sea-wall/story.yaml');
    expect(existsSync(path.join(cwd, 'claims/sea-wall/story.yaml'))).toBe(false);
    // What was printed is what would have been written.
    const written = await runClaims(['new', 'story', 'claims/sea-wall/story.txt', '--id', 'harbour-sea-wall'], { cwd, env });
    expect(written.code).toBe(0);
    expect(readFileSync(path.join(cwd, 'claims/sea-wall/story.yaml'), 'utf8')).toBe(result.stdout);
  });

  it('refuses an id a Story already has, anywhere in the repository, and writes nothing', async () => {
    const other = 'apiVersion: claims/v1\nkind: Story\nid: harbour-sea-wall\ntitle: Other\ntext: story.txt\n';
    const cwd = repoWithText({ 'claims/other/story.yaml': other, 'claims/other/story.txt': 'Other.\n' });
    const result = await runClaims(['new', 'story', 'claims/sea-wall/story.txt', '--id', 'harbour-sea-wall'], { cwd, env });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('a Story with id "harbour-sea-wall" already exists in claims/other/story.yaml');
    expect(existsSync(path.join(cwd, 'claims/sea-wall/story.yaml'))).toBe(false);
    expect(readFileSync(path.join(cwd, 'claims/other/story.yaml'), 'utf8')).toBe(other);
  });

  it('refuses to overwrite the record file, and leaves it as it was', async () => {
    const existing = '# notes, not a record yet\n';
    const cwd = repoWithText({ 'claims/sea-wall/story.yaml': existing });
    const result = await runClaims(['new', 'story', 'claims/sea-wall/story.txt', '--id', 'harbour-sea-wall'], { cwd, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('claims/sea-wall/story.yaml exists; nothing was written');
    expect(readFileSync(path.join(cwd, 'claims/sea-wall/story.yaml'), 'utf8')).toBe(existing);
  });

  it('refuses a bad id, date or URL with the schema message, and writes nothing', async () => {
    const cwd = repoWithText();
    const cases: [string[], string][] = [
      [['--id', 'Sea Wall'], 'id must be kebab-case: lower-case letters and digits separated by single hyphens; found "Sea Wall"'],
      [['--id', 'sea-wall', '--published', '2025-02-30'], 'published must be a real date written YYYY-MM-DD; found "2025-02-30"'],
      [['--id', 'sea-wall', '--url', 'ftp://example.com/x'], 'url must be an http or https URL; found "ftp://example.com/x"'],
      [['--id', 'sea-wall', '--title', ''], 'title must not be empty'],
    ];
    for (const [args, message] of cases) {
      const result = await runClaims(['new', 'story', 'claims/sea-wall/story.txt', ...args], { cwd, env });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('the Story record would not be valid');
      expect(result.stderr).toContain(message);
      expect(existsSync(path.join(cwd, 'claims/sea-wall/story.yaml'))).toBe(false);
    }
  });

  it('refuses a text file that is missing, outside the repository, not UTF-8, or badly named', async () => {
    const outside = path.join(makeRepo({ files: { 'outside.txt': 'Elsewhere.\n' } }), 'outside.txt');
    const cwd = repoWithText({
      'claims/latin1/story.txt': Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x2e, 0x0a]),
      'claims/spaced/my story.txt': 'A story.\n',
    });
    symlinkSync(outside, path.join(cwd, 'claims', 'link.txt'));
    const cases: [string, string][] = [
      ['claims/sea-wall/missing.txt', 'cannot read the text file "claims/sea-wall/missing.txt": file not found'],
      [outside, 'path leads outside the repository'],
      ['claims/link.txt', 'path leads outside the repository through a symbolic link'],
      ['claims/latin1/story.txt', 'is not UTF-8 text: invalid UTF-8 byte 0xe9'],
      ['claims/spaced/my story.txt', 'path segments may only hold letters, digits'],
    ];
    for (const [file, message] of cases) {
      const result = await runClaims(['new', 'story', file, '--id', 'a-story'], { cwd, env });
      expect(result.code, file).toBe(2);
      expect(result.stderr).toContain(message);
    }
    expect(existsSync(path.join(cwd, 'claims/sea-wall/story.yaml'))).toBe(false);
    expect(existsSync(path.join(cwd, 'claims/latin1/story.yaml'))).toBe(false);
  });

  it('refuses a --file that is not a .yaml name in the text file folder', async () => {
    const cwd = repoWithText();
    for (const file of ['../story.yaml', 'sub/story.yaml', 'story.txt', '.hidden.yaml']) {
      const result = await runClaims(['new', 'story', 'claims/sea-wall/story.txt', '--id', 'harbour-sea-wall', '--file', file], {
        cwd,
        env,
      });
      expect(result.code, file).toBe(2);
      expect(result.stderr).toContain('--file must be a file name ending in .yaml or .yml');
    }
  });

  it('warns when the record lands outside the configured paths', async () => {
    const cwd = repoWithText({ 'drafts/story.txt': 'A draft. It is short.\n' });
    const result = await runClaims(['new', 'story', 'drafts/story.txt', '--id', 'draft'], { cwd, env });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'drafts/story.yaml is not under the paths of claims.config.yaml (claims): validate and verify will not read it',
    );
    const inside = await runClaims(['new', 'story', 'claims/sea-wall/story.txt', '--id', 'harbour-sea-wall'], { cwd, env });
    expect(inside.stderr).toBe('');
  });

  it('needs --id', async () => {
    const cwd = repoWithText();
    const result = await runClaims(['new', 'story', 'claims/sea-wall/story.txt'], { cwd, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("required option '--id <id>' not specified");
  });

  it('escapes the story text for the terminal in the sentence list', async () => {
    const cwd = repoWithText({ 'claims/esc/story.txt': 'The \u001b[31mred\u001b[0m mayor spoke.\n::add-mask::secret here.\n' });
    const result = await runClaims(['new', 'story', 'claims/esc/story.txt', '--id', 'esc'], { cwd, env });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stdout).toContain('The \\x1b[31mred\\x1b[0m mayor spoke.');
    expect(result.stdout.split('\n').some((line) => /^\s*::/.test(line))).toBe(false);
  });
});
