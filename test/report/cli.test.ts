import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { makeRepo } from '../support/repo.js';
import { parseCsv } from './csv-parse.js';
import { INJECTION_FIXTURE, RAW_CONTROL, STORY_FIXTURE } from './support.js';

// The built CLI (bin → dist) as a child process: run `npm run build` first.

describe('claims list', () => {
  const root = makeRepo({ fixture: STORY_FIXTURE });

  it('lists every claim as a table that fits 100 columns when stdout is not a terminal', () => {
    const result = runCli(['list'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^id\s+type\s+status\s+likelih.*\s+grade\s+statement\s+sources$/);
    expect(lines.at(-1)).toBe('8 claims');
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(100);
    expect(result.stdout).toContain('…');
  });

  it('filters by source through via chains and evidence origins, sorts, and prints ids', () => {
    expect(runCli(['list', '--source', 'gazette', '--format', 'ids'], { cwd: root }).stdout).toBe('budget-four-million\n');
    expect(runCli(['list', '--source', 'harbour-authority', '--format', 'ids'], { cwd: root }).stdout).toBe(
      'budget-four-million\ndredging-may-start\ndredging-starts-may\n',
    );
    expect(runCli(['list', '--status', 'verified,disputed', '--sort', 'credibility', '--format', 'ids'], { cwd: root }).stdout).toBe(
      'contract-signed-march\ndredging-starts-may\ncranes-not-serviced\n',
    );
    expect(runCli(['list', '--tag', 'schedule', '--likelihood', 'likely', '--format', 'ids'], { cwd: root }).stdout).toBe(
      'dredging-may-start\n',
    );
  });

  it('writes JSON and CSV', () => {
    const json = JSON.parse(runCli(['list', '--type', 'fact', '--format', 'json'], { cwd: root }).stdout) as {
      id: string;
      grade: string;
    }[];
    expect(json.map((entry) => [entry.id, entry.grade])).toEqual([
      ['contract-signed-march', 'A1'],
      ['cranes-not-serviced', 'C3'],
      ['dredging-may-start', 'B3'],
    ]);
    const csv = parseCsv(runCli(['list', '--format', 'csv'], { cwd: root }).stdout);
    expect(csv[0]).toEqual(['id', 'story', 'type', 'status', 'likelihood', 'credibility', 'grade', 'statement', 'sources', 'tags']);
    expect(csv).toHaveLength(9);
  });

  it('exits 2 with a suggestion for an unknown filter value, sort field or format', () => {
    const status = runCli(['list', '--status', 'verifed'], { cwd: root });
    expect(status.code).toBe(2);
    expect(status.stderr).toContain('--status: unknown status "verifed" (did you mean "verified"?)');
    const source = runCli(['list', '--source', 'gazete'], { cwd: root });
    expect(source.code).toBe(2);
    expect(source.stderr).toContain('did you mean "gazette"');
    expect(runCli(['list', '--sort', 'colour'], { cwd: root }).code).toBe(2);
    expect(runCli(['list', '--format', 'xml'], { cwd: root }).code).toBe(2);
  });
});

describe('claims show', () => {
  const root = makeRepo({ fixture: STORY_FIXTURE });

  it('shows a claim with its anchored sentence in [[ ]] when colour is off', () => {
    const result = runCli(['show', 'budget-four-million'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('[[A spokesperson confirmed a budget of "4 million euros", according to the Gazette.]]');
    expect(result.stdout).toContain(
      'anonymous: a spokesperson for the harbour authority (person, background) → The Gazette (outlet) → story',
    );
    expect(result.stdout).toContain('hash mismatch');
    expect(result.stdout).toContain('C2 — C: fairly reliable');
    expect(result.stdout).not.toContain('\u001b');
  });

  it('highlights the span with inverse bold when colour is forced', () => {
    const result = runCli(['show', 'dredging-may-start'], { cwd: root, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('\u001b[7m\u001b[1mdredging will start in May\u001b[22m\u001b[27m');
  });

  it('exits 2 with the closest ids for a wrong id', () => {
    const result = runCli(['show', 'budget-four-milion'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('no claim "budget-four-milion"');
    expect(result.stderr).toContain('did you mean: budget-four-million');
  });

  it('says when the id is a source', () => {
    const result = runCli(['show', 'gazette'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"gazette" is a source, not a claim');
  });
});

describe('claims report', () => {
  it('writes every format and exits 0 even when verify has findings', () => {
    const root = makeRepo({ fixture: STORY_FIXTURE });
    for (const format of ['table', 'markdown', 'html', 'csv', 'json']) {
      const result = runCli(['report', '--format', format], { cwd: root });
      expect(result.code, format).toBe(0);
      expect(result.stdout.length, format).toBeGreaterThan(100);
    }
  });

  it('writes --out atomically, leaving no temporary file', () => {
    const root = makeRepo({ fixture: STORY_FIXTURE });
    const result = runCli(['report', '--format', 'html', '--out', 'out/report.html'], {
      cwd: root,
      env: { FORCE_COLOR: '1', NO_COLOR: undefined },
    });
    expect(result.code).toBe(2); // the directory does not exist: a usage error, nothing written
    expect(existsSync(path.join(root, 'out'))).toBe(false);
    const written = runCli(['report', '--story', 'harbour-dredging', '--format', 'html', '--out', 'report.html'], { cwd: root });
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('');
    expect(readFileSync(path.join(root, 'report.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect(readdirSync(root).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps colour out of files', () => {
    const root = makeRepo({ fixture: STORY_FIXTURE });
    expect(runCli(['report', '--out', 'report.txt'], { cwd: root, env: { FORCE_COLOR: '1', NO_COLOR: undefined } }).code).toBe(0);
    expect(readFileSync(path.join(root, 'report.txt'), 'utf8')).not.toContain('\u001b');
  });

  it('exits 2 for an unknown story or format', () => {
    const root = makeRepo({ fixture: STORY_FIXTURE });
    const story = runCli(['report', '--story', 'harbour-dreging'], { cwd: root });
    expect(story.code).toBe(2);
    expect(story.stderr).toContain('did you mean "harbour-dredging"');
    expect(runCli(['report', '--format', 'pdf'], { cwd: root }).code).toBe(2);
  });

  it('exits 2 when there are no claim files', () => {
    const root = makeRepo({ files: { 'README.md': 'empty\n' } });
    expect(runCli(['report'], { cwd: root }).code).toBe(2);
  });

  it('renders the injection fixture inert on the real command line', () => {
    const root = makeRepo({ fixture: INJECTION_FIXTURE });
    for (const format of ['table', 'markdown', 'html', 'csv', 'json']) {
      const result = runCli(['report', '--format', format], { cwd: root });
      expect(result.code, format).toBe(0);
      expect(result.stdout, format).not.toMatch(RAW_CONTROL);
      if (format === 'html' || format === 'markdown') expect(result.stdout, format).not.toContain('<script>alert');
    }
  });
});

describe('claims graph', () => {
  const root = makeRepo({ fixture: STORY_FIXTURE });

  it('prints Mermaid by default and DOT on request', () => {
    const mermaid = runCli(['graph'], { cwd: root });
    expect(mermaid.code).toBe(0);
    expect(mermaid.stdout).toMatch(/^flowchart LR\n/);
    expect(mermaid.stdout).toContain('s_authority_spokesperson -->|"via"| s_gazette');
    const dot = runCli(['graph', '--story', 'harbour-dredging', '--format', 'dot'], { cwd: root });
    expect(dot.code).toBe(0);
    expect(dot.stdout).toMatch(/^digraph provenance \{\n/);
    expect(dot.stdout).toContain('"c_dredging_starts_may" -> "c_plan_stalls" [label="contradicts"');
  });

  it('exits 2 for an unknown format or story', () => {
    expect(runCli(['graph', '--format', 'svg'], { cwd: root }).code).toBe(2);
    expect(runCli(['graph', '--story', 'nope'], { cwd: root }).code).toBe(2);
  });
});
