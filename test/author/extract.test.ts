import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDrafts, type ExtractRequest } from '../../src/author/extract/draft.js';
import { quotations } from '../../src/author/extract/attribute.js';
import { recordProblems } from '../../src/author/story-record.js';
import { resolveSelector } from '../../src/check/anchor/resolve.js';
import { splitSentences } from '../../src/check/anchor/sentences.js';
import { DEFAULT_THRESHOLDS } from '../../src/check/thresholds.js';
import { viaSource } from '../../src/model/links.js';
import type { Claim, Source } from '../../src/model/records.js';

function extract(text: string, request: Partial<ExtractRequest> = {}) {
  return extractDrafts({
    text,
    storyId: 'story',
    hedges: DEFAULT_THRESHOLDS.hedges,
    minSimilarity: DEFAULT_THRESHOLDS.anchorMinSimilarity,
    takenClaimIds: new Set(),
    takenSourceIds: new Set(),
    knownSources: [],
    ...request,
  });
}

/** The draft claim anchored on the sentence that starts with `start`, and its first attribution's source record. */
function draftFor(text: string, start: string) {
  const drafts = extract(text);
  const claim = drafts.claims.find((draft) => draft.anchor.exact.startsWith(start));
  if (!claim) throw new Error(`no draft anchored at "${start}"`);
  const [attribution] = claim.attribution;
  const source = attribution && drafts.sources.find((candidate) => candidate.id === attribution.source);
  return { claim, attribution, source, drafts };
}

describe('claims extract: attribution', () => {
  it('takes the speaker before a speech verb, keeping a title as the description', () => {
    const { claim, attribution, source } = draftFor('Mayor Tom Reyes said the bridge would reopen in June.', 'Mayor');
    expect(claim.type).toBe('attributed-statement');
    expect(attribution).toEqual({ source: 'tom-reyes', relation: 'said' });
    expect(source).toMatchObject({ type: 'person', name: 'Tom Reyes', description: 'Mayor Tom Reyes' });
  });

  it('takes the speaker after the verb when a quotation comes first, and the quotation without its comma', () => {
    const { attribution, source } = draftFor('"We will appeal," said Dana Whitfield, a lawyer for the tenants.', '"We');
    expect(attribution).toEqual({ source: 'dana-whitfield', relation: 'said', quote: 'We will appeal' });
    expect(source?.name).toBe('Dana Whitfield');
  });

  it('maps the verb to the catalogue relation', () => {
    const relations = [
      ['Lena Novak denied the report.', 'denied'],
      ['Lena Novak confirmed the report.', 'confirmed'],
      ['Lena Novak acknowledged the delay.', 'confirmed'],
      ['Lena Novak claimed the vote was rigged.', 'claimed'],
      ['Lena Novak alleged that funds were misused.', 'alleged'],
      ['Lena Novak declined to comment.', 'declined-to-comment'],
      ['Lena Novak warned that costs would rise.', 'said'],
    ] as const;
    for (const [sentence, relation] of relations) expect(draftFor(sentence, 'Lena').attribution?.relation, sentence).toBe(relation);
  });

  it('records an outlet a speaker told as a relay, and "according to" an outlet as its report', () => {
    const told = draftFor('Jon Ortiz told the Harbor Ledger that the vote was rigged.', 'Jon');
    expect(told.attribution).toEqual({ source: 'jon-ortiz', relation: 'said', via: ['harbor-ledger'] });
    expect(told.drafts.sources.find((source) => source.id === 'harbor-ledger')).toMatchObject({ type: 'outlet', name: 'Harbor Ledger' });
    const according = draftFor('The port lost 3 million euros last year, according to the Harbor Ledger.', 'The port');
    expect(according.attribution).toEqual({ source: 'harbor-ledger', relation: 'reported' });
  });

  it('marks a relay inferred when a later sentence only implies it', () => {
    const text = 'Speaking to the Harbor Ledger, Jon Ortiz said the vote was rigged. He also suggested the count had been delayed.';
    const { attribution } = draftFor(text, 'He also');
    expect(attribution).toEqual({ source: 'jon-ortiz', relation: 'suggested', via: [{ source: 'harbor-ledger', certainty: 'inferred' }] });
  });

  it("records an anonymous source with the story's reason, or null when it gives none", () => {
    const text =
      'Two officials, who spoke on condition of anonymity because they were not authorised to discuss the audit, said the manager had resigned.\nA person familiar with the contract said the invoices were late.';
    const drafts = extract(text);
    const anonymous = drafts.sources.filter((source) => source.anonymity);
    expect(anonymous.map((source) => [source.type, source.anonymity])).toEqual([
      ['collective', { reason: 'because they were not authorised to discuss the audit', howKnown: 'unknown' }],
      ['person', { reason: null, howKnown: 'unknown' }],
    ]);
    expect(anonymous.every((source) => source.name === undefined)).toBe(true);
  });

  it('follows "he", "the spokesperson" and a bare surname back to the source named before', () => {
    const text = [
      'Omar Haddad, the harbour master, met the council on Monday. He said the port would close.',
      'A spokesperson for the Harbour Trust said fees would rise. "We have no choice," the spokesperson said.',
      'Haddad denied that the closure was political.',
    ].join('\n');
    expect(draftFor(text, 'He said').attribution?.source).toBe('omar-haddad');
    expect(draftFor(text, '"We have').attribution?.source).toBe(draftFor(text, 'A spokesperson').attribution?.source);
    expect(draftFor(text, 'A spokesperson').source?.name).toBe('Harbour Trust');
    expect(draftFor(text, 'Haddad denied').attribution).toEqual({ source: 'omar-haddad', relation: 'denied' });
  });

  it('attributes a sentence that is only a quotation to the speaker of the one before', () => {
    const { attribution, claim } = draftFor('"We acted lawfully," Lena Novak said. "Nothing was hidden."', '"Nothing');
    expect(attribution).toEqual({ source: 'lena-novak', relation: 'said', quote: 'Nothing was hidden.' });
    expect(claim.confidence.rationale).toContain('taken as the same speaker going on');
  });

  it('marks words the story translated', () => {
    expect(draftFor('"Não sabemos," Ines Moreau said in Portuguese.', '"Não').attribution).toMatchObject({
      quote: 'Não sabemos',
      translated: true,
    });
  });

  it('gives each further statement and quotation of a sentence a claim of its own', () => {
    const text = 'Lena Novak claimed the figures were "fake" but declined to comment on the rest, stating the talks were "confidential".';
    const drafts = extract(text);
    expect(drafts.claims.map((claim) => [claim.anchor.exact, claim.attribution[0]?.relation, claim.attribution[0]?.quote])).toEqual([
      [text, 'claimed', 'fake'],
      ['declined to comment on the rest', 'declined-to-comment', undefined],
      ['stating the talks were "confidential"', 'stated', 'confidential'],
    ]);
    expect(drafts.claims.slice(1).map((claim) => claim.statement)).toEqual([
      'Lena Novak declined to comment on the rest',
      'Lena Novak stated the talks were "confidential"',
    ]);
  });
});

describe('claims extract: what news copy does to a reader', () => {
  it('attributes every sentence of a quotation to the speaker a later sentence names', () => {
    const drafts = extract('"The port will close. We have no choice. It is final," Tom Reyes said.');
    expect(drafts.claims.map((claim) => [claim.type, claim.attribution[0]?.source, claim.attribution[0]?.quote])).toEqual([
      ['attributed-statement', 'tom-reyes', 'The port will close.'],
      ['attributed-statement', 'tom-reyes', 'We have no choice.'],
      ['attributed-statement', 'tom-reyes', 'It is final'],
    ]);
    expect(drafts.claims[1]!.confidence.rationale).toContain('inside a quotation that sentence 3 attributes to Tom Reyes');
  });

  it("gives a quotation inside another speaker's statement to that speaker", () => {
    const drafts = extract('Tom Reyes called the plan "reckless" while Ann Lee denied it was "late" or "over budget".');
    const overBudget = drafts.claims.find((claim) => claim.attribution[0]?.quote === 'over budget');
    expect(overBudget?.attribution[0]).toMatchObject({ source: 'ann-lee', relation: 'denied' });
  });

  it('reads ‘single’ quotation marks without taking apostrophes for them', () => {
    expect(draftFor('‘We won’t appeal,’ said Dana Whitfield.', '‘We').attribution).toEqual({
      source: 'dana-whitfield',
      relation: 'said',
      quote: 'We won’t appeal',
    });
  });

  it('keeps a draft within the schema when a sentence is longer than a statement may be, or holds a bidi mark', () => {
    const long = `Tom Reyes said ${'the harbour works will run late '.repeat(160)}again.`;
    const text = `${long}\nMayor Ann Lee said the bridge \u200ewould reopen.`;
    const drafts = extract(text);
    for (const claim of drafts.claims) expect(recordProblems('claim', claim)).toEqual([]);
    for (const source of drafts.sources) expect(recordProblems('source', source)).toEqual([]);
    expect(drafts.claims[0]!.statement.length).toBeLessThanOrEqual(4000);
    expect(drafts.claims[0]!.anchor.exact.length).toBeLessThanOrEqual(4000);
    expect(drafts.claims[1]!.statement).toBe('Mayor Ann Lee said the bridge would reopen.');
    expect(text).toContain(drafts.claims[1]!.anchor.exact);
    expect(drafts.unanchored).toEqual([]);
  });

  it('anchors a sentence that repeats short text many times, and leaves exact repeats unanchored', () => {
    const text = `Protesters chanted: "${'Shame! '.repeat(200)}" The mayor left early.\nThe mayor left early.`;
    const drafts = extract(text);
    expect(drafts.claims.map((claim) => claim.anchor.exact)).toContain('The mayor left early.');
    for (const claim of drafts.claims) expect(resolveSelector(text, claim.anchor, 0.8).status).toBe('exact');
  });
});

describe('claims extract: names', () => {
  it('keeps titles as descriptions of people, never cutting them from the names of organisations', () => {
    const drafts = extract(
      'General Motors denied the report. The Justice Department declined to comment. Health Minister Ana Ruiz said it was late.',
    );
    expect(drafts.claims.map((claim) => claim.attribution[0]?.source)).toEqual(['general-motors', 'justice-department', 'ana-ruiz']);
    expect(drafts.sources.find((source) => source.id === 'ana-ruiz')).toMatchObject({
      type: 'person',
      name: 'Ana Ruiz',
      description: expect.stringMatching(/Minister Ana Ruiz$/),
    });
  });

  it('does not take a person spoken of for a relay, nor a dash or ellipsis for part of a name', () => {
    const told = draftFor('Tom Reyes told reporters that Ann Lee had resigned.', 'Tom');
    expect(told.attribution).toEqual({ source: 'tom-reyes', relation: 'said' });
    const dashed = extract('Ann Lee — the mayor — arrived on Monday. Later Ann Lee said the port would close.');
    expect(dashed.sources.map((source) => source.name)).toEqual(['Ann Lee']);
  });

  it('keeps the speaker when a document stands between two of her verbs', () => {
    const drafts = extract('Lena Novak claimed the figures were fake but declined to comment on them.');
    expect(drafts.claims.map((claim) => [claim.attribution[0]?.source, claim.attribution[0]?.relation])).toEqual([
      ['lena-novak', 'claimed'],
      ['lena-novak', 'declined-to-comment'],
    ]);
  });
});

describe('claims extract: the story’s own voice', () => {
  it('types headings, hedges and plain assertions, and leaves silence unattributed', () => {
    const text = [
      'Harbour bridge to close',
      'The bridge may reopen in June. The repairs appeared to be incomplete. The council voted 7 to 2 on Tuesday.',
      'The contractor did not respond to requests for comment.',
    ].join('\n');
    const drafts = extract(text);
    expect(drafts.claims.map((claim) => [claim.type, claim.attribution.length])).toEqual([
      ['characterisation', 0],
      ['speculation', 0],
      ['analysis', 0],
      ['fact', 0],
      ['fact', 0],
    ]);
    const hedged = drafts.claims[1]!;
    expect(hedged.confidence.rationale).toContain('hedged ("may")');
    // Held at even chance, which no hedge cap is below.
    expect(hedged.confidence.likelihood).toBe('roughly-even-chance');
  });

  it('never takes an id the repository uses, and refers to a Source it already has by name', () => {
    const text = 'Lena Novak said the port would close. The port would close.';
    const drafts = extract(text, {
      takenClaimIds: new Set(['lena-novak-said-port-would-close']),
      takenSourceIds: new Set(['lena-novak', 'port']),
      knownSources: [{ id: 'novak', name: 'Lena Novak', type: 'person', description: 'harbour master' }],
    });
    expect(drafts.sources).toEqual([]);
    expect(drafts.claims[0]!.attribution).toEqual([{ source: 'novak', relation: 'said' }]);
    expect(drafts.claims.map((claim) => claim.id)).not.toContain('lena-novak-said-port-would-close');
  });
});

/** Sentences of the kinds news prose is made of, with generated names, numbers and places. */
const sentence = fc
  .record({
    first: fc.constantFrom('Ana', 'Tomas', 'Ruth', 'Omar', 'Priya', 'Jonas', 'Maya', 'Inês', 'Zoë'),
    last: fc.constantFrom('Ruiz', 'Hale', 'Adeyemi', 'Novak', 'Okafor', 'Lindqvist', 'Haddad', "O'Neill"),
    noun: fc.constantFrom('contract', 'budget', 'bridge', 'clinic', 'ferry', 'permit', 'audit'),
    number: fc.integer({ min: 1, max: 9999 }),
    quote: fc.constantFrom('We did nothing wrong', 'It will cost more', 'Nobody told us', 'Ask the council: why now?'),
    kind: fc.integer({ min: 0, max: 9 }),
  })
  .map(({ first, last, noun, number, quote, kind }) => {
    const name = `${first} ${last}`;
    return [
      `${name} said the ${noun} had cost ${number} euros.`,
      `"${quote}," ${last} told the Harbor Ledger.`,
      `According to the ${noun} report, ${number} invoices were unpaid.`,
      `Two officials, who spoke on condition of anonymity because they feared dismissal, said the ${noun} was late.`,
      `The ${noun} may be delayed until ${number}.`,
      `The ${noun} was approved by ${number} votes.`,
      `What the ${noun} cost`,
      `"${quote}." He said the ${noun} was fine, but declined to comment on ${number} cases.`,
      `The ${noun}'s operator did not respond to requests for comment.`,
      `${name}, a spokesperson for the ${noun} agency, denied that ${number} jobs would go.`,
    ][kind]!;
  });
const story = fc
  .array(fc.array(sentence, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 })
  .map((paragraphs) => paragraphs.map((line) => line.join(' ')).join('\n'));

describe('claims extract: properties', () => {
  it('drafts records the schema accepts, anchors every sentence uniquely, copies quotes verbatim and is deterministic', () => {
    fc.assert(
      fc.property(story, (text) => {
        const drafts = extract(text);
        expect(extract(text)).toEqual(drafts);
        for (const record of [...drafts.sources, ...drafts.claims])
          expect(recordProblems(record.kind === 'Claim' ? 'claim' : 'source', record)).toEqual([]);
        const ids = drafts.claims.map((claim) => claim.id);
        expect(new Set(ids).size).toBe(ids.length);
        const sources = new Set(drafts.sources.map((source: Source) => source.id));
        const spans = drafts.claims.map((claim: Claim) => {
          for (const attribution of claim.attribution) {
            expect(sources.has(attribution.source)).toBe(true);
            for (const relay of attribution.via ?? []) expect(sources.has(viaSource(relay))).toBe(true);
            if (attribution.quote !== undefined) expect(text).toContain(attribution.quote);
          }
          const resolved = resolveSelector(text, claim.anchor, DEFAULT_THRESHOLDS.anchorMinSimilarity);
          expect(resolved.status).toBe('exact');
          return resolved as { start: number; end: number };
        });
        // A repeated sentence in the same surroundings cannot be anchored; every other one is.
        for (const [index, item] of splitSentences(text).entries())
          if (!drafts.unanchored.includes(index + 1))
            expect(spans.some((span) => span.start >= item.start && span.end <= item.end)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('reads a quotation across sentence ends, from the opening mark or up to the closing one', () => {
    expect(quotations('"Now they tell us the sea is making us sick.').spans.map((quote) => quote.inner)).toEqual([
      'Now they tell us the sea is making us sick.',
    ]);
    expect(quotations('Who is going to pay for that?"').spans.map((quote) => quote.inner)).toEqual(['Who is going to pay for that?']);
    expect(quotations('He called it “a disgrace”, and “a scandal”.').spans.map((quote) => quote.inner)).toEqual([
      'a disgrace',
      'a scandal',
    ]);
  });
});
