import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { parseJsonReport, runClaims } from '../support/cli.js';
import { fixturesDir, makeRepo } from '../support/repo.js';

/**
 * test/fixtures/clean is a small, realistic repository on which `claims verify` has nothing to say.
 */
const fixture = path.join(fixturesDir, 'clean');

function recordsOfFixture(): Record<string, unknown>[] {
  const records: Record<string, unknown>[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.ya?ml$/.test(name)) for (const doc of parseAllDocuments(readFileSync(file, 'utf8'))) records.push(doc.toJS() as Record<string, unknown>);
    }
  };
  walk(path.join(fixture, 'claims'));
  return records;
}

describe('the clean fixture', () => {
  it('exercises what it is clean for: named and anonymous sources, verified and open claims, shared held and unarchived evidence, a right of reply', () => {
    const records = recordsOfFixture();
    const sources = records.filter((record) => record.kind === 'Source');
    const claims = records.filter((record) => record.kind === 'Claim') as { status: string; review?: unknown; attribution: { source: string; quote?: string }[]; evidence?: { archive?: string }[]; derivedFrom?: string[] }[];
    expect(records.filter((record) => record.kind === 'Story')).toHaveLength(1);
    expect(sources.some((source) => typeof source.name === 'string')).toBe(true);
    expect(sources.some((source) => source.name === undefined && typeof (source.anonymity as { reason?: unknown }).reason === 'string')).toBe(true);
    expect(claims.length).toBeGreaterThanOrEqual(5);
    const verified = claims.filter((claim) => claim.status === 'verified');
    expect(verified.length).toBeGreaterThan(0);
    expect(verified.every((claim) => claim.review !== undefined)).toBe(true);
    expect(verified.some((claim) => new Set(claim.attribution.map((attribution) => attribution.source)).size >= 2)).toBe(true);
    const entries = claims.flatMap((claim) => claim.evidence ?? []) as { archive?: string; ref?: string }[];
    const evidenceRecords = records.filter((record) => record.kind === 'Evidence') as { id: string; archive?: string; custody: string }[];
    const referenced = new Set(entries.flatMap((entry) => (entry.ref === undefined ? [] : [entry.ref])));
    // One Evidence record shared by several claims, held with its archive; and inline evidence the desk has no copy of.
    expect(entries.filter((entry) => entry.ref !== undefined).length).toBeGreaterThan(referenced.size);
    expect(evidenceRecords.some((record) => record.custody === 'held' && record.archive !== undefined && referenced.has(record.id))).toBe(true);
    expect(entries.some((entry) => entry.ref === undefined && entry.archive === undefined)).toBe(true);
    const story = records.find((record) => record.kind === 'Story') as { subjects?: { response?: unknown }[] };
    expect(story.subjects?.every((subject) => subject.response !== undefined)).toBe(true);
    expect(claims.some((claim) => claim.attribution.some((attribution) => attribution.quote !== undefined))).toBe(true);
    expect(claims.some((claim) => (claim.derivedFrom ?? []).length > 0)).toBe(true);
  });

  it('claims verify exits 0 and says there are no problems', async () => {
    const cwd = makeRepo({ fixture: 'clean' });
    const result = await runClaims(['verify'], { cwd });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^✔ \d+ files, \d+ records checked: no problems$/m);
    expect(result.stdout).toMatch(/^story harbour-sea-wall: (\d+) claims, \1 anchored, coverage 100% of \d+ sentences, 0 errors, 0 warnings$/m);
  });

  it('claims verify --format json has no diagnostics at all and 100 % coverage', async () => {
    const cwd = makeRepo({ fixture: 'clean' });
    const result = await runClaims(['verify', '--format', 'json'], { cwd });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = parseJsonReport(result.stdout);
    expect(report.diagnostics).toEqual([]);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0, infos: 0, suppressed: 0 });
    expect(report.summary.records).toBe(recordsOfFixture().length);
    expect(report.stories.map((story) => story.storyId)).toEqual(['harbour-sea-wall']);
    for (const story of report.stories) {
      expect(story.coverage).toBe(100);
      expect(story.anchored).toBe(story.claims);
      expect(story).toMatchObject({ errors: 0, warnings: 0 });
    }
  });

  it('claims validate is clean too', async () => {
    const cwd = makeRepo({ fixture: 'clean' });
    const result = await runClaims(['validate', '--format', 'json'], { cwd });
    expect(result.code).toBe(0);
    expect(parseJsonReport(result.stdout).diagnostics).toEqual([]);
  });
});
