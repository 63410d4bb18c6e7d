import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ID_PATTERN, MAX_SUGGESTED_LENGTH, idWords, suggestId } from '../../src/author/suggest-id.js';

describe('suggestId', () => {
  it('takes the first few meaningful words, kebab-case', () => {
    expect(suggestId('The council approved the sea wall on Tuesday.', 'claim', new Set())).toBe('council-approved-sea-wall-tuesday');
    expect(suggestId('Jane Doe', 'source', new Set())).toBe('jane-doe');
  });

  it('stays within the length limit, cutting at a word', () => {
    const id = suggestId('Extraordinarily comprehensive infrastructure modernisation programme approved unanimously', 'claim', new Set());
    expect(id).toBe('extraordinarily-comprehensive-infrastructure');
    expect(id.length).toBeLessThanOrEqual(MAX_SUGGESTED_LENGTH);
    expect(suggestId('a'.repeat(100), 'claim', new Set())).toBe('a'.repeat(MAX_SUGGESTED_LENGTH));
  });

  it('transliterates accents and drops other scripts', () => {
    expect(suggestId('Café São Paulo, Zürich Straße; Łódź Ærø', 'source', new Set())).toBe('cafe-sao-paulo-zurich-strasse-lodz');
    expect(idWords('Юрий Ушаков said')).toEqual(['said']);
    expect(suggestId('Юрий Ушаков', 'source', new Set(['source-1']))).toBe('source-2');
    expect(suggestId('the of and', 'claim', new Set())).toBe('the-of-and');
  });

  it('appends -2, -3… until the id is free', () => {
    expect(suggestId('Jane Doe', 'source', new Set(['jane-doe']))).toBe('jane-doe-2');
    expect(suggestId('Jane Doe', 'source', new Set(['jane-doe', 'jane-doe-2']))).toBe('jane-doe-3');
  });

  it('always gives a valid id that is not taken (property)', () => {
    const taken = fc.array(
      fc.oneof(fc.constantFrom('claim-1', 'jane-doe', 'a', 'a-2'), fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,3}$/)),
      {
        maxLength: 20,
      },
    );
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 80 }),
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.constantFrom('a', 'Jane Doe', ''),
    );
    fc.assert(
      fc.property(text, taken, fc.constantFrom('claim', 'source', 'Evidence'), (input, ids, kind) => {
        const set = new Set(ids);
        const id = suggestId(input, kind, set);
        expect(id).toMatch(ID_PATTERN);
        expect(set.has(id)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
