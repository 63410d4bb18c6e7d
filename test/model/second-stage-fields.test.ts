import { describe, expect, it } from 'vitest';
import { validateAgainst } from '../../src/load/schema/schemas.js';

const claim = (attribution: Record<string, unknown>) => ({
  apiVersion: 'claims/v1',
  kind: 'Claim',
  id: 'call-recording-shows-advice',
  story: 'leaked-calls',
  statement: 'The recording shows Witkoff advising Ushakov.',
  type: 'attributed-statement',
  anchor: { exact: 'advising' },
  attribution: [attribution],
  confidence: { likelihood: 'likely', credibility: 2, rationale: 'The recording as the outlet published it.' },
  status: 'unreviewed',
});

describe('fields of the second stage (DESIGN §7) that extend the record model', () => {
  it('accept relation `shows`, an attribution date and a translated quote', () => {
    expect(
      validateAgainst(
        'claim',
        claim({ source: 'call-recording', relation: 'shows', date: '2025-10-14', quote: 'he advised', translated: true }),
      ),
    ).toEqual([]);
  });

  it('refuse an attribution date that is not a date, and a translated flag that is not a boolean', () => {
    const errors = validateAgainst(
      'claim',
      claim({ source: 'yuri-ushakov', relation: 'said', date: '14 October', quote: 'fake', translated: 'yes' }),
    );
    expect(errors.map((error) => error.instancePath).sort()).toEqual(['/attribution/0/date', '/attribution/0/translated']);
  });

  it('accept a source of type `unknown`', () => {
    const source = {
      apiVersion: 'claims/v1',
      kind: 'Source',
      id: 'sources-said',
      type: 'unknown',
      description: 'sources',
      anonymity: { reason: 'The story does not say who they are or why they were not named.', howKnown: 'unknown' },
    };
    expect(validateAgainst('source', source)).toEqual([]);
  });
});
