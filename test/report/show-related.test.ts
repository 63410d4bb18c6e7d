import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseJsonReport, runClaims } from '../support/cli.js';
import { makeRepo } from '../support/repo.js';
import { claimViews, derivationChains, type ClaimView } from '../../src/views/claim-view.js';
import { checkFixture } from './support.js';

// `claims show`: the findings other claims carry about this one, and every claim built on it, transitively.
// Scenarios run in this process on the sources (runClaims): no build needed.

const STORY = [
  'Officials may have ignored the auditor.',
  'Officials ignored the auditor.',
  'The audit therefore failed.',
  'The budget was approved in May.',
  'The budget was never approved.',
  'Critics called the plan reckless.',
  'The plan was drawn up last year.',
].join(' ');

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

const STORY_RECORD = `apiVersion: claims/v1
kind: Story
id: audit
title: The audit
text: story.txt
sha256: ${sha(STORY)}
publisher: City Gazette
published: 2025-03-03
url: https://gazette.example.org/audit
`;

const SOURCES = `apiVersion: claims/v1
kind: Source
id: clerk
type: person
name: Ann Clerk
description: the council clerk
groundRule: on-record
`;

interface ClaimOptions {
  likelihood?: string;
  type?: string;
  statement?: string;
  extra?: string;
}

function claim(id: string, exact: string, options: ClaimOptions = {}): string {
  return `apiVersion: claims/v1
kind: Claim
id: ${id}
story: audit
statement: ${JSON.stringify(options.statement ?? exact)}
type: ${options.type ?? 'attributed-statement'}
anchor:
  exact: ${JSON.stringify(exact)}
attribution:
  - source: clerk
    relation: said
confidence:
  likelihood: ${options.likelihood ?? 'likely'}
  credibility: 2
  rationale: The clerk said so.
status: unreviewed
${options.extra ?? ''}`;
}

function repo(claims: string[]): string {
  return makeRepo({
    files: {
      'claims/audit/story.txt': STORY,
      'claims/audit/story.yaml': STORY_RECORD,
      'claims/audit/sources.yaml': SOURCES,
      'claims/audit/claims.yaml': claims.join('---\n'),
    },
  });
}

/** The lines under a heading of `show`'s output, up to the next blank line. */
function section(output: string, heading: string): string[] {
  const lines = output.split('\n');
  const start = lines.indexOf(heading);
  expect(start, `no "${heading}" in:\n${output}`).toBeGreaterThanOrEqual(0);
  const end = lines.indexOf('', start);
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

async function show(cwd: string, id: string) {
  const result = await runClaims(['show', id], { cwd });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

describe('claims show: findings on related claims', () => {
  // `derived` is rated above its hedged premise and drops the hedge: two findings on `derived`, naming `premise`.
  // `old-plan` is background contradicted by `new-plan`: sourcing/background-contested is on `old-plan` alone,
  // while contradiction/unresolved is reported on both claims of the pair.
  const root = repo([
    claim('premise', 'Officials may have ignored the auditor.', { likelihood: 'roughly-even-chance' }),
    claim('derived', 'Officials ignored the auditor.', { likelihood: 'very-likely', extra: 'derivedFrom: [premise]\n' }),
    claim('old-plan', 'The budget was approved in May.', { type: 'background' }),
    claim('new-plan', 'The budget was never approved.', { extra: 'contradicts: [old-plan]\n' }),
  ]);

  it('lists a finding reported on only one claim of a pair on the other claim too', async () => {
    const { report } = await verifyJson(root);
    const on = (ruleId: string) =>
      report.diagnostics.filter((diagnostic) => diagnostic.ruleId === ruleId).map((diagnostic) => diagnostic.recordId);
    // The premise of the test: each of these is reported on one side only.
    expect(on('confidence/above-premise')).toEqual(['derived']);
    expect(on('confidence/hedge-dropped')).toEqual(['derived']);
    expect(on('sourcing/background-contested')).toEqual(['old-plan']);
    expect(on('contradiction/unresolved').sort()).toEqual(['new-plan', 'old-plan']);

    const premise = await show(root, 'premise');
    expect(section(premise, 'Open findings')).toEqual(['  none']);
    const related = section(premise, 'Findings on related claims');
    expect(related).toHaveLength(2);
    // By claim, then by place in its file: the statement comes before the confidence.
    expect(related[1]).toMatch(
      /^ {2}warning {2}on derived: this claim is rated very-likely, above its weakest premise "premise" .* confidence\/above-premise$/,
    );
    expect(related[0]).toMatch(/^ {2}warning {2}on derived: the story hedges premise "premise" \("may"\).* confidence\/hedge-dropped$/);

    const newPlan = await show(root, 'new-plan');
    expect(section(newPlan, 'Findings on related claims')).toEqual([
      expect.stringMatching(
        /^ {2}warning {2}on old-plan: background "old-plan" is contradicted by "new-plan";.* sourcing\/background-contested$/,
      ),
    ]);
    // Its own half of the pair's contradiction/unresolved is under its own findings, and the other half is not repeated.
    expect(section(newPlan, 'Open findings').filter((line) => line.endsWith('contradiction/unresolved'))).toHaveLength(1);
  });

  it('does not list a claim its own findings, nor findings that name other claims', async () => {
    const derived = await show(root, 'derived');
    expect(section(derived, 'Open findings').map((line) => line.split('  ').at(-1))).toEqual(
      expect.arrayContaining(['confidence/above-premise', 'confidence/hedge-dropped']),
    );
    expect(section(derived, 'Findings on related claims')).toEqual(['  none']);
    const oldPlan = await show(root, 'old-plan');
    expect(section(oldPlan, 'Findings on related claims')).toEqual(['  none']);
  });
});

describe('claims show: used by, transitively', () => {
  it('lists the claims built on this one through further derivations as chains', async () => {
    const root = repo([
      claim('a', 'The plan was drawn up last year.'),
      claim('b', 'Critics called the plan reckless.', { extra: 'derivedFrom: [a]\n' }),
      claim('c', 'The audit therefore failed.', { extra: 'derivedFrom: [b]\n' }),
      claim('d', 'The budget was never approved.', { extra: 'derivedFrom: [a]\n' }),
      claim('e', 'The budget was approved in May.', { extra: 'derivedFrom: [c, d]\n' }),
    ]);
    const a = section(await show(root, 'a'), 'Derivations');
    expect(a).toEqual(['  derived from    none', '  used by         a → b → c → e', '                  a → d → e']);
    // Further down the chain, only what is built on that claim.
    expect(section(await show(root, 'c'), 'Derivations')).toEqual(['  derived from    b', '  used by         c → e']);
    expect(section(await show(root, 'e'), 'Derivations')).toEqual(['  derived from    c, d', '  used by         none']);
  });

  it('ends a chain where a derivation cycle loops back, and lists the cycle finding on every claim of it', async () => {
    const root = repo([
      claim('a', 'The plan was drawn up last year.', { extra: 'derivedFrom: [c]\n' }),
      claim('b', 'Critics called the plan reckless.', { extra: 'derivedFrom: [a]\n' }),
      claim('c', 'The audit therefore failed.', { extra: 'derivedFrom: [b]\n' }),
    ]);
    const a = await show(root, 'a');
    expect(section(a, 'Derivations')).toEqual(['  derived from    c', '  used by         a → b → c → a (cycle)']);
    expect(section(a, 'Open findings')).toEqual([expect.stringMatching(/^ {2}error {4}derivedFrom cycle: a → c → b → a {2}ref\/cycle$/)]);
    expect(section(await show(root, 'b'), 'Derivations')).toEqual(['  derived from    a', '  used by         b → c → a → b (cycle)']);
    expect(section(await show(root, 'b'), 'Findings on related claims')).toEqual([
      expect.stringMatching(/^ {2}error {4}on a: derivedFrom cycle: a → c → b → a {2}ref\/cycle$/),
    ]);
  });
});

describe('derivationChains', () => {
  /** Views of the given `derivedBy` links, whose lookups are counted: a walk that loops fails instead of hanging. */
  function countedViews(derivedBy: Record<string, string[]>, budget: number) {
    const views = new Map(Object.entries(derivedBy).map(([id, users]) => [id, { id, derivedBy: users } as unknown as ClaimView]));
    let lookups = 0;
    const counted = {
      get(id: string) {
        if (++lookups > budget) throw new Error(`more than ${budget} lookups`);
        return views.get(id);
      },
    } as ReadonlyMap<string, ClaimView>;
    return { counted, lookups: () => lookups };
  }

  it('follows each claim once, through cycles and self-references, in work linear in the links', () => {
    const { counted, lookups } = countedViews({ a: ['a', 'b'], b: ['c'], c: ['a', 'b', 'd'], d: [] }, 20);
    expect(derivationChains(counted, 'a')).toEqual([
      { ids: ['a', 'a'], cycle: true },
      { ids: ['a', 'b', 'c', 'a'], cycle: true },
      { ids: ['c', 'b'], cycle: true },
      { ids: ['c', 'd'], cycle: false },
    ]);
    // One lookup per step down or back up: each claim is entered once.
    expect(lookups()).toBeLessThanOrEqual(4 + 3 + 2 + 3);
  });

  it('lists a claim reached twice once, and walks a chain of 100,000 claims without exhausting the stack', () => {
    const diamond = countedViews({ a: ['b', 'c'], b: ['d'], c: ['d'], d: ['e'], e: [] }, 50);
    expect(derivationChains(diamond.counted, 'a')).toEqual([
      { ids: ['a', 'b', 'd', 'e'], cycle: false },
      { ids: ['a', 'c', 'd'], cycle: false },
    ]);
    const n = 100_000;
    const long = countedViews(Object.fromEntries(Array.from({ length: n }, (_, i) => [`c${i}`, i + 1 < n ? [`c${i + 1}`] : []])), 3 * n);
    const chains = derivationChains(long.counted, 'c0');
    expect(chains).toHaveLength(1);
    expect(chains[0]!.ids).toHaveLength(n);
  });

  it('agrees with the fixture story: each claim used by its direct dependants there', async () => {
    const { run } = await checkFixture('report/story');
    const views = claimViews({ workspace: run.workspace });
    expect(derivationChains(views, 'dredging-starts-may')).toEqual([{ ids: ['dredging-starts-may', 'dredging-may-start'], cycle: false }]);
    expect(derivationChains(views, 'contract-signed-march')).toEqual([]);
  });
});

async function verifyJson(cwd: string) {
  const result = await runClaims(['verify', '--format', 'json'], { cwd });
  return { ...result, report: parseJsonReport(result.stdout) };
}
