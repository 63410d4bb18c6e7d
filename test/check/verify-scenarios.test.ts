import { createHash } from 'node:crypto';
import { symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonReport, runClaims } from '../support/cli.js';
import { makeRepo } from '../support/repo.js';

const STORY = [
  'Council Approves Budget',
  'The city council approved the budget on Monday. The mayor said the vote was "a victory for every resident."',
  'Officials allegedly ignored the auditor.',
].join('\n');

const sha = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

const storyRecord = (text = STORY) => `apiVersion: claims/v1
kind: Story
id: budget
title: Council approves budget
text: story.txt
sha256: ${sha(text)}
publisher: City Gazette
published: 2025-03-03
url: https://gazette.example.org/budget
`;

const SOURCES = `apiVersion: claims/v1
kind: Source
id: mayor
type: person
name: Jane Doe
description: the mayor
groundRule: on-record
---
apiVersion: claims/v1
kind: Source
id: wire
type: outlet
name: City Wire
description: a news agency
groundRule: on-record
---
apiVersion: claims/v1
kind: Source
id: paper-a
type: outlet
name: Paper A
description: a daily
groundRule: on-record
---
apiVersion: claims/v1
kind: Source
id: paper-b
type: outlet
name: Paper B
description: another daily
groundRule: on-record
`;

const claim = (id: string, exact: string, extra = '') => `apiVersion: claims/v1
kind: Claim
id: ${id}
story: budget
statement: ${id} statement
type: attributed-statement
anchor:
  exact: ${JSON.stringify(exact)}
attribution:
  - source: mayor
    relation: said
confidence:
  likelihood: likely
  credibility: 2
  rationale: The story reports it.
status: unreviewed
${extra}`;

const CLAIMS = [
  claim('heading', 'Council Approves Budget'),
  claim('approved', 'The city council approved the budget on Monday.'),
  claim(
    'victory',
    'The mayor said the vote was',
    `suppress:\n  - rule: sourcing/unattributed\n    reason: kept to prove unused suppressions are reported\n`,
  ),
  claim('ignored', 'Officials allegedly ignored the auditor.'),
].join('---\n');

function repo(overrides: Record<string, string> = {}) {
  return makeRepo({
    files: {
      'claims/budget/story.txt': STORY,
      'claims/budget/story.yaml': storyRecord(),
      'claims/sources.yaml': SOURCES,
      'claims/budget/claims.yaml': CLAIMS,
      ...overrides,
    },
  });
}

async function verifyJson(cwd: string, args: string[] = []) {
  const result = await runClaims(['verify', '--format', 'json', ...args], { cwd });
  return { ...result, report: parseJsonReport(result.stdout) };
}

describe('claims verify', () => {
  it('is clean apart from the planted unused suppression, with full coverage', async () => {
    const { code, report } = await verifyJson(repo());
    expect(report.diagnostics.map((d) => `${d.ruleId} ${d.file}:${d.line}:${d.column}`)).toEqual([
      'suppress/unused claims/budget/claims.yaml:52:11',
    ]);
    expect(code).toBe(0);
    expect(report.stories).toEqual([
      { storyId: 'budget', claims: 4, anchored: 4, sentences: 4, coverage: 100, errors: 0, warnings: 1, failedFiles: 0 },
    ]);
  });

  it('reports an edited story: hash mismatch, and the affected anchor as moved with position and score', async () => {
    const edited = STORY.replace('approved the budget', 'passed the budget');
    const cwd = repo({ 'claims/budget/story.txt': edited });
    const { code, report } = await verifyJson(cwd);
    expect(code).toBe(1);
    const hash = report.diagnostics.find((d) => d.ruleId === 'story/hash-mismatch');
    expect(hash).toMatchObject({ file: 'claims/budget/story.yaml', line: 6, column: 9, severity: 'error' });
    const moved = report.diagnostics.filter((d) => d.ruleId === 'anchor/moved');
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatchObject({ recordId: 'approved', file: 'claims/budget/claims.yaml', pointer: '/anchor/exact' });
    expect(moved[0]!.message).toContain('claims/budget/story.txt:2:1 (characters 24–69)');
    expect(moved[0]!.message).toMatch(/similarity 0\.(8|9)\d/);
    expect(moved[0]!.message).toContain('"The city council passed the budget on Monday."');
  });

  it('reports an anchor that is gone entirely as not found', async () => {
    const cwd = repo({ 'claims/budget/story.txt': STORY.replace('Officials allegedly ignored the auditor.', 'Nothing else happened.') });
    const { report } = await verifyJson(cwd);
    expect(report.diagnostics.filter((d) => d.ruleId === 'anchor/not-found').map((d) => d.recordId)).toEqual(['ignored']);
  });

  it('counts two outlets relaying one origin once (sourcing/circular)', async () => {
    const circular = claim('approved', 'The city council approved the budget on Monday.').replace(
      'attribution:\n  - source: mayor\n    relation: said\n',
      'attribution:\n  - source: wire\n    relation: reported\n    via: [paper-a]\n  - source: wire\n    relation: reported\n    via: [paper-b]\n',
    );
    const cwd = repo({
      'claims/budget/claims.yaml': [
        claim('heading', 'Council Approves Budget'),
        circular,
        claim('victory', 'The mayor said the vote was'),
        claim('ignored', 'Officials allegedly ignored the auditor.'),
      ].join('---\n'),
    });
    const { report } = await verifyJson(cwd);
    const found = report.diagnostics.filter((d) => d.ruleId === 'sourcing/circular');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ recordId: 'approved', pointer: '/attribution/1' });
    expect(found[0]!.message).toContain('both trace back to "wire"');
  });

  it('lists suppressed findings with their reasons in JSON, and they do not fail the run', async () => {
    const unattributed = claim('approved', 'The city council approved the budget on Monday.')
      .replace('type: attributed-statement', 'type: fact')
      .replace('attribution:\n  - source: mayor\n    relation: said\n', 'attribution: []\n')
      .concat('suppress:\n  - rule: sourcing/unattributed\n    reason: the council vote is a matter of public record\n');
    const cwd = repo({
      'claims/budget/claims.yaml': [
        claim('heading', 'Council Approves Budget'),
        unattributed,
        claim('victory', 'The mayor said the vote was'),
        claim('ignored', 'Officials allegedly ignored the auditor.'),
      ].join('---\n'),
    });
    const { code, report } = await verifyJson(cwd, ['--fail-on', 'warning']);
    const suppressed = report.diagnostics.filter((d) => d.suppression);
    expect(suppressed).toEqual([
      expect.objectContaining({
        ruleId: 'sourcing/unattributed',
        recordId: 'approved',
        suppression: { reason: 'the council vote is a matter of public record' },
      }),
    ]);
    expect(report.summary.suppressed).toBe(1);
    expect(code).toBe(0);
  });

  it('flags a hedged claim rated very likely (confidence/overstated) but not an attributed statement', async () => {
    const hedged = claim('ignored', 'Officials allegedly ignored the auditor.')
      .replace('type: attributed-statement', 'type: fact')
      .replace('likelihood: likely', 'likelihood: very-likely');
    const cwd = repo({
      'claims/budget/claims.yaml': [
        claim('heading', 'Council Approves Budget'),
        claim('approved', 'The city council approved the budget on Monday.'),
        claim('victory', 'The mayor said the vote was'),
        hedged,
      ].join('---\n'),
    });
    const { report } = await verifyJson(cwd);
    const overstated = report.diagnostics.filter((d) => d.ruleId === 'confidence/overstated');
    expect(overstated.map((d) => [d.recordId, d.pointer])).toEqual([['ignored', '/confidence/likelihood']]);
    expect(overstated[0]!.message).toContain('"allegedly"');
  });

  it('lets the config change a severity or turn a rule off, and gates on --min-coverage', async () => {
    const cwd = repo({ 'claims.config.yaml': 'rules:\n  suppress/unused: error\n' });
    expect((await verifyJson(cwd)).code).toBe(1);
    const off = repo({ 'claims.config.yaml': 'rules:\n  suppress/unused: "off"\n' });
    const quiet = await verifyJson(off);
    expect(quiet.report.diagnostics).toEqual([]);
    const partial = repo({
      'claims.config.yaml': 'rules:\n  suppress/unused: "off"\n',
      'claims/budget/claims.yaml': [
        claim('heading', 'Council Approves Budget'),
        claim('approved', 'The city council approved the budget on Monday.'),
      ].join('---\n'),
    });
    const gated = await runClaims(['verify', '--min-coverage', '60'], { cwd: partial });
    expect(gated.code).toBe(1);
    expect(gated.stderr).toContain('story budget coverage 50% is below --min-coverage 60%');
    expect((await runClaims(['verify', '--min-coverage', '50'], { cwd: partial })).code).toBe(0);
  });

  it('reports every problem of a broken config at once, with positions, as a usage error', async () => {
    const cwd = repo({
      'claims.config.yaml': 'rules:\n  sourcing/unatributed: error\n  schema: warning\nthresholds:\n  independentOrigins: zero\n',
    });
    const result = await runClaims(['verify'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('claims.config.yaml:5:23 thresholds.independentOrigins must be a whole number');
    const second = await runClaims(['verify'], {
      cwd: repo({ 'claims.config.yaml': 'rules:\n  sourcing/unatributed: error\n  schema: warning\n' }),
    });
    expect(second.stderr).toContain('claims.config.yaml:2:3 unknown rule "sourcing/unatributed" (did you mean "sourcing/unattributed"?)');
    expect(second.stderr).toContain('claims.config.yaml:3:3 rule "schema" cannot be reconfigured');
  });

  it('checks archived evidence: altered, missing, and paths that leave the repository', async () => {
    const cwd = repo();
    writeFileSync(path.join(cwd, 'claims/budget/minutes.txt'), 'minutes v2');
    symlinkSync('/etc/passwd', path.join(cwd, 'claims/budget/passwd'));
    const evidence = (archive: string, hash = sha('minutes v1')) =>
      `  - type: document\n    title: Council minutes\n    relation: supports\n    archive: ${archive}\n    sha256: ${hash}\n`;
    const withEvidence = claim('approved', 'The city council approved the budget on Monday.').concat(
      `evidence:\n${evidence('minutes.txt')}${evidence('gone.txt')}${evidence('../../../etc/passwd')}${evidence('passwd')}`,
    );
    writeFileSync(
      path.join(cwd, 'claims/budget/claims.yaml'),
      [
        claim('heading', 'Council Approves Budget'),
        withEvidence,
        claim('victory', 'The mayor said the vote was'),
        claim('ignored', 'Officials allegedly ignored the auditor.'),
      ].join('---\n'),
    );
    const { report } = await verifyJson(cwd);
    const evidenceFindings = report.diagnostics.filter((d) => d.ruleId.startsWith('evidence/')).map((d) => [d.ruleId, d.pointer]);
    expect(evidenceFindings).toEqual([
      ['evidence/hash-mismatch', '/evidence/0/sha256'],
      ['evidence/missing', '/evidence/1/archive'],
      ['evidence/outside-repo', '/evidence/2/archive'],
      ['evidence/outside-repo', '/evidence/3/archive'],
    ]);
    expect(JSON.stringify(report)).not.toContain('root:x:0');
  });
});
