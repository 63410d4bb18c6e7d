import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs build script without type declarations
import { renderRecordTypes } from '../../scripts/record-types.mjs';

describe('record types', () => {
  it('are exactly what the schemas generate (run `npm run gen:types` after editing a schema)', async () => {
    const committed = readFileSync(new URL('../../src/model/records.generated.ts', import.meta.url), 'utf8');
    expect(committed).toBe(await renderRecordTypes());
  });
});
