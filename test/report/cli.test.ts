import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runClaims } from '../support/cli.js';
import { makeRepo } from '../support/repo.js';
import { parseCsv } from './csv-parse.js';
import { INJECTION_FIXTURE, RAW_CONTROL, STORY_FIXTURE } from './support.js';

// Scenarios run in this process on the sources (runClaims): no build needed.

describe('claims list', () => {
  const root = makeRepo({ fixture: STORY_FIXTURE });

  it('lists every claim as a table that fits 100 columns when stdout is not a terminal', async () => {
    const result = await runClaims(['list'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^id\s+type\s+status\s+likelih.*\s+grade\s+statement\s+sources$/);
    expect(lines.at(-1)).toBe('8 claims');
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(100);
    expect(result.stdout).toContain('…');
  });

  it('filters by source through via chains and evidence origins, sorts, and prints ids', async () => {
    expect((await runClaims(['list', '--source', 'gazette', '--format', 'ids'], { cwd: root })).stdout).toBe('budget-four-million\n');
    expect((await runClaims(['list', '--source', 'harbour-authority', '--format', 'ids'], { cwd: root })).stdout).toBe(
      'budget-four-million\ndredging-may-start\ndredging-starts-may\n',
    );
    expect(
      (await runClaims(['list', '--status', 'verified,disputed', '--sort', 'credibility', '--format', 'ids'], { cwd: root })).stdout,
    ).toBe('contract-signed-march\ndredging-starts-may\ncranes-not-serviced\n');
    expect((await runClaims(['list', '--tag', 'schedule', '--likelihood', 'likely', '--format', 'ids'], { cwd: root })).stdout).toBe(
      'dredging-may-start\n',
    );
  });

  it('writes JSON and CSV', async () => {
    const json = JSON.parse((await runClaims(['list', '--type', 'fact', '--format', 'json'], { cwd: root })).stdout) as {
      id: string;
      grade: string;
    }[];
    expect(json.map((entry) => [entry.id, entry.grade])).toEqual([
      ['contract-signed-march', 'A1'],
      ['cranes-not-serviced', 'C3'],
      ['dredging-may-start', 'B3'],
    ]);
    const csv = parseCsv((await runClaims(['list', '--format', 'csv'], { cwd: root })).stdout);
    expect(csv[0]).toEqual(['id', 'story', 'type', 'status', 'likelihood', 'credibility', 'grade', 'statement', 'sources', 'tags']);
    expect(csv).toHaveLength(9);
  });

  it('exits 2 with a suggestion for an unknown filter value, sort field or format', async () => {
    const status = await runClaims(['list', '--status', 'verifed'], { cwd: root });
    expect(status.code).toBe(2);
    expect(status.stderr).toContain('--status: unknown status "verifed" (did you mean "verified"?)');
    const source = await runClaims(['list', '--source', 'gazete'], { cwd: root });
    expect(source.code).toBe(2);
    expect(source.stderr).toContain('did you mean "gazette"');
    expect((await runClaims(['list', '--sort', 'colour'], { cwd: root })).code).toBe(2);
    expect((await runClaims(['list', '--format', 'xml'], { cwd: root })).code).toBe(2);
  });
});

describe('claims show', () => {
  const root = makeRepo({ fixture: STORY_FIXTURE });

  it('shows a claim with its anchored sentence in [[ ]] when colour is off', async () => {
    const result = await runClaims(['show', 'budget-four-million'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('[[A spokesperson confirmed a budget of "4 million euros", according to the Gazette.]]');
    expect(result.stdout).toContain(
      'anonymous: a spokesperson for the harbour authority (person, background) → The Gazette (outlet) → story',
    );
    expect(result.stdout).toContain('hash mismatch');
    expect(result.stdout).toContain('C2 — C: fairly reliable');
    expect(result.stdout).not.toContain('\u001b');
  });

  it('highlights the span with inverse bold when colour is forced', async () => {
    const result = await runClaims(['show', 'dredging-may-start'], { cwd: root, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('\u001b[7m\u001b[1mdredging will start in May\u001b[22m\u001b[27m');
  });

  it('exits 2 with the closest ids for a wrong id', async () => {
    const result = await runClaims(['show', 'budget-four-milion'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('no claim "budget-four-milion"');
    expect(result.stderr).toContain('did you mean: budget-four-million');
  });

  it('says when the id is a source', async () => {
    const result = await runClaims(['show', 'gazette'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"gazette" is a source, not a claim');
  });
});

describe('claims report', () => {
  it('writes every format and exits 0 even when verify has findings', async () => {
    const root = makeRepo({ fixture: STORY_FIXTURE });
    for (const format of ['table', 'markdown', 'html', 'csv', 'json']) {
      const result = await runClaims(['report', '--format', format], { cwd: root });
      expect(result.code, format).toBe(0);
      expect(result.stdout.length, format).toBeGreaterThan(100);
    }
  });

  it('writes --out atomically, leaving no temporary file', async () => {
    const root = makeRepo({ fixture: STORY_FIXTURE });
    const result = await runClaims(['report', '--format', 'html', '--out', 'out/report.html'], {
      cwd: root,
      env: { FORCE_COLOR: '1', NO_COLOR: undefined },
    });
    expect(result.code).toBe(2); // the directory does not exist: a usage error, nothing written
    expect(existsSync(path.join(root, 'out'))).toBe(false);
    const written = await runClaims(['report', '--story', 'harbour-dredging', '--format', 'html', '--out', 'report.html'], { cwd: root });
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('');
    expect(readFileSync(path.join(root, 'report.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect(readdirSync(root).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps colour out of files', async () => {
    const root = makeRepo({ fixture: STORY_FIXTURE });
    expect((await runClaims(['report', '--out', 'report.txt'], { cwd: root, env: { FORCE_COLOR: '1', NO_COLOR: undefined } })).code).toBe(
      0,
    );
    expect(readFileSync(path.join(root, 'report.txt'), 'utf8')).not.toContain('\u001b');
  });

  it('exits 2 for an unknown story or format', async () => {
    const root = makeRepo({ fixture: STORY_FIXTURE });
    const story = await runClaims(['report', '--story', 'harbour-dreging'], { cwd: root });
    expect(story.code).toBe(2);
    expect(story.stderr).toContain('did you mean "harbour-dredging"');
    expect((await runClaims(['report', '--format', 'pdf'], { cwd: root })).code).toBe(2);
  });

  it('exits 2 when there are no claim files', async () => {
    const root = makeRepo({ files: { 'README.md': 'empty\n' } });
    expect((await runClaims(['report'], { cwd: root })).code).toBe(2);
  });

  it('renders the injection fixture inert through the command line', async () => {
    const root = makeRepo({ fixture: INJECTION_FIXTURE });
    for (const format of ['table', 'markdown', 'html', 'csv', 'json']) {
      const result = await runClaims(['report', '--format', format], { cwd: root });
      expect(result.code, format).toBe(0);
      expect(result.stdout, format).not.toMatch(RAW_CONTROL);
      if (format === 'html' || format === 'markdown') expect(result.stdout, format).not.toContain('<script>alert');
    }
  });
});

describe('claims graph', () => {
  const root = makeRepo({ fixture: STORY_FIXTURE });

  it('prints Mermaid by default and DOT on request', async () => {
    const mermaid = await runClaims(['graph'], { cwd: root });
    expect(mermaid.code).toBe(0);
    expect(mermaid.stdout).toMatch(/^flowchart LR\n/);
    expect(mermaid.stdout).toContain('s_authority_spokesperson -->|"via"| s_gazette');
    const dot = await runClaims(['graph', '--story', 'harbour-dredging', '--format', 'dot'], { cwd: root });
    expect(dot.code).toBe(0);
    expect(dot.stdout).toMatch(/^digraph provenance \{\n/);
    expect(dot.stdout).toContain('"c_dredging_starts_may" -> "c_plan_stalls" [label="contradicts"');
  });

  it('exits 2 for an unknown format or story', async () => {
    expect((await runClaims(['graph', '--format', 'svg'], { cwd: root })).code).toBe(2);
    expect((await runClaims(['graph', '--story', 'nope'], { cwd: root })).code).toBe(2);
  });
});
