// Mostly in-process (runClaims). The hostile paths, and all hostile files in one run, use a real process
// (runProcess): a FIFO or /dev/zero opened in this process would block or exhaust the test worker itself,
// and only a child process can be bounded by a timeout and seen to survive.
import { execFileSync } from 'node:child_process';
import { readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonReport, runClaims, runProcess } from '../support/cli.js';
import { HOSTILE_CASES, RUNNER_COMMAND_FILES, RUNNER_COMMAND_TEXT, VALID, runnerCommandLines } from '../support/hostile-cases.js';
import { parseXml } from '../render/diagnostics/support.js';
import { parseCsv } from '../report/csv-parse.js';
import { makeRepo } from '../support/repo.js';

/**
 * One case per class of ../shared/ref/hostile-input.md: a hostile file beside a valid one. Each must
 * give a located diagnostic with a stable rule id and a bounded number of findings, exit 1, and leave
 * the valid file checked. That no case hangs or kills claims is shown by a real process with a
 * generous timeout (a bound on a hang, not a benchmark: the cases take well under a second).
 */
const HANG_BOUND_MS = 60_000;

describe('hostile claim files', () => {
  it.each(HOSTILE_CASES)('$name: $rule at $line:$column, exit 1, valid file still checked', async (hostile) => {
    expect.hasAssertions();
    const cwd = makeRepo({ files: { 'claims/a-valid.yaml': VALID, 'claims/hostile.yaml': hostile.content } });
    const result = await runClaims(['validate', '--format', 'json'], { cwd });
    expect(result.code).toBe(1);
    const report = parseJsonReport(result.stdout);
    const onHostile = report.diagnostics.filter((d) => d.file === 'claims/hostile.yaml');
    expect(onHostile.length).toBeGreaterThan(0);
    expect(onHostile.length).toBeLessThanOrEqual(20);
    expect(onHostile[0]).toMatchObject({ ruleId: hostile.rule, line: hostile.line, column: hostile.column });
    expect(report.diagnostics.filter((d) => d.file === 'claims/a-valid.yaml')).toEqual([]);
    expect(report.summary.files).toBe(2);
    expect(report.summary.records).toBeGreaterThanOrEqual(1);
    // No raw control or bidi character from the file reaches the output.
    expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });

  it(
    'all of them in one real process: it finishes by itself within the bound, exit 1, every file reported',
    () => {
      const files: Record<string, string | Buffer> = { 'claims/a-valid.yaml': VALID };
      HOSTILE_CASES.forEach((hostile, index) => (files[`claims/hostile-${String(index).padStart(2, '0')}.yaml`] = hostile.content));
      const cwd = makeRepo({ files });
      // runProcess fails the test if the process is still running at the timeout, or dies of a signal.
      const result = runProcess(['validate', '--format', 'json'], { cwd, timeoutMs: HANG_BOUND_MS });
      expect(result.code, result.stderr).toBe(1);
      const report = parseJsonReport(result.stdout);
      expect(report.summary.files).toBe(HOSTILE_CASES.length + 1);
      expect(report.diagnostics.filter((d) => d.file === 'claims/a-valid.yaml')).toEqual([]);
      HOSTILE_CASES.forEach((hostile, index) => {
        const file = `claims/hostile-${String(index).padStart(2, '0')}.yaml`;
        const where = report.diagnostics.filter((d) => d.file === file).map((d) => `${d.ruleId} ${d.line}:${d.column}`);
        expect(where, hostile.name).toContain(`${hostile.rule} ${hostile.line}:${hostile.column}`);
      });
    },
    HANG_BOUND_MS + 10_000,
  );
});

describe('hostile paths named by records', () => {
  const claimWithArchive = (archive: string) => `apiVersion: claims/v1
kind: Claim
id: c
story: s
statement: x
type: fact
anchor: { exact: Hello }
attribution: []
evidence:
  - type: document
    title: t
    relation: supports
    archive: ${archive}
    sha256: ${'ab'.repeat(32)}
confidence: { likelihood: likely, credibility: 3, rationale: r }
status: unreviewed
`;
  const story = 'apiVersion: claims/v1\nkind: Story\nid: s\ntitle: S\ntext: story.txt\n';

  it.each([
    ['a symlink to /etc/passwd', 'passwd', (root: string) => symlinkSync('/etc/passwd', path.join(root, 'claims', 'passwd'))],
    ['a symlink to /dev/zero', 'zero', (root: string) => symlinkSync('/dev/zero', path.join(root, 'claims', 'zero'))],
    ['a FIFO', 'fifo', (root: string) => execFileSync('mkfifo', [path.join(root, 'claims', 'fifo')])],
    ['a path through a symlinked directory', 'etc/passwd', (root: string) => symlinkSync('/etc', path.join(root, 'claims', 'etc'))],
    ['/proc via ..', '../../../../../../proc/self/environ', () => undefined],
  ])(
    '%s is refused, unread, with a located diagnostic (a real process)',
    (_name, archive, setup) => {
      expect.hasAssertions();
      const cwd = makeRepo({
        files: {
          'claims/story.txt': 'Hello',
          'claims/story.yaml': story,
          'claims/claim.yaml': claimWithArchive(archive),
          'claims/a-valid.yaml': VALID,
        },
      });
      setup(cwd);
      // Reading the FIFO would wait for a writer for ever, and /dev/zero never ends: a run that read either would hit the timeout.
      const result = runProcess(['verify', '--format', 'json'], { cwd, timeoutMs: HANG_BOUND_MS });
      expect(result.code).toBe(1);
      const report = parseJsonReport(result.stdout);
      const found = report.diagnostics.filter((d) => d.ruleId.startsWith('evidence/'));
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ file: 'claims/claim.yaml', line: 13, column: 14, pointer: '/evidence/0/archive' });
      expect(['evidence/outside-repo', 'evidence/missing']).toContain(found[0]!.ruleId);
      expect(result.stdout).not.toContain('root:x:0');
      expect(report.summary.records).toBe(3);
    },
    HANG_BOUND_MS + 10_000,
  );
});

describe('CI runner commands in record and story text', () => {
  // The runner reads what a step prints; claims prints record and story text in every format. No line of
  // any output that can go to stdout may be a runner command (RUNNER_COMMAND_FILES, runnerCommandLines).
  const cwd = makeRepo({ files: RUNNER_COMMAND_FILES });
  const OWN_COMMAND = /^::(error|warning|notice)[ :]/;

  it.each(['stylish', 'json', 'github', 'sarif', 'junit'])('verify and validate --format %s', async (format) => {
    for (const command of ['verify', 'validate']) {
      const result = await runClaims([command, '--format', format], { cwd, env: { GITHUB_ACTIONS: 'true' } });
      expect(result.code, result.stderr).toBe(1);
      expect(result.stdout).toContain('pwned');
      expect(runnerCommandLines(result.stdout, format === 'github' ? OWN_COMMAND : undefined)).toEqual([]);
      expect(runnerCommandLines(result.stderr)).toEqual([]);
    }
  });

  it.each([
    ['report', 'table'],
    ['report', 'markdown'],
    ['report', 'html'],
    ['report', 'csv'],
    ['report', 'json'],
    ['list', 'table'],
    ['list', 'csv'],
    ['list', 'json'],
    ['list', 'ids'],
    ['graph', 'mermaid'],
    ['graph', 'dot'],
  ])('%s --format %s', async (command, format) => {
    const result = await runClaims([command, '--format', format], { cwd, tty: command !== 'list' || format !== 'ids' });
    expect(result.code, result.stderr).toBe(0);
    expect(runnerCommandLines(result.stdout)).toEqual([]);
    expect(runnerCommandLines(result.stderr)).toEqual([]);
    if (format !== 'ids' && command !== 'graph') expect(result.stdout).toMatch(/pwned|secret/);
  });

  it('show, with and without colour', async () => {
    for (const env of [{}, { NO_COLOR: undefined, FORCE_COLOR: '1' }]) {
      const result = await runClaims(['show', 'budget-approved'], { cwd, env });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain('pwned');
      expect(runnerCommandLines(result.stdout)).toEqual([]);
    }
  });

  it('JSON, SARIF and JUnit still read back the exact text; a CSV file keeps it, CSV on stdout shows the break', async () => {
    const json = parseJsonReport((await runClaims(['verify', '--format', 'json'], { cwd })).stdout);
    expect(json.diagnostics.map((d) => d.message)).toContain('no claim is anchored in this sentence: "Officials ##[error]pwned the vote."');
    const sarif = JSON.parse((await runClaims(['verify', '--format', 'sarif'], { cwd })).stdout) as {
      runs: { results: { message: { text: string } }[] }[];
    };
    expect(sarif.runs[0]!.results.map((result) => result.message.text)).toContain(
      'no claim is anchored in this heading: "::add-mask::secret"',
    );
    const junit = parseXml((await runClaims(['verify', '--format', 'junit'], { cwd })).stdout);
    const texts = junit.testsuites.testsuite.flatMap((suite) => suite.testcase.map((testcase) => testcase['system-out'] ?? ''));
    expect(texts.some((text) => text.endsWith('no claim is anchored in this sentence: "Officials ##[error]pwned the vote."'))).toBe(true);
    const report = JSON.parse((await runClaims(['report', '--format', 'json'], { cwd })).stdout) as {
      stories: { claims: { statement: string }[] }[];
    };
    expect(report.stories[0]!.claims[0]!.statement).toBe(RUNNER_COMMAND_TEXT);

    expect((await runClaims(['report', '--format', 'csv', '--out', 'report.csv'], { cwd })).code).toBe(0);
    const file = parseCsv(readFileSync(path.join(cwd, 'report.csv'), 'utf8'));
    const stdout = parseCsv((await runClaims(['report', '--format', 'csv'], { cwd })).stdout);
    const statement = file[0]!.indexOf('statement');
    expect(file[1]![statement]).toBe(RUNNER_COMMAND_TEXT.replace('\u200b', '\\u200b'));
    expect(stdout[1]![statement]).toBe(
      '::add-mask::secret\nOfficials #\\#[error]pwned the vote.\n  \\::stop-commands::x\n#\u00ad\\#[warning]soft hyphen\n\u3000\\::add-mask::ideographic space\n\\u200b::add-mask::zero width',
    );
  });
});
