import { describe, expect, it } from 'vitest';
import { findHedge } from '../../src/check/hedges.js';
import { DEFAULT_THRESHOLDS } from '../../src/check/thresholds.js';

const hedges = DEFAULT_THRESHOLDS.hedges;

describe('findHedge', () => {
  it('finds a hedge on word boundaries, the longest phrase first', () => {
    expect(findHedge('Ushakov appeared to confirm the recordings', hedges)).toBe('appeared to');
    expect(findHedge('it could be anything', hedges)).toBe('could');
    expect(findHedge('a mayor spoke', hedges)).toBeUndefined();
  });

  it('takes a capitalised hedge only at the start of a sentence', () => {
    expect(findHedge('Work will start in May.', hedges)).toBeUndefined();
    expect(findHedge('May the deal hold? Nobody knows.', hedges)).toBe('May');
    expect(findHedge('He left. Allegedly, he took the files.', hedges)).toBe('Allegedly');
  });
});

describe('config schema', () => {
  it('documents every default hedge and boilerplate phrase, so the schema help matches the code', async () => {
    const { readSchemaText } = await import('../../src/load/schema/schemas.js');
    const thresholds = JSON.parse(readSchemaText('config')).properties.thresholds.properties;
    expect(thresholds.hedges.description).toContain(`Default: ${DEFAULT_THRESHOLDS.hedges.join(', ')}.`);
    expect(thresholds.boilerplateReasons.description).toContain(`Default: ${DEFAULT_THRESHOLDS.boilerplateReasons.join(', ')}.`);
  });
});
