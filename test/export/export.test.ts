/*
 * `claims export` in every format, over the fixture story with verdicts (test/fixtures/interop) and the
 * seed story (claims/), each output run through the official oracles (test/support/interop-oracles.ts),
 * and each oracle shown to reject a broken copy of the output, so these tests can fail.
 */
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runClaims } from '../support/cli.js';
import { ENV, exported, fixtureRepo, seedRepo } from '../support/export-repos.js';
import {
  factCheckTools,
  googleCrossField,
  googleProfile,
  provJsonLd,
  provJsonSchema,
  schemaOrgShacl,
  toNQuads,
  webAnnotationMustCount,
  webAnnotationMusts,
} from '../support/interop-oracles.js';
import { makeRepo, projectRoot, writeRepoFile } from '../support/repo.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const clone = <T>(value: T): T => structuredClone(value);
const SEED_CLAIMS = () =>
  readFileSync(path.join(projectRoot, 'claims', 'witkoff-ushakov-leaked-calls', 'claims-0-lede.yaml'), 'utf8').match(/^kind: Claim$/gm)!
    .length;

describe('claims export --format claimreview', () => {
  it('exports one ClaimReview per verdict that passes Google’s profile and schema.org’s (patched) SHACL shapes', async () => {
    const { document: reviews, stderr } = await exported(fixtureRepo(), 'claimreview');
    expect(reviews.map((review: Json) => review.url)).toEqual([
      'https://desk.example.org/checks/river-flood#river-rose-two-metres',
      'https://desk.example.org/checks/river-flood#ruiz-claimed-wall-held',
      'https://desk.example.org/checks/river-flood#sirens-never-sounded',
    ]);
    for (const review of reviews) {
      expect(googleProfile(review).errors).toBe('');
      expect(await schemaOrgShacl(review)).toEqual([]);
    }
    expect(googleCrossField(reviews)).toEqual([]);
    // The only recommended property missing is the date the claim was made, which no record holds.
    expect(googleProfile(reviews[0]).warnings).toMatch(/datePublished/);
    expect(reviews[1]).toMatchObject({
      claimReviewed: 'Mayor Ana Ruiz claimed the new flood wall had held everywhere.',
      reviewRating: { alternateName: 'False', ratingValue: 3, worstRating: 1, bestRating: 7 },
      itemReviewed: { author: { '@type': 'Person', name: 'Ana Ruiz', sameAs: 'https://www.wikidata.org/wiki/Q0000001' } },
    });
    expect(stderr).toContain('left out agency-said-wall-failed: status "in-review" is not a verdict');
    expect(stderr).toMatch(/note: sirens-never-sounded: claimReviewed is the 105-character statement/);
  });

  it('escapes for a <script> element and is the same on every run', async () => {
    const root = fixtureRepo();
    const first = await exported(root, 'claimreview');
    expect(first.stdout).not.toContain('</script>');
    expect(first.stdout).toContain('\\u003c/script\\u003e');
    expect(first.document[1].reviewRating.ratingExplanation).toContain('</script>');
    expect((await exported(root, 'claimreview')).stdout).toBe(first.stdout);
    const out = await runClaims(['export', '--format', 'claimreview', '--out', 'reviews.jsonld'], { cwd: root, env: ENV });
    expect(out.code).toBe(0);
    expect(out.stdout).toBe('');
    expect(readFileSync(path.join(root, 'reviews.jsonld'), 'utf8')).toBe(first.stdout);
  });

  it('the oracles reject a broken review', async () => {
    const [review] = (await exported(fixtureRepo(), 'claimreview')).document;
    const noUrl = clone(review);
    delete noUrl.url;
    expect(googleProfile(noUrl).errors).toMatch(/url/);
    const textRating = { ...clone(review), reviewRating: 'Verified' };
    expect(googleProfile(textRating).errors).not.toBe('');
    expect((await schemaOrgShacl(textRating)).join('\n')).toMatch(/reviewRating/);
    const plainAppearance = clone(review);
    plainAppearance.itemReviewed.appearance = ['https://news.example.org/river-flood'];
    expect((await schemaOrgShacl(plainAppearance)).join('\n')).toMatch(/appearance/);
    const misspelt = { ...clone(review), claimReview: 'x' };
    expect(await schemaOrgShacl(misspelt)).toContain('not a schema.org term: claimReview');
    expect(googleCrossField([review, review])).toHaveLength(1);
    // As published, the shapes reject every literal: the reason they are patched.
    expect((await schemaOrgShacl(review, { published: true })).length).toBeGreaterThan(0);
  });

  it('over the seed story, which has no verdicts, exports nothing and says why for every claim', async () => {
    const root = seedRepo();
    const { document, stderr } = await exported(root, 'claimreview');
    expect(document).toEqual([]);
    const ids = (await runClaims(['list', '--format', 'ids'], { cwd: root, env: ENV })).stdout.trim().split('\n');
    expect(ids.length).toBeGreaterThan(SEED_CLAIMS());
    for (const id of ids) expect(stderr).toMatch(new RegExp(`left out ${id}: status "(unreviewed|in-review)" is not a verdict`));
    expect(stderr).toContain(`0 of ${ids.length} claims exported`);
  });

  it('a missing setting the format needs is a usage error naming it', async () => {
    const root = fixtureRepo();
    writeRepoFile(root, 'claims.config.yaml', 'paths: [claims]\nexport:\n  base: https://desk.example.org/records/\n');
    const result = await runClaims(['export', '--format', 'claimreview'], { cwd: root, env: ENV });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--format claimreview needs export.organization.name and export.reviewUrl in claims.config.yaml');
    expect(result.stdout).toBe('');
    const prov = await runClaims(['export', '--format', 'prov-json'], { cwd: seedRepoWithout(), env: ENV });
    expect(prov.code).toBe(2);
    expect(prov.stderr).toContain('needs export.base');
  });

  it('an unknown story or format is a usage error', async () => {
    const root = fixtureRepo();
    const story = await runClaims(['export', '--format', 'claimreview', '--story', 'river-flod'], { cwd: root, env: ENV });
    expect(story.code).toBe(2);
    expect(story.stderr).toContain('did you mean "river-flood"');
    expect((await runClaims(['export', '--format', 'rdf'], { cwd: root, env: ENV })).code).toBe(2);
  });
});

function seedRepoWithout(): string {
  const root = makeRepo();
  cpSync(path.join(projectRoot, 'claims'), path.join(root, 'claims'), { recursive: true });
  return root;
}

describe('claims export --format factcheck-markup', () => {
  it('writes one ClaimReviewMarkupPage per review page, valid against the API’s schema', async () => {
    const { document: pages } = await exported(fixtureRepo(), 'factcheck-markup');
    expect(pages).toHaveLength(1);
    expect(pages[0].pageUrl).toBe('https://desk.example.org/checks/river-flood');
    expect(pages[0].claimReviewMarkups).toHaveLength(3);
    for (const page of pages) expect(factCheckTools('GoogleFactcheckingFactchecktoolsV1alpha1ClaimReviewMarkupPage', page)).toBe('');
    const broken = { ...clone(pages[0]), claimReviewMarkups: { url: 1 } };
    expect(factCheckTools('GoogleFactcheckingFactchecktoolsV1alpha1ClaimReviewMarkupPage', broken)).not.toBe('');
    const badRating = clone(pages[0]);
    badRating.claimReviewMarkups[0].rating.ratingValue = 'six';
    expect(factCheckTools('GoogleFactcheckingFactchecktoolsV1alpha1ClaimReviewMarkupPage', badRating)).toMatch(/ratingValue/);
  });
});

/** Statements per PROV-JSON section, as the document lists them. */
describe('claims export --format prov-json', () => {
  for (const [label, repo] of [
    ['the fixture story', fixtureRepo],
    ['the seed story', seedRepo],
  ] as const)
    it(`over ${label}: passes ProvToolbox's schema (python3-prov reads it back: test/e2e/prov-python.e2e.test.ts)`, async () => {
      const { document } = await exported(repo(), 'prov-json');
      expect(provJsonSchema(document)).toBe('');
      expect(document.entity).toBeDefined();
      expect(document.agent).toBeDefined();
      expect(document.wasAttributedTo).toBeDefined();
    });

  it('records anchors, attribution chains and reviews', async () => {
    const { document } = await exported(fixtureRepo(), 'prov-json');
    expect(document.prefix.claims).toBe('https://desk.example.org/records/');
    expect(document.activity['claims:review/ruiz-claimed-wall-held/1']).toBeDefined();
    expect(document.entity['claims:assessment/ruiz-claimed-wall-held/1']).toMatchObject({ 'cv:status': 'refuted', 'cv:credibility': 4 });
    expect(Object.values(document.wasAttributedTo)).toContainEqual({
      'prov:entity': 'claims:relay/agency-said-wall-failed/0/coast-gazette',
      'prov:agent': 'claims:source/coast-gazette',
    });
    const anchor = Object.values(document.wasDerivedFrom as Json).find(
      (relation: Json) =>
        relation['prov:generatedEntity'] === 'claims:claim/river-rose-two-metres' && relation['cv:anchorStart'] !== undefined,
    ) as Json;
    const text = readFileSync(path.join(projectRoot, 'test/fixtures/interop/claims/river-flood/story.txt'), 'utf8');
    expect(Array.from(text).slice(anchor['cv:anchorStart'], anchor['cv:anchorEnd']).join('')).toBe(anchor['cv:anchorExact']);
  });

  it('each oracle rejects a broken document', async () => {
    const { document } = await exported(fixtureRepo(), 'prov-json');
    const noAgent = clone(document);
    delete noAgent.wasAttributedTo['_:att0']['prov:agent'];
    expect(provJsonSchema(noAgent)).toMatch(/prov:agent/);
    const badTime = clone(document);
    badTime.wasGeneratedBy['_:gen0']['prov:time'] = '3 April 2026';
    expect(provJsonSchema(badTime)).toMatch(/date-time/);
  });
});

describe('claims export --format prov-jsonld', () => {
  it('passes the PROV-JSONLD schema, JSON-LD 1.1 safe-mode expansion and PROV-O, over both stories', async () => {
    for (const repo of [fixtureRepo, seedRepo]) {
      const { document } = await exported(repo(), 'prov-jsonld');
      expect(await provJsonLd(document)).toEqual([]);
    }
  });

  it('the oracle rejects a bare number attribute, an unknown term and an unknown PROV term', async () => {
    const { document } = await exported(fixtureRepo(), 'prov-jsonld');
    const bare = clone(document);
    bare['@graph'].find((statement: Json) => statement['cv:credibility'])['cv:credibility'] = [2];
    expect((await provJsonLd(bare)).join('\n')).toMatch(/schema/);
    const misspelt = clone(document);
    misspelt['@graph'][0].lable = [{ '@value': 'x' }];
    expect((await provJsonLd(misspelt)).join('\n')).toMatch(/JSON-LD/);
    const notProv = clone(document);
    notProv['@graph'][0].type = ['prov:Claim'];
    expect((await provJsonLd(notProv)).join('\n')).toMatch(/not in PROV-O: http:\/\/www.w3.org\/ns\/prov#Claim/);
  });
});

describe('claims export --format web-annotation', () => {
  it('each annotation passes every MUST of the W3C test suite, and the collection expands in safe mode', async () => {
    expect(webAnnotationMustCount()).toBe(54);
    for (const repo of [fixtureRepo, seedRepo]) {
      const { document } = await exported(repo(), 'web-annotation');
      expect(document.type).toBe('AnnotationCollection');
      expect(document.first.items.length).toBe(document.total);
      expect(document.total).toBeGreaterThan(0);
      for (const annotation of document.first.items) expect(webAnnotationMusts(annotation)).toEqual([]);
      expect((await toNQuads(document)).length).toBeGreaterThan(0);
    }
  });

  it('anchors each claim with a quote and its position in code points', async () => {
    const { document } = await exported(fixtureRepo(), 'web-annotation', '--story', 'river-flood');
    const text = readFileSync(path.join(projectRoot, 'test/fixtures/interop/claims/river-flood/story.txt'), 'utf8');
    expect(document.id).toBe('https://desk.example.org/records/annotations/river-flood');
    for (const annotation of document.first.items) {
      const [quote, position] = annotation.target.selector;
      expect(Array.from(text).slice(position.start, position.end).join('')).toBe(quote.exact);
      expect(annotation.target.source).toBe('https://news.example.org/river-flood');
    }
  });

  it('the oracles reject a broken annotation', async () => {
    const { document } = await exported(fixtureRepo(), 'web-annotation');
    const [annotation] = document.first.items;
    const noTarget = clone(annotation);
    delete noTarget.target;
    expect(webAnnotationMusts(noTarget)).toContain('3.1-targetKeyFound.json');
    const negative = clone(annotation);
    negative.target.selector[1].start = -1;
    expect(webAnnotationMusts(negative).length).toBeGreaterThan(0);
    const misspelt = clone(annotation);
    misspelt.target.selector[0].prefx = misspelt.target.selector[0].prefix;
    await expect(toNQuads(misspelt)).rejects.toThrow();
  });
});
