import { describe, expect, it } from 'vitest';
import { cleanText, jsonLdOfHtml, MATCH_THRESHOLD, parseClaimReviews, similarity } from '../../src/author/import-reviews.js';

describe('similarity (Sørensen–Dice over content words)', () => {
  it('is 1 for the same words, 0 for none shared, and ignores case, punctuation and stop words', () => {
    expect(similarity('The River Vell rose two metres.', 'river vell ROSE two metres')).toBe(1);
    expect(similarity('Crime has doubled', 'The river rose')).toBe(0);
    expect(similarity('', 'anything')).toBe(0);
    // {mayor, ana, ruiz, claimed, flood, wall, held, everywhere} against the same plus "new": 16/17.
    expect(
      similarity('Mayor Ana Ruiz claimed the flood wall held everywhere', 'Mayor Ana Ruiz claimed the new flood wall had held everywhere.'),
    ).toBeCloseTo(16 / 17);
    expect(similarity('Mayor Ana Ruiz said the river rose', 'Mayor Ana Ruiz claimed the wall held')).toBeLessThan(MATCH_THRESHOLD);
  });
});

describe('reading reviews', () => {
  it('finds ClaimReviews in an array, a @graph and a DataFeed, and skips one without a URL', () => {
    const review = { '@type': 'ClaimReview', url: 'https://a.example/1', claimReviewed: 'x', author: { name: 'A' } };
    const { reviews, problems } = parseClaimReviews([
      review,
      { '@graph': [{ ...review, url: 'https://a.example/2' }] },
      { '@type': 'DataFeed', dataFeedElement: [{ item: { ...review, url: 'https://a.example/3' } }] },
      { '@type': 'ClaimReview', url: 'javascript:alert(1)' },
    ]);
    expect(reviews.map((item) => item.url)).toEqual(['https://a.example/1', 'https://a.example/2', 'https://a.example/3']);
    expect(problems).toEqual([{ at: 'ClaimReview 4', why: 'no http(s) url' }]);
  });

  it('reads JSON-LD script blocks from HTML, leaving a broken one out', () => {
    expect(jsonLdOfHtml('<script type="application/ld+json">{"a":1}</script><script type=application/ld+json>{</script>')).toEqual([
      { a: 1 },
    ]);
  });

  it('cleans text for a record: controls and bidi controls become spaces, long text is cut', () => {
    expect(cleanText('a\u0007b\u202ec\n d')).toBe('a b c d');
    expect(cleanText('x'.repeat(20), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(cleanText(42)).toBeUndefined();
  });
});
