// Mostly in-process (runClaims). The hostile paths, and all hostile files in one run, use a real process
// (runProcess): a FIFO or /dev/zero opened in this process would block or exhaust the test worker itself,
// and only a child process can be bounded by a timeout and seen to survive.
import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonReport, runClaims, runProcess } from '../support/cli.js';
import { HOSTILE_CASES, VALID } from '../support/hostile-cases.js';
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
