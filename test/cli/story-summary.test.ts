import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseJsonReport, runClaims } from '../support/cli.js';
import { makeRepo } from '../support/repo.js';

// The per-story summary counts the files in the story's folder that failed to load; `--quiet` says what it hid.
// Scenarios run in this process on the sources (runClaims): no build needed.

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

function story(id: string, text: string): Record<string, string> {
  return {
    [`claims/${id}/story.txt`]: text,
    [`claims/${id}/story.yaml`]: `apiVersion: claims/v1
kind: Story
id: ${id}
title: Story ${id}
text: story.txt
sha256: ${sha(text)}
publisher: City Gazette
published: 2025-03-03
url: https://gazette.example.org/${id}
`,
    // Unattributed facts: one sourcing/unattributed warning each.
    [`claims/${id}/claims.yaml`]: `apiVersion: claims/v1
kind: Claim
id: ${id}-claim
story: ${id}
statement: ${JSON.stringify(text)}
type: fact
anchor:
  exact: ${JSON.stringify(text)}
attribution: []
confidence:
  likelihood: likely
  credibility: 2
  rationale: The story says so.
status: unreviewed
`,
  };
}

const BROKEN_YAML = 'apiVersion: claims/v1\nkind: Claim\nid: [unclosed\n';

function repo(files: Record<string, string> = {}): string {
  return makeRepo({
    files: {
      ...story('harbour', 'The harbour wall cracked in March.'),
      ...story('budget', 'The council approved the budget.'),
      ...files,
    },
  });
}

function storyLine(stdout: string, id: string): string {
  const line = stdout.split('\n').find((candidate) => candidate.startsWith(`story ${id}:`));
  expect(line, `no summary line for ${id} in:\n${stdout}`).toBeDefined();
  return line!;
}

describe('the per-story summary', () => {
  it("counts files in the story's folder, and below it, that failed to load", async () => {
    const root = repo({
      'claims/harbour/broken.yaml': BROKEN_YAML,
      'claims/harbour/notes/more-claims.yaml': 'kind: Claim\n  id: bad indentation\n',
    });
    const stylish = await runClaims(['verify'], { cwd: root });
    expect(stylish.code).toBe(1);
    expect(stylish.stdout).toContain('claims/harbour/broken.yaml\n');
    expect(storyLine(stylish.stdout, 'harbour')).toMatch(
      /^story harbour: 1 claim, .*, [2-9]\d* errors, 1 warning, 2 files failed to load$/,
    );
    expect(storyLine(stylish.stdout, 'budget')).toMatch(/^story budget: 1 claim, .*, 0 errors, 1 warning$/);

    const { report } = await verifyJson(root);
    const errorsIn = (prefix: string) =>
      report.diagnostics.filter((diagnostic) => diagnostic.severity === 'error' && diagnostic.file.startsWith(prefix)).length;
    const harbour = report.stories.find((entry) => entry.storyId === 'harbour')!;
    expect(harbour).toMatchObject({ claims: 1, warnings: 1, failedFiles: 2 });
    expect(harbour.errors).toBe(errorsIn('claims/harbour/'));
    expect(harbour.errors).toBeGreaterThanOrEqual(2);
    expect(report.stories.find((entry) => entry.storyId === 'budget')).toMatchObject({ errors: 0, warnings: 1, failedFiles: 0 });
  });

  it('counts a record that fails the schema and names no story by its folder, without calling the file unloaded', async () => {
    const root = repo({
      // A Claim without `story`: its schema error belongs to no story by its record, so to the folder's.
      'claims/budget/extra.yaml': `apiVersion: claims/v1\nkind: Claim\nid: orphan\nstatement: x\n`,
    });
    const { report } = await verifyJson(root);
    expect(report.diagnostics.some((diagnostic) => diagnostic.file === 'claims/budget/extra.yaml' && diagnostic.severity === 'error')).toBe(
      true,
    );
    expect(report.stories.find((entry) => entry.storyId === 'budget')).toMatchObject({ failedFiles: 0 });
    expect(report.stories.find((entry) => entry.storyId === 'budget')!.errors).toBeGreaterThanOrEqual(1);
    expect(report.stories.find((entry) => entry.storyId === 'harbour')).toMatchObject({ errors: 0, failedFiles: 0 });
  });

  it('leaves a broken file outside every story folder out of every story', async () => {
    const root = repo({ 'claims/shared.yaml': BROKEN_YAML });
    const { report } = await verifyJson(root);
    expect(report.summary.errors).toBeGreaterThanOrEqual(1);
    for (const entry of report.stories) expect(entry).toMatchObject({ errors: 0, failedFiles: 0 });
  });
});

describe('--quiet', () => {
  it('says how many warnings it hid when there are no errors', async () => {
    const root = repo();
    const full = await verifyJson(root);
    const warnings = full.report.summary.warnings;
    expect(warnings).toBeGreaterThanOrEqual(2);
    expect(full.report.summary.errors).toBe(0);

    const quiet = await runClaims(['verify', '-q'], { cwd: root });
    expect(quiet.code).toBe(0);
    const last = quiet.stdout.trimEnd().split('\n').at(-1);
    expect(last).toMatch(new RegExp(`^✔ \\d+ files, \\d+ records checked: no errors \\(${warnings} warnings hidden by --quiet\\)$`));
    expect(quiet.stdout).not.toContain('no problems');

    const json = await verifyJson(root, ['-q']);
    expect(json.report.diagnostics).toEqual([]);
    expect(json.report.summary).toMatchObject({ errors: 0, warnings: 0, hidden: { warnings, infos: full.report.summary.infos } });
    expect(full.report.summary.hidden).toEqual({ warnings: 0, infos: 0 });

    const sarif = JSON.parse((await runClaims(['verify', '-q', '--format', 'sarif'], { cwd: root })).stdout) as {
      runs: { results: unknown[]; properties?: { hiddenByQuiet: { warnings: number } } }[];
    };
    expect(sarif.runs[0]!.results).toEqual([]);
    expect(sarif.runs[0]!.properties?.hiddenByQuiet.warnings).toBe(warnings);

    const github = await runClaims(['verify', '-q', '--format', 'github'], { cwd: root });
    expect(github.stdout.trimEnd().split('\n').at(-1)).toContain(`(${warnings} warnings hidden by --quiet)`);
  });

  it('counts the errors it shows and the warnings it hid', async () => {
    const root = repo({ 'claims/harbour/broken.yaml': BROKEN_YAML });
    const full = await verifyJson(root);
    const { errors, warnings } = full.report.summary;
    const quiet = await runClaims(['verify', '-q'], { cwd: root });
    expect(quiet.code).toBe(1);
    expect(quiet.stdout.trimEnd().split('\n').at(-1)).toMatch(
      new RegExp(`^✖ ${errors} errors? in \\d+ files, \\d+ records checked \\(${warnings} warnings hidden by --quiet\\)$`),
    );
  });

  it('says "no problems" when it hid nothing', async () => {
    const root = repo();
    // validate runs no sourcing rules: this repository has nothing for it to report.
    expect((await runClaims(['validate', '--format', 'json'], { cwd: root })).stdout).toContain('"diagnostics": []');
    const validate = await runClaims(['validate', '-q'], { cwd: root });
    expect(validate.stdout.trimEnd().split('\n').at(-1)).toMatch(/^✔ \d+ files, \d+ records checked: no problems$/);
    expect(parseJsonReport((await runClaims(['validate', '-q', '--format', 'json'], { cwd: root })).stdout).summary.hidden).toEqual({
      warnings: 0,
      infos: 0,
    });
  });
});

async function verifyJson(cwd: string, args: string[] = []) {
  const result = await runClaims(['verify', '--format', 'json', ...args], { cwd });
  return { ...result, report: parseJsonReport(result.stdout) };
}
