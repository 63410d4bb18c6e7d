import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.js';
import { runChecks } from '../../src/check/run.js';
import type { Stage } from '../../src/check/rule.js';
import { discoverRecordFiles } from '../../src/load/discover.js';
import { recordViews, WHOLE } from '../../src/load/record-views.js';
import type { LoadedRecord } from '../../src/model/records.js';
import { RULES } from '../../src/check/catalogue.js';
import { fieldsKept, fieldsStillKept, withFileFields } from '../../src/check/reads.js';
import { REPORT_FIELDS } from '../../src/views/report-model.js';
import { readRulePage } from '../docs/rule-page.js';
import { fixturesDir, makeRepo, projectRoot } from '../support/repo.js';

const generated = mkdtempSync(path.join(tmpdir(), 'claims-views-'));
afterAll(() => rmSync(generated, { recursive: true, force: true }));

/** Every fixture repository, every rule page's examples, this repository's own claims, and a generated archive in both layouts. */
async function repositories(): Promise<string[]> {
  generateCorpus(path.join(generated, 'per-story'), { claims: 400, layout: 'per-story', seed: 11 });
  generateCorpus(path.join(generated, 'per-claim'), { claims: 150, layout: 'per-claim', seed: 12 });
  const recordFiles = await glob('**/claims/**/*.{yaml,yml}', { cwd: fixturesDir, absolute: true });
  const fixtures = new Set(recordFiles.map((file) => file.slice(0, file.indexOf(`${path.sep}claims${path.sep}`))));
  const examples = RULES.flatMap((rule) => {
    const page = readRulePage(rule.id);
    return [...page.failing, page.passing].map((example) => makeRepo({ files: example.files }));
  });
  // A reference to nothing from every field that can hold one.
  const dangling = makeRepo({
    files: {
      'claims/s/story.txt': 'One sentence.\n',
      'claims/s/story.yaml': 'apiVersion: claims/v1\nkind: Story\nid: s\ntitle: T\ntext: story.txt\n',
      'claims/s/claims.yaml': [
        'apiVersion: claims/v1',
        'kind: Claim',
        'id: c',
        'story: no-story',
        'statement: One sentence.',
        'type: fact',
        'anchor: { exact: One sentence. }',
        'attribution: [{ source: no-source, relation: stated, via: [no-relay] }]',
        'evidence: [{ type: document, title: A memo, relation: supports, origin: no-origin }]',
        'derivedFrom: [no-claim]',
        'contradicts: [no-other-claim]',
        'confidence: { likelihood: likely, credibility: 2, rationale: r }',
        'status: unreviewed',
        '',
      ].join('\n'),
    },
  });
  return [
    projectRoot,
    dangling,
    path.join(generated, 'per-story'),
    path.join(generated, 'per-claim'),
    ...[...fixtures].sort(),
    ...examples,
  ];
}

/**
 * `validate` and `verify` keep only the parts of each record their checks read (load/record-views.ts).
 * Were a check to read a field its view drops, it would see it missing and report differently: so every
 * repository must give the same diagnostics and story lines from the views as from whole records.
 */
/** Any fixed day: the views must not change what date/future reports either. */
const TODAY = '2026-01-01';

describe('record views', () => {
  for (const stage of ['validate', 'verify'] as const satisfies readonly Stage[]) {
    it(`${stage}: the checks report the same from the view as from whole records`, async () => {
      const rules = new Set<string>();
      for (const root of await repositories()) {
        const files = await discoverRecordFiles(['claims'], root, root);
        const whole = await runChecks({ root, files, stage, config: {}, today: TODAY, keepRecords: true });
        const view = await runChecks({ root, files, stage, config: {}, today: TODAY });
        // As `report` runs them: the fields only the story-text rules read are read again a story at a time.
        const byStory = await runChecks({
          root,
          files,
          stage,
          config: {},
          today: TODAY,
          keepRecords: REPORT_FIELDS,
          storyTextFieldsByStory: true,
        });
        for (const run of [view, byStory]) {
          expect({ root, diagnostics: run.diagnostics, stories: run.stories }).toEqual({
            root,
            diagnostics: whole.diagnostics,
            stories: whole.stories,
          });
        }
        for (const diagnostic of whole.diagnostics) rules.add(diagnostic.ruleId);
      }
      // Every rule of the stage has fired somewhere, so a field it reads but its view dropped would show.
      const stageRules = RULES.filter((rule) => stage === 'verify' || rule.stage === 'validate').map((rule) => rule.id);
      expect([...rules].sort()).toEqual(stageRules.sort());
    }, 120_000);
  }
});

describe('fields held while the story-text rules run story by story', () => {
  it("leave out a claim's statement and anchor, which only they read: `report` never holds 100,000 of them", () => {
    const otherRules = RULES.filter((rule) => rule.check && !rule.reads.files?.includes('story-text'));
    const held = fieldsStillKept(REPORT_FIELDS, otherRules);
    expect(fieldsKept('verify').Claim).toEqual(expect.arrayContaining(['statement', 'anchor']));
    expect(held.Claim).not.toContain('statement');
    expect(held.Claim).not.toContain('anchor');
    // Until the story texts are read and the anchors resolved in them.
    expect(withFileFields('verify', held).Claim).toContain('anchor');
    expect(withFileFields('verify', held).Claim).not.toContain('statement');
  });
});

describe('recordViews', () => {
  it('keeps a kind whole when its paths include WHOLE, and cuts the others to their paths', () => {
    const keep = recordViews({ Source: [WHOLE], Claim: ['id', 'confidence.likelihood'] });
    const source = { kind: 'Source', id: 's', file: 'f.yaml', docIndex: 0, valid: true, value: { id: 's', name: 'N', description: 'd' } };
    const claim = {
      kind: 'Claim',
      id: 'c',
      file: 'f.yaml',
      docIndex: 1,
      valid: true,
      value: { id: 'c', statement: 'S', confidence: { likelihood: 'likely', rationale: 'r' } },
    };
    expect(keep(source as unknown as LoadedRecord)).toBe(source);
    expect(keep(claim as unknown as LoadedRecord).value).toEqual({ id: 'c', confidence: { likelihood: 'likely' } });
  });
});
