/*
 * `claims import`: prior fact-checks land as shared Evidence records linked to the claims they match,
 * in real temp repositories through the CLI in-process; the round trip exports the fixture story's
 * reviews as ClaimReview and imports them into a copy without those reviews' evidence.
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runClaims } from '../support/cli.js';
import { factCheckTools, ORACLES } from '../support/interop-oracles.js';
import { ENV } from '../support/export-repos.js';
import { makeRepo, writeRepoFile } from '../support/repo.js';

const STORY = 'claims/river-flood';

interface Link {
  claim: string;
  url: string | undefined;
  relation: string;
}

/** Every claim → Evidence link of a repository, by the evidence's URL, sorted. */
function links(root: string): Link[] {
  const records = readdirSync(path.join(root, STORY))
    .filter((name) => name.endsWith('.yaml'))
    .flatMap((name) =>
      parseAllDocuments(readFileSync(path.join(root, STORY, name), 'utf8')).map((doc) => doc.toJS() as Record<string, unknown>),
    );
  const urls = new Map(records.filter((record) => record.kind === 'Evidence').map((record) => [record.id as string, record.url as string]));
  return records
    .filter((record) => record.kind === 'Claim')
    .flatMap((claim) =>
      ((claim.evidence ?? []) as { ref: string; relation: string }[]).map((item) => ({
        claim: claim.id as string,
        url: urls.get(item.ref),
        relation: item.relation,
      })),
    )
    .sort((a, b) => `${a.claim} ${a.url}`.localeCompare(`${b.claim} ${b.url}`));
}

/** The fixture repository without the desk's reviews: reviews.yaml gone and every link to it taken out of the claims. */
function withoutReviews(): string {
  const root = makeRepo({ fixture: 'interop' });
  rmSync(path.join(root, STORY, 'reviews.yaml'));
  const file = path.join(root, STORY, 'claims.yaml');
  const text = readFileSync(file, 'utf8')
    .replace('evidence:\n  - ref: desk-review-sirens\n    relation: context\n', '')
    .replace(/ {2}- ref: desk-review-[a-z-]+\n {4}relation: context\n/g, '');
  writeRepoFile(root, `${STORY}/claims.yaml`, text);
  return root;
}

const read = (root: string, name: string) => readFileSync(path.join(root, name), 'utf8');

describe('claims import --format claimreview: the round trip', () => {
  it('exports the reviews, imports them into a copy without their evidence, and the same evidence links come back', async () => {
    const original = makeRepo({ fixture: 'interop' });
    const exported = await runClaims(['export', '--format', 'claimreview', '--out', 'reviews.jsonld'], { cwd: original, env: ENV });
    expect(exported.code).toBe(0);
    const copy = withoutReviews();
    writeRepoFile(copy, 'reviews.jsonld', read(original, 'reviews.jsonld'));
    const before = links(copy);
    expect(before).not.toEqual(links(original));

    const imported = await runClaims(['import', 'reviews.jsonld', '--format', 'claimreview'], { cwd: copy, env: ENV });
    expect(imported.code, imported.stderr).toBe(0);
    expect(links(copy)).toEqual(links(original));
    expect(imported.stdout).toContain('linked ruiz-claimed-wall-held → example-desk-review-false (similarity 1.00)');
    expect(imported.stderr).toContain('3 reviews read; 3 evidence records and 3 links added; 0 unmatched');

    // The records written pass validate; comments and everything before them are kept.
    const validate = await runClaims(['validate'], { cwd: copy, env: ENV });
    expect(validate.code, validate.stdout).toBe(0);
    expect(read(copy, `${STORY}/claims.yaml`).startsWith('# Claims of the river-flood story, with the desk')).toBe(true);
    expect(read(copy, `${STORY}/evidence.yaml`).startsWith(read(original, `${STORY}/evidence.yaml`))).toBe(true);
    // The publisher already had a Source: it is reused, not added again.
    expect(read(copy, `${STORY}/sources.yaml`)).toBe(read(original, `${STORY}/sources.yaml`));
    expect(read(copy, `${STORY}/evidence.yaml`)).toContain(
      'origin: example-desk\ncustody: cited\nnote: \'Rated "False" by Example Desk on 2026-04-04.',
    );

    // Importing again changes nothing.
    const files = [`${STORY}/claims.yaml`, `${STORY}/evidence.yaml`].map((name) => read(copy, name));
    const again = await runClaims(['import', 'reviews.jsonld', '--format', 'claimreview'], { cwd: copy, env: ENV });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('already linked river-rose-two-metres → example-desk-review-verified');
    expect([`${STORY}/claims.yaml`, `${STORY}/evidence.yaml`].map((name) => read(copy, name))).toEqual(files);
  });

  it('--dry-run prints the changes as a diff and writes nothing', async () => {
    const original = makeRepo({ fixture: 'interop' });
    await runClaims(['export', '--format', 'claimreview', '--out', 'reviews.jsonld'], { cwd: original, env: ENV });
    const copy = withoutReviews();
    writeRepoFile(copy, 'reviews.jsonld', read(original, 'reviews.jsonld'));
    const claims = read(copy, `${STORY}/claims.yaml`);
    const result = await runClaims(['import', 'reviews.jsonld', '--format', 'claimreview', '--dry-run'], { cwd: copy, env: ENV });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('+++ b/claims/river-flood/claims.yaml');
    expect(result.stdout).toContain('+  - ref: example-desk-review-verified\n+    relation: context\n');
    expect(result.stderr).toContain('nothing was written');
    expect(read(copy, `${STORY}/claims.yaml`)).toBe(claims);
  });

  it('reads ClaimReview from an HTML page and from a DataFeed', async () => {
    const original = makeRepo({ fixture: 'interop' });
    const reviews = JSON.parse((await runClaims(['export', '--format', 'claimreview'], { cwd: original, env: ENV })).stdout) as unknown[];
    const copy = withoutReviews();
    writeRepoFile(
      copy,
      'page.html',
      `<html><head><script type="application/ld+json">${JSON.stringify(reviews[1]).replace(/</g, '\\u003c')}</script></head></html>`,
    );
    writeRepoFile(
      copy,
      'feed.json',
      JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'DataFeed',
        dataFeedElement: [{ '@type': 'DataFeedItem', item: reviews[0] }],
      }),
    );
    expect((await runClaims(['import', 'page.html', '--format', 'claimreview'], { cwd: copy, env: ENV })).stdout).toContain(
      'linked ruiz-claimed-wall-held',
    );
    expect((await runClaims(['import', 'feed.json', '--format', 'claimreview'], { cwd: copy, env: ENV })).stdout).toContain(
      'linked river-rose-two-metres',
    );
  });
});

describe('claims import --format factcheck-api', () => {
  const response = {
    claims: [
      {
        text: 'Mayor Ana Ruiz claimed the flood wall held everywhere',
        claimant: 'Ana Ruiz',
        claimDate: '2026-04-01T00:00:00Z',
        claimReview: [
          {
            publisher: { name: 'Awesome Fact Checks', site: 'awesomefactchecks.com' },
            url: 'https://awesomefactchecks.com/2026/04/flood-wall',
            title: 'No, the \u202eflood wall\u202c did not hold everywhere',
            reviewDate: '2026-04-05T10:00:00Z',
            textualRating: 'Pants on Fire',
            languageCode: 'en',
          },
        ],
      },
      {
        text: 'Crime has doubled in the last 2 years.',
        claimReview: [{ publisher: { site: 'third.example' }, url: 'https://third.example/x', textualRating: 'False' }],
      },
    ],
  };

  it('links a matching review as evidence from a new publisher Source, and lists the unmatched', async () => {
    expect(factCheckTools('GoogleFactcheckingFactchecktoolsV1alpha1FactCheckedClaimSearchResponse', response)).toBe('');
    const root = makeRepo({ fixture: 'interop' });
    writeRepoFile(root, 'search.json', JSON.stringify(response));
    const result = await runClaims(['import', 'search.json', '--format', 'factcheck-api', '--story', 'river-flood'], {
      cwd: root,
      env: ENV,
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('added source awesome-fact-checks: Awesome Fact Checks');
    expect(result.stdout).toMatch(/linked ruiz-claimed-wall-held → no-flood-wall-did-not-hold \(similarity 0\.\d\d\)/);
    expect(result.stderr).toMatch(/unmatched https:\/\/third\.example\/x: "Crime has doubled in the last 2 years\."/);
    const evidence = read(root, `${STORY}/evidence.yaml`);
    // A bidi control in the title is not written into a record.
    expect(evidence).toContain('title: No, the flood wall did not hold everywhere\n');
    expect(evidence).toContain('note: \'Rated "Pants on Fire" by Awesome Fact Checks on 2026-04-05.');
    expect(read(root, `${STORY}/sources.yaml`)).toContain(
      'name: Awesome Fact Checks\ndescription: publisher of fact-checks, imported from its reviews (awesomefactchecks.com)\nsameAs:\n  - https://awesomefactchecks.com\n',
    );
    expect((await runClaims(['validate'], { cwd: root, env: ENV })).code).toBe(0);
  });

  it('the saved sample response, about other claims, leaves the repository as it was', async () => {
    const root = makeRepo({ fixture: 'interop' });
    const sample = readFileSync(path.join(ORACLES, 'factchecktools', 'sample-claims-search-response.json'), 'utf8');
    expect(factCheckTools('GoogleFactcheckingFactchecktoolsV1alpha1FactCheckedClaimSearchResponse', JSON.parse(sample))).toBe('');
    writeRepoFile(root, 'sample.json', sample);
    const before = read(root, `${STORY}/evidence.yaml`);
    const result = await runClaims(['import', 'sample.json', '--format', 'factcheck-api'], { cwd: root, env: ENV });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('3 reviews read; 0 evidence records and 0 links added; 3 unmatched');
    expect(read(root, `${STORY}/evidence.yaml`)).toBe(before);
  });

  it('a file that is not what --format says is a usage error', async () => {
    const root = makeRepo({ fixture: 'interop' });
    writeRepoFile(root, 'search.json', JSON.stringify(response));
    writeRepoFile(root, 'broken.json', '{"claims": [');
    const wrong = await runClaims(['import', 'search.json', '--format', 'claimreview'], { cwd: root, env: ENV });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('no review to import');
    expect((await runClaims(['import', 'broken.json', '--format', 'factcheck-api'], { cwd: root, env: ENV })).stderr).toContain(
      'is not JSON',
    );
    expect((await runClaims(['import', 'missing.json', '--format', 'factcheck-api'], { cwd: root, env: ENV })).code).toBe(2);
  });
});
